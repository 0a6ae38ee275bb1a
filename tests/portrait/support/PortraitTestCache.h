#pragma once

#include "Outcome.h"

#include <QStringList>

namespace sellercrm {

class CacheDb;

// Deterministic buyers for the portrait's tests and benchmark, written into a real cache file
// through sync's CacheWriter: every sub-segment, genders and age bands with unknown values,
// a dozen regions and 0–4 interests of 15 categories with marketplace-like names (the first ones
// more often; NULL, [] or an array), average checks that hit the bucket bounds exactly.
class PortraitTestCache final
{
public:
    static const QStringList& regions();
    static const QStringList& categoryIds(); // "CAT00" ... "CAT14"
    static QString categoryName(const QString& id);

    // Categories, then `buyers` buyers from `seed`, in transactions of 50 000.
    static Outcome<Done> fill(CacheDb& cache, int buyers, quint32 seed);
    // Writes 4 KiB of garbage at `path`: a file that is no cache (the STA-2 error state).
    static bool writeUnreadable(const QString& path);
};

} // namespace sellercrm
