#pragma once

#include "ApiClient.h"
#include "SyncTypes.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTimer;

namespace sellercrm {

class CacheDb;
class SyncSession;

// The part of SyncEngine that lives on the sync thread: its own cache connection ("sync"), its
// own ApiClient, the timer. Created and destroyed on that thread; talks to the GUI thread only
// through queued signals.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    struct Config
    {
        QUrl server;
        QString token;
        QString cachePath;
        int intervalMs = 5 * 60 * 1000;
        int pageLimit = 2000;
        ApiClient::Options api;
    };

    explicit SyncWorker(Config config);
    ~SyncWorker() override;

public slots:
    void initialize();
    void syncNow(bool onDemand);
    void setToken(const QString& token);
    void shutdown();

signals:
    void opened(bool ok, const QString& message, const QDateTime& lastSuccess);
    void started();
    void progress(const sellercrm::SyncProgress& progress);
    void finished(const sellercrm::SyncReport& report);

private:
    void onFinished(const SyncReport& report);

    Config m_config;
    std::unique_ptr<CacheDb> m_cache;
    ApiClient* m_api = nullptr;
    SyncSession* m_session = nullptr;
    QTimer* m_timer = nullptr;
    bool m_again = false;
};

} // namespace sellercrm
