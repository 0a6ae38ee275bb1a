#include "SyncStatusModel.h"

namespace sellercrm {

SyncStatusModel::SyncStatusModel(QObject* parent)
    : QObject(parent)
{
}

void SyncStatusModel::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit changed();
}

void SyncStatusModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_online = false;
    emit changed();
}

void SyncStatusModel::setLastSync(const QDateTime& when)
{
    m_lastSync = when;
    emit changed();
}

void SyncStatusModel::startSync()
{
    m_running = true;
    m_done = 0;
    m_total = 0;
    emit changed();
}

void SyncStatusModel::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    emit changed();
}

void SyncStatusModel::finishSync(const QDateTime& when)
{
    m_running = false;
    m_online = true;
    m_lastError.clear();
    m_lastSync = when;
    emit changed();
    emit syncFinished();
}

void SyncStatusModel::failSync(const QString& error, bool offline)
{
    m_running = false;
    m_lastError = error;
    if (offline)
        m_online = false;
    emit changed();
    emit syncFinished();
}

} // namespace sellercrm
