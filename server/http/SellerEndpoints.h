#pragma once

#include "ApiRouter.h"

namespace sellercrm::server {

// GET /seller (STA-1) and GET /segments (SEG-4..SEG-8).
struct SellerEndpoints final
{
    static void addRoutes(ApiRouter& router);
    static ApiResponse seller(const ApiContext& context);
    static ApiResponse segments(const ApiContext& context);
};

} // namespace sellercrm::server
