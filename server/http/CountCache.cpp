#include "CountCache.h"

namespace sellercrm::server {

std::optional<qint64> CountCache::find(const QString& key, qint64 rowVersion)
{
    QMutexLocker lock(&m_mutex);
    const Entry* entry = m_entries.object(key);
    if (!entry || entry->rowVersion != rowVersion)
        return std::nullopt;
    return entry->count;
}

void CountCache::insert(const QString& key, qint64 rowVersion, qint64 count)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(key, new Entry{rowVersion, count});
}

} // namespace sellercrm::server
