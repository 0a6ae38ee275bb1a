#pragma once

#include "store/StoreResult.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sellercrm::server {

// Moderation and the delivery simulator (COM-5 statuses): on_moderation → scheduled (approved) or
// rejected (with a reason); scheduled → sending on the send date → sent the day after (a banner:
// sending from its send date to its end date, then sent). Every change bumps the communication's
// row_version so the feed carries it. Stateless; call with the calling thread's connection.
class CommunicationLifecycle final
{
public:
    struct DayFigures
    {
        QDate date;
        qint64 delivered = 0;
        qint64 opened = 0;
        qint64 clicks = 0;
    };

    // Approves (→ scheduled) or rejects a communication that is on moderation.
    static StoreStatus moderate(QSqlDatabase& db, const QString& communicationId, bool approve,
                                const QString& reason);

    // Approves every communication on moderation for at least `delaySeconds` (the demo's automatic
    // moderation); returns how many were approved.
    static StoreResult<int> autoModerate(QSqlDatabase& db, const QDateTime& now, int delaySeconds);

    // Moves scheduled/sending communications along as of `today` and writes their metrics series;
    // a mailing that is sent marks its recipients' last_communication. Returns how many changed.
    static StoreResult<int> advanceDeliveries(QSqlDatabase& db, QDate today);

    // The deterministic series of a communication up to `today` (empty before the send date):
    // a mailing is delivered to 95–99 % of its recipients on the send date, 13–18 % of them open it
    // over the next days and about a third of the openers click; a banner gets impressions from its
    // daily budget and a 0.8–1.2 % click rate while it runs.
    static QList<DayFigures> simulate(const QString& communicationId, const QString& format,
                                      qint64 recipients, qint64 dailyBudgetKopecks, QDate sendDate,
                                      QDate endDate, QDate today);
};

} // namespace sellercrm::server
