#pragma once

#include "store/ServerStore.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace sellercrm::server {

struct DemoHistoryOptions
{
    QString sellerId = QStringLiteral("S0001");
    QDate asOf;       // "today" of the history: the last day the simulation runs
    int count = 24;   // communications in the history (minimumCount..maximumCount)
    quint64 seed = 42; // the same seed, store and asOf give the same history
};

// A demo seller's history of mailings and banners over the ~4 months before `asOf` (COM-1..COM-6):
// each one is created through the REST create handler (POST /communications, so the WIZ-5/WIZ-6
// rules and the store code of the API apply) on the day it was "created", decided by the moderation
// code the next day (most approved, some rejected with a reason, the newest still on moderation),
// and the delivery simulator is advanced day by day up to `asOf`, so the past ones are sent with
// their delivered/opened/clicked series, one mailing and one banner are sending and a few are
// scheduled after `asOf`. Idempotent: each planned communication has its own Idempotency-Key
// ("demo-history-N"), so a second run creates nothing and leaves the deliveries alone.
class DemoHistory final
{
public:
    static constexpr int minimumCount = 8;
    static constexpr int maximumCount = 200;
    static constexpr int historyDays = 120;

    struct Summary
    {
        int created = 0;
        int alreadyThere = 0;
        QStringList skipped; // "demo-history-N: format.send_date: ..." — what the rules refused
    };

    DemoHistory(std::shared_ptr<ServerStore> store, DemoHistoryOptions options);

    StoreResult<Summary> run();

private:
    std::shared_ptr<ServerStore> m_store;
    DemoHistoryOptions m_options;
};

// `sellercrm-server demo-history --db DB --seller ID [--as-of DATE] [--count N] [--seed S]`.
int runDemoHistoryCommand(const QStringList& arguments);

} // namespace sellercrm::server
