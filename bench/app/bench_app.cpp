// app_cold_start_ms, app_page_switch_ms and app_idle_rss_mb (issue 5) over a cached seller of
// 1 000 000 buyers (50 000 with SELLERCRM_BENCH_MODE=quick).
//
// The cache is written once through CacheDb / CacheWriter (the tables' generator for buyers,
// catalog and communications; the seller and the segmentation figures counted from those
// buyers) and kept next to this binary, or at SELLERCRM_BENCH_CACHE.
//   app_cold_start_ms   `sellercrm --cache FILE --report-painted` from process start to the
//                       "painted" line (Home painted with its data); median of 5 starts; the
//                       _cpu_ms twin is the processor time the app had used by then.
//   app_idle_rss_mb     resident memory of that process once its warm-up (the portrait's
//                       snapshot read in the background after Home) has finished and 1 s more;
//                       app_idle_rss_before_warmup_mb: 3 s after Home is painted, as before.
//   app_page_switch_ms  in this process, over the same cache, as a seller uses the app: Home
//                       painted, 2 s idle (the warm-up runs then), then the slowest page of
//                       Segments, a segment page, Buyer portrait, Buyers, Communications and Home,
//                       from showPage() to the page painted with its data, first visit.
//   app_page_switch_cold_ms the same in a window without the warm-up, switching right after
//                       Home is painted (the portrait's first visit waits for its snapshot).
//   app_all_pages_rss_mb resident memory of this process once every page was visited.
#include "AppSettings.h"
#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "DashboardModel.h"
#include "DashboardRepository.h"
#include "FeedPage.h"
#include "SyncStatusModel.h"
#include "TableTestData.h"
#include "components/PageStateStack.h"
#include "components/Theme.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

void report(const char* name, bool quick, double value, const char* unit)
{
    std::printf("BENCH %s%s %.1f %s\n", name, quick ? "_quick" : "", value, unit);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_app: %s\n", qPrintable(what));
    std::exit(1);
}

double residentMb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double processorSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// Processor time (user + system, all threads) another process has used so far.
double processorMsOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The fields after the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

Outcome<Done> putEntity(CacheDb& cache, const QString& type, const QString& id, const QVariantList& values)
{
    FeedChange change;
    change.table = CacheSchema::tableForType(type);
    change.id = id;
    change.values = values;
    CacheWriter writer(cache);
    return cache.inTransaction([&] { return writer.applyChange(change); });
}

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// The seller (Premium Plus, so every action is open) and its segmentation, counted from the
// generated buyers the way the server reports them (SEG-5 dynamics as a share of the size).
Outcome<Done> putSellerAndSegmentation(CacheDb& cache)
{
    const QString asOf = TableTestData::asOf().toString(Qt::ISODate);
    if (auto seller = putEntity(cache, u"seller"_s, u"S0001"_s,
                                { u"Hobby Market"_s, u"premium_plus"_s, TableTestData::asOf().addYears(1).toString(Qt::ISODate),
                                  1, 0, 20, 17, TableTestData::asOf().addDays(10).toString(Qt::ISODate), asOf });
        !seller)
        return seller;
    QSqlQuery query(cache.connection());
    if (!query.exec(u"SELECT segment, subsegment, COUNT(*), SUM(revenue_kopecks), AVG(avg_check_kopecks), "
                    "AVG(orders_90d) FROM buyers GROUP BY segment, subsegment"_s))
        return Outcome<Done>::failure(CacheDb::describe(query, u"counting segments"_s));
    QJsonArray rows;
    qint64 total = 0;
    qint64 revenue = 0;
    struct Row { QString segment, subsegment; qint64 buyers = 0, revenue = 0, avgCheck = 0; double orders = 0; };
    QList<Row> read;
    while (query.next()) {
        read.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                      query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toDouble() });
        total += read.last().buyers;
        revenue += read.last().revenue;
    }
    QHash<QString, Row> segments;
    for (const Row& row : read) {
        Row& sum = segments[row.segment];
        sum.segment = row.segment;
        sum.buyers += row.buyers;
        sum.revenue += row.revenue;
        sum.avgCheck = std::max(sum.avgCheck, row.avgCheck);
        sum.orders = std::max(sum.orders, row.orders);
    }
    for (const Row& row : read + segments.values()) {
        rows.append(QJsonObject{ { u"segment"_s, row.segment }, { u"subsegment"_s, row.subsegment },
                                 { u"buyers"_s, row.buyers }, { u"share"_s, double(row.buyers) / double(total) },
                                 { u"revenue_kopecks"_s, row.revenue },
                                 { u"revenue_share"_s, revenue ? double(row.revenue) / double(revenue) : 0.0 },
                                 { u"avg_check_kopecks"_s, row.avgCheck }, { u"orders_per_buyer"_s, row.orders },
                                 { u"joined"_s, row.buyers / 20 }, { u"left"_s, row.buyers / 30 },
                                 { u"interest_events"_s, row.segment == u"potential"_s ? row.buyers * 3 : 0 } });
    }
    const QJsonObject thresholds{ { u"avg_check_high_kopecks"_s, 500000 }, { u"avg_check_low_kopecks"_s, 150000 },
                                  { u"orders_high"_s, 3 }, { u"regular_buyers"_s, total / 2 } };
    const QJsonObject keyRule{ { u"regular_min"_s, 10 }, { u"new_min"_s, 10 } };
    return putEntity(cache, u"segmentation"_s, u"current"_s,
                     { asOf, compact(thresholds), u"regular"_s, compact(keyRule), compact(rows) });
}

QString prepareCache(int buyers)
{
    QString path = qEnvironmentVariable("SELLERCRM_BENCH_CACHE");
    if (path.isEmpty())
        path = QCoreApplication::applicationDirPath() + u"/app-bench-%1.sqlite"_s.arg(buyers);
    if (QFileInfo::exists(path)) {
        // A cache kept from an older build: upgraded to the current schema (the app opens it read-only).
        if (auto kept = CacheDb::open(path, u"bench-upgrade"_s); !kept)
            fail(kept.error());
        return path;
    }
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = CacheDb::open(partial, u"bench-fill"_s);
        if (!opened)
            fail(opened.error());
        CacheDb& cache = *opened.value();
        for (const auto& step : { std::function<Outcome<Done>()>([&] { return TableTestData::fillBuyers(cache, buyers, 7, true); }),
                                  std::function<Outcome<Done>()>([&] { return TableTestData::fillCommunications(cache, 2000); }),
                                  std::function<Outcome<Done>()>([&] { return cache.ensureIndexes(); }),
                                  std::function<Outcome<Done>()>([&] { return putSellerAndSegmentation(cache); }),
                                  std::function<Outcome<Done>()>([&] {
                                      return CacheWriter(cache).recordSuccess(QDateTime::currentDateTimeUtc());
                                  }) }) {
            if (auto done = step(); !done)
                fail(done.error());
        }
    }
    if (!QFile::rename(partial, path))
        fail(u"cannot rename %1 to %2"_s.arg(partial, path));
    std::fprintf(stderr, "bench_app: wrote %d buyers to %s in %.1f s\n", buyers, qPrintable(path),
                 double(timer.elapsed()) / 1000.0);
    return path;
}

QString appExecutable()
{
    const QString fromEnv = qEnvironmentVariable("SELLERCRM_APP");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/sellercrm"_s);
}

struct StartRun
{
    double paintedMs = -1;
    double paintedCpuMs = -1;
    double idleRssMb = -1;
    double warmedRssMb = -1;
    double warmedMs = -1;
};

// Reads the process' standard output until `line` appears; the wall time then, or -1.
double waitForLine(QProcess& process, QByteArray& out, const QByteArray& line, const QElapsedTimer& timer)
{
    while (timer.elapsed() < 60'000) {
        out += process.readAllStandardOutput();
        if (out.contains(line))
            return double(timer.nsecsElapsed()) / 1e6;
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
    }
    return -1;
}

// One start of the real app: process start to its "painted" line; optionally the resident
// memory 3 s later and once its warm-up has finished.
StartRun startApp(const QString& app, const QString& cache, bool measureRss)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s)); // fresh settings: Home, no saved server
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(app, { u"--cache"_s, cache, u"--lang"_s, u"en"_s, u"--report-painted"_s });
    StartRun run;
    QByteArray out;
    run.paintedMs = waitForLine(process, out, "painted", timer);
    if (run.paintedMs < 0)
        fail(u"the app did not report a painted page: %1"_s.arg(QString::fromUtf8(process.readAllStandardError())));
    run.paintedCpuMs = processorMsOf(process.processId());
    if (measureRss) {
        QThread::msleep(3000);
        run.idleRssMb = residentMb(process.processId());
        run.warmedMs = waitForLine(process, out, "warmed", timer);
        if (run.warmedMs < 0)
            fail(u"the app did not report its warm-up: %1"_s.arg(QString::fromUtf8(process.readAllStandardError())));
        QThread::msleep(1000);
        run.warmedRssMb = residentMb(process.processId());
    }
    process.kill();
    process.waitForFinished(5000);
    return run;
}

// From showPage() to the page painted with its data (its state stack shows the content).
double switchTo(MainWindow& window, const QString& pageId)
{
    QElapsedTimer timer;
    timer.start();
    window.showPage(pageId);
    QWidget* page = window.page(pageId);
    while (timer.elapsed() < 30'000) {
        auto* states = page->findChild<PageStateStack*>();
        const bool content = !states || states->shown() == PageStateStack::Shown::Content;
        if (content && window.grab().size().isValid()) // grab() paints the current page now
            return double(timer.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    fail(u"the page %1 did not show its data in 30 s"_s.arg(pageId));
}

// Idles the event loop for `ms` milliseconds, as a seller looking at the page does.
void idle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

struct Visits
{
    double slowestMs = 0;
    QString slowestPage;
    double cpuMs = 0;
};

// The first visit of every page after Home, then a few second visits; the slowest first visit.
Visits visitEveryPage(MainWindow& window, const char* label)
{
    Visits visits;
    const double cpuBefore = processorSeconds();
    for (const QString& pageId : { u"segments"_s, u"segment:at_risk"_s, u"portrait"_s, u"buyers"_s,
                                   u"communications"_s, u"home"_s }) {
        const double pageCpuBefore = processorSeconds();
        const double first = switchTo(window, pageId);
        std::fprintf(stderr, "bench_app: %s: %s %.1f ms (first visit; processor time %.0f ms)\n", label,
                     qPrintable(pageId), first, (processorSeconds() - pageCpuBefore) * 1000.0);
        if (first > visits.slowestMs) {
            visits.slowestMs = first;
            visits.slowestPage = pageId;
        }
    }
    visits.cpuMs = (processorSeconds() - cpuBefore) * 1000.0;
    for (const QString& pageId : { u"buyers"_s, u"portrait"_s, u"segments"_s }) {
        const double again = switchTo(window, pageId);
        std::fprintf(stderr, "bench_app: %s: %s %.1f ms (again)\n", label, qPrintable(pageId), again);
    }
    std::fprintf(stderr, "bench_app: %s: slowest page %s; %.0f ms of processor time for the six first visits\n",
                 label, qPrintable(visits.slowestPage), visits.cpuMs);
    return visits;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool quick = qEnvironmentVariable("SELLERCRM_BENCH_MODE") == u"quick"_s;
    const int buyers = quick ? 50'000 : 1'000'000;
    const QString cachePath = prepareCache(buyers);

    // Cold start and idle memory of the real app.
    const QString executable = appExecutable();
    if (!QFileInfo(executable).isExecutable())
        fail(u"%1 is not built (set SELLERCRM_APP)"_s.arg(executable));
    startApp(executable, cachePath, false); // warms the file cache; not counted
    std::vector<double> starts;
    std::vector<double> startCpu;
    StartRun measured;
    for (int run = 0; run < 5; ++run) {
        const StartRun result = startApp(executable, cachePath, run == 0);
        starts.push_back(result.paintedMs);
        startCpu.push_back(result.paintedCpuMs);
        if (run == 0)
            measured = result;
    }
    std::sort(starts.begin(), starts.end());
    std::sort(startCpu.begin(), startCpu.end());
    std::fprintf(stderr, "bench_app: cold starts %.0f..%.0f ms; warm-up done %.0f ms after the start\n",
                 starts.front(), starts.back(), measured.warmedMs);
    report("app_cold_start_ms", quick, starts[starts.size() / 2], "ms");
    report("app_cold_start_cpu_ms", quick, startCpu[startCpu.size() / 2], "ms");
    report("app_idle_rss_mb", quick, std::max(measured.idleRssMb, measured.warmedRssMb), "MB");
    report("app_idle_rss_before_warmup_mb", quick, measured.idleRssMb, "MB");

    // Page switches in this process over the same cache.
    Theme::apply(app, Theme::Mode::Light);
    auto opened = CacheDb::open(cachePath, u"gui"_s, CacheDb::Access::ReadOnly);
    if (!opened)
        fail(opened.error());
    CacheDb* cache = opened.value().get();
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
    SyncStatusModel status;
    DashboardModel dashboard(&status);
    dashboard.setLoader([cache] { return DashboardRepository::load(*cache); });
    dashboard.reload();
    const auto openWindow = [&] {
        auto window = std::make_unique<MainWindow>(&dashboard, &settings);
        window->setCache(cache);
        window->resize(1440, 900);
        window->show();
        switchTo(*window, u"home"_s);
        return window;
    };
    {
        // As a seller uses it: Home painted, a look at it, then the pages.
        std::unique_ptr<MainWindow> window = openWindow();
        bool warmed = false;
        QObject::connect(window.get(), &MainWindow::warmedUp, [&warmed] { warmed = true; });
        const double cpuBefore = processorSeconds();
        idle(2000);
        std::fprintf(stderr, "bench_app: 2 s on Home: warm-up %s, %.0f ms of processor time\n",
                     warmed ? "done" : "not done yet", (processorSeconds() - cpuBefore) * 1000.0);
        const Visits visits = visitEveryPage(*window, "after 2 s on Home");
        report("app_page_switch_ms", quick, visits.slowestMs, "ms");
        report("app_page_switch_cpu_ms", quick, visits.cpuMs, "ms");
        idle(2000);
        report("app_all_pages_rss_mb", quick, residentMb(QCoreApplication::applicationPid()), "MB");
    }
    {
        // Without the warm-up, right after Home: every first visit pays for its own data.
        const int warmUpDelay = MainWindow::warmUpDelayMs;
        MainWindow::warmUpDelayMs = -1;
        std::unique_ptr<MainWindow> window = openWindow();
        const Visits visits = visitEveryPage(*window, "no warm-up");
        report("app_page_switch_cold_ms", quick, visits.slowestMs, "ms");
        MainWindow::warmUpDelayMs = warmUpDelay;
    }
    return 0;
}
