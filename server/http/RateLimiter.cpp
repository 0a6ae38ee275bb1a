#include "RateLimiter.h"

#include <QDateTime>

namespace sellercrm::server {

bool RateLimiter::admit(const QString& sellerId)
{
    if (m_limit <= 0)
        return true;
    const qint64 second = QDateTime::currentMSecsSinceEpoch() / 1000;
    QMutexLocker lock(&m_mutex);
    Window& window = m_windows[sellerId];
    if (window.second != second)
        window = {second, 0};
    return ++window.count <= m_limit;
}

} // namespace sellercrm::server
