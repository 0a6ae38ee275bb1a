#include "AppTestFixture.h"

#include "DashboardRepository.h"

using namespace Qt::StringLiterals;

namespace sellercrm::test {

bool AppTestFixture::prepare(const QStringList& sellers, QString* error)
{
    if (!m_server.start(error))
        return false;
    for (const QString& seller : sellers) {
        if (!m_server.syncSeller(seller, cachePath(seller), error))
            return false;
    }
    return true;
}

AppTestFixture::Models AppTestFixture::open(const QString& sellerId)
{
    Models models;
    auto opened = CacheDb::open(cachePath(sellerId), u"gui-%1-%2"_s.arg(sellerId).arg(++m_opened), CacheDb::Access::ReadOnly);
    if (opened)
        models.cache = std::move(opened.value());
    models.status = std::make_unique<SyncStatusModel>();
    models.status->setLastSync(QDateTime::currentDateTimeUtc().addSecs(-600));
    models.dashboard = std::make_unique<DashboardModel>(models.status.get());
    models.settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_opened)));
    CacheDb* cache = models.cache.get();
    if (cache)
        models.dashboard->setLoader([cache] { return DashboardRepository::load(*cache); });
    models.dashboard->reload();
    return models;
}

} // namespace sellercrm::test
