#pragma once

#include "SyncTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace sellercrm {

class ApiCall;
class ApiClient;
class CacheDb;
class CacheWriter;
struct ApiResponse;
struct FeedPage;

// One sync run on the calling thread (SYN-2, SYN-3): first the outbox is delivered, then the
// feed is pulled page by page from the stored cursor until `has_more` is false.
// Invariants: a page is fully validated before anything of it is applied; its changes and its
// cursor are committed in one transaction, so a run stopped at any moment (error, cancel,
// SIGKILL) leaves the cache at the state of the last stored cursor and the next run resumes
// there. A `cursor_expired` answer drops the server's rows and restarts from the beginning; a
// `schema_version` the client does not know stops the run with nothing applied.
// The next page is requested before the current one is applied, so the server works while
// the cache writes.
class SyncSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSession)

public:
    SyncSession(CacheDb& cache, ApiClient& api, QObject* parent = nullptr);
    ~SyncSession() override;

    void setPageLimit(int limit) { m_pageLimit = limit; }
    // On-demand syncs send every waiting outbox entry; timer syncs respect their backoff.
    void setOutboxIgnoresBackoff(bool ignore) { m_outboxIgnoresBackoff = ignore; }
    bool isRunning() const { return m_running; }

    void start();
    void cancel();
    // Starts the run and waits for its report in a local event loop (the headless command, tests).
    SyncReport runToCompletion();

signals:
    void progress(const sellercrm::SyncProgress& progress);
    void finished(const sellercrm::SyncReport& report);

private:
    void pull();
    void requestPage(const QString& cursor);
    void onPage(const ApiResponse& response);
    void fail(const QString& message, const ApiError& error);
    void succeed();
    void finish();

    CacheDb& m_cache;
    ApiClient& m_api;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<Outbox> m_outbox;
    QPointer<ApiCall> m_call;
    int m_pageLimit = 2000;
    bool m_outboxIgnoresBackoff = true;
    bool m_running = false;
    bool m_rebuildIndexes = false;
    int m_resets = 0;
    QElapsedTimer m_clock;
    SyncProgress m_progress;
    SyncReport m_report;
};

} // namespace sellercrm
