#pragma once

#include "ServiceConfig.h"

#include <QObject>
#include <QTimer>

namespace sellercrm::server {

// The periodic work of a running server, on the thread that owns it (the server thread, with
// its own store connection): automatic moderation after `--moderation-delay` seconds, and the
// delivery simulator moving approved communications to sending/sent with their metrics.
class BackgroundJobs final : public QObject {
public:
    explicit BackgroundJobs(ServiceConfig config, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BackgroundJobs)

    static constexpr int moderationIntervalMs = 500;
    static constexpr int deliveryIntervalMs = 10'000;

private:
    void moderate();
    void deliver();

    ServiceConfig m_config;
    QTimer m_moderation;
    QTimer m_delivery;
};

} // namespace sellercrm::server
