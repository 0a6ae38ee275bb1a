#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ApiRouter.h"
#include "RateLimiter.h"
#include "ServiceConfig.h"

namespace sellercrm::server {

// The REST API /api/v1: authentication, rate limit, routing to the endpoint classes.
// handle() is called concurrently from the HTTP worker threads; each thread uses its own
// database connection (ServerStore::connectionForThisThread()).
class ApiService final
{
public:
    explicit ApiService(ServiceConfig config);
    Q_DISABLE_COPY_MOVE(ApiService)

    ApiResponse handle(const ApiRequest& request);

private:
    ServiceConfig m_config;
    ApiRouter m_router;
    RateLimiter m_rateLimiter;
};

} // namespace sellercrm::server
