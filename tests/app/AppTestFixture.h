#pragma once

#include "AppTestServer.h"

#include "AppSettings.h"
#include "CacheDb.h"
#include "DashboardModel.h"
#include "SyncStatusModel.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace sellercrm::test {

// Synced caches of the test store's sellers (one real sync each, shared by a test executable)
// and, per test, the models and settings a window is built from.
class AppTestFixture final
{
public:
    // Starts the server and syncs every seller of `sellers`; false with `error` on failure.
    bool prepare(const QStringList& sellers, QString* error);
    QString cachePath(const QString& sellerId) const { return m_dir.filePath(sellerId + u".sqlite"); }
    AppTestServer& server() { return m_server; }
    // Queues `request` in the outbox of the seller's cache and syncs it: the server creates the
    // communication (on moderation) and the cache gets it back; false with `error` on failure.
    bool sendCommunication(const QString& sellerId, const QJsonObject& request, QString* error);
    // A valid push mailing promoting products to one sub-segment of a Premium Plus seller.
    static QJsonObject mailingRequest(const QString& subSegment, const QString& text);

    // Models over the synced cache of `sellerId` (read-only GUI connection), already loaded.
    struct Models
    {
        std::unique_ptr<CacheDb> cache;
        std::unique_ptr<SyncStatusModel> status;
        std::unique_ptr<DashboardModel> dashboard;
        std::unique_ptr<AppSettings> settings;
    };
    Models open(const QString& sellerId);

private:
    AppTestServer m_server;
    QTemporaryDir m_dir;
    int m_opened = 0;
};

} // namespace sellercrm::test
