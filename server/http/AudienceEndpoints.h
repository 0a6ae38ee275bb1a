#pragma once

#include "ApiRouter.h"

namespace sellercrm::server {

// Saved audiences (POR-2): a portrait's narrowed audience under a name, usable as the audience of
// a communication (`audience.saved_audience_id`).
// - POST /audiences with `Idempotency-Key`: name 1–100 characters, unique per seller (409
//   name_taken); segments/subsegments codes and the condition tree checked with the domain code of
//   POST /portrait; every invalid field in one 422. The same key again answers the first result.
// - GET /audiences (paged, by name), GET /audiences/{id}.
// - DELETE /audiences/{id}: 204 with a tombstone in the feed; 409 audience_in_use while a
//   communication that names it is on moderation or scheduled (its recipients are resolved when
//   it is sent).
// Another seller's audience answers 404 (tenant isolation).
struct AudienceEndpoints final
{
    static void addRoutes(ApiRouter& router);
    static ApiResponse create(const ApiContext& context);
    static ApiResponse list(const ApiContext& context);
    static ApiResponse get(const ApiContext& context);
    static ApiResponse remove(const ApiContext& context);
};

} // namespace sellercrm::server
