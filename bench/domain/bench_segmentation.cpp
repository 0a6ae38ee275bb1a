// Segments synthetic sellers' buyers: SEG-4 thresholds + SEG-3 classification of every buyer, on
// one thread. Prints `BENCH segmentation_1m_ms <ms> ms` (full mode, 1 000 000 buyers) or
// `BENCH segmentation_100k_ms <ms> ms` (SELLERCRM_BENCH_MODE=quick, 100 000 buyers): the median
// of several runs over the same deterministic input.
#include "Segmentation.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QtGlobal>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sellercrm;

namespace {

std::vector<BuyerFacts> syntheticBuyers(int count)
{
    QRandomGenerator random(42);
    std::vector<BuyerFacts> buyers(static_cast<std::size_t>(count));
    for (BuyerFacts& facts : buyers) {
        // Roughly a marketplace mix: a third Regular, a third New, the rest Potential.
        const int kind = random.bounded(100);
        if (kind < 35) {
            facts.ordersInWindow = 2 + static_cast<int>(random.bounded(12));
            facts.revenueKopecks = facts.ordersInWindow * (50'000 + random.bounded(1'500'000));
            facts.recencyDays = random.bounded(90);
        } else if (kind < 65) {
            facts.ordersInWindow = 1;
            facts.revenueKopecks = 50'000 + random.bounded(1'500'000);
            facts.recencyDays = random.bounded(90);
        } else {
            facts.orderedBeforeWindow = random.bounded(3) == 0;
            facts.recencyDays = facts.orderedBeforeWindow ? 90 + random.bounded(300) : -1;
            facts.interestedInProducts = random.bounded(2) == 0;
            facts.interestedInCategories = random.bounded(2) == 0;
        }
    }
    return buyers;
}

} // namespace

int main()
{
    const bool quick = qEnvironmentVariable("SELLERCRM_BENCH_MODE") == QStringLiteral("quick");
    const int count = quick ? 100'000 : 1'000'000;
    const int runs = quick ? 3 : 7;
    const std::vector<BuyerFacts> buyers = syntheticBuyers(count);

    std::vector<double> times;
    qint64 checksum = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const SellerSegmentation result = segmentBuyers(buyers);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        checksum += result.thresholds.avgCheckHighKopecks +
                    std::count(result.subSegments.begin(), result.subSegments.end(), SubSegment::Top);
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::fprintf(
        stderr,
        "segmentation: %d buyers, %d runs, min %.1f ms, median %.1f ms, max %.1f ms (checksum %lld)\n", count,
        runs, times.front(), median, times.back(), static_cast<long long>(checksum));
    std::printf("BENCH %s %.1f ms\n", quick ? "segmentation_100k_ms" : "segmentation_1m_ms", median);
    return 0;
}
