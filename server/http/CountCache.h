#pragma once

#include <QCache>
#include <QMutex>
#include <QString>

#include <optional>

namespace sellercrm::server {

// Row counts of list filters, valid while the store's row version is unchanged (every write
// bumps it), so paging through a filter counts once. Thread-safe; bounded LRU.
class CountCache final
{
public:
    CountCache()
        : m_entries(4096)
    {}
    Q_DISABLE_COPY_MOVE(CountCache)

    std::optional<qint64> find(const QString& key, qint64 rowVersion);
    void insert(const QString& key, qint64 rowVersion, qint64 count);

private:
    struct Entry final
    {
        qint64 rowVersion = 0;
        qint64 count = 0;
    };
    QMutex m_mutex;
    QCache<QString, Entry> m_entries;
};

} // namespace sellercrm::server
