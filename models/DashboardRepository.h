#pragma once

#include "DashboardData.h"

#include <QCoreApplication>

namespace sellercrm {

class CacheDb;

// Reads what Home and the Segments pages show from the local cache (SYN-2: everything shown is
// read from the cache): the `seller` and `segmentation` entities and the number of
// communications. Runs on the thread that opened the cache.
class DashboardRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardRepository)

public:
    static DashboardLoad load(const CacheDb& cache);
};

} // namespace sellercrm
