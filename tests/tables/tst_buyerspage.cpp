// The Buyers page (BUY-1..BUY-3) driven like a seller would, over a real generated cache.
#include "CacheDb.h"
#include "Segmentation.h"
#include "TableTestData.h"
#include "buyers/BuyersModel.h"
#include "buyers/BuyersPage.h"
#include "buyers/ChatButtonDelegate.h"
#include "buyers/ChatState.h"
#include "buyers/FilterChip.h"
#include "buyers/PaginationBar.h"
#include "buyers/SegmentTree.h"
#include "buyers/TagFlow.h"
#include "components/Dialogs.h"
#include "components/PageStateStack.h"
#include "components/StatePanel.h"
#include "table/ColumnSettings.h"
#include "table/PageSliceProxy.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class BuyersPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buy1FiftyRowsAPageWithPagination();
    void buy2SortByAnyColumnFromTheHeader();
    void buy2SegmentTreeChipCountAndRemovableTags();
    void buy2AverageCheckAppliesOnlyWithApply();
    void buy2BuyerActionsWithProductAndPeriodFutureDatesDisabled();
    void buy2LastCommunicationNoEarlierThanThreeMonths();
    void buy2TagsWrapToTwoLinesThenShowMore();
    void buy2ClearAllRemovesEveryFilter();
    void buy2SearchByBuyerId();
    void buy3EveryChatStateHasItsButtonAndTooltip_data();
    void buy3EveryChatStateHasItsButtonAndTooltip();
    void buy3ChatButtonClickOnlyWhenAvailable();
    void showSegmentOpensPreFiltered();
    void sta2NothingFoundThenClearFilters();
    void sta2EmptyStateWithoutBuyers();
    void sta2SkeletonWhileTheFirstSyncFillsTheCache();
    void totalShowsCountingUntilTheCountArrives();
    void sta2ErrorStateWithRetry();
    void csvExportOfTheFilteredView();
    void columnSettingsPersistWithTheBuyerColumnMandatory();

private:
    template <typename T>
    T* find(const QString& name) const
    {
        return requireChild<T>(m_page.get(), name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDb> m_cache;
    std::unique_ptr<BuyersPage> m_page;
    const QDate m_today = TableTestData::asOf();
};

void BuyersPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto cache = CacheDb::open(m_dir.filePath(u"cache.sqlite"_s), u"gui"_s);
    QVERIFY2(cache, qPrintable(cache.error()));
    m_cache = std::move(cache.value());
    const auto filled = TableTestData::fillBuyers(*m_cache, 400);
    QVERIFY2(filled, qPrintable(filled.error()));
    FilteredTablePage::searchDelayMs = 10;
}

void BuyersPageTest::init()
{
    m_page = std::make_unique<BuyersPage>(m_cache->connection());
    m_page->setToday(m_today);
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->model()->isCountKnown());
}

void BuyersPageTest::cleanup()
{
    m_page.reset();
    Dialogs::setFileHandler({});
}

void BuyersPageTest::buy1FiftyRowsAPageWithPagination()
{
    auto* table = find<QTableView>(u"buyersTable"_s);
    const int total = int(m_page->model()->totalCount());
    QVERIFY(total > 100);
    QCOMPARE(table->model()->rowCount(), 50);
    QCOMPARE(table->model()->columnCount(), int(BuyersModel::ColumnCount));
    auto* pager = find<PaginationBar>(u"pagination"_s);
    const int pages = (total + 49) / 50;
    QCOMPARE(pager->pageText(), u"Page 1 of %1"_s.arg(pages));
    QVERIFY(!find<QPushButton>(u"previousPage"_s)->isEnabled());
    QTest::mouseClick(find<QPushButton>(u"nextPage"_s), Qt::LeftButton);
    QCOMPARE(m_page->pages()->page(), 1);
    QCOMPARE(pager->pageText(), u"Page 2 of %1"_s.arg(pages));
    QCOMPARE(table->model()->index(0, 0).data(PagedSqlModel::IdRole), m_page->model()->index(50, 0).data(PagedSqlModel::IdRole));
    QTest::mouseClick(find<QPushButton>(u"lastPage"_s), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), total - (pages - 1) * 50);
    QVERIFY(!find<QPushButton>(u"nextPage"_s)->isEnabled());
    QVERIFY(pager->rowsText().endsWith(QLocale().toString(total)));
}

void BuyersPageTest::buy2SortByAnyColumnFromTheHeader()
{
    auto* table = find<QTableView>(u"buyersTable"_s);
    m_page->showNextPage();
    for (int column = 0; column < BuyersModel::ColumnCount; ++column) {
        table->scrollTo(table->model()->index(0, column));
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table->horizontalHeader()->sectionViewportPosition(column) + 10, 5));
        QCOMPARE(m_page->model()->sortColumn(), column);
        QCOMPARE(m_page->pages()->page(), 0); // a new order starts on the first page
    }
}

void BuyersPageTest::buy2SegmentTreeChipCountAndRemovableTags()
{
    auto* tree = find<SegmentTree>(u"segmentTree"_s);
    auto* chip = find<FilterChip>(u"segmentChip"_s);
    QCOMPARE(chip->text(), u"Segment"_s);
    tree->itemFor(u"top"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(m_page->filter().subsegments, QStringList{u"top"_s});
    tree->itemFor(u"new"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(m_page->filter().subsegments, (QStringList{u"top"_s, u"new"_s}));
    QCOMPARE(chip->count(), 2);
    QCOMPARE(chip->text(), u"Segment · 2"_s);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row) {
        const QString sub = m_page->pages()->index(row, BuyersModel::SegmentColumn).data(PagedSqlModel::RawValueRole).toString();
        QVERIFY(sub == u"top"_s || sub == u"new"_s);
    }
    // Checking a segment checks its sub-segments.
    tree->topLevelItem(0)->setCheckState(0, Qt::Checked);
    QCOMPARE(m_page->filter().subsegments, (QStringList{u"top"_s, u"loyal"_s, u"at_risk"_s, u"new"_s}));
    auto* tags = find<TagFlow>(u"filterTags"_s);
    QWidget* tag = tags->tagWidget(u"segment:loyal"_s);
    QVERIFY(tag);
    QCOMPARE(tag->findChild<QLabel*>(u"tagText"_s)->text(), subSegmentName(SubSegment::Loyal));
    QTest::mouseClick(tag->findChild<QToolButton*>(u"removeTag"_s), Qt::LeftButton);
    QCOMPARE(m_page->filter().subsegments, (QStringList{u"top"_s, u"at_risk"_s, u"new"_s}));
    QCOMPARE(tree->itemFor(u"loyal"_s)->checkState(0), Qt::Unchecked);
    QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::PartiallyChecked);
}

void BuyersPageTest::buy2AverageCheckAppliesOnlyWithApply()
{
    auto* from = find<QSpinBox>(u"avgCheckFrom"_s);
    auto* to = find<QSpinBox>(u"avgCheckTo"_s);
    const qint64 before = m_page->model()->totalCount();
    from->setValue(3000);
    to->setValue(6000);
    QCOMPARE(m_page->model()->totalCount(), before); // nothing until "Apply"
    QVERIFY(!m_page->filter().hasAvgCheck());
    QTest::mouseClick(find<QPushButton>(u"avgCheckApply"_s), Qt::LeftButton);
    QCOMPARE(m_page->filter().minAvgCheckKopecks, std::optional<qint64>(300000));
    QCOMPARE(m_page->filter().maxAvgCheckKopecks, std::optional<qint64>(600000));
    QTRY_VERIFY(m_page->model()->isCountKnown());
    QVERIFY(m_page->model()->totalCount() < before);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row) {
        const qint64 avg = m_page->pages()->index(row, BuyersModel::AvgCheck).data(PagedSqlModel::RawValueRole).toLongLong();
        QVERIFY(avg >= 300000 && avg <= 600000);
    }
    QCOMPARE(find<FilterChip>(u"avgCheckChip"_s)->count(), 1);
    QVERIFY(find<TagFlow>(u"filterTags"_s)->tagWidget(u"avgCheck"_s));
    // A reversed range is refused with a message and changes nothing.
    from->setValue(9000);
    to->setValue(1000);
    QTest::mouseClick(find<QPushButton>(u"avgCheckApply"_s), Qt::LeftButton);
    QVERIFY(find<QLabel>(u"avgCheckError"_s)->isVisibleTo(find<QLabel>(u"avgCheckError"_s)->parentWidget()));
    QCOMPARE(m_page->filter().minAvgCheckKopecks, std::optional<qint64>(300000));
}

void BuyersPageTest::buy2BuyerActionsWithProductAndPeriodFutureDatesDisabled()
{
    auto* product = find<QComboBox>(u"actionProduct"_s);
    auto* period = find<QComboBox>(u"actionPeriod"_s);
    auto* from = find<QDateEdit>(u"actionFrom"_s);
    auto* to = find<QDateEdit>(u"actionTo"_s);
    QCOMPARE(to->maximumDate(), m_today);
    to->setDate(m_today.addDays(5));
    QCOMPARE(to->date(), m_today); // a future date cannot be picked
    QVERIFY(!from->isEnabled());
    find<QCheckBox>(u"actionView"_s)->setChecked(true);
    find<QCheckBox>(u"actionCart"_s)->setChecked(true);
    product->setCurrentIndex(product->findData(u"P3"_s));
    QVERIFY(product->currentIndex() > 0);
    period->setCurrentIndex(period->findData(int(BuyersPage::ActionPeriod::Range)));
    QVERIFY(from->isEnabled() && to->isEnabled());
    from->setDate(m_today.addDays(-60));
    to->setDate(m_today.addDays(-5));
    QTest::mouseClick(find<QPushButton>(u"actionApply"_s), Qt::LeftButton);
    const BuyersFilter& filter = m_page->filter();
    QCOMPARE(filter.actionTypes, (QStringList{u"view"_s, u"cart"_s}));
    QCOMPARE(filter.actionProductId, u"P3"_s);
    QCOMPARE(filter.actionFrom, m_today.addDays(-60));
    QCOMPARE(filter.actionTo, m_today.addDays(-5));
    QCOMPARE(find<FilterChip>(u"actionChip"_s)->count(), 4);
    auto* tags = find<TagFlow>(u"filterTags"_s);
    QVERIFY(tags->tagWidget(u"action:view"_s) && tags->tagWidget(u"actionProduct"_s) && tags->tagWidget(u"actionPeriod"_s));
    QVERIFY(tags->tagWidget(u"actionProduct"_s)->findChild<QLabel*>()->text().contains(u"Product 3"_s));
    // "Last 7 days" ends today.
    period->setCurrentIndex(period->findData(int(BuyersPage::ActionPeriod::Last7Days)));
    QTest::mouseClick(find<QPushButton>(u"actionApply"_s), Qt::LeftButton);
    QCOMPARE(m_page->filter().actionFrom, m_today.addDays(-6));
    QCOMPARE(m_page->filter().actionTo, m_today);
    QTest::mouseClick(tags->tagWidget(u"actionPeriod"_s)->findChild<QToolButton*>(u"removeTag"_s), Qt::LeftButton);
    QVERIFY(!m_page->filter().actionFrom.isValid());
    QCOMPARE(period->currentData().toInt(), int(BuyersPage::ActionPeriod::AnyTime));
}

void BuyersPageTest::buy2LastCommunicationNoEarlierThanThreeMonths()
{
    auto* from = find<QDateEdit>(u"lastCommunicationFrom"_s);
    QCOMPARE(from->minimumDate(), m_today.addMonths(-3));
    QCOMPARE(from->maximumDate(), m_today);
    from->setDate(m_today.addMonths(-5));
    QCOMPARE(from->date(), m_today.addMonths(-3));
    from->setDate(m_today.addDays(-20));
    QTest::mouseClick(find<QPushButton>(u"lastCommunicationApply"_s), Qt::LeftButton);
    QCOMPARE(m_page->filter().lastCommunicationFrom, m_today.addDays(-20));
    for (int row = 0; row < m_page->pages()->rowCount(); ++row) {
        const QString date = m_page->pages()->index(row, BuyersModel::LastCommunication).data(PagedSqlModel::RawValueRole).toString();
        QVERIFY(date >= m_today.addDays(-20).toString(Qt::ISODate));
    }
    QCOMPARE(find<FilterChip>(u"lastCommunicationChip"_s)->count(), 1);
}

void BuyersPageTest::buy2TagsWrapToTwoLinesThenShowMore()
{
    m_page->resize(900, 900);
    BuyersFilter filter;
    filter.subsegments = {u"top"_s, u"loyal"_s, u"at_risk"_s, u"new"_s, u"sleeping"_s};
    filter.actionTypes = {u"view"_s, u"cart"_s, u"favorite"_s, u"order"_s};
    filter.actionProductId = u"P1"_s;
    filter.actionFrom = m_today.addDays(-10);
    filter.actionTo = m_today;
    filter.minAvgCheckKopecks = 100000;
    filter.lastCommunicationFrom = m_today.addDays(-30);
    m_page->setFilter(filter);
    QApplication::processEvents();
    auto* tags = find<TagFlow>(u"filterTags"_s);
    auto* more = find<QPushButton>(u"showMoreTags"_s);
    QCOMPARE(tags->tagCount(), 13);
    QVERIFY(more->isVisible());
    QVERIFY(tags->visibleTagCount() < tags->tagCount());
    QVERIFY(tags->lineCount() <= TagFlow::collapsedLines);
    QVERIFY(more->text().contains(QString::number(tags->tagCount() - tags->visibleTagCount())));
    QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(tags->visibleTagCount(), tags->tagCount());
    QVERIFY(tags->lineCount() > TagFlow::collapsedLines);
    QCOMPARE(more->text(), u"Show less"_s);
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(tags->visibleTagCount() < tags->tagCount());
    // Few tags: no "Show more".
    m_page->setFilter({});
    BuyersFilter few;
    few.subsegments = {u"top"_s};
    m_page->setFilter(few);
    QVERIFY(!more->isVisible());
    QCOMPARE(tags->visibleTagCount(), 1);
}

void BuyersPageTest::buy2ClearAllRemovesEveryFilter()
{
    BuyersFilter filter;
    filter.subsegments = {u"top"_s};
    filter.minAvgCheckKopecks = 100000;
    filter.lastCommunicationFrom = m_today.addDays(-30);
    m_page->setFilter(filter);
    QTRY_VERIFY(m_page->model()->isCountKnown());
    const qint64 filtered = m_page->model()->totalCount();
    QTest::mouseClick(find<QPushButton>(u"clearAllFilters"_s), Qt::LeftButton);
    QVERIFY(m_page->filter().isEmpty());
    QTRY_VERIFY(m_page->model()->isCountKnown());
    QVERIFY(m_page->model()->totalCount() > filtered);
    QVERIFY(!find<TagFlow>(u"filterTags"_s)->isVisible());
    QCOMPARE(find<FilterChip>(u"segmentChip"_s)->count(), 0);
}

void BuyersPageTest::buy2SearchByBuyerId()
{
    auto* search = find<QLineEdit>(u"buyersSearch"_s);
    QTest::keyClicks(search, u"B00001"_s);
    QTRY_COMPARE(m_page->filter().search, u"B00001"_s);
    QVERIFY(m_page->model()->totalCount() > 0);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row)
        QVERIFY(m_page->pages()->index(row, 0).data().toString().contains(u"B00001"_s));
}

void BuyersPageTest::buy3EveryChatStateHasItsButtonAndTooltip_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("button");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("tooltipPart");
    QTest::addRow("BUY-3 available") << u"available"_s << true << true << u"Open the chat"_s;
    QTest::addRow("BUY-3 blocked by the buyer") << u"blocked_by_buyer"_s << true << false << u"blocked"_s;
    QTest::addRow("BUY-3 first order not delivered") << u"first_order_not_delivered"_s << true << false << u"delivered"_s;
    QTest::addRow("BUY-3 seller not verified") << u"seller_not_verified"_s << true << false << u"chats the buyer started"_s;
    QTest::addRow("BUY-3 anti-fraud: no button, no explanation") << u"antifraud_blocked"_s << false << false << QString();
}

void BuyersPageTest::buy3EveryChatStateHasItsButtonAndTooltip()
{
    QFETCH(QString, code);
    QFETCH(bool, button);
    QFETCH(bool, enabled);
    QFETCH(QString, tooltipPart);
    QSqlQuery query(m_cache->connection());
    QVERIFY(query.exec(u"SELECT id FROM buyers WHERE chat = '%1' AND last_order IS NOT NULL LIMIT 1"_s.arg(code)));
    QVERIFY(query.next());
    const QString id = query.value(0).toString();
    BuyersFilter filter;
    filter.search = id;
    m_page->setFilter(filter);
    QCOMPARE(m_page->pages()->rowCount(), 1);
    const QModelIndex chat = m_page->pages()->index(0, BuyersModel::Chat);
    QCOMPARE(chat.data(BuyersModel::ChatStateRole).toString(), code);
    QCOMPARE(!chat.data().toString().isEmpty(), button);
    QCOMPARE(chat.data(BuyersModel::ChatEnabledRole).toBool(), enabled);
    const QString tip = chat.data(Qt::ToolTipRole).toString();
    if (tooltipPart.isEmpty())
        QVERIFY(tip.isEmpty());
    else
        QVERIFY2(tip.contains(tooltipPart), qPrintable(tip));
}

void BuyersPageTest::buy3ChatButtonClickOnlyWhenAvailable()
{
    auto* table = find<QTableView>(u"buyersTable"_s);
    QSignalSpy chats(m_page.get(), &BuyersPage::chatRequested);
    table->scrollTo(table->model()->index(0, BuyersModel::Chat));
    int clickedEnabled = 0;
    int clickedDisabled = 0;
    for (int row = 0; row < table->model()->rowCount() && (clickedEnabled == 0 || clickedDisabled == 0); ++row) {
        const QModelIndex index = table->model()->index(row, BuyersModel::Chat);
        table->scrollTo(index);
        const QRect rect = ChatButtonDelegate::buttonRect(table->visualRect(index));
        const bool enabled = index.data(BuyersModel::ChatEnabledRole).toBool();
        const int before = int(chats.size());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        if (enabled) {
            QCOMPARE(chats.size(), before + 1);
            QCOMPARE(chats.last().first().toString(), index.data(PagedSqlModel::IdRole).toString());
            ++clickedEnabled;
        } else {
            QCOMPARE(chats.size(), before);
            ++clickedDisabled;
        }
    }
    QVERIFY(clickedEnabled > 0 && clickedDisabled > 0);
}

void BuyersPageTest::showSegmentOpensPreFiltered()
{
    BuyersFilter other;
    other.minAvgCheckKopecks = 1000;
    m_page->setFilter(other);
    m_page->showNextPage();
    m_page->showSegment(u"at_risk"_s);
    QCOMPARE(m_page->filter().subsegments, QStringList{u"at_risk"_s});
    QVERIFY(!m_page->filter().hasAvgCheck());
    QCOMPARE(m_page->pages()->page(), 0);
    QCOMPARE(find<SegmentTree>(u"segmentTree"_s)->itemFor(u"at_risk"_s)->checkState(0), Qt::Checked);
    QCOMPARE(find<FilterChip>(u"segmentChip"_s)->count(), 1);
    QSqlQuery query(m_cache->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM buyers WHERE subsegment = 'at_risk' AND last_order IS NOT NULL"_s));
    QVERIFY(query.next());
    QTRY_COMPARE(m_page->model()->totalCount(), query.value(0).toLongLong());
}

void BuyersPageTest::sta2NothingFoundThenClearFilters()
{
    auto* search = find<QLineEdit>(u"buyersSearch"_s);
    QTest::keyClicks(search, u"no such buyer"_s);
    QTRY_VERIFY(m_page->isNothingFound());
    QCOMPARE(m_page->states()->shown(), PageStateStack::Shown::Content);
    auto* panel = find<StatePanel>(u"nothingFoundState"_s);
    QCOMPARE(panel->title(), u"Nothing found"_s);
    QTest::mouseClick(panel->button(), Qt::LeftButton);
    QVERIFY(!m_page->isNothingFound());
    QVERIFY(search->text().isEmpty());
    QVERIFY(m_page->model()->totalCount() > 0);
}

void BuyersPageTest::sta2EmptyStateWithoutBuyers()
{
    auto empty = CacheDb::open(m_dir.filePath(u"empty.sqlite"_s), u"empty"_s);
    QVERIFY(empty);
    QVERIFY(empty.value()->exec(u"UPDATE sync_state SET full_sync_done = 1"_s)); // synced, nothing there
    BuyersPage page(empty.value()->connection());
    QCOMPARE(page.states()->shown(), PageStateStack::Shown::Empty);
    QCOMPARE(page.states()->emptyPanel()->title(), u"No buyers yet"_s);
    QCOMPARE(page.totalLabel()->text(), u"0 in total"_s);
}

void BuyersPageTest::sta2SkeletonWhileTheFirstSyncFillsTheCache()
{
    PageStateStack::skeletonDelayMs = 150;
    auto syncing = CacheDb::open(m_dir.filePath(u"syncing.sqlite"_s), u"syncing"_s);
    QVERIFY(syncing);
    BuyersPage page(syncing.value()->connection());
    page.show();
    // The first full sync has not finished and nothing is cached: loading, not "No buyers yet".
    QCOMPARE(page.states()->shown(), PageStateStack::Shown::Blank);
    QTRY_COMPARE(page.states()->shown(), PageStateStack::Shown::Skeleton);
    QVERIFY(TableTestData::fillBuyers(*syncing.value(), 30));
    QVERIFY(syncing.value()->exec(u"UPDATE sync_state SET full_sync_done = 1"_s));
    page.refresh();
    QTRY_COMPARE(page.states()->shown(), PageStateStack::Shown::Content);
    QVERIFY(page.model()->totalCount() > 0);
    PageStateStack::skeletonDelayMs = 1000;
}

void BuyersPageTest::totalShowsCountingUntilTheCountArrives()
{
    BuyersFilter filter;
    filter.subsegments = {u"top"_s, u"loyal"_s, u"new"_s};
    m_page->setFilter(filter);
    // The first 50 rows are painted at once; the total follows from the worker thread.
    QCOMPARE(m_page->pages()->rowCount(), 50);
    QCOMPARE(m_page->totalLabel()->text(), u"Counting…"_s);
    QTRY_VERIFY(m_page->model()->isCountKnown());
    QSqlQuery query(m_cache->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM buyers WHERE subsegment IN ('top', 'loyal', 'new') AND last_order IS NOT NULL"_s));
    QVERIFY(query.next());
    QCOMPARE(m_page->totalLabel()->text(), u"%1 in total"_s.arg(QLocale().toString(query.value(0).toLongLong())));
    QCOMPARE(find<PaginationBar>(u"pagination"_s)->pageText(),
             u"Page 1 of %1"_s.arg((query.value(0).toLongLong() + 49) / 50));
}

void BuyersPageTest::sta2ErrorStateWithRetry()
{
    auto broken = CacheDb::open(m_dir.filePath(u"broken.sqlite"_s), u"broken"_s);
    QVERIFY(broken);
    QVERIFY(TableTestData::fillBuyers(*broken.value(), 60));
    BuyersPage page(broken.value()->connection());
    page.show();
    QCOMPARE(page.states()->shown(), PageStateStack::Shown::Content);
    QVERIFY(broken.value()->exec(u"ALTER TABLE buyers RENAME TO buyers_gone"_s));
    page.refresh();
    QTRY_COMPARE(page.states()->shown(), PageStateStack::Shown::Error);
    QVERIFY(page.states()->errorPanel()->text().contains(u"buyers"_s));
    QVERIFY(broken.value()->exec(u"ALTER TABLE buyers_gone RENAME TO buyers"_s));
    QTest::mouseClick(page.states()->errorPanel()->button(), Qt::LeftButton);
    QTRY_COMPARE(page.states()->shown(), PageStateStack::Shown::Content);
}

void BuyersPageTest::csvExportOfTheFilteredView()
{
    // Cyrillic survives the export (UTF-8 with a BOM, as spreadsheet programs expect).
    QSqlQuery cyrillic(m_cache->connection());
    QVERIFY(cyrillic.exec(
        u"UPDATE buyers SET region = 'Санкт-Петербург' WHERE id = (SELECT MIN(id) FROM buyers WHERE subsegment = 'loyal')"_s));
    m_page->refresh();
    BuyersFilter filter;
    filter.subsegments = {u"loyal"_s};
    m_page->setFilter(filter);
    const QString path = m_dir.filePath(u"buyers-export"_s);
    Dialogs::setFileHandler([&](bool save, const QString&, const QString&) { return save ? path : QString(); });
    QTest::mouseClick(find<QPushButton>(u"exportCsv"_s), Qt::LeftButton);
    QFile file(path + u".csv"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QTRY_VERIFY(m_page->model()->isCountKnown());
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.size() - 1, int(m_page->model()->totalCount()) + 1); // header, rows, final newline
    QVERIFY(lines.first().startsWith("Buyer,Segment,"));
    const QString loyal = subSegmentName(SubSegment::Loyal);
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY(QString::fromUtf8(lines.at(i)).section(u',', 1, 1) == loyal);
    QVERIFY(QString::fromUtf8(bytes).contains(u"Санкт-Петербург"_s));
    // Hidden columns are not exported.
    QVERIFY(m_page->columnSettings()->setVisible(BuyersModel::Region, false));
    QTest::mouseClick(find<QPushButton>(u"exportCsv"_s), Qt::LeftButton);
    QFile again(path + u".csv"_s);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QByteArray header = again.readLine();
    QVERIFY(!header.contains("Region"));
    QVERIFY(!again.readAll().contains("Санкт-Петербург"));
}

void BuyersPageTest::columnSettingsPersistWithTheBuyerColumnMandatory()
{
    const QString file = m_dir.filePath(u"buyers-settings.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        BuyersPage page(m_cache->connection(), &settings);
        auto* buyer = page.columnMenu()->findChild<QAction*>(u"column:buyer"_s);
        auto* gender = page.columnMenu()->findChild<QAction*>(u"column:gender"_s);
        auto* reset = page.columnMenu()->findChild<QAction*>(u"resetColumns"_s);
        QVERIFY(buyer && gender && reset);
        QVERIFY(!buyer->isEnabled()); // the anonymous buyer ID is always shown
        QVERIFY(!reset->isVisible());
        gender->trigger();
        QVERIFY(page.table()->isColumnHidden(BuyersModel::Gender));
        QVERIFY(reset->isVisible());
        QVERIFY(!page.columnSettings()->setVisible(BuyersModel::Buyer, false));
    }
    QSettings settings(file, QSettings::IniFormat);
    BuyersPage page(m_cache->connection(), &settings);
    QVERIFY(page.table()->isColumnHidden(BuyersModel::Gender));
    QVERIFY(!page.table()->isColumnHidden(BuyersModel::Buyer));
    QVERIFY(!page.visibleColumns().contains(BuyersModel::Gender));
    page.columnMenu()->findChild<QAction*>(u"resetColumns"_s)->trigger();
    QVERIFY(!page.table()->isColumnHidden(BuyersModel::Gender));
}

QTEST_MAIN(BuyersPageTest)
#include "tst_buyerspage.moc"
