#include "SellerFacts.h"

#include "SqlRows.h"
#include "store/EntityJson.h"
#include "store/SavedAudiences.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

template <typename T> StoreResult<T> failed(const QSqlQuery& query)
{
    return StoreResult<T>::failure(query.lastError().text());
}

bool exists(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    return SqlRows::run(query, sql, values) && query.next();
}

} // namespace

StoreResult<std::pair<qint64, qint64>> SellerFacts::audienceSize(QSqlDatabase& db, const QString& sellerId,
                                                                 const Audience& audience)
{
    if (!audience.savedAudienceId.isEmpty()) {
        // POR-2: a saved audience counts as the segmentation job last evaluated it.
        const auto counts = saved_audiences::storedCounts(db, sellerId, audience.savedAudienceId);
        if (!counts)
            return StoreResult<std::pair<qint64, qint64>>::failure(counts.error());
        const saved_audiences::Counts size = counts.value().value_or(saved_audiences::Counts{});
        return std::pair<qint64, qint64>{size.own, size.potential};
    }
    QStringList segments;
    QStringList subSegments;
    for (const Segment segment : audience.segments)
        segments << segmentCode(segment);
    for (const SubSegment subSegment : audience.subSegments)
        subSegments << subSegmentCode(subSegment);
    if (segments.isEmpty() && subSegments.isEmpty())
        return std::pair<qint64, qint64>{0, 0};
    QString sql = u"SELECT segment, COUNT(*) FROM segment_results WHERE seller_id = ? AND ("_s;
    QVariantList values{sellerId};
    QStringList alternatives;
    for (const QString& segment : std::as_const(segments)) {
        alternatives << u"segment = ?"_s;
        values << segment;
    }
    for (const QString& subSegment : std::as_const(subSegments)) {
        alternatives << u"subsegment = ?"_s;
        values << subSegment;
    }
    sql += alternatives.join(u" OR "_s) + u") GROUP BY segment"_s;
    QSqlQuery query(db);
    if (!SqlRows::run(query, sql, values))
        return failed<std::pair<qint64, qint64>>(query);
    std::pair<qint64, qint64> size{0, 0};
    while (query.next()) {
        if (query.value(0).toString() == segmentCode(Segment::Potential))
            size.second += query.value(1).toLongLong();
        else
            size.first += query.value(1).toLongLong();
    }
    return size;
}

StoreResult<bool> SellerFacts::hasBonusCampaign(QSqlDatabase& db, const QString& sellerId)
{
    QSqlQuery query(db);
    if (!SqlRows::run(
            query,
            u"SELECT offer_json FROM communications WHERE seller_id = ? AND status NOT IN ('rejected')"_s,
            {sellerId}))
        return failed<bool>(query);
    while (query.next()) {
        const QJsonObject offer = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (offer.value(u"type"_s).toString() == offerTypeCode(OfferType::Bonuses))
            return true;
    }
    return false;
}

StoreResult<ValidationContext> SellerFacts::load(QSqlDatabase db, const QString& sellerId, QDate today,
                                                 const Audience& audience)
{
    ValidationContext context;
    context.today = today;
    context.quotaRenewsOn = quotaRenewalDate(today);

    QSqlQuery seller(db);
    if (!SqlRows::run(seller, u"SELECT plan, subscription_end FROM sellers WHERE seller_id = ?"_s,
                      {sellerId}))
        return failed<ValidationContext>(seller);
    QString plan = u"none"_s;
    if (seller.next()) {
        plan = seller.value(0).toString();
        context.subscription.plan = planFromCode(plan).value_or(Plan::None);
        context.subscription.end = QDate::fromString(seller.value(1).toString(), Qt::ISODate);
    }
    const StoreResult<int> quotaLeft = entity_json::quotaLeft(db, sellerId, plan, today);
    if (!quotaLeft)
        return StoreResult<ValidationContext>::failure(quotaLeft.error());
    context.mailingQuotaLeft = context.subscription.allowsMailingsOn(today) ? quotaLeft.value() : 0;

    const StoreResult<std::pair<qint64, qint64>> size = audienceSize(db, sellerId, audience);
    if (!size)
        return StoreResult<ValidationContext>::failure(size.error());
    context.ownBuyersInAudience = size.value().first;
    context.potentialBuyersInAudience = size.value().second;

    QSqlQuery promotions(db);
    if (!SqlRows::run(
            promotions,
            u"SELECT promotion_id, name, start_date, end_date FROM promotions WHERE seller_id = ?"_s,
            {sellerId}))
        return failed<ValidationContext>(promotions);
    while (promotions.next()) {
        context.promotions.push_back({promotions.value(0).toString(), promotions.value(1).toString(),
                                      QDate::fromString(promotions.value(2).toString(), Qt::ISODate),
                                      QDate::fromString(promotions.value(3).toString(), Qt::ISODate)});
    }

    QSqlQuery codes(db);
    if (!SqlRows::run(codes, u"SELECT offer_json FROM communications WHERE seller_id = ?"_s, {sellerId}))
        return failed<ValidationContext>(codes);
    while (codes.next()) {
        const QJsonObject offer = QJsonDocument::fromJson(codes.value(0).toString().toUtf8()).object();
        const QString code = offer.value(u"code"_s).toString();
        if (!code.isEmpty())
            context.existingPromoCodes.insert(code.toUpper());
    }

    // The platform's daily capacity (WIZ-6): mailing recipients of every seller on that day.
    auto perDay = std::make_shared<QHash<QDate, qint64>>();
    QSqlQuery scheduled(db);
    if (!SqlRows::run(scheduled,
                      u"SELECT send_date, SUM(recipients) FROM communications WHERE format = 'mailing'"
                      " AND status NOT IN ('rejected', 'cancelled') AND send_date >= ? GROUP BY send_date"_s,
                      {today.toString(Qt::ISODate)}))
        return failed<ValidationContext>(scheduled);
    while (scheduled.next())
        perDay->insert(QDate::fromString(scheduled.value(0).toString(), Qt::ISODate),
                       scheduled.value(1).toLongLong());
    context.platformMessagesOnDay = [perDay](QDate day) { return perDay->value(day); };

    context.productExists = [db, sellerId](const QString& id) {
        return exists(db, u"SELECT 1 FROM products WHERE seller_id = ? AND product_id = ?"_s, {sellerId, id});
    };
    context.collectionExists = [db, sellerId](const QString& id) {
        return exists(db, u"SELECT 1 FROM collections WHERE seller_id = ? AND collection_id = ?"_s,
                      {sellerId, id});
    };
    context.savedAudienceExists = [db, sellerId](const QString& id) {
        return exists(db, u"SELECT 1 FROM saved_audiences WHERE seller_id = ? AND audience_id = ?"_s,
                      {sellerId, id});
    };
    return context;
}

} // namespace sellercrm::server
