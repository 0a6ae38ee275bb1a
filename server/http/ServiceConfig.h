#pragma once

#include "store/ServerStore.h"

#include <QDate>

#include <memory>

namespace sellercrm::server {

// Settings of one `serve` run, fixed at start and shared read-only by every worker thread.
struct ServiceConfig final
{
    std::shared_ptr<ServerStore> store;
    QDate asOf;                      // invalid: the real current date
    int moderationDelaySeconds = -1; // < 0: communications wait for `moderate`
    int rateLimitPerSecond = 0;      // per seller; 0 = unlimited

    QDate today() const { return asOf.isValid() ? asOf : QDate::currentDate(); }
};

} // namespace sellercrm::server
