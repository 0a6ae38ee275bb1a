#include "SyncWorker.h"

#include "CacheDb.h"
#include "SyncSession.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace sellercrm {

SyncWorker::SyncWorker(Config config)
    : m_config(std::move(config))
{
}

SyncWorker::~SyncWorker()
{
    delete m_session;
    delete m_api;
    m_cache.reset();
}

void SyncWorker::initialize()
{
    auto cache = CacheDb::open(m_config.cachePath, u"sync"_s);
    if (!cache) {
        emit opened(false, cache.error(), {});
        return;
    }
    m_cache = std::move(cache).value();
    m_api = new ApiClient(m_config.server, m_config.token, this);
    m_api->setOptions(m_config.api);
    m_session = new SyncSession(*m_cache, *m_api, this);
    m_session->setPageLimit(m_config.pageLimit);
    connect(m_session, &SyncSession::progress, this, &SyncWorker::progress);
    connect(m_session, &SyncSession::finished, this, &SyncWorker::onFinished);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_config.intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(false); });
    m_timer->start();
    emit opened(true, {}, m_cache->syncState().lastSuccessAt);
}

void SyncWorker::syncNow(bool onDemand)
{
    if (!m_session)
        return;
    if (m_session->isRunning()) {
        m_again = m_again || onDemand;
        return;
    }
    m_session->setOutboxIgnoresBackoff(onDemand);
    emit started();
    m_session->start();
}

void SyncWorker::setToken(const QString& token)
{
    m_config.token = token;
    if (m_api)
        m_api->setToken(token);
}

void SyncWorker::onFinished(const SyncReport& report)
{
    emit finished(report);
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, [this] { syncNow(true); });
    }
}

void SyncWorker::shutdown()
{
    if (m_timer)
        m_timer->stop();
    if (m_session)
        m_session->cancel();
    delete m_session;
    m_session = nullptr;
    delete m_api;
    m_api = nullptr;
    m_cache.reset();
}

} // namespace sellercrm
