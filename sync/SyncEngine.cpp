#include "SyncEngine.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

SyncEngine::SyncEngine(SyncWorker::Config config, QObject* parent)
    : QObject(parent)
    , m_worker(new SyncWorker(std::move(config)))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    m_thread.setObjectName(u"sellercrm-sync"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::opened, this, &SyncEngine::onOpened);
    connect(m_worker, &SyncWorker::started, this, [this] {
        m_running = true;
        emit syncStarted();
    });
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::finished, this, &SyncEngine::onFinished);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::initialize, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->syncNow(false); }, Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    if (!m_started) {
        start();
        return;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->syncNow(true); }, Qt::QueuedConnection);
}

void SyncEngine::setToken(const QString& token)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, token] { worker->setToken(token); }, Qt::QueuedConnection);
}

void SyncEngine::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_running = false;
}

void SyncEngine::onOpened(bool ok, const QString& message, const QDateTime& lastSuccess)
{
    m_lastSuccess = lastSuccess;
    if (!ok)
        m_lastError = message;
    emit cacheOpened(ok, message);
}

void SyncEngine::onFinished(const SyncReport& report)
{
    m_running = false;
    const bool online = report.ok || !report.offline;
    if (report.ok)
        m_lastSuccess = report.finishedAt;
    m_lastError = report.message;
    if (online != m_online) {
        m_online = online;
        emit onlineChanged(m_online);
    }
    emit syncFinished(report);
}

} // namespace sellercrm
