#pragma once

#include "ApiRouter.h"

namespace sellercrm::server {

// The seller's catalogue: GET /categories, /products (search, category filter; WIZ-6 banner
// target list), /collections, /promotions (WIZ-5 existing promotion list).
struct CatalogEndpoints final
{
    static void addRoutes(ApiRouter& router);
    static ApiResponse categories(const ApiContext& context);
    static ApiResponse products(const ApiContext& context);
    static ApiResponse collections(const ApiContext& context);
    static ApiResponse promotions(const ApiContext& context);
};

} // namespace sellercrm::server
