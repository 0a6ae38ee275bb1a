// Segments synthetic sellers' buyers: SEG-4 thresholds + SEG-3 classification of every buyer, on
// one thread. Prints `BENCH segmentation_1m_ms <ms> ms` (full mode, 1 000 000 buyers) or
// `BENCH segmentation_100k_ms <ms> ms` (SELLERCRM_BENCH_MODE=quick, 100 000 buyers): the median
// wall time of several runs over the same deterministic input; `…_cpu_ms` is the median
// processor time, which a busy machine inflates less. Also SEG-5: joined/left between two
// memberships of as many buyers given as sorted (buyer id, sub-segment) lists
// (`segment_dynamics_1m_ms` / `segment_dynamics_100k_ms`).
#include "SegmentDynamics.h"
#include "Segmentation.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QtGlobal>

#include <algorithm>
#include <cstdio>
#include <ctime>
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

struct Timing
{
    double wallMs = 0; // median wall time
    double cpuMs = 0;  // median processor time of this (single-threaded) process: robust on a busy machine
};

// Medians of `runs` calls of `work`.
template <typename Work> Timing measure(int runs, Work work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        work();
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// `BENCH <figure>_ms` (wall) and `BENCH <figure>_cpu_ms` (processor time).
void report(const char* figure, const Timing& timing)
{
    std::printf("BENCH %s_ms %.1f ms\n", figure, timing.wallMs);
    std::printf("BENCH %s_cpu_ms %.1f ms\n", figure, timing.cpuMs);
}

std::vector<BuyerMembership> memberships(const SellerSegmentation& segmentation)
{
    std::vector<BuyerMembership> list;
    list.reserve(segmentation.subSegments.size());
    for (std::size_t i = 0; i < segmentation.subSegments.size(); ++i) {
        if (segmentation.subSegments[i])
            list.push_back(
                {QStringLiteral("B%1").arg(i, 8, 10, QLatin1Char('0')), *segmentation.subSegments[i]});
    }
    return list;
}

} // namespace

int main()
{
    const bool quick = qEnvironmentVariable("SELLERCRM_BENCH_MODE") == QStringLiteral("quick");
    const int count = quick ? 100'000 : 1'000'000;
    const int runs = quick ? 3 : 7;
    const std::vector<BuyerFacts> buyers = syntheticBuyers(count);

    qint64 checksum = 0;
    const Timing segmentation = measure(runs, [&] {
        const SellerSegmentation result = segmentBuyers(buyers);
        checksum += result.thresholds.avgCheckHighKopecks +
                    std::count(result.subSegments.begin(), result.subSegments.end(), SubSegment::Top);
    });
    std::fprintf(stderr, "segmentation: %d buyers, %d runs (checksum %lld)\n", count, runs,
                 static_cast<long long>(checksum));
    report(quick ? "segmentation_100k" : "segmentation_1m", segmentation);

    // SEG-5: "before" is the same buyers with every seventh one's facts aged by a month.
    std::vector<BuyerFacts> older = buyers;
    for (std::size_t i = 0; i < older.size(); i += 7) {
        older[i].ordersInWindow = std::max(0, older[i].ordersInWindow - 1);
        older[i].recencyDays = older[i].recencyDays < 0 ? -1 : older[i].recencyDays + 30;
    }
    const std::vector<BuyerMembership> now = memberships(segmentBuyers(buyers));
    const std::vector<BuyerMembership> before = memberships(segmentBuyers(older));
    qint64 joined = 0;
    const Timing dynamics =
        measure(runs, [&] { joined += compareMemberships(before, now).of(Segment::Regular).joined; });
    std::fprintf(stderr, "segment dynamics: %zu vs %zu memberships (checksum %lld)\n", before.size(),
                 now.size(), static_cast<long long>(joined));
    report(quick ? "segment_dynamics_100k" : "segment_dynamics_1m", dynamics);
    return 0;
}
