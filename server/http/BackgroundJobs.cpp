#include "BackgroundJobs.h"

#include "jobs/CommunicationLifecycle.h"

#include <QDateTime>
#include <QTextStream>

namespace sellercrm::server {

BackgroundJobs::BackgroundJobs(ServiceConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config))
{
    if (m_config.moderationDelaySeconds >= 0) {
        connect(&m_moderation, &QTimer::timeout, this, &BackgroundJobs::moderate);
        m_moderation.start(moderationIntervalMs);
    }
    connect(&m_delivery, &QTimer::timeout, this, &BackgroundJobs::deliver);
    m_delivery.start(deliveryIntervalMs);
    QTimer::singleShot(0, this, &BackgroundJobs::deliver);
}

void BackgroundJobs::moderate()
{
    QSqlDatabase db = m_config.store->connectionForThisThread();
    const StoreResult<int> approved =
        CommunicationLifecycle::autoModerate(db, QDateTime::currentDateTimeUtc(), m_config.moderationDelaySeconds);
    if (!approved)
        QTextStream(stderr) << "sellercrm-server: automatic moderation failed: " << approved.error() << '\n';
    else if (approved.value() > 0)
        deliver();
}

void BackgroundJobs::deliver()
{
    QSqlDatabase db = m_config.store->connectionForThisThread();
    const StoreResult<int> advanced = CommunicationLifecycle::advanceDeliveries(db, m_config.today());
    if (!advanced)
        QTextStream(stderr) << "sellercrm-server: delivery simulation failed: " << advanced.error() << '\n';
}

} // namespace sellercrm::server
