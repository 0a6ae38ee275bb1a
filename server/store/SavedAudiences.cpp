#include "store/SavedAudiences.h"

#include "store/ServerStore.h"

#include "Segmentation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace sellercrm::server::saved_audiences {

namespace {

QStringList codesFromJson(const QString& text)
{
    QStringList codes;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        codes.append(value.toString());
    return codes;
}

// A JSON array the store wrote itself (segments_json, subsegments_json).
QJsonArray storedArray(const QVariant& column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).array();
}

Definition definitionFrom(const QString& segments, const QString& subSegments, const QString& conditions)
{
    FieldErrors ignored; // stored trees were validated when the audience was created
    return {codesFromJson(segments), codesFromJson(subSegments),
            PortraitConditions::fromJson(QJsonDocument::fromJson(conditions.toUtf8()).object(), ignored)};
}

bool isOwn(const QString& segment)
{
    return segment != segmentCode(Segment::Potential);
}

// One buyer row of segment_results as the audiences see it.
struct ScannedBuyer final
{
    QString buyerId;
    QString segment;
    QString subSegment;
    PortraitConditions::Buyer attributes;
};

bool belongs(const Definition& definition, const ScannedBuyer& buyer)
{
    const bool inSegments = (definition.segments.isEmpty() && definition.subSegments.isEmpty()) ||
                            definition.segments.contains(buyer.segment) ||
                            definition.subSegments.contains(buyer.subSegment);
    return inSegments && definition.conditions.matches(buyer.attributes);
}

// Streams the seller's buyers (buyer id order) matching `filter` to `visit`; `visit` returns
// false to stop. No other query runs on `db` meanwhile (PostgreSQL forward-only results).
template <typename Visit>
StoreStatus scanBuyers(QSqlDatabase& db, const QString& sellerId, const QString& filter,
                       const QVariantList& filterValues, Visit&& visit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT buyer_id, segment, subsegment, avg_check_kopecks, region, gender,"
                                 " age_band, interests FROM segment_results WHERE seller_id = ?%1"
                                 " ORDER BY buyer_id")
                      .arg(filter));
    query.addBindValue(sellerId);
    for (const QVariant& value : filterValues)
        query.addBindValue(value);
    if (!query.exec())
        return StoreStatus::failure(sqlError(query, QStringLiteral("reading buyers for saved audiences")));
    ScannedBuyer buyer;
    while (query.next()) {
        buyer.buyerId = query.value(0).toString();
        buyer.segment = query.value(1).toString();
        buyer.subSegment = query.value(2).toString();
        buyer.attributes.avgCheckKopecks = query.value(3).toLongLong();
        buyer.attributes.region = query.value(4).toString();
        buyer.attributes.gender = query.value(5).toString();
        buyer.attributes.ageBand = query.value(6).toString();
        buyer.attributes.interests = codesFromJson(query.value(7).toString());
        if (!visit(buyer))
            break;
    }
    return {};
}

void add(Counts& counts, const ScannedBuyer& buyer)
{
    if (isOwn(buyer.segment))
        ++counts.own;
    else
        ++counts.potential;
}

} // namespace

QString columns()
{
    return QStringLiteral("audience_id, name, segments_json, subsegments_json, conditions_json, own_buyers,"
                          " potential_buyers, created_at, updated_at, idempotency_key, row_version");
}

QJsonObject data(const QSqlRecord& row)
{
    return QJsonObject{
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("segments"), storedArray(row.value(QStringLiteral("segments_json")))},
        {QStringLiteral("subsegments"), storedArray(row.value(QStringLiteral("subsegments_json")))},
        {QStringLiteral("conditions"),
         QJsonDocument::fromJson(row.value(QStringLiteral("conditions_json")).toString().toUtf8()).object()},
        {QStringLiteral("own_buyers"), row.value(QStringLiteral("own_buyers")).toLongLong()},
        {QStringLiteral("potential_buyers"), row.value(QStringLiteral("potential_buyers")).toLongLong()},
        {QStringLiteral("created_at"), row.value(QStringLiteral("created_at")).toString()},
        {QStringLiteral("updated_at"), row.value(QStringLiteral("updated_at")).toString()},
        {QStringLiteral("idempotency_key"), row.value(QStringLiteral("idempotency_key")).toString()},
    };
}

StoreResult<Counts> count(QSqlDatabase& db, const QString& sellerId, const Definition& definition)
{
    Counts counts;
    const StoreStatus scanned = scanBuyers(db, sellerId, QString(), {}, [&](const ScannedBuyer& buyer) {
        if (belongs(definition, buyer))
            add(counts, buyer);
        return true;
    });
    if (!scanned)
        return StoreResult<Counts>::failure(scanned.error());
    return counts;
}

StoreResult<std::optional<Counts>> storedCounts(QSqlDatabase& db, const QString& sellerId,
                                                const QString& audienceId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT own_buyers, potential_buyers FROM saved_audiences"
                                 " WHERE seller_id = ? AND audience_id = ?"));
    query.addBindValue(sellerId);
    query.addBindValue(audienceId);
    if (!query.exec())
        return StoreResult<std::optional<Counts>>::failure(
            sqlError(query, QStringLiteral("reading a saved audience")));
    if (!query.next())
        return std::optional<Counts>();
    return std::optional<Counts>(Counts{query.value(0).toLongLong(), query.value(1).toLongLong()});
}

StoreStatus recount(QSqlDatabase& db, const QString& sellerId)
{
    struct Stored final
    {
        QString id;
        Definition definition;
        Counts before;
        Counts now;
    };
    std::vector<Stored> audiences;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT audience_id, segments_json, subsegments_json, conditions_json,"
                                     " own_buyers, potential_buyers FROM saved_audiences WHERE seller_id = ?"));
        query.addBindValue(sellerId);
        if (!query.exec())
            return StoreStatus::failure(sqlError(query, QStringLiteral("listing saved audiences")));
        while (query.next())
            audiences.push_back({query.value(0).toString(),
                                 definitionFrom(query.value(1).toString(), query.value(2).toString(),
                                                query.value(3).toString()),
                                 Counts{query.value(4).toLongLong(), query.value(5).toLongLong()},
                                 Counts{}});
    }
    if (audiences.empty())
        return {};
    // One pass over the seller's buyers evaluates every audience.
    const StoreStatus scanned = scanBuyers(db, sellerId, QString(), {}, [&](const ScannedBuyer& buyer) {
        for (Stored& audience : audiences) {
            if (belongs(audience.definition, buyer))
                add(audience.now, buyer);
        }
        return true;
    });
    if (!scanned)
        return scanned;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE saved_audiences SET own_buyers = ?, potential_buyers = ?,"
                                  " row_version = ? WHERE audience_id = ?"));
    for (const Stored& audience : audiences) {
        if (audience.now.own == audience.before.own && audience.now.potential == audience.before.potential)
            continue;
        const StoreResult<qint64> version = ServerStore::allocateRowVersions(db, 1);
        if (!version)
            return StoreStatus::from(version);
        update.addBindValue(audience.now.own);
        update.addBindValue(audience.now.potential);
        update.addBindValue(version.value());
        update.addBindValue(audience.id);
        const StoreStatus written = execPrepared(update, QStringLiteral("recounting saved audience %1").arg(audience.id));
        if (!written)
            return written;
    }
    return {};
}

StoreResult<QStringList> ownRecipients(QSqlDatabase& db, const QString& sellerId, const QString& audienceId,
                                       const QString& notContactedSince, qint64 limit)
{
    if (limit <= 0)
        return QStringList();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT segments_json, subsegments_json, conditions_json FROM saved_audiences"
                                 " WHERE seller_id = ? AND audience_id = ?"));
    query.addBindValue(sellerId);
    query.addBindValue(audienceId);
    if (!query.exec())
        return StoreResult<QStringList>::failure(sqlError(query, QStringLiteral("reading a saved audience")));
    if (!query.next())
        return QStringList();
    const Definition definition =
        definitionFrom(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    query.finish();
    QStringList recipients;
    const StoreStatus scanned =
        scanBuyers(db, sellerId,
                   QStringLiteral(" AND segment <> ? AND (last_communication IS NULL OR last_communication < ?)"),
                   {segmentCode(Segment::Potential), notContactedSince}, [&](const ScannedBuyer& buyer) {
                       if (belongs(definition, buyer))
                           recipients.append(buyer.buyerId);
                       return recipients.size() < limit;
                   });
    if (!scanned)
        return StoreResult<QStringList>::failure(scanned.error());
    return recipients;
}

} // namespace sellercrm::server::saved_audiences
