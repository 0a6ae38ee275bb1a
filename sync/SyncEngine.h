#pragma once

#include "SyncWorker.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

namespace sellercrm {

// Keeps the cache in step with the server (SYN-2): a sync when started, then on a timer and on
// demand; runs on its own thread and reports progress, online/offline and the last successful
// sync time through signals (delivered on the thread that owns the engine, the GUI thread).
// Threading: every public function is called on the owning thread; the work happens on the
// sync thread with its own cache connection and ApiClient. Writes the seller makes go through
// an Outbox on the GUI's own connection; call syncNow() afterwards to send them at once.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    explicit SyncEngine(SyncWorker::Config config, QObject* parent = nullptr);
    ~SyncEngine() override;

    void start();   // opens the cache on the sync thread and syncs once
    void syncNow(); // on demand: also sends outbox entries still in backoff
    void stop();
    void setToken(const QString& token);

    bool isRunning() const { return m_running; }
    bool isOnline() const { return m_online; }
    QDateTime lastSuccessfulSync() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }

signals:
    void cacheOpened(bool ok, const QString& message);
    void syncStarted();
    void progress(const sellercrm::SyncProgress& progress);
    void syncFinished(const sellercrm::SyncReport& report);
    void onlineChanged(bool online);

private:
    void onOpened(bool ok, const QString& message, const QDateTime& lastSuccess);
    void onFinished(const SyncReport& report);

    QThread m_thread;
    SyncWorker* m_worker;
    bool m_running = false;
    bool m_online = false;
    bool m_started = false;
    QDateTime m_lastSuccess;
    QString m_lastError;
};

} // namespace sellercrm
