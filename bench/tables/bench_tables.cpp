// Buyers page over 1 000 000+ cached buyers (20 000 with SELLERCRM_BENCH_MODE=quick): open to
// painted rows, sort by every column, every filter, next page, memory of the page, CSV export
// (SELLERCRM_BENCH_ONLY=csv_export runs the export alone).
// The cache is generated once (the catalog through CacheWriter, the buyers and their actions by
// one INSERT … SELECT in SQLite: a million rows through CacheWriter took longer than the
// benchmark itself) and kept next to the binary for later runs. Every figure is printed as wall
// time and, with a `_cpu` suffix, as the processor time of the process, which the load of a
// shared machine does not inflate.
#include "CacheDb.h"
#include "TableTestData.h"
#include "buyers/BuyersModel.h"
#include "buyers/BuyersPage.h"
#include "table/CsvExporter.h"
#include "table/PageSliceProxy.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void report(const QString& name, double value, const QString& unit, bool quick)
{
    QTextStream(stdout) << "BENCH " << name << (quick ? u"_quick"_s : QString()) << ' '
                        << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit << Qt::endl;
}

// Processor time of the whole process (both threads), in ms.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall and processor time of one step.
struct Stopwatch
{
    QElapsedTimer wall;
    double cpuStart = 0;
    void restart()
    {
        cpuStart = cpuMs();
        wall.restart();
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuSpentMs() const { return cpuMs() - cpuStart; }
};

// The buyers and their actions, with the distributions of TableTestData::fillBuyers (1 in 8
// without an order, NULLs in the nullable sort columns, five chat states), from integer hashes
// of the row number so every run makes the same cache.
const char* const generateBuyersSql = R"(
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1),
h AS (SELECT i, (i * 2654435761 + 40503) % 4294967291 AS a, (i * 2246822519 + 3266489917) % 4294967279 AS b,
             (i * 668265263 + 374761393) % 4294967231 AS c FROM n),
s AS (SELECT *, CASE WHEN a % 8 = 0 THEN CASE WHEN b % 2 = 0 THEN 'interested_products' ELSE 'interested_categories' END
                     ELSE CASE (a / 8) % 5 WHEN 0 THEN 'top' WHEN 1 THEN 'loyal' WHEN 2 THEN 'at_risk' WHEN 3 THEN 'new'
                                           ELSE 'sleeping' END END AS sub FROM h),
o AS (SELECT *, CASE WHEN sub LIKE 'interested%' OR sub = 'sleeping' THEN 0 WHEN sub = 'new' THEN 1
                     ELSE 2 + (b / 7) % 8 END AS orders FROM s),
v AS (SELECT *, CASE WHEN orders = 0 THEN 0 ELSE 50000 + (c / 3) % 900000 END AS avg FROM o)
INSERT INTO buyers (id, segment, subsegment, orders_90d, avg_check_kopecks, revenue_kopecks, last_order, gender,
                    age_band, region, interests, recommended_products, last_communication, chat)
SELECT printf('B%07d', i),
  CASE WHEN sub = 'new' THEN 'new' WHEN sub = 'sleeping' OR sub LIKE 'interested%' THEN 'potential' ELSE 'regular' END,
  sub, orders, avg, avg * orders,
  CASE WHEN sub LIKE 'interested%' THEN NULL ELSE date('2026-11-20', printf('-%d days', (b / 11) % 400)) END,
  CASE (c / 5) % 3 WHEN 0 THEN 'f' WHEN 1 THEN 'm' ELSE '' END,
  CASE (a / 13) % 6 WHEN 0 THEN '18-24' WHEN 1 THEN '25-34' WHEN 2 THEN '35-44' WHEN 3 THEN '45-54' WHEN 4 THEN '55+'
                    ELSE '' END,
  CASE (b / 17) % 8 WHEN 0 THEN 'Moscow' WHEN 1 THEN 'Saint Petersburg' WHEN 2 THEN 'Kazan' WHEN 3 THEN 'Novosibirsk'
                    WHEN 4 THEN 'Yekaterinburg' WHEN 5 THEN 'Samara' WHEN 6 THEN 'Omsk' ELSE 'Perm' END,
  CASE (c / 19) % 4 WHEN 0 THEN NULL WHEN 1 THEN printf('["CAT%d"]', (a / 23) % 12)
                    WHEN 2 THEN printf('["CAT%d","CAT%d"]', (a / 23) % 12, (b / 29) % 12)
                    ELSE printf('["CAT%d","CAT%d","CAT%d"]', (a / 23) % 12, (b / 29) % 12, (c / 31) % 12) END,
  CASE (a / 37) % 4 WHEN 0 THEN NULL WHEN 1 THEN printf('["P%d"]', (b / 41) % 40)
                    WHEN 2 THEN printf('["P%d","P%d"]', (b / 41) % 40, (c / 43) % 40)
                    ELSE printf('["P%d","P%d","P%d"]', (b / 41) % 40, (c / 43) % 40, (a / 47) % 40) END,
  CASE WHEN (b / 53) % 3 = 0 THEN NULL ELSE date('2026-11-20', printf('-%d days', (c / 59) % 150)) END,
  CASE (a / 61) % 5 WHEN 0 THEN 'available' WHEN 1 THEN 'blocked_by_buyer' WHEN 2 THEN 'first_order_not_delivered'
                    WHEN 3 THEN 'seller_not_verified' ELSE 'antifraud_blocked' END
FROM v)";

// One action for every fourth buyer: a product, a type and a date of the last 90 days.
const char* const generateActionsSql = R"(
INSERT INTO buyer_actions (id, buyer_id, product_id, "type", "date")
SELECT id || ':' || p || ':' || t || ':' || d, id, p, t, d FROM (
  SELECT id, printf('P%d', ((rowid * 2654435761 + 97) % 4294967291) / 7 % 40) AS p,
         CASE ((rowid * 2246822519 + 13) % 4294967279) / 11 % 4 WHEN 0 THEN 'view' WHEN 1 THEN 'cart'
              WHEN 2 THEN 'favorite' ELSE 'order' END AS t,
         date('2026-11-20', printf('-%d days', ((rowid * 668265263 + 7) % 4294967231) / 13 % 90)) AS d
  FROM buyers WHERE rowid % 4 = 0))";

Outcome<Done> generateBuyers(CacheDb& cache, int buyers)
{
    if (auto catalog = TableTestData::fillCatalog(cache); !catalog)
        return catalog;
    if (auto dropped = cache.dropBuyerIndexes(); !dropped)
        return dropped;
    auto written = cache.inTransaction([&]() -> Outcome<Done> {
        QSqlQuery query(cache.connection());
        query.prepare(QString::fromLatin1(generateBuyersSql));
        query.bindValue(0, buyers);
        if (!query.exec())
            return Outcome<Done>::failure(CacheDb::describe(query, u"generating buyers"_s));
        return cache.exec(QString::fromLatin1(generateActionsSql));
    });
    if (!written)
        return written;
    return cache.ensureIndexes();
}

void note(const QString& text)
{
    QTextStream(stderr) << "bench_tables: " << text << Qt::endl;
}

// Paints the table's viewport once, as the screen would, and returns when done.
void paint(QTableView& view)
{
    view.viewport()->repaint();
    QCoreApplication::processEvents();
}

// CSV export of every listed buyer, every column, in the model's current filter and order:
// csv_export_1m_s (wall) and csv_export_1m_cpu_s (processor time). SELLERCRM_BENCH_CSV_OUT
// keeps the file (to compare exports byte for byte); else it goes to a temporary folder.
bool exportCsv(const BuyersModel& model, bool quick)
{
    QTemporaryDir out;
    const QString kept = qEnvironmentVariable("SELLERCRM_BENCH_CSV_OUT");
    const QString path = kept.isEmpty() ? out.filePath(u"buyers.csv"_s) : kept;
    QList<int> columns;
    for (int column = 0; column < BuyersModel::ColumnCount; ++column)
        columns << column;
    Stopwatch watch;
    watch.restart();
    const auto written = CsvExporter::write(model, columns, path);
    if (!written) {
        note(written.error());
        return false;
    }
    const double wallS = watch.wallMs() / 1000.0;
    const double cpuS = watch.cpuSpentMs() / 1000.0;
    note(u"exported %1 rows to %2 (%3 MB)"_s.arg(written.value())
             .arg(path)
             .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1));
    report(quick ? u"csv_export_s"_s : u"csv_export_1m_s"_s, wallS, u"s"_s, quick);
    report(quick ? u"csv_export_cpu_s"_s : u"csv_export_1m_cpu_s"_s, cpuS, u"s"_s, quick);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool quick = qEnvironmentVariable("SELLERCRM_BENCH_MODE") == u"quick"_s;
    const int buyers = quick ? 20000 : 1150000; // about 1/8 have no order: 1 000 000+ listed
    const QString dir = qEnvironmentVariable("SELLERCRM_BENCH_CACHE_DIR", QCoreApplication::applicationDirPath());
    const QString path = QDir(dir).filePath(u"bench_tables_%1.sqlite"_s.arg(buyers));

    {
        auto cache = CacheDb::open(path, u"bench-fill"_s);
        if (!cache) {
            note(cache.error());
            return 1;
        }
        if (cache.value()->rowCount(u"buyers"_s) != buyers) {
            QElapsedTimer fill;
            fill.start();
            cache.value()->exec(u"DELETE FROM buyers"_s);
            cache.value()->exec(u"DELETE FROM buyer_actions"_s);
            if (auto filled = generateBuyers(*cache.value(), buyers); !filled) {
                note(filled.error());
                return 1;
            }
            note(u"generated %1 buyers in %2 s"_s.arg(buyers).arg(fill.elapsed() / 1000.0));
        }
    }
    auto opened = CacheDb::open(path, u"gui"_s, CacheDb::Access::ReadOnly);
    if (!opened) {
        note(opened.error());
        return 1;
    }
    CacheDb& cache = *opened.value();

    // SELLERCRM_BENCH_ONLY=csv_export: only the export, from a model in the page's first state
    // (the default sort, no filter) whose total is known, as after opening the page.
    if (qEnvironmentVariable("SELLERCRM_BENCH_ONLY") == u"csv_export"_s) {
        BuyersModel model(cache.connection());
        QEventLoop loop;
        QObject::connect(&model, &PagedSqlModel::totalCountChanged, &loop, &QEventLoop::quit);
        if (!model.isCountKnown())
            loop.exec();
        return exportCsv(model, quick) ? 0 : 1;
    }

    const double rssBefore = residentMb();

    // Each step is timed to its painted rows (wall and processor time); the lazy total that
    // follows is timed on its own (buyers_count_ms), and is waited for before the next step.
    Stopwatch watch;
    double slowestCountMs = 0;
    const auto countAfter = [&](const BuyersModel& model) {
        QEventLoop loop;
        QObject::connect(&model, &PagedSqlModel::totalCountChanged, &loop, &QEventLoop::quit);
        if (!model.isCountKnown())
            loop.exec();
        slowestCountMs = std::max(slowestCountMs, watch.wallMs());
    };

    // Open: the page is made, shown and its first rows painted.
    watch.restart();
    BuyersPage page(cache.connection());
    page.resize(1400, 900);
    page.show();
    QTableView* view = page.findChild<QTableView*>(u"buyersTable"_s);
    paint(*view);
    const double openMs = watch.wallMs();
    const double openCpuMs = watch.cpuSpentMs();
    BuyersModel* model = page.model();
    countAfter(*model);
    note(u"%1 buyers listed, counted %2 ms after opening"_s.arg(model->totalCount()).arg(watch.wallMs(), 0, 'f', 1));
    report(u"buyers_open_ms"_s, openMs, u"ms"_s, quick);
    report(u"buyers_open_cpu_ms"_s, openCpuMs, u"ms"_s, quick);

    // Sort: every column, both orders; the slowest one counts.
    double slowestSort = 0;
    double slowestSortCpu = 0;
    QString slowestSortName;
    for (int column = 0; column < BuyersModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            watch.restart();
            view->sortByColumn(column, order);
            paint(*view);
            const double ms = watch.wallMs();
            slowestSortCpu = std::max(slowestSortCpu, watch.cpuSpentMs());
            if (ms > slowestSort) {
                slowestSort = ms;
                slowestSortName = model->headerData(column, Qt::Horizontal).toString() +
                                  (order == Qt::AscendingOrder ? u" ascending"_s : u" descending"_s);
            }
            countAfter(*model);
        }
    }
    note(u"slowest sort: %1"_s.arg(slowestSortName));
    report(u"buyers_sort_ms"_s, slowestSort, u"ms"_s, quick);
    report(u"buyers_sort_cpu_ms"_s, slowestSortCpu, u"ms"_s, quick);

    // Next page: 20 pages forward under three sorts (the default one, a column with NULLs, a
    // column with few distinct values).
    double slowestNext = 0;
    double slowestNextCpu = 0;
    for (int column : {int(BuyersModel::Revenue), int(BuyersModel::LastCommunication), int(BuyersModel::Region)}) {
        view->sortByColumn(column, Qt::DescendingOrder);
        paint(*view);
        countAfter(*model);
        for (int step = 0; step < 20; ++step) {
            watch.restart();
            page.showNextPage();
            paint(*view);
            slowestNext = std::max(slowestNext, watch.wallMs());
            slowestNextCpu = std::max(slowestNextCpu, watch.cpuSpentMs());
        }
    }
    report(u"buyers_next_page_ms"_s, slowestNext, u"ms"_s, quick);
    report(u"buyers_next_page_cpu_ms"_s, slowestNextCpu, u"ms"_s, quick);

    // Filters: each kind alone, applied as the page applies it, under the default sort.
    view->sortByColumn(BuyersModel::Revenue, Qt::DescendingOrder);
    countAfter(*model);
    const QDate asOf = TableTestData::asOf();
    QList<QPair<QString, BuyersFilter>> filters;
    BuyersFilter f;
    f.subsegments = {u"top"_s};
    filters.append({u"segment"_s, f});
    f = {};
    f.subsegments = {u"top"_s, u"loyal"_s, u"at_risk"_s, u"new"_s};
    filters.append({u"segments"_s, f});
    f = {};
    f.minAvgCheckKopecks = 300000;
    f.maxAvgCheckKopecks = 310000;
    filters.append({u"average check"_s, f});
    f = {};
    f.actionTypes = {u"cart"_s};
    f.actionProductId = u"P7"_s;
    f.actionFrom = asOf.addDays(-30);
    f.actionTo = asOf;
    filters.append({u"buyer action on a product"_s, f});
    f = {};
    f.actionTypes = {u"view"_s, u"order"_s};
    filters.append({u"buyer action any product"_s, f});
    f = {};
    f.lastCommunicationFrom = asOf.addMonths(-3);
    filters.append({u"last communication"_s, f});
    f = {};
    f.search = u"00123"_s;
    filters.append({u"search"_s, f});
    double slowestFilter = 0;
    double slowestFilterCpu = 0;
    QString slowestFilterName;
    for (const auto& [name, filter] : std::as_const(filters)) {
        page.setFilter({});
        paint(*view);
        countAfter(*model);
        watch.restart();
        page.setFilter(filter);
        paint(*view);
        const double ms = watch.wallMs();
        const double cpu = watch.cpuSpentMs();
        countAfter(*model);
        note(u"filter %1: %2 rows, painted in %3 ms (%4 ms processor), counted after %5 ms"_s.arg(name)
                 .arg(model->totalCount())
                 .arg(ms, 0, 'f', 1)
                 .arg(cpu, 0, 'f', 1)
                 .arg(watch.wallMs(), 0, 'f', 1));
        slowestFilterCpu = std::max(slowestFilterCpu, cpu);
        if (ms > slowestFilter) {
            slowestFilter = ms;
            slowestFilterName = name;
        }
    }
    note(u"slowest filter: %1"_s.arg(slowestFilterName));
    report(u"buyers_filter_ms"_s, slowestFilter, u"ms"_s, quick);
    report(u"buyers_filter_cpu_ms"_s, slowestFilterCpu, u"ms"_s, quick);
    report(u"buyers_count_ms"_s, slowestCountMs, u"ms"_s, quick);
    page.setFilter({});
    paint(*view);
    countAfter(*model);
    report(u"buyers_page_rss_mb"_s, std::max(0.0, residentMb() - rssBefore), u"MB"_s, quick);

    return exportCsv(*model, quick) ? 0 : 1;
}
