// POR-1/POR-2: how long a change of the portrait's conditions takes with 1 000 000 cached buyers
// (100 000 with SELLERCRM_BENCH_MODE=quick): the aggregation alone, and the whole change as the
// seller sees it — the builder's new tree, the model's recompute, the four charts rebuilt and the
// page painted (grab()). Each condition set runs several times; the figure is the median of the
// slowest set. Prints
//   BENCH portrait_recompute_ms <ms> ms          (quick: portrait_recompute_ms_quick)
//   BENCH portrait_aggregate_ms <ms> ms          (quick: portrait_aggregate_ms_quick)
//   BENCH portrait_snapshot_load_ms <ms> ms      (quick: portrait_snapshot_load_ms_quick)
//   BENCH portrait_snapshot_bytes_per_buyer <n> bytes
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

#include <algorithm>
#include <cstdio>

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
    std::vector<double> loads;
    std::shared_ptr<const PortraitSnapshot> snapshot;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto loaded = PortraitModel::cacheLoader(path)();
        if (!loaded) {
            std::fprintf(stderr, "bench_portrait: %s\n", qPrintable(loaded.error()));
            return 1;
        }
        loads.push_back(double(timer.nsecsElapsed()) / 1e6);
        snapshot = loaded.value();
    }

    const QList<PortraitConditions> sets = conditionSets();
    const PortraitAudience own{{u"regular"_s, u"new"_s}, {}};
    double slowestAggregate = 0;
    qint64 checksum = 0;
    for (const PortraitConditions& conditions : sets) {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const PortraitAggregation result =
                PortraitAggregator::compute(*snapshot, PortraitAudience(), conditions);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            checksum += result.reach;
        }
        slowestAggregate = std::max(slowestAggregate, median(times));
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
    double slowestChange = 0;
    for (const PortraitConditions& conditions : sets) {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            // Start from another tree so every run is a real change.
            page.conditionBuilder()->setConditions(conditions.isEmpty() ? sets.at(1) : PortraitConditions());
            page.grab();
            QElapsedTimer timer;
            timer.start();
            page.conditionBuilder()->setConditions(conditions);
            const QPixmap painted = page.grab();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            checksum += painted.width() + model.result().reach;
        }
        slowestChange = std::max(slowestChange, median(times));
    }

    print("portrait_recompute_ms", quick, slowestChange, "ms");
    print("portrait_aggregate_ms", quick, slowestAggregate, "ms");
    print("portrait_snapshot_load_ms", quick, median(loads), "ms");
    std::printf("BENCH portrait_snapshot_bytes_per_buyer %.1f bytes\n",
                double(snapshot->columnBytes()) / double(std::max<qsizetype>(1, snapshot->size())));
    std::fprintf(stderr, "bench_portrait: %lld buyers, checksum %lld\n", qlonglong(snapshot->size()),
                 qlonglong(checksum));
    return 0;
}
