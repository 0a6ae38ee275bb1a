// Buyers page over 1 000 000+ cached buyers (20 000 with SELLERCRM_BENCH_MODE=quick): open to
// painted rows, sort by every column, every filter, next page, memory of the page, CSV export.
// The cache is generated once through CacheWriter and kept next to the binary for later runs.
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
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

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
            if (auto filled = TableTestData::fillBuyers(*cache.value(), buyers, 7, true); !filled) {
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
    const double rssBefore = residentMb();

    // Open: the page is made, shown and its first rows painted.
    QElapsedTimer timer;
    timer.start();
    BuyersPage page(cache.connection());
    page.resize(1400, 900);
    page.show();
    QTableView* view = page.findChild<QTableView*>(u"buyersTable"_s);
    paint(*view);
    const double openMs = timer.nsecsElapsed() / 1e6;
    BuyersModel* model = page.model();
    note(u"%1 buyers listed"_s.arg(model->totalCount()));
    report(u"buyers_open_ms"_s, openMs, u"ms"_s, quick);

    // Sort: every column, both orders; the slowest one counts.
    double slowestSort = 0;
    QString slowestSortName;
    for (int column = 0; column < BuyersModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            view->sortByColumn(column, order);
            paint(*view);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (ms > slowestSort) {
                slowestSort = ms;
                slowestSortName = model->headerData(column, Qt::Horizontal).toString();
            }
        }
    }
    note(u"slowest sort: %1"_s.arg(slowestSortName));
    report(u"buyers_sort_ms"_s, slowestSort, u"ms"_s, quick);

    // Next page: 20 pages forward under the slowest sort and the default sort.
    double slowestNext = 0;
    for (int column : {int(BuyersModel::Revenue), int(BuyersModel::LastCommunication), int(BuyersModel::Region)}) {
        view->sortByColumn(column, Qt::DescendingOrder);
        paint(*view);
        for (int step = 0; step < 20; ++step) {
            timer.restart();
            page.showNextPage();
            paint(*view);
            slowestNext = std::max(slowestNext, timer.nsecsElapsed() / 1e6);
        }
    }
    report(u"buyers_next_page_ms"_s, slowestNext, u"ms"_s, quick);

    // Filters: each kind alone, applied as the page applies it, under the default sort.
    view->sortByColumn(BuyersModel::Revenue, Qt::DescendingOrder);
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
    QString slowestFilterName;
    for (const auto& [name, filter] : std::as_const(filters)) {
        page.setFilter({});
        paint(*view);
        timer.restart();
        page.setFilter(filter);
        paint(*view);
        const double ms = timer.nsecsElapsed() / 1e6;
        note(u"filter %1: %2 rows, %3 ms"_s.arg(name).arg(model->totalCount()).arg(ms, 0, 'f', 1));
        if (ms > slowestFilter) {
            slowestFilter = ms;
            slowestFilterName = name;
        }
    }
    note(u"slowest filter: %1"_s.arg(slowestFilterName));
    report(u"buyers_filter_ms"_s, slowestFilter, u"ms"_s, quick);
    page.setFilter({});
    paint(*view);
    report(u"buyers_page_rss_mb"_s, std::max(0.0, residentMb() - rssBefore), u"MB"_s, quick);

    // CSV export of every listed buyer, every column.
    QTemporaryDir out;
    QList<int> columns;
    for (int column = 0; column < BuyersModel::ColumnCount; ++column)
        columns << column;
    timer.restart();
    const auto written = CsvExporter::write(*model, columns, out.filePath(u"buyers.csv"_s));
    if (!written) {
        note(written.error());
        return 1;
    }
    const double exportSeconds = timer.nsecsElapsed() / 1e9;
    note(u"exported %1 rows"_s.arg(written.value()));
    report(quick ? u"csv_export"_s : u"csv_export_1m"_s, exportSeconds, u"s"_s, quick);
    return 0;
}
