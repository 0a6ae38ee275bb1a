#pragma once

#include "ApiRouter.h"
#include "store/ChangeFeed.h"

namespace sellercrm::server {

// GET /sync?cursor=&limit= — the change feed of docs/api/SYNC.md over HTTP. The pages come from
// the store's ChangeFeed (row versions + tombstones); this endpoint checks the parameters,
// answers 409 cursor_expired for a cursor the store can no longer serve, and adds
// `schema_version`. The cursor is the decimal row version, opaque to clients.
struct SyncFeed final
{
    static constexpr int schemaVersion = 1;
    static constexpr int defaultLimit = 2000;
    static constexpr int maxLimit = ChangeFeed::maxPageChanges;

    static void addRoutes(ApiRouter& router);
    static ApiResponse page(const ApiContext& context);
};

} // namespace sellercrm::server
