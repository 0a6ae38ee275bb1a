#include "jobs/CommunicationLifecycle.h"

#include "store/SavedAudiences.h"
#include "store/ServerStore.h"

#include "CommunicationJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace sellercrm::server {

namespace {

// A stable fraction in [0, 1) from the communication id and a salt.
double stableFraction(const QString& id, const char* salt)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(id.toUtf8() + QByteArray(salt)), QCryptographicHash::Sha256);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(digest[i]);
    return static_cast<double>(value) / 4294967296.0;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

StoreStatus bumpStatus(QSqlDatabase& db, const QString& id, const QString& status, const QVariant& reason)
{
    const StoreResult<qint64> version = ServerStore::allocateRowVersions(db, 1);
    if (!version)
        return StoreStatus::from(version);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE communications SET status = ?, reject_reason = ?, updated_at = ?, row_version = ?"
        " WHERE communication_id = ?"));
    query.addBindValue(status);
    query.addBindValue(reason);
    query.addBindValue(nowText());
    query.addBindValue(version.value());
    query.addBindValue(id);
    return execPrepared(query, QStringLiteral("updating communication %1").arg(id));
}

StoreStatus markContacted(QSqlDatabase& db, const QString& sellerId, const QStringList& buyers,
                          const QString& sendDate);

// Marks the mailing's recipients (own buyers of its audience, in buyer id order) as contacted.
StoreStatus markRecipients(QSqlDatabase& db, const QString& sellerId, const QString& audienceJson,
                           qint64 recipients, const QString& sendDate)
{
    const auto parsed =
        audienceFromJson(QJsonDocument::fromJson(audienceJson.toUtf8()).object(), QStringLiteral("audience"));
    if (!parsed.ok() || recipients <= 0)
        return {};
    const Audience audience = parsed.value;
    if (!audience.savedAudienceId.isEmpty()) {
        // POR-2: a saved audience is resolved to its buyers now, at send time.
        const StoreResult<QStringList> chosen =
            saved_audiences::ownRecipients(db, sellerId, audience.savedAudienceId, sendDate, recipients);
        return chosen ? markContacted(db, sellerId, chosen.value(), sendDate) : StoreStatus::from(chosen);
    }
    QStringList codes;
    for (const SubSegment sub : allSubSegments)
        if (isOwnSegment(segmentOf(sub)) && audience.includes(sub))
            codes.append(QLatin1Char('\'') + subSegmentCode(sub) + QLatin1Char('\''));
    if (codes.isEmpty())
        return {};
    QSqlQuery select(db);
    select.prepare(
        QStringLiteral(
            "SELECT buyer_id FROM segment_results WHERE seller_id = ? AND subsegment IN (%1)"
            " AND (last_communication IS NULL OR last_communication < ?) ORDER BY buyer_id LIMIT ?")
            .arg(codes.join(QLatin1Char(','))));
    select.addBindValue(sellerId);
    select.addBindValue(sendDate);
    select.addBindValue(recipients);
    if (!select.exec())
        return StoreStatus::failure(sqlError(select, QStringLiteral("choosing recipients")));
    QStringList buyers;
    while (select.next())
        buyers.append(select.value(0).toString());
    return markContacted(db, sellerId, buyers, sendDate);
}

StoreStatus markContacted(QSqlDatabase& db, const QString& sellerId, const QStringList& buyers,
                          const QString& sendDate)
{
    if (buyers.isEmpty())
        return {};
    const StoreResult<qint64> first = ServerStore::allocateRowVersions(db, buyers.size());
    if (!first)
        return StoreStatus::from(first);
    qint64 version = first.value();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE segment_results SET last_communication = ?, row_version = ? WHERE "
                                  "seller_id = ? AND buyer_id = ?"));
    for (const QString& buyer : std::as_const(buyers)) {
        update.addBindValue(sendDate);
        update.addBindValue(version++);
        update.addBindValue(sellerId);
        update.addBindValue(buyer);
        const StoreStatus status = execPrepared(update, QStringLiteral("marking recipients"));
        if (!status)
            return status;
    }
    return {};
}

} // namespace

StoreStatus CommunicationLifecycle::moderate(QSqlDatabase& db, const QString& communicationId, bool approve,
                                             const QString& reason)
{
    return inTransaction(db, [&]() -> StoreStatus {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT status FROM communications WHERE communication_id = ?"));
        query.addBindValue(communicationId);
        if (!query.exec())
            return StoreStatus::failure(
                sqlError(query, QStringLiteral("reading communication %1").arg(communicationId)));
        if (!query.next())
            return StoreStatus::failure(QStringLiteral("unknown communication %1").arg(communicationId));
        const QString status = query.value(0).toString();
        if (status != QStringLiteral("on_moderation"))
            return StoreStatus::failure(
                QStringLiteral("communication %1 is %2, not on moderation").arg(communicationId, status));
        if (!approve && reason.trimmed().isEmpty())
            return StoreStatus::failure(QStringLiteral("a rejection needs a reason"));
        return approve ? bumpStatus(db, communicationId, QStringLiteral("scheduled"),
                                    QVariant(QMetaType::fromType<QString>()))
                       : bumpStatus(db, communicationId, QStringLiteral("rejected"), reason.trimmed());
    });
}

StoreResult<int> CommunicationLifecycle::autoModerate(QSqlDatabase& db, const QDateTime& now,
                                                      int delaySeconds)
{
    if (delaySeconds < 0)
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT communication_id FROM communications WHERE status = 'on_moderation' AND created_at <= ?"));
    query.addBindValue(now.toUTC().addSecs(-delaySeconds).toString(Qt::ISODate));
    if (!query.exec())
        return StoreResult<int>::failure(
            sqlError(query, QStringLiteral("listing communications on moderation")));
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    int approved = 0;
    for (const QString& id : std::as_const(ids)) {
        // A seller may have deleted it meanwhile: moderate() then fails, which is fine here.
        if (moderate(db, id, true, {}).ok())
            ++approved;
    }
    return approved;
}

QList<CommunicationLifecycle::DayFigures>
CommunicationLifecycle::simulate(const QString& communicationId, const QString& format, qint64 recipients,
                                 qint64 dailyBudgetKopecks, QDate sendDate, QDate endDate, QDate today)
{
    QList<DayFigures> days;
    if (!sendDate.isValid() || today < sendDate)
        return days;
    if (format == QStringLiteral("banner")) {
        const QDate last = std::min(today, endDate.isValid() ? endDate : sendDate);
        const double clickRate = 0.008 + 0.004 * stableFraction(communicationId, "banner-ctr");
        for (QDate day = sendDate; day <= last; day = day.addDays(1)) {
            const double wobble =
                0.85 + 0.3 * stableFraction(communicationId + day.toString(Qt::ISODate), "banner-day");
            const qint64 impressions =
                static_cast<qint64>(static_cast<double>(dailyBudgetKopecks) / 100.0 * 6.0 * wobble);
            days.append(
                {day, impressions, 0, static_cast<qint64>(static_cast<double>(impressions) * clickRate)});
        }
        return days;
    }
    const double deliveredRate = 0.95 + 0.04 * stableFraction(communicationId, "delivered");
    const double openRate = 0.13 + 0.05 * stableFraction(communicationId, "open");
    const double clickShare = 0.28 + 0.10 * stableFraction(communicationId, "click");
    const qint64 delivered = static_cast<qint64>(static_cast<double>(recipients) * deliveredRate);
    const qint64 opened = static_cast<qint64>(static_cast<double>(delivered) * openRate);
    const qint64 clicks = static_cast<qint64>(static_cast<double>(opened) * clickShare);
    // Opens (and clicks) spread over five days: most on the send date.
    constexpr std::array<int, 5> percentByDay{55, 20, 12, 8, 5};
    qint64 openedSoFar = 0;
    qint64 clicksSoFar = 0;
    int cumulativePercent = 0;
    for (int i = 0; i < static_cast<int>(percentByDay.size()); ++i) {
        const QDate day = sendDate.addDays(i);
        if (day > today)
            break;
        cumulativePercent += percentByDay[static_cast<size_t>(i)];
        const qint64 openedTotal = opened * cumulativePercent / 100;
        const qint64 clicksTotal = clicks * cumulativePercent / 100;
        days.append({day, i == 0 ? delivered : 0, openedTotal - openedSoFar, clicksTotal - clicksSoFar});
        openedSoFar = openedTotal;
        clicksSoFar = clicksTotal;
    }
    return days;
}

StoreResult<int> CommunicationLifecycle::advanceDeliveries(QSqlDatabase& db, QDate today)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT communication_id, seller_id, format, recipients, daily_budget_kopecks, send_date,"
        " end_date, status, delivered, opened, clicks, audience_json FROM communications"
        " WHERE status IN ('scheduled', 'sending', 'sent') AND send_date <= ?"));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec())
        return StoreResult<int>::failure(sqlError(query, QStringLiteral("listing scheduled communications")));
    struct Row
    {
        QString id, seller, format, status, audience;
        qint64 recipients, budget, delivered, opened, clicks;
        QDate sendDate, endDate;
    };
    QList<Row> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(7).toString(), query.value(11).toString(), query.value(3).toLongLong(),
                     query.value(4).toLongLong(), query.value(8).toLongLong(), query.value(9).toLongLong(),
                     query.value(10).toLongLong(), QDate::fromString(query.value(5).toString(), Qt::ISODate),
                     QDate::fromString(query.value(6).toString(), Qt::ISODate)});
    int changed = 0;
    for (const Row& row : std::as_const(rows)) {
        const QList<DayFigures> days =
            simulate(row.id, row.format, row.recipients, row.budget, row.sendDate, row.endDate, today);
        qint64 delivered = 0, opened = 0, clicks = 0;
        for (const DayFigures& day : days) {
            delivered += day.delivered;
            opened += day.opened;
            clicks += day.clicks;
        }
        const QDate lastDay =
            row.format == QStringLiteral("banner") && row.endDate.isValid() ? row.endDate : row.sendDate;
        const QString status = today > lastDay ? QStringLiteral("sent") : QStringLiteral("sending");
        if (status == row.status && delivered == row.delivered && opened == row.opened &&
            clicks == row.clicks)
            continue;
        const StoreStatus written = inTransaction(db, [&]() -> StoreStatus {
            const StoreResult<qint64> version = ServerStore::allocateRowVersions(db, 1);
            if (!version)
                return StoreStatus::from(version);
            QSqlQuery update(db);
            update.prepare(
                QStringLiteral("UPDATE communications SET status = ?, delivered = ?, opened = ?, clicks = ?,"
                               " updated_at = ?, row_version = ? WHERE communication_id = ?"));
            update.addBindValue(status);
            update.addBindValue(delivered);
            update.addBindValue(opened);
            update.addBindValue(clicks);
            update.addBindValue(nowText());
            update.addBindValue(version.value());
            update.addBindValue(row.id);
            StoreStatus result = execPrepared(update, QStringLiteral("updating delivery of %1").arg(row.id));
            if (!result)
                return result;
            QSqlQuery metric(db);
            metric.prepare(QStringLiteral(
                "INSERT INTO communication_metrics (communication_id, metric_date, delivered, opened, clicks)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (communication_id, metric_date) DO UPDATE SET"
                " delivered = excluded.delivered, opened = excluded.opened, clicks = excluded.clicks"));
            for (const DayFigures& day : days) {
                metric.addBindValue(row.id);
                metric.addBindValue(day.date.toString(Qt::ISODate));
                metric.addBindValue(day.delivered);
                metric.addBindValue(day.opened);
                metric.addBindValue(day.clicks);
                if (!(result = execPrepared(metric, QStringLiteral("writing metrics of %1").arg(row.id))))
                    return result;
            }
            if (row.format == QStringLiteral("mailing") && row.status == QStringLiteral("scheduled"))
                return markRecipients(db, row.seller, row.audience, row.recipients,
                                      row.sendDate.toString(Qt::ISODate));
            return result;
        });
        if (!written)
            return StoreResult<int>::failure(written.error());
        ++changed;
    }
    return changed;
}

} // namespace sellercrm::server
