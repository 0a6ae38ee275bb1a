#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace sellercrm::server {

// Per-seller request budget over one-second windows (the 429 answer). Thread-safe.
class RateLimiter final
{
public:
    explicit RateLimiter(int requestsPerSecond)
        : m_limit(requestsPerSecond)
    {}
    Q_DISABLE_COPY_MOVE(RateLimiter)

    // True when the request may run; 0 as the limit admits everything.
    bool admit(const QString& sellerId);

private:
    struct Window final
    {
        qint64 second = 0;
        int count = 0;
    };
    int m_limit;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace sellercrm::server
