#pragma once

#include "ApiRouter.h"

namespace sellercrm::server {

// Communications (WIZ-8, COM-1..COM-6):
// - POST /communications with `Idempotency-Key`: validated with domain/ (WIZ-5, WIZ-6; SYN-5),
//   stored on moderation; the same key again answers the first result and creates nothing.
// - GET /communications (list, filters), GET /communications/{id} (with metrics).
// - DELETE /communications/{id}: only while on moderation (COM-6), else 409.
// Another seller's communication answers 404 (tenant isolation).
struct CommunicationEndpoints final
{
    static void addRoutes(ApiRouter& router);
    static ApiResponse create(const ApiContext& context);
    static ApiResponse list(const ApiContext& context);
    static ApiResponse get(const ApiContext& context);
    static ApiResponse remove(const ApiContext& context);
};

} // namespace sellercrm::server
