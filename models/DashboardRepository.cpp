#include "DashboardRepository.h"

#include "CacheDb.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

DashboardLoad DashboardRepository::load(const CacheDb& cache)
{
    DashboardLoad result;
    const std::optional<CachedEntity> seller = cache.seller();
    const std::optional<CachedEntity> segmentation = cache.segmentation();
    if (!seller || !segmentation)
        return result; // nothing synced yet
    QString error;
    std::optional<SegmentationReport> report = SegmentationReport::fromJson(segmentation->data, &error);
    if (!report) {
        result.error = tr("The cached segmentation cannot be read (%1). Sync again to replace it.").arg(error);
        return result;
    }
    DashboardData data;
    data.seller = SellerProfile::fromJson(seller->id, seller->data);
    data.segmentation = std::move(*report);
    data.communications = cache.rowCount(u"communications"_s);
    result.data = std::move(data);
    return result;
}

} // namespace sellercrm
