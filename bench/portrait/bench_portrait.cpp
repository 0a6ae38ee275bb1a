// POR-1/POR-2: how long a change of the portrait's conditions takes with 1 000 000 cached buyers
// (100 000 with SELLERCRM_BENCH_MODE=quick): the aggregation alone, and the whole change as the
// seller sees it — the builder's new tree, the model's recompute, the four charts rebuilt and the
// page painted (grab()). Each condition set runs several times; the figure is the median of the
// slowest set. Processor time (all threads of the process) is printed beside wall time: the
// machine is shared, and processor time shows the cost without the wait for a core. Prints
//   BENCH portrait_recompute_ms <ms> ms          (quick: portrait_recompute_ms_quick)
//   BENCH portrait_recompute_cpu_ms <ms> ms
//   BENCH portrait_aggregate_ms <ms> ms
//   BENCH portrait_aggregate_cpu_ms <ms> ms
//   BENCH portrait_snapshot_load_ms <ms> ms
//   BENCH portrait_snapshot_load_cpu_ms <ms> ms
//   BENCH portrait_snapshot_bytes_per_buyer <n> bytes
//   BENCH portrait_snapshot_heap_mb <n> MB       (heap memory the loaded snapshot holds)
#include "CacheDb.h"
#include "PortraitConditions.h"
#include "PortraitTestCache.h"
#include "portrait/ConditionBuilder.h"
#include "portrait/PortraitAggregator.h"
#include "portrait/PortraitChartSettings.h"
#include "portrait/PortraitModel.h"
#include "portrait/PortraitPage.h"
#include "portrait/PortraitSnapshot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

using Kind = PortraitConditions::Kind;
using Op = PortraitConditions::Op;

QList<PortraitConditions> conditionSets()
{
    const PortraitConditions women = PortraitConditions::among(Kind::Gender, {u"f"_s});
    return {
        PortraitConditions(),
        women,
        PortraitConditions::group(
            Op::Or, {PortraitConditions::group(
                         Op::And, {women, PortraitConditions::among(Kind::AgeBand, {u"25-34"_s})}),
                     PortraitConditions::among(Kind::Region, {u"Moscow"_s})}),
        PortraitConditions::group(Op::And, {PortraitConditions::avgCheck(50'000, 199'999),
                                            PortraitConditions::among(Kind::Category, {u"CAT03"_s})}),
        // Every attribute, nested: the most columns scanned.
        PortraitConditions::group(
            Op::Or, {PortraitConditions::group(
                         Op::And, {PortraitConditions::among(Kind::Gender, {u"m"_s, u""_s}),
                                   PortraitConditions::among(Kind::Category, {u"CAT01"_s, u"CAT02"_s}),
                                   PortraitConditions::avgCheck(100'000, std::nullopt)}),
                     PortraitConditions::group(
                         Op::And, {PortraitConditions::among(Kind::AgeBand, {u"55+"_s, u"45-54"_s}),
                                   PortraitConditions::among(Kind::Region, {u"Tatarstan"_s})}),
                     PortraitConditions::among(Kind::Category, {u"CAT07"_s})}),
    };
}

// Processor time of the whole process (every thread), milliseconds.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / double(CLOCKS_PER_SEC);
}

// Heap memory in use (glibc's count of allocated bytes, mmapped blocks included), megabytes: the
// resident size would not show memory the allocator reuses after filling the cache.
double heapInUseMb()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1e6;
#else
    return 0.0;
#endif
}

// Wall and processor time of repeated runs; the figures are medians.
struct Timings
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void print(const char* name, bool quick, double value, const char* unit)
{
    std::printf("BENCH %s%s %.1f %s\n", name, quick ? "_quick" : "", value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool quick = qEnvironmentVariable("SELLERCRM_BENCH_MODE") == u"quick"_s;
    const int count = quick ? 100'000 : 1'000'000;
    const int runs = quick ? 5 : 9;

    QTemporaryDir dir;
    QString path = qEnvironmentVariable("SELLERCRM_BENCH_CACHE");
    if (path.isEmpty())
        path = dir.filePath(u"portrait-bench.sqlite"_s);
    else if (quick)
        path += u".quick"_s;
    {
        auto cache = CacheDb::open(path, u"bench"_s);
        if (!cache) {
            std::fprintf(stderr, "bench_portrait: %s\n", qPrintable(cache.error()));
            return 1;
        }
        if (cache.value()->rowCount(u"buyers"_s) != count) {
            QElapsedTimer fillTimer;
            fillTimer.start();
            if (auto filled = PortraitTestCache::fill(*cache.value(), count, 42); !filled) {
                std::fprintf(stderr, "bench_portrait: %s\n", qPrintable(filled.error()));
                return 1;
            }
            std::fprintf(stderr, "bench_portrait: filled %d buyers in %.1f s\n", count,
                         double(fillTimer.elapsed()) / 1000.0);
        }
    }

    // The snapshot as the model reads it (worker thread in the app; here the main thread).
    Timings loads;
    std::shared_ptr<const PortraitSnapshot> snapshot;
    double snapshotMb = 0;
    for (int run = 0; run < 3; ++run) {
        snapshot.reset();
        const double heapBefore = heapInUseMb();
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        auto loaded = PortraitModel::cacheLoader(path)();
        if (!loaded) {
            std::fprintf(stderr, "bench_portrait: %s\n", qPrintable(loaded.error()));
            return 1;
        }
        loads.cpu.push_back(cpuMs() - cpuStart);
        loads.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        snapshot = loaded.value();
        snapshotMb = heapInUseMb() - heapBefore;
    }

    const QList<PortraitConditions> sets = conditionSets();
    const PortraitAudience own{{u"regular"_s, u"new"_s}, {}};
    Timings slowestAggregate;
    qint64 checksum = 0;
    for (const PortraitConditions& conditions : sets) {
        Timings times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            const PortraitAggregation result =
                PortraitAggregator::compute(*snapshot, PortraitAudience(), conditions);
            times.cpu.push_back(cpuMs() - cpuStart);
            times.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            checksum += result.reach;
        }
        if (slowestAggregate.wall.empty() || median(times.wall) > median(slowestAggregate.wall))
            slowestAggregate = times;
    }

    // The change as the seller sees it: builder -> model -> four charts -> painted page.
    PortraitModel model;
    model.setLoader([snapshot] { return Outcome<std::shared_ptr<const PortraitSnapshot>>(snapshot); });
    PortraitChartSettings settings(dir.filePath(u"settings.ini"_s));
    PortraitPage page(&model, &settings);
    page.resize(1440, 1400);
    page.show();
    model.reload();
    while (model.state() == PortraitModel::State::Loading)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    model.setAudience(own);
    Timings slowestChange;
    for (qsizetype set = 0; set < sets.size(); ++set) {
        const PortraitConditions& conditions = sets.at(set);
        Timings times;
        std::vector<double> modelTimes;
        for (int run = 0; run < runs; ++run) {
            // Start from another tree so every run is a real change.
            page.conditionBuilder()->setConditions(conditions.isEmpty() ? sets.at(1) : PortraitConditions());
            page.grab();
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            page.conditionBuilder()->setConditions(conditions);
            const QPixmap painted = page.grab();
            times.cpu.push_back(cpuMs() - cpuStart);
            times.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            modelTimes.push_back(double(model.lastRecomputeNs()) / 1e6);
            checksum += painted.width() + model.result().reach;
        }
        std::fprintf(
            stderr,
            "bench_portrait: condition set %lld: change %.1f ms (cpu %.1f ms), of it the model %.1f ms\n",
            qlonglong(set), median(times.wall), median(times.cpu), median(modelTimes));
        if (slowestChange.wall.empty() || median(times.wall) > median(slowestChange.wall))
            slowestChange = times;
    }

    print("portrait_recompute_ms", quick, median(slowestChange.wall), "ms");
    print("portrait_recompute_cpu_ms", quick, median(slowestChange.cpu), "ms");
    print("portrait_aggregate_ms", quick, median(slowestAggregate.wall), "ms");
    print("portrait_aggregate_cpu_ms", quick, median(slowestAggregate.cpu), "ms");
    print("portrait_snapshot_load_ms", quick, median(loads.wall), "ms");
    print("portrait_snapshot_load_cpu_ms", quick, median(loads.cpu), "ms");
    std::printf("BENCH portrait_snapshot_bytes_per_buyer %.1f bytes\n",
                double(snapshot->columnBytes()) / double(std::max<qsizetype>(1, snapshot->size())));
    print("portrait_snapshot_heap_mb", quick, snapshotMb, "MB");
    std::fprintf(stderr, "bench_portrait: %lld buyers, checksum %lld\n", qlonglong(snapshot->size()),
                 qlonglong(checksum));
    return 0;
}
