#pragma once

#include "SegmentationReport.h"
#include "SellerProfile.h"

#include <QString>

#include <optional>

namespace sellercrm {

// What Home and the Segments pages show, read from the cache in one go.
struct DashboardData final
{
    SellerProfile seller;
    SegmentationReport segmentation;
    qint64 communications = 0; // how many the seller has made (HOM-1 promo card when none)
};

// The outcome of reading the cache: data, nothing cached yet (no data, no error), or an error.
struct DashboardLoad final
{
    std::optional<DashboardData> data;
    QString error;
};

} // namespace sellercrm
