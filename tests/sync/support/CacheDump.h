#pragma once

#include <QString>

namespace sellercrm {
class CacheDb;
}

namespace sellercrm::test {

// Every row of every table of the cache (and the sync cursor) as text, to prove that a failed
// sync left the cache exactly as it was.
QString dumpCache(const CacheDb& cache);

} // namespace sellercrm::test
