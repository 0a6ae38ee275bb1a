#pragma once

#include "store/ServerStore.h"

#include "KeySegment.h"

#include <QDate>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace sellercrm::server {

struct ServerJobsOptions
{
    // Automatic moderation: approve communications after this many seconds on moderation
    // (`serve --moderation-delay SECONDS`); negative = only `moderate` decides.
    int moderationDelaySeconds = -1;
    // `serve --as-of DATE`: "today" for the jobs; otherwise the date in Europe/Moscow.
    std::optional<QDate> fixedToday;
    int tickMilliseconds = 1000;
    KeySegmentRule keySegmentRule;
};

// The background jobs of `serve`, on their own thread ("jobs") with its own store connection:
// each tick approves communications whose moderation delay has passed and advances deliveries;
// when the day changes (and once at start, unless the store is already segmented as of today)
// it re-runs the segmentation of every seller. Create and destroy on one thread; the destructor
// stops the thread after the tick in progress.
class ServerJobs final : public QObject
{
    Q_OBJECT
public:
    ServerJobs(std::shared_ptr<ServerStore> store, ServerJobsOptions options, QObject* parent = nullptr);
    ~ServerJobs() override;
    Q_DISABLE_COPY_MOVE(ServerJobs)

    void start();
    QDate today() const;

    // The date the last full segmentation was stored for (meta `segmented_as_of`).
    static QString segmentedAsOfKey();

signals:
    // Emitted from the jobs thread after each tick that changed something (for logs and tests).
    void tickDone(int approved, int advanced, bool segmented);

private:
    void tick();

    std::shared_ptr<ServerStore> m_store;
    ServerJobsOptions m_options;
    QThread m_thread;
    QObject* m_worker = nullptr;
};

} // namespace sellercrm::server
