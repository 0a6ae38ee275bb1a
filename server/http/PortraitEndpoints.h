#pragma once

#include "ApiRouter.h"

namespace sellercrm::server {

// POST /portrait (POR-1, POR-2): the buyer portrait of an audience narrowed by AND/OR
// conditions — reach, average-check buckets, regions, categories, age band × gender.
// Body: {"segments": [...], "subsegments": [...], "conditions": <domain/PortraitConditions.h>};
// no segment and no sub-segment means every buyer known to the seller.
struct PortraitEndpoints final
{
    static void addRoutes(ApiRouter& router);
    static ApiResponse portrait(const ApiContext& context);

    // Upper bounds (exclusive) of the average-check buckets, kopecks; the last bucket is open.
    static constexpr qint64 bucketBounds[] = {50'000, 100'000, 200'000, 300'000, 500'000, 1'000'000};
};

} // namespace sellercrm::server
