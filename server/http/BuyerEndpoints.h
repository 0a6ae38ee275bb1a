#pragma once

#include "ApiRouter.h"

namespace sellercrm::server {

// GET /buyers (BUY-1, BUY-2): one page of the seller's buyers with the total count.
struct BuyerEndpoints final
{
    static void addRoutes(ApiRouter& router);
    static ApiResponse buyers(const ApiContext& context);
};

} // namespace sellercrm::server
