// Models of the Buyers and Communications pages over a real cache file filled through
// CacheWriter: QAbstractItemModelTester, sort and filter agreement with an independent reading
// of the table, paging that covers every row exactly once, coalesced refreshes, CSV export.
#include "CacheDb.h"
#include "CacheWriter.h"
#include "FeedPage.h"
#include "OfferTitles.h"
#include "TableTestData.h"
#include "CommunicationJson.h"
#include "buyers/BuyersModel.h"
#include "table/ColumnSettings.h"
#include "communications/CommunicationsModel.h"
#include "table/CsvExporter.h"
#include "table/PageSliceProxy.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <functional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

constexpr int buyerCount = 523;
constexpr int communicationCount = 97;

// One row of a table read with a plain SELECT: column name -> value.
using Record = QVariantMap;

QList<Record> readAll(const QSqlDatabase& db, const QString& sql)
{
    QList<Record> rows;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return rows;
    while (query.next()) {
        Record record;
        for (int i = 0; i < query.record().count(); ++i)
            record.insert(query.record().fieldName(i), query.value(i));
        rows << record;
    }
    return rows;
}

// SQLite's order for one column: NULL first, numbers numerically, text by code points.
int compareValues(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return int(b.isNull()) - int(a.isNull()) == 0 ? 0 : (a.isNull() ? -1 : 1);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString());
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x < y ? -1 : (x > y ? 1 : 0);
}

QStringList expectedOrder(QList<Record> rows, const QString& column, Qt::SortOrder order)
{
    std::sort(rows.begin(), rows.end(), [&](const Record& a, const Record& b) {
        int c = column == u"id"_s ? 0 : compareValues(a.value(column), b.value(column));
        if (c == 0)
            c = a.value(u"id"_s).toString().compare(b.value(u"id"_s).toString());
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList ids;
    for (const Record& row : rows)
        ids << row.value(u"id"_s).toString();
    return ids;
}

QStringList modelIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(PagedSqlModel::IdRole).toString();
    return ids;
}

// Waits for the lazy COUNT(*) of the model's current filter and sort (PagedSqlModel counts on
// a worker thread); false when it does not arrive in 10 s.
bool counted(const PagedSqlModel& model)
{
    return QTest::qWaitFor([&] { return model.isCountKnown(); }, 10000);
}

QStringList sortedIds(QStringList ids)
{
    ids.sort();
    return ids;
}

// RFC 4180 as the export must write a field, written out here on its own.
QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

// The CSV lines a view must export, made the slow way from the model's own pages: the BOM and
// the header, then the ExportRole text of every cell (DisplayRole where a column has none).
QList<QByteArray> viewAsCsvLines(const QAbstractItemModel& model, const QList<int>& columns)
{
    QList<QByteArray> lines;
    QStringList fields;
    for (int column : columns)
        fields << csvField(model.headerData(column, Qt::Horizontal).toString());
    lines << "\xEF\xBB\xBF" + fields.join(u',').toUtf8();
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            const QVariant text = index.data(PagedSqlModel::ExportRole);
            fields << csvField(text.isValid() ? text.toString() : index.data().toString());
        }
        lines << fields.join(u',').toUtf8();
    }
    return lines;
}

// A CSV file's lines (split at CRLF; a quoted field may hold a bare LF or CR); the file must end with one.
QList<QByteArray> csvLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.endsWith("\r\n"))
        return {"(no CRLF at the end)"};
    QList<QByteArray> lines;
    qsizetype from = 0;
    for (qsizetype end = bytes.indexOf("\r\n"); end >= 0; end = bytes.indexOf("\r\n", from)) {
        lines << bytes.mid(from, end - from);
        from = end + 2;
    }
    return lines;
}

// A cache file of its own in `dir` with `buyers` generated buyers, for a test that changes it.
Outcome<std::unique_ptr<CacheDb>> cacheWithBuyers(const QTemporaryDir& dir, const QString& name, int buyers)
{
    auto opened = CacheDb::open(dir.filePath(name + u".sqlite"_s), u"tables-"_s + name);
    if (!opened)
        return opened;
    if (auto filled = TableTestData::fillBuyers(*opened.value(), buyers); !filled)
        return Outcome<std::unique_ptr<CacheDb>>::failure(filled.error());
    return opened;
}

QList<int> allColumns(const QAbstractItemModel& model)
{
    QList<int> columns;
    for (int column = 0; column < model.columnCount(); ++column)
        columns << column;
    return columns;
}

QStringList idsOfQuery(const QSqlDatabase& db, const QString& sql)
{
    QStringList ids;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {u"query failed: "_s + sql};
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace

class TableModelsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buyersModelPassesModelTester();
    void communicationsModelPassesModelTester();
    void buy2SortByEveryColumnAgreesWithIndependentOrder_data();
    void buy2SortByEveryColumnAgreesWithIndependentOrder();
    void buy1PagingCoversEveryRowExactlyOnceInAnyOrder();
    void buy2FiltersAgreeWithIndependentSelection_data();
    void buy2FiltersAgreeWithIndependentSelection();
    void buy2SearchTreatsWildcardsLiterally();
    void buy2FilteredOrderIsTheSameWhateverTheScanBudget_data();
    void buy2FilteredOrderIsTheSameWhateverTheScanBudget();
    void buy1FirstPagePaintsBeforeTheCountWhichAddsTheRest();
    void syncChangesAreCoalescedIntoOneUpdate();
    void syncAddingRowsResetsOnceWithTheNewCount();
    void com2SortByEverySortableColumnAgreesWithIndependentOrder();
    void com5FiltersAgreeWithIndependentSelection_data();
    void com5FiltersAgreeWithIndependentSelection();
    void com3OfferTitlesAndCom4TargetNames();
    void com6OnlyCommunicationsOnModerationCanBeDeleted();
    void com1PageSliceShowsFiftyRowsAPageAndFollowsTheSource();
    void com2ColumnSettingsPersistAndKeepTheMandatoryColumn();
    void csvExportWritesTheFilteredViewWithBom();
    void csvExportIsTheViewByteForByteInAnySortAndFilter_data();
    void csvExportIsTheViewByteForByteInAnySortAndFilter();
    void csvExportQuotesFieldsAndKeepsCyrillic();
    void csvExportCancelledLeavesNoFile();
    void csvExportFailuresNameTheCauseAndLeaveNoFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDb> m_cache;
    QList<Record> m_buyers;
    QList<Record> m_actions;
    QList<Record> m_communications;
};

void TableModelsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto cache = CacheDb::open(m_dir.filePath(u"cache.sqlite"_s), u"tables-test"_s);
    QVERIFY2(cache, qPrintable(cache.error()));
    m_cache = std::move(cache.value());
    const auto buyers = TableTestData::fillBuyers(*m_cache, buyerCount);
    QVERIFY2(buyers, qPrintable(buyers.error()));
    const auto communications = TableTestData::fillCommunications(*m_cache, communicationCount);
    QVERIFY2(communications, qPrintable(communications.error()));
    m_buyers = readAll(m_cache->connection(), u"SELECT * FROM buyers WHERE last_order IS NOT NULL"_s);
    m_actions = readAll(m_cache->connection(), u"SELECT * FROM buyer_actions"_s);
    m_communications = readAll(m_cache->connection(), u"SELECT * FROM communications"_s);
    QVERIFY(m_buyers.size() > 300 && m_buyers.size() < buyerCount); // some have no order (BUY-1)
    QCOMPARE(m_communications.size(), communicationCount);
}

void TableModelsTest::buyersModelPassesModelTester()
{
    BuyersModel model(m_cache->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(counted(model));
    QCOMPARE(model.rowCount(), m_buyers.size());
    QCOMPARE(model.columnCount(), int(BuyersModel::ColumnCount));
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    BuyersFilter filter;
    filter.subsegments = {u"top"_s};
    model.setFilter(filter);
    QVERIFY(counted(model));
    QVERIFY(model.rowCount() > 0);
    PageSliceProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setPage(1);
    model.setFilter({});
    QVERIFY(counted(model));
    proxy.setPage(proxy.pageCount() - 1);
    QVERIFY(proxy.rowCount() > 0);
}

void TableModelsTest::communicationsModelPassesModelTester()
{
    CommunicationsModel model(m_cache->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(counted(model));
    QCOMPARE(model.rowCount(), communicationCount);
    for (int column = 0; column < model.columnCount(); ++column)
        model.sort(column, Qt::AscendingOrder);
    CommunicationsFilter filter;
    filter.format = u"banner"_s;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
}

void TableModelsTest::buy2SortByEveryColumnAgreesWithIndependentOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("sqlColumn");
    const QStringList sqlColumns{u"id"_s,        u"subsegment"_s, u"orders_90d"_s, u"avg_check_kopecks"_s,
                                 u"revenue_kopecks"_s, u"last_order"_s, u"gender"_s, u"age_band"_s,
                                 u"region"_s,    u"interests"_s,  u"recommended_products"_s,
                                 u"last_communication"_s, u"chat"_s};
    for (int column = 0; column < BuyersModel::ColumnCount; ++column)
        QTest::addRow("BUY-2 sort by %s", qPrintable(sqlColumns.at(column))) << column << sqlColumns.at(column);
}

void TableModelsTest::buy2SortByEveryColumnAgreesWithIndependentOrder()
{
    QFETCH(int, column);
    QFETCH(QString, sqlColumn);
    BuyersModel model(m_cache->connection());
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(column, order);
        QVERIFY(counted(model));
        QCOMPARE(model.sortColumn(), column);
        const QStringList ids = modelIds(model);
        QCOMPARE(ids, expectedOrder(m_buyers, sqlColumn, order));
        // The raw sort role gives the values in order (the view's sort role).
        for (int row = 1; row < model.rowCount(); ++row) {
            const int c = compareValues(model.index(row - 1, column).data(PagedSqlModel::RawValueRole),
                                        model.index(row, column).data(PagedSqlModel::RawValueRole));
            QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
        }
    }
}

void TableModelsTest::buy1PagingCoversEveryRowExactlyOnceInAnyOrder()
{
    BuyersModel model(m_cache->connection());
    model.sort(BuyersModel::LastCommunication, Qt::DescendingOrder); // a column with NULLs
    QVERIFY(counted(model));
    const int rows = model.rowCount();
    const int pages = (rows + PagedSqlModel::fetchPageSize - 1) / PagedSqlModel::fetchPageSize;
    QList<int> order;
    for (int page = 0; page < pages; ++page)
        order << page;
    std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    QStringList seen(rows);
    for (int page : std::as_const(order)) {
        for (int row = page * PagedSqlModel::fetchPageSize; row < std::min(rows, (page + 1) * PagedSqlModel::fetchPageSize); ++row)
            seen[row] = model.index(row, 0).data(PagedSqlModel::IdRole).toString();
    }
    QCOMPARE(seen, expectedOrder(m_buyers, u"last_communication"_s, Qt::DescendingOrder));
    // Reading forward again reuses the keyset starts; the pages held stay few.
    const int loadsBefore = model.pageLoads();
    for (int row = rows - 1; row >= 0; --row)
        QVERIFY(!model.index(row, 0).data(PagedSqlModel::IdRole).toString().isEmpty());
    QVERIFY(model.pageLoads() - loadsBefore <= pages);
}

void TableModelsTest::buy2FiltersAgreeWithIndependentSelection_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("BUY-2 segment tree") << 0;
    QTest::addRow("BUY-2 average check range") << 1;
    QTest::addRow("BUY-2 buyer action with product and period") << 2;
    QTest::addRow("BUY-2 buyer action type only") << 3;
    QTest::addRow("BUY-2 last communication") << 4;
    QTest::addRow("BUY-2 search by buyer ID") << 5;
    QTest::addRow("BUY-2 every filter together") << 6;
}

void TableModelsTest::buy2FiltersAgreeWithIndependentSelection()
{
    QFETCH(int, which);
    const QDate asOf = TableTestData::asOf();
    BuyersFilter filter;
    if (which == 0 || which == 6)
        filter.subsegments = {u"top"_s, u"new"_s, u"sleeping"_s};
    if (which == 1 || which == 6) {
        filter.minAvgCheckKopecks = 200000;
        filter.maxAvgCheckKopecks = 700000;
    }
    if (which == 2 || which == 6) {
        filter.actionTypes = {u"view"_s, u"cart"_s};
        filter.actionProductId = u"P3"_s;
        filter.actionFrom = asOf.addDays(-60);
        filter.actionTo = asOf.addDays(-5);
    }
    if (which == 3)
        filter.actionTypes = {u"order"_s};
    if (which == 4 || which == 6)
        filter.lastCommunicationFrom = asOf.addMonths(-3);
    if (which == 5)
        filter.search = u"01"_s;
    if (which == 6) {
        filter.actionProductId.clear();
        filter.actionFrom = {};
    }

    const auto actionMatches = [&](const QString& buyer) {
        for (const Record& action : std::as_const(m_actions)) {
            if (action.value(u"buyer_id"_s).toString() != buyer)
                continue;
            const QString date = action.value(u"date"_s).toString();
            if ((filter.actionTypes.isEmpty() || filter.actionTypes.contains(action.value(u"type"_s).toString())) &&
                (filter.actionProductId.isEmpty() || action.value(u"product_id"_s).toString() == filter.actionProductId) &&
                (!filter.actionFrom.isValid() || date >= filter.actionFrom.toString(Qt::ISODate)) &&
                (!filter.actionTo.isValid() || date <= filter.actionTo.toString(Qt::ISODate)))
                return true;
        }
        return false;
    };
    QStringList expected;
    for (const Record& buyer : std::as_const(m_buyers)) {
        const QString id = buyer.value(u"id"_s).toString();
        const qint64 avg = buyer.value(u"avg_check_kopecks"_s).toLongLong();
        const QVariant lastCommunication = buyer.value(u"last_communication"_s);
        if (!filter.subsegments.isEmpty() && !filter.subsegments.contains(buyer.value(u"subsegment"_s).toString()))
            continue;
        if ((filter.minAvgCheckKopecks && avg < *filter.minAvgCheckKopecks) ||
            (filter.maxAvgCheckKopecks && avg > *filter.maxAvgCheckKopecks))
            continue;
        if (filter.hasAction() && !actionMatches(id))
            continue;
        if (filter.lastCommunicationFrom.isValid() &&
            (lastCommunication.isNull() || lastCommunication.toString() < filter.lastCommunicationFrom.toString(Qt::ISODate)))
            continue;
        if (!filter.search.isEmpty() && !id.contains(filter.search))
            continue;
        expected << id;
    }
    QVERIFY2(!expected.isEmpty(), "the generated data must make the filter meaningful");
    QVERIFY(expected.size() < m_buyers.size());

    BuyersModel model(m_cache->connection());
    QSignalSpy counts(&model, &PagedSqlModel::totalCountChanged);
    model.setFilter(filter);
    QVERIFY(counted(model));
    QCOMPARE(model.totalCount(), qint64(expected.size()));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(sortedIds(modelIds(model)), sortedIds(expected));
    model.sort(BuyersModel::Region, Qt::AscendingOrder);
    QVERIFY(counted(model));
    QCOMPARE(sortedIds(modelIds(model)), sortedIds(expected));
    QVERIFY(!filter.isEmpty());
}

void TableModelsTest::buy2SearchTreatsWildcardsLiterally()
{
    BuyersModel model(m_cache->connection());
    BuyersFilter filter;
    filter.search = u"B00%"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    filter.search = u"B0000_1"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    filter.search = u"b0000"_s; // IDs are matched without regard to case
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
}

void TableModelsTest::buy2FilteredOrderIsTheSameWhateverTheScanBudget_data()
{
    QTest::addColumn<int>("budget");
    QTest::addRow("SQLite's plan only") << 0;
    QTest::addRow("a window smaller than the rows a page needs") << 60;
    QTest::addRow("a window over the whole table") << PagedSqlModel::defaultScanBudget;
}

void TableModelsTest::buy2FilteredOrderIsTheSameWhateverTheScanBudget()
{
    QFETCH(int, budget);
    // The bounded walk of the sort index and SQLite's own plan must give the same rows in the
    // same order, page after page, for a common filter and for a rare one.
    const QList<QPair<QStringList, QPair<qint64, qint64>>> filters{{{u"top"_s, u"loyal"_s}, {0, 0}},
                                                                   {{}, {300000, 320000}}};
    for (const auto& [subsegments, range] : filters) {
        BuyersFilter filter;
        filter.subsegments = subsegments;
        if (range.first > 0) {
            filter.minAvgCheckKopecks = range.first;
            filter.maxAvgCheckKopecks = range.second;
        }
        QList<Record> matching;
        for (const Record& buyer : std::as_const(m_buyers)) {
            const qint64 avg = buyer.value(u"avg_check_kopecks"_s).toLongLong();
            if ((subsegments.isEmpty() || subsegments.contains(buyer.value(u"subsegment"_s).toString())) &&
                (range.first == 0 || (avg >= range.first && avg <= range.second)))
                matching << buyer;
        }
        QVERIFY(!matching.isEmpty());
        BuyersModel model(m_cache->connection());
        model.setScanBudget(budget);
        for (const auto& [column, sql] : {QPair<int, QString>{BuyersModel::Revenue, u"revenue_kopecks"_s},
                                          QPair<int, QString>{BuyersModel::LastCommunication, u"last_communication"_s}}) {
            model.setFilter(filter);
            model.sort(column, Qt::DescendingOrder);
            QVERIFY(counted(model));
            QCOMPARE(modelIds(model), expectedOrder(matching, sql, Qt::DescendingOrder));
        }
    }
}

void TableModelsTest::buy1FirstPagePaintsBeforeTheCountWhichAddsTheRest()
{
    BuyersModel model(m_cache->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(&model, &PagedSqlModel::totalCountChanged);
    model.sort(BuyersModel::AvgCheck, Qt::AscendingOrder);
    // The first page is there at once; the total is not known yet.
    QVERIFY(!model.isCountKnown());
    QCOMPARE(model.rowCount(), PagedSqlModel::fetchPageSize);
    QCOMPARE(model.index(0, 0).data(PagedSqlModel::IdRole).toString(),
             expectedOrder(m_buyers, u"avg_check_kopecks"_s, Qt::AscendingOrder).first());
    QVERIFY(counted(model));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().first().toLongLong(), qint64(m_buyers.size()));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), PagedSqlModel::fetchPageSize);
    QCOMPARE(model.rowCount(), m_buyers.size());
    // A sort or filter before the count arrives drops the stale count: only the last one lands.
    counts.clear();
    model.sort(BuyersModel::Revenue, Qt::AscendingOrder);
    BuyersFilter filter;
    filter.subsegments = {u"loyal"_s};
    model.setFilter(filter);
    QVERIFY(counted(model));
    QTest::qWait(50);
    QCOMPARE(counts.size(), 1);
    const auto loyal = std::count_if(m_buyers.cbegin(), m_buyers.cend(),
                                     [](const Record& r) { return r.value(u"subsegment"_s) == u"loyal"_s; });
    QCOMPARE(model.totalCount(), qint64(loyal));
}

void TableModelsTest::syncChangesAreCoalescedIntoOneUpdate()
{
    BuyersModel model(m_cache->connection());
    model.sort(BuyersModel::Buyer, Qt::AscendingOrder);
    QVERIFY(counted(model));
    const QString firstId = model.index(0, 0).data(PagedSqlModel::IdRole).toString();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(&model, &PagedSqlModel::refreshed);

    QSqlQuery update(m_cache->connection());
    QVERIFY(update.exec(u"UPDATE buyers SET region = 'Tver' WHERE id = '%1'"_s.arg(firstId)));
    for (int i = 0; i < 5; ++i)
        model.onCacheChanged();
    QTRY_COMPARE(refreshed.size(), 1);
    QTest::qWait(PagedSqlModel::refreshDelayMs * 2);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, BuyersModel::Region).data().toString(), u"Tver"_s);
}

void TableModelsTest::syncAddingRowsResetsOnceWithTheNewCount()
{
    BuyersModel model(m_cache->connection());
    QVERIFY(counted(model));
    const qint64 before = model.totalCount();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    CacheWriter writer(*m_cache);
    const auto added = m_cache->inTransaction([&]() -> Outcome<Done> {
        for (int i = 0; i < 3; ++i) {
            const QJsonObject data{{u"segment"_s, u"new"_s},        {u"subsegment"_s, u"new"_s},
                                   {u"orders_90d"_s, 1},            {u"avg_check_kopecks"_s, 1000},
                                   {u"revenue_kopecks"_s, 1000},    {u"last_order"_s, u"2026-11-19"_s},
                                   {u"gender"_s, u"f"_s},           {u"age_band"_s, u"25-34"_s},
                                   {u"region"_s, u"Moscow"_s},      {u"interests"_s, QJsonArray()},
                                   {u"recommended_products"_s, QJsonArray()},
                                   {u"last_communication"_s, QJsonValue()}, {u"chat"_s, u"available"_s}};
            auto change = FeedPage::parseEntity(u"buyer"_s, u"Z%1"_s.arg(i), data);
            if (!change)
                return Outcome<Done>::failure(change.error());
            if (auto r = writer.applyChange(change.value()); !r)
                return r;
        }
        return done();
    });
    QVERIFY2(added, qPrintable(added.error()));
    model.onCacheChanged();
    model.onCacheChanged();
    QTRY_COMPARE(resets.size(), 1);
    QCOMPARE(model.totalCount(), before + 3);
    QSqlQuery remove(m_cache->connection());
    QVERIFY(remove.exec(u"DELETE FROM buyers WHERE id LIKE 'Z%'"_s));
}

void TableModelsTest::com2SortByEverySortableColumnAgreesWithIndependentOrder()
{
    CommunicationsModel model(m_cache->connection());
    const QList<QPair<int, QString>> columns{{CommunicationsModel::Name, u"name"_s},
                                             {CommunicationsModel::Status, u"status"_s},
                                             {CommunicationsModel::SendDate, u"send_date"_s},
                                             {CommunicationsModel::Recipients, u"recipients"_s},
                                             {CommunicationsModel::Delivered, u"delivered"_s},
                                             {CommunicationsModel::Opened, u"opened"_s},
                                             {CommunicationsModel::OpenRate, u"open_rate"_s},
                                             {CommunicationsModel::Created, u"created_at"_s}};
    QList<Record> rows = m_communications;
    for (Record& row : rows) {
        const qint64 delivered = row.value(u"delivered"_s).toLongLong();
        row.insert(u"open_rate"_s, delivered == 0 ? QVariant() : QVariant(row.value(u"opened"_s).toDouble() / double(delivered)));
    }
    for (const auto& [column, sql] : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QVERIFY(counted(model));
            QVERIFY2(modelIds(model) == expectedOrder(rows, sql, order), qPrintable(sql));
        }
    }
}

void TableModelsTest::com5FiltersAgreeWithIndependentSelection_data()
{
    QTest::addColumn<int>("which");
    QTest::addRow("COM-1 banners tab") << 0;
    QTest::addRow("COM-5 audience sub-segments") << 1;
    QTest::addRow("COM-5 audience whole segment") << 2;
    QTest::addRow("COM-5 statuses") << 3;
    QTest::addRow("COM-5 send-date range") << 4;
    QTest::addRow("COM-5 search by name") << 5;
    QTest::addRow("COM-5 all together on the mailings tab") << 6;
}

void TableModelsTest::com5FiltersAgreeWithIndependentSelection()
{
    QFETCH(int, which);
    const QDate asOf = TableTestData::asOf();
    CommunicationsFilter filter;
    if (which == 0)
        filter.format = u"banner"_s;
    if (which == 6)
        filter.format = u"mailing"_s;
    if (which == 1)
        filter.subsegments = {u"top"_s, u"sleeping"_s};
    if (which == 2 || which == 6)
        filter.segments = {u"regular"_s};
    if (which == 3 || which == 6)
        filter.statuses = {u"on_moderation"_s, u"sent"_s, u"rejected"_s};
    if (which == 4 || which == 6) {
        filter.sendFrom = asOf.addDays(-10);
        filter.sendTo = asOf.addDays(5);
    }
    if (which == 5)
        filter.search = u"Campaign 01"_s;
    QStringList expected;
    for (const Record& row : std::as_const(m_communications)) {
        const QString sendDate = row.value(u"send_date"_s).toString();
        if (!filter.format.isEmpty() && row.value(u"format"_s).toString() != filter.format)
            continue;
        if (filter.hasAudience() && !filter.subsegments.contains(row.value(u"audience_subsegment"_s).toString()) &&
            !filter.segments.contains(row.value(u"audience_segment"_s).toString()))
            continue;
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(row.value(u"status"_s).toString()))
            continue;
        if (filter.sendFrom.isValid() && (sendDate.isEmpty() || sendDate < filter.sendFrom.toString(Qt::ISODate)))
            continue;
        if (filter.sendTo.isValid() && (sendDate.isEmpty() || sendDate > filter.sendTo.toString(Qt::ISODate)))
            continue;
        if (!filter.search.isEmpty() && !row.value(u"name"_s).toString().contains(filter.search, Qt::CaseInsensitive))
            continue;
        expected << row.value(u"id"_s).toString();
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_communications.size());
    CommunicationsModel model(m_cache->connection());
    model.setFilter(filter);
    QVERIFY(counted(model));
    QCOMPARE(sortedIds(modelIds(model)), sortedIds(expected));
}

void TableModelsTest::com3OfferTitlesAndCom4TargetNames()
{
    CommunicationsModel model(m_cache->connection());
    model.sort(CommunicationsModel::Name, Qt::AscendingOrder);
    QVERIFY(counted(model));
    int products = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, 0).data(PagedSqlModel::IdRole).toString();
        const auto record = std::find_if(m_communications.cbegin(), m_communications.cend(),
                                         [&](const Record& r) { return r.value(u"id"_s).toString() == id; });
        QVERIFY(record != m_communications.cend());
        const QJsonObject offerJson = QJsonDocument::fromJson(record->value(u"offer"_s).toString().toUtf8()).object();
        const Parsed<Offer> offer = offerFromJson(offerJson, u"offer"_s);
        QVERIFY(offer.ok());
        const QString promotion = offer.value.promotionId == u"PR1"_s ? u"Winter sale"_s : QString();
        QCOMPARE(model.index(row, CommunicationsModel::OfferColumn).data().toString(),
                 OfferTitles::offerTitle(offer.value, QLocale(), promotion));
        const QString target = model.index(row, CommunicationsModel::Target).data().toString();
        const QString sku = model.index(row, CommunicationsModel::Target).data(CommunicationsModel::SkuRole).toString();
        switch (offer.value.type) {
        case OfferType::ProductPromotion:
            ++products;
            QVERIFY2(sku.startsWith(u"SKU"_s), qPrintable(sku));
            QVERIFY(target.startsWith(u"Product "_s));
            QVERIFY(target.contains(sku));
            break;
        case OfferType::Bonuses:
            QCOMPARE(target, OfferTitles::targetPageName(TargetPage::Showcase, {}));
            QVERIFY(sku.isEmpty());
            break;
        case OfferType::ExistingPromotion:
            QCOMPARE(target, u"Winter sale"_s);
            break;
        default:
            QVERIFY(sku.isEmpty());
            break;
        }
    }
    QVERIFY(products > 0);
}

void TableModelsTest::com6OnlyCommunicationsOnModerationCanBeDeleted()
{
    CommunicationsModel model(m_cache->connection());
    QVERIFY(counted(model));
    int deletable = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CommunicationsModel::Status);
        const bool onModeration = index.data(CommunicationsModel::StatusRole).toString() == u"on_moderation"_s;
        QCOMPARE(index.data(CommunicationsModel::CanDeleteRole).toBool(), onModeration);
        deletable += onModeration;
        if (index.data(CommunicationsModel::StatusRole).toString() == u"rejected"_s)
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"The image has text on it"_s));
    }
    QVERIFY(deletable > 0);
}

void TableModelsTest::com1PageSliceShowsFiftyRowsAPageAndFollowsTheSource()
{
    CommunicationsModel model(m_cache->connection());
    PageSliceProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QSignalSpy pageCounts(&proxy, &PageSliceProxy::pageChanged);
    // The first page paints before the total is known; the count only adds pages.
    QCOMPARE(proxy.rowCount(), 50);
    QVERIFY(counted(model));
    QCOMPARE(pageCounts.size(), 1);
    QCOMPARE(pageCounts.first().at(1).toInt(), 2);
    QCOMPARE(proxy.pageCount(), 2);
    QCOMPARE(proxy.rowCount(), 50);
    QStringList ids = modelIds(proxy);
    proxy.setPage(1);
    QCOMPARE(proxy.rowCount(), communicationCount - 50);
    QCOMPARE(proxy.headerData(0, Qt::Vertical).toInt(), 51);
    ids << modelIds(proxy);
    QCOMPARE(ids, modelIds(model));
    proxy.setPage(7);
    QCOMPARE(proxy.page(), 1);
    // The source shrinks to one page: the slice moves back into range.
    CommunicationsFilter filter;
    filter.statuses = {u"sent"_s};
    model.setFilter(filter);
    QVERIFY(counted(model));
    QCOMPARE(proxy.page(), 0);
    QCOMPARE(proxy.rowCount(), model.rowCount());
    // Sorting through the slice sorts the source.
    proxy.sort(CommunicationsModel::Recipients, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(CommunicationsModel::Recipients));
}

void TableModelsTest::com2ColumnSettingsPersistAndKeepTheMandatoryColumn()
{
    const QString file = m_dir.filePath(u"settings.ini"_s);
    const QStringList keys{u"name"_s, u"audience"_s, u"offer"_s, u"status"_s};
    {
        QSettings settings(file, QSettings::IniFormat);
        ColumnSettings columns(&settings, u"communications/hidden"_s, keys, u"name"_s, {u"offer"_s});
        QVERIFY(columns.isDefault());
        QVERIFY(!columns.isVisible(2));
        QVERIFY(!columns.setVisible(0, false)); // COM-2: the mandatory column stays
        QVERIFY(columns.isVisible(0));
        QVERIFY(columns.isDefault());
        QSignalSpy changed(&columns, &ColumnSettings::changed);
        QVERIFY(columns.setVisible(1, false));
        QVERIFY(columns.setVisible(2, true));
        QCOMPARE(changed.size(), 2);
        QVERIFY(!columns.isDefault());
        QCOMPARE(columns.visibleColumns(), (QList<int>{0, 2, 3}));
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        ColumnSettings columns(&settings, u"communications/hidden"_s, keys, u"name"_s, {u"offer"_s});
        QCOMPARE(columns.visibleColumns(), (QList<int>{0, 2, 3}));
        columns.resetToDefaults();
        QVERIFY(columns.isDefault());
    }
    QSettings settings(file, QSettings::IniFormat);
    settings.setValue(u"communications/hidden"_s, QStringList{u"name"_s, u"status"_s});
    ColumnSettings columns(&settings, u"communications/hidden"_s, keys, u"name"_s, {u"offer"_s});
    QVERIFY(columns.isVisible(0)); // a stored hidden mandatory column is ignored
    QVERIFY(!columns.isVisible(3));
}

void TableModelsTest::csvExportWritesTheFilteredViewWithBom()
{
    CommunicationsModel model(m_cache->connection());
    CommunicationsFilter filter;
    filter.format = u"banner"_s;
    model.setFilter(filter);
    model.sort(CommunicationsModel::Name, Qt::AscendingOrder);
    QVERIFY(counted(model));
    const QString path = m_dir.filePath(u"export.csv"_s);
    int progressCalls = 0;
    const auto written = CsvExporter::write(model, {CommunicationsModel::Name, CommunicationsModel::OfferColumn}, path,
                                            [&](qint64 done, qint64 total) {
                                                ++progressCalls;
                                                return done <= total;
                                            });
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), model.totalCount());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model.rowCount() + 1);
    QCOMPARE(lines.first(), u"Name,Offer"_s);
    const QString firstOffer = model.index(0, CommunicationsModel::OfferColumn).data().toString();
    QCOMPARE(lines.at(1), model.index(0, 0).data().toString() + u',' + CsvExporter::quoted(firstOffer));
    QCOMPARE(CsvExporter::quoted(u"a \"b\", c"_s), u"\"a \"\"b\"\", c\""_s);
    QVERIFY(progressCalls >= 1);
    // Every column, made from each row's values: the same bytes as the view shows.
    const QString all = m_dir.filePath(u"export-all.csv"_s);
    const auto everything = CsvExporter::write(model, allColumns(model), all);
    QVERIFY2(everything, qPrintable(everything.error()));
    QCOMPARE(csvLines(all), viewAsCsvLines(model, allColumns(model)));
}

void TableModelsTest::csvExportIsTheViewByteForByteInAnySortAndFilter_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("filterKind");
    QTest::addColumn<QString>("independentSql"); // the listed buyers' ids in the view's order
    const QString listed = u"SELECT id FROM buyers WHERE last_order IS NOT NULL "_s;
    QTest::addRow("BUY-2 default view, revenue descending")
        << int(BuyersModel::Revenue) << int(Qt::DescendingOrder) << 0
        << listed + u"ORDER BY revenue_kopecks DESC, id DESC"_s;
    QTest::addRow("BUY-2 last communication ascending, NULLs first")
        << int(BuyersModel::LastCommunication) << int(Qt::AscendingOrder) << 0
        << listed + u"ORDER BY last_communication ASC, id ASC"_s;
    QTest::addRow("BUY-2 interests descending") << int(BuyersModel::Interests) << int(Qt::DescendingOrder)
                                                << 0 << listed + u"ORDER BY interests DESC, id DESC"_s;
    QTest::addRow("BUY-2 sub-segments by average check")
        << int(BuyersModel::AvgCheck) << int(Qt::AscendingOrder) << 1
        << listed + u"AND subsegment IN ('top', 'loyal') ORDER BY avg_check_kopecks ASC, id ASC"_s;
    QTest::addRow("BUY-2 buyer action, buyer ID descending")
        << int(BuyersModel::Buyer) << int(Qt::DescendingOrder) << 2
        << listed +
               u"AND id IN (SELECT buyer_id FROM buyer_actions WHERE type IN ('view', 'order')) ORDER BY id DESC"_s;
    QTest::addRow("BUY-2 search, orders descending")
        << int(BuyersModel::Orders) << int(Qt::DescendingOrder) << 3
        << listed + u"AND id LIKE '%01%' ORDER BY orders_90d DESC, id DESC"_s;
}

void TableModelsTest::csvExportIsTheViewByteForByteInAnySortAndFilter()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, filterKind);
    QFETCH(QString, independentSql);
    BuyersFilter filter;
    if (filterKind == 1)
        filter.subsegments = {u"top"_s, u"loyal"_s};
    if (filterKind == 2)
        filter.actionTypes = {u"view"_s, u"order"_s};
    if (filterKind == 3)
        filter.search = u"01"_s;
    BuyersModel model(m_cache->connection());
    model.setFilter(filter);
    model.sort(column, Qt::SortOrder(order));
    QVERIFY(counted(model));
    const QString path = m_dir.filePath(u"view.csv"_s);
    const auto written = CsvExporter::write(model, allColumns(model), path);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), model.totalCount());
    const QList<QByteArray> lines = csvLines(path);
    QCOMPARE(lines, viewAsCsvLines(model, allColumns(model)));
    QStringList exportedIds;
    for (qsizetype i = 1; i < lines.size(); ++i)
        exportedIds << QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(',')));
    const QStringList expected = idsOfQuery(m_cache->connection(), independentSql);
    QVERIFY(expected.size() > 10);
    QCOMPARE(exportedIds, expected);
}

// Values a spreadsheet must get back as they are: Cyrillic, separators, quotes and line breaks
// inside fields, NULLs, negative money, names missing from the catalog, an unknown chat state.
void TableModelsTest::csvExportQuotesFieldsAndKeepsCyrillic()
{
    QTemporaryDir dir;
    auto opened = cacheWithBuyers(dir, u"awkward"_s, 60);
    QVERIFY2(opened, qPrintable(opened.error()));
    CacheDb& cache = *opened.value();
    const QStringList ids = idsOfQuery(
        cache.connection(), u"SELECT id FROM buyers WHERE last_order IS NOT NULL ORDER BY id LIMIT 4"_s);
    QCOMPARE(ids.size(), 4);
    const QString buyer = u" WHERE id = '%1'"_s;
    const QStringList updates{
        u"UPDATE categories SET name = 'Дом, сад и \"дача\"' WHERE id = 'CAT0'"_s,
        u"UPDATE buyers SET region = 'Санкт-Петербург, центр', avg_check_kopecks = -50, "
        u"revenue_kopecks = -12345, interests = '[\"CAT0\",\"CAT1\"]'"_s +
            buyer.arg(ids.at(0)),
        u"UPDATE buyers SET region = 'Say \"hi\"', orders_90d = NULL, gender = NULL, age_band = NULL, "
        u"chat = 'no_such_state', last_communication = NULL"_s +
            buyer.arg(ids.at(1)),
        u"UPDATE buyers SET region = 'two' || char(10) || 'lines', orders_90d = 0, "
        u"recommended_products = '[\"P1\",\"NO_SUCH_PRODUCT\"]'"_s +
            buyer.arg(ids.at(2)),
        u"UPDATE buyers SET region = 'carriage' || char(13) || 'return', interests = '[]'"_s +
            buyer.arg(ids.at(3)),
    };
    for (const QString& update : updates)
        QVERIFY2(cache.exec(update), qPrintable(update));

    BuyersModel model(cache.connection());
    model.sort(BuyersModel::Buyer, Qt::AscendingOrder);
    QVERIFY(counted(model));
    const QString path = dir.filePath(u"awkward.csv"_s);
    const auto written = CsvExporter::write(model, allColumns(model), path);
    QVERIFY2(written, qPrintable(written.error()));
    const QList<QByteArray> lines = csvLines(path);
    QCOMPARE(lines, viewAsCsvLines(model, allColumns(model)));
    const QByteArray bomAndHeader = QByteArray("\xEF\xBB\xBF") + "Buyer,Segment,";
    QVERIFY(lines.first().startsWith(bomAndHeader));
    const auto line = [&](int i) { return QString::fromUtf8(lines.at(i + 1)); };
    QVERIFY2(line(0).contains(u",-0.50,-123.45,"_s), qPrintable(line(0)));
    QVERIFY2(line(0).contains(u",\"Санкт-Петербург, центр\",\"Дом, сад и \"\"дача\"\", Category 1\","_s),
             qPrintable(line(0)));
    const QString averageCheck =
        model.index(1, BuyersModel::AvgCheck).data(PagedSqlModel::ExportRole).toString();
    QVERIFY2(line(1).contains(u",,"_s + averageCheck), qPrintable(line(1))); // no orders: an empty field
    QVERIFY2(line(1).contains(u",Not specified,Not specified,\"Say \"\"hi\"\"\","_s), qPrintable(line(1)));
    QVERIFY2(line(1).endsWith(u",,"_s), qPrintable(line(1))); // no communication, unknown chat state
    QVERIFY2(line(2).contains(u",0,"_s), qPrintable(line(2)));
    QVERIFY2(line(2).contains(u",\"two\nlines\","_s), qPrintable(line(2)));
    QVERIFY2(line(2).contains(u"Product 1, NO_SUCH_PRODUCT"_s), qPrintable(line(2)));
    QVERIFY2(line(3).contains(u",\"carriage\rreturn\",,"_s), qPrintable(line(3)));
}

void TableModelsTest::csvExportCancelledLeavesNoFile()
{
    BuyersModel model(m_cache->connection());
    const QString path = m_dir.filePath(u"cancelled.csv"_s);
    qint64 reported = 0;
    const auto written = CsvExporter::write(
        model, {BuyersModel::Buyer}, path,
        [&](qint64 done, qint64) {
            reported = done;
            return done < 200;
        },
        100);
    QVERIFY(!written.ok());
    QCOMPARE(reported, 200);
    QVERIFY(!QFile::exists(path));
    // Not cancelled: every row, and the file is there.
    const auto complete = CsvExporter::write(model, {BuyersModel::Buyer, BuyersModel::Revenue}, path, {}, 100);
    QVERIFY2(complete, qPrintable(complete.error()));
    QVERIFY(counted(model));
    QCOMPARE(complete.value(), model.totalCount());
    QVERIFY(QFile::exists(path));
}

void TableModelsTest::csvExportFailuresNameTheCauseAndLeaveNoFile()
{
    QTemporaryDir dir;
    auto opened = cacheWithBuyers(dir, u"failing"_s, 400);
    QVERIFY2(opened, qPrintable(opened.error()));
    CacheDb& cache = *opened.value();
    BuyersModel model(cache.connection());
    QVERIFY(counted(model));
    const QDir folder(dir.filePath(u"out"_s));
    QVERIFY(QDir().mkpath(folder.path()));
    const auto filesLeft = [&] { return folder.entryList(QDir::Files | QDir::Hidden); };

    // A folder that does not exist.
    const QString nowhere = dir.filePath(u"no-such-folder/buyers.csv"_s);
    auto written = CsvExporter::write(model, allColumns(model), nowhere);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(nowhere), qPrintable(written.error()));
    QVERIFY(!QFile::exists(nowhere));

    // A full disk: files may grow to 16 KiB only, so the writes fail part way (EFBIG).
    const QString full = folder.filePath(u"full.csv"_s);
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const rlimit small{16 * 1024, before.rlim_max};
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    written = CsvExporter::write(model, allColumns(model), full);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(full), qPrintable(written.error()));
    QCOMPARE(filesLeft(), QStringList());

    // The table cannot be read: SQLite's reason, and no file.
    QVERIFY(cache.exec(u"ALTER TABLE buyers RENAME TO buyers_gone"_s));
    QSignalSpy errors(&model, &PagedSqlModel::errorOccurred);
    written = CsvExporter::write(model, allColumns(model), folder.filePath(u"unread.csv"_s));
    QVERIFY(!written);
    QVERIFY2(written.error().contains(u"buyers"_s) && written.error().contains(u"no such table"_s),
             qPrintable(written.error()));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(filesLeft(), QStringList());
    // Once readable again, the same export writes every row.
    QVERIFY(cache.exec(u"ALTER TABLE buyers_gone RENAME TO buyers"_s));
    written = CsvExporter::write(model, allColumns(model), full);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), model.totalCount());
    QCOMPARE(filesLeft(), QStringList{u"full.csv"_s});
}

QTEST_GUILESS_MAIN(TableModelsTest)
#include "tst_tablemodels.moc"
