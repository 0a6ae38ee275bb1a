// The Communications page (COM-1..COM-6) driven like a seller would, over a real generated cache
// with a real outbox.
#include "CacheDb.h"
#include "Outbox.h"
#include "TableTestData.h"
#include "buyers/BackToTopButton.h"
#include "buyers/FilterChip.h"
#include "buyers/SegmentTree.h"
#include "buyers/TagFlow.h"
#include "table/ColumnSettings.h"
#include "communications/CommunicationDetailsDialog.h"
#include "communications/CommunicationsModel.h"
#include "communications/CommunicationsPage.h"
#include "communications/ConfirmDialog.h"
#include "components/Dialogs.h"
#include "components/PageStateStack.h"
#include "components/StatePanel.h"
#include "components/Toast.h"
#include "table/PageSliceProxy.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class CommunicationsPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void com1TabsForMailingsAndBanners();
    void com1FiftyRowsAPageHeaderStaysAndBackToTopAfterIdle();
    void com2ColumnSettingsShowHideResetAndPersist();
    void com2MandatoryColumnCannotBeHidden();
    void com5AudienceTreeFilterWithChipAndTags();
    void com5StatusMultiSelect();
    void com5SendDateRange();
    void com5SearchByNameAndClearAll();
    void com4ClickOnProductTargetCopiesSkuWithToast();
    void com6DeleteOnlyOnModerationConfirmedThroughOutbox();
    void com6DeleteCancelledChangesNothing();
    void com6RepeatAsksForTheWizard();
    void com6DetailsShowMetricsChart();
    void sta2EmptyNothingFoundAndError();

private:
    template <typename T>
    T* find(const QString& name) const
    {
        return requireChild<T>(m_page.get(), name);
    }
    int rowWithStatus(const QString& status) const;

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDb> m_cache;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CommunicationsPage> m_page;
};

void CommunicationsPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto cache = CacheDb::open(m_dir.filePath(u"cache.sqlite"_s), u"gui"_s);
    QVERIFY2(cache, qPrintable(cache.error()));
    m_cache = std::move(cache.value());
    const auto filled = TableTestData::fillCommunications(*m_cache, 120);
    QVERIFY2(filled, qPrintable(filled.error()));
    m_outbox = std::make_unique<Outbox>(*m_cache);
    FilteredTablePage::searchDelayMs = 10;
    BackToTopButton::idleMs = 150;
}

void CommunicationsPageTest::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_page = std::make_unique<CommunicationsPage>(m_cache->connection(), m_settings.get());
    m_page->setDeleteHandler([this](const QString& id) { return m_outbox->enqueueDeleteCommunication(id); });
    m_page->resize(1500, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->model()->isCountKnown());
}

void CommunicationsPageTest::cleanup()
{
    m_page.reset();
    m_settings.reset();
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    ConfirmDialog::setHandler({});
    Dialogs::setMessageHandler({});
}

int CommunicationsPageTest::rowWithStatus(const QString& status) const
{
    for (int row = 0; row < m_page->pages()->rowCount(); ++row) {
        if (m_page->pages()->index(row, 0).data(CommunicationsModel::StatusRole).toString() == status)
            return row;
    }
    return -1;
}

void CommunicationsPageTest::com1TabsForMailingsAndBanners()
{
    auto* tabs = find<QTabBar>(u"formatTabs"_s);
    QTRY_COMPARE(m_page->model()->totalCount(), 120);
    tabs->setCurrentIndex(int(CommunicationsPage::Tab::Banners));
    QCOMPARE(m_page->filter().format, u"banner"_s);
    QTRY_COMPARE(m_page->model()->totalCount(), 40);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row)
        QCOMPARE(m_page->pages()->index(row, 0).data(CommunicationsModel::FormatRole).toString(), u"banner"_s);
    tabs->setCurrentIndex(int(CommunicationsPage::Tab::Mailings));
    QTRY_COMPARE(m_page->model()->totalCount(), 80);
    tabs->setCurrentIndex(int(CommunicationsPage::Tab::All));
    QTRY_COMPARE(m_page->model()->totalCount(), 120);
}

void CommunicationsPageTest::com1FiftyRowsAPageHeaderStaysAndBackToTopAfterIdle()
{
    auto* table = find<QTableView>(u"communicationsTable"_s);
    QCOMPARE(table->model()->rowCount(), 50);
    m_page->resize(1500, 500);
    QApplication::processEvents();
    auto* back = find<BackToTopButton>(u"backToTop"_s);
    QVERIFY(!back->isVisible());
    QVERIFY(table->verticalScrollBar()->maximum() > 0);
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QVERIFY(table->horizontalHeader()->isVisible()); // the table scrolls under its header
    QVERIFY(!back->isVisible());
    QTRY_VERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    QVERIFY(!back->isVisible());
    // Scrolling again hides it until the next idle moment.
    table->verticalScrollBar()->setValue(10);
    QVERIFY(!back->isVisible());
}

void CommunicationsPageTest::com2ColumnSettingsShowHideResetAndPersist()
{
    auto* table = find<QTableView>(u"communicationsTable"_s);
    QMenu* menu = m_page->columnMenu();
    auto* reset = menu->findChild<QAction*>(u"resetColumns"_s);
    auto* audience = menu->findChild<QAction*>(u"column:audience"_s);
    auto* clicks = menu->findChild<QAction*>(u"column:clicks"_s);
    QVERIFY(reset && audience && clicks);
    QVERIFY(!reset->isVisible()); // defaults: nothing to reset
    audience->trigger();
    clicks->trigger();
    QVERIFY(table->isColumnHidden(CommunicationsModel::AudienceColumn));
    QVERIFY(table->isColumnHidden(CommunicationsModel::Clicks));
    QVERIFY(reset->isVisible());
    // A new page with the settings read again shows the same columns.
    QSettings reread(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    CommunicationsPage again(m_cache->connection(), &reread);
    auto* againTable = again.findChild<QTableView*>(u"communicationsTable"_s);
    QVERIFY(againTable->isColumnHidden(CommunicationsModel::AudienceColumn));
    QVERIFY(againTable->isColumnHidden(CommunicationsModel::Clicks));
    QVERIFY(!againTable->isColumnHidden(CommunicationsModel::Status));
    QAction* againReset = again.columnMenu()->findChild<QAction*>(u"resetColumns"_s);
    QVERIFY(againReset->isVisible());
    QVERIFY(!again.columnMenu()->findChild<QAction*>(u"column:audience"_s)->isChecked());
    againReset->trigger();
    QVERIFY(!againTable->isColumnHidden(CommunicationsModel::AudienceColumn));
    QVERIFY(!againReset->isVisible());
    // CSV export follows the shown columns.
    QCOMPARE(again.columnSettings()->visibleColumns().size(), int(CommunicationsModel::ColumnCount));
}

void CommunicationsPageTest::com2MandatoryColumnCannotBeHidden()
{
    auto* name = m_page->columnMenu()->findChild<QAction*>(u"column:name"_s);
    QVERIFY(name);
    QVERIFY(!name->isEnabled());
    QVERIFY(name->isChecked());
    QVERIFY(!name->toolTip().isEmpty());
    QVERIFY(!m_page->columnSettings()->setVisible(CommunicationsModel::Name, false));
    QVERIFY(!find<QTableView>(u"communicationsTable"_s)->isColumnHidden(CommunicationsModel::Name));
    // Hiding every other column still leaves the mandatory one.
    for (int column = 1; column < CommunicationsModel::ColumnCount; ++column)
        m_page->columnSettings()->setVisible(column, false);
    QCOMPARE(m_page->columnSettings()->visibleColumns(), QList<int>{CommunicationsModel::Name});
}

void CommunicationsPageTest::com5AudienceTreeFilterWithChipAndTags()
{
    auto* tree = find<SegmentTree>(u"audienceTree"_s);
    auto* chip = find<FilterChip>(u"audienceChip"_s);
    tree->itemFor(u"sleeping"_s)->setCheckState(0, Qt::Checked);
    QCOMPARE(m_page->filter().subsegments, QStringList{u"sleeping"_s});
    QCOMPARE(chip->count(), 1);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row)
        QVERIFY(m_page->pages()->index(row, 0).data(CommunicationsModel::AudienceCodesRole).toStringList().contains(u"sleeping"_s));
    tree->topLevelItem(0)->setCheckState(0, Qt::Checked); // the whole Regular segment
    QCOMPARE(m_page->filter().segments, QStringList{u"regular"_s});
    QCOMPARE(m_page->filter().subsegments, QStringList{u"sleeping"_s});
    QCOMPARE(chip->text(), u"Audience · 2"_s);
    auto* tags = find<TagFlow>(u"filterTags"_s);
    QVERIFY(tags->tagWidget(u"audience:regular"_s));
    QTest::mouseClick(tags->tagWidget(u"audience:regular"_s)->findChild<QToolButton*>(u"removeTag"_s), Qt::LeftButton);
    QVERIFY(m_page->filter().segments.isEmpty());
    QCOMPARE(tree->itemFor(u"top"_s)->checkState(0), Qt::Unchecked);
    QTRY_COMPARE(m_page->model()->totalCount(), 24); // every fifth communication is for Sleeping
}

void CommunicationsPageTest::com5StatusMultiSelect()
{
    find<QCheckBox>(u"status:on_moderation"_s)->setChecked(true);
    find<QCheckBox>(u"status:rejected"_s)->setChecked(true);
    QCOMPARE(m_page->filter().statuses, (QStringList{u"on_moderation"_s, u"rejected"_s}));
    QCOMPARE(find<FilterChip>(u"statusChip"_s)->count(), 2);
    QTRY_COMPARE(m_page->model()->totalCount(), 40);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row) {
        const QString status = m_page->pages()->index(row, 0).data(CommunicationsModel::StatusRole).toString();
        QVERIFY(status == u"on_moderation"_s || status == u"rejected"_s);
    }
    auto* tags = find<TagFlow>(u"filterTags"_s);
    QCOMPARE(tags->tagWidget(u"status:rejected"_s)->findChild<QLabel*>()->text(), u"Rejected"_s);
    QTest::mouseClick(tags->tagWidget(u"status:rejected"_s)->findChild<QToolButton*>(u"removeTag"_s), Qt::LeftButton);
    QVERIFY(!find<QCheckBox>(u"status:rejected"_s)->isChecked());
    QTRY_COMPARE(m_page->model()->totalCount(), 20);
}

void CommunicationsPageTest::com5SendDateRange()
{
    const QDate asOf = TableTestData::asOf();
    find<QDateEdit>(u"sendFrom"_s)->setDate(asOf.addDays(-5));
    find<QDateEdit>(u"sendTo"_s)->setDate(asOf.addDays(5));
    QTRY_COMPARE(m_page->model()->totalCount(), 120); // nothing until Apply
    QTest::mouseClick(find<QPushButton>(u"sendDateApply"_s), Qt::LeftButton);
    QCOMPARE(m_page->filter().sendFrom, asOf.addDays(-5));
    QTRY_VERIFY(m_page->model()->isCountKnown());
    QVERIFY(m_page->model()->totalCount() > 0 && m_page->model()->totalCount() < 120);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row) {
        const QString date = m_page->pages()->index(row, CommunicationsModel::SendDate).data(PagedSqlModel::RawValueRole).toString();
        QVERIFY(date >= asOf.addDays(-5).toString(Qt::ISODate) && date <= asOf.addDays(5).toString(Qt::ISODate));
    }
    QCOMPARE(find<FilterChip>(u"sendDateChip"_s)->count(), 1);
    QVERIFY(find<TagFlow>(u"filterTags"_s)->tagWidget(u"sendDate"_s));
}

void CommunicationsPageTest::com5SearchByNameAndClearAll()
{
    find<QCheckBox>(u"status:sent"_s)->setChecked(true);
    QTest::keyClicks(find<QLineEdit>(u"communicationsSearch"_s), u"campaign 00"_s);
    QTRY_COMPARE(m_page->filter().search, u"campaign 00"_s);
    QVERIFY(m_page->model()->totalCount() > 0);
    for (int row = 0; row < m_page->pages()->rowCount(); ++row)
        QVERIFY(m_page->pages()->index(row, 0).data().toString().startsWith(u"Campaign 00"_s));
    QTest::mouseClick(find<QPushButton>(u"clearAllFilters"_s), Qt::LeftButton);
    QVERIFY(m_page->filter().statuses.isEmpty());
    QCOMPARE(m_page->filter().search, u"campaign 00"_s); // the search stays, only filters go
}

void CommunicationsPageTest::com4ClickOnProductTargetCopiesSkuWithToast()
{
    auto* table = find<QTableView>(u"communicationsTable"_s);
    QGuiApplication::clipboard()->clear();
    int productRow = -1;
    int otherRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const bool hasSku = !table->model()->index(row, CommunicationsModel::Target).data(CommunicationsModel::SkuRole).toString().isEmpty();
        if (hasSku && productRow < 0)
            productRow = row;
        if (!hasSku && otherRow < 0)
            otherRow = row;
    }
    QVERIFY(productRow >= 0 && otherRow >= 0);
    const QModelIndex other = table->model()->index(otherRow, CommunicationsModel::Target);
    table->scrollTo(other);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(other).center());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    const QModelIndex product = table->model()->index(productRow, CommunicationsModel::Target);
    const QString sku = product.data(CommunicationsModel::SkuRole).toString();
    QVERIFY(product.data().toString().contains(sku));
    table->scrollTo(product);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(product).center());
    QCOMPARE(QGuiApplication::clipboard()->text(), sku);
    auto* toast = m_page->findChild<Toast*>(u"toast"_s);
    QVERIFY(toast);
    QCOMPARE(toast->text(), u"Copied"_s);
}

void CommunicationsPageTest::com6DeleteOnlyOnModerationConfirmedThroughOutbox()
{
    auto* table = find<QTableView>(u"communicationsTable"_s);
    auto* remove = find<QPushButton>(u"deleteCommunication"_s);
    QStringList questions;
    ConfirmDialog::setHandler([&](const QString& title, const QString&) {
        questions << title;
        return true;
    });
    QStringList messages;
    Dialogs::setMessageHandler([&](Dialogs::Kind, const QString&, const QString& text) { messages << text; });

    const int sent = rowWithStatus(u"sent"_s);
    QVERIFY(sent >= 0);
    table->setCurrentIndex(table->model()->index(sent, 0));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!m_page->deleteRow(sent));
    QVERIFY(questions.isEmpty());
    QCOMPARE(messages.size(), 1);

    const int moderated = rowWithStatus(u"on_moderation"_s);
    QVERIFY(moderated >= 0);
    const QString id = table->model()->index(moderated, 0).data(PagedSqlModel::IdRole).toString();
    table->setCurrentIndex(table->model()->index(moderated, 0));
    QVERIFY(remove->isEnabled());
    const int waitingBefore = m_outbox->waitingCount();
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    QCOMPARE(m_outbox->waitingCount(), waitingBefore + 1);
    const OutboxEntry entry = m_outbox->entries().last();
    QCOMPARE(entry.op, QString::fromLatin1(Outbox::deleteOp));
    QCOMPARE(entry.targetId, id);
    // The row says it is being deleted and cannot be deleted twice.
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, CommunicationsModel::Status);
        if (index.data(PagedSqlModel::IdRole).toString() != id)
            continue;
        QCOMPARE(index.data().toString(), u"Deleting…"_s);
        QVERIFY(!index.data(CommunicationsModel::CanDeleteRole).toBool());
    }
}

void CommunicationsPageTest::com6DeleteCancelledChangesNothing()
{
    ConfirmDialog::setHandler([](const QString&, const QString&) { return false; });
    CommunicationsFilter filter;
    filter.statuses = {u"on_moderation"_s};
    m_page->setFilter(filter);
    int row = -1;
    for (int r = 0; r < m_page->pages()->rowCount(); ++r) {
        if (m_page->pages()->index(r, 0).data(CommunicationsModel::CanDeleteRole).toBool())
            row = r;
    }
    QVERIFY(row >= 0);
    const int waiting = m_outbox->waitingCount();
    QVERIFY(!m_page->deleteRow(row));
    QCOMPARE(m_outbox->waitingCount(), waiting);
    QVERIFY(m_page->pages()->index(row, 0).data(CommunicationsModel::CanDeleteRole).toBool());
}

void CommunicationsPageTest::com6RepeatAsksForTheWizard()
{
    auto* table = find<QTableView>(u"communicationsTable"_s);
    QSignalSpy repeats(m_page.get(), &CommunicationsPage::repeatRequested);
    table->setCurrentIndex(table->model()->index(3, 0));
    QTest::mouseClick(find<QPushButton>(u"repeatCommunication"_s), Qt::LeftButton);
    QCOMPARE(repeats.size(), 1);
    QCOMPARE(repeats.first().first().toString(), table->model()->index(3, 0).data(PagedSqlModel::IdRole).toString());
}

void CommunicationsPageTest::com6DetailsShowMetricsChart()
{
    auto* table = find<QTableView>(u"communicationsTable"_s);
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::mouseClick(find<QPushButton>(u"openDetails"_s), Qt::LeftButton);
    auto* dialog = m_page->findChild<CommunicationDetailsDialog*>(u"communicationDetails"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->communicationId(), table->model()->index(2, 0).data(PagedSqlModel::IdRole).toString());
    auto* chart = dialog->findChild<QChartView*>(u"metricsChart"_s);
    QVERIFY(chart);
    const auto series = chart->chart()->series();
    QCOMPARE(series.size(), 3);
    for (QAbstractSeries* s : series)
        QCOMPARE(static_cast<QLineSeries*>(s)->count(), 5);
    const QVariantList metrics = table->model()->index(2, 0).data(CommunicationsModel::MetricsRole).toList();
    auto* clicks = static_cast<QLineSeries*>(series.at(2));
    QCOMPARE(clicks->name(), u"Clicks"_s);
    QCOMPARE(clicks->at(4).y(), metrics.at(4).toMap().value(u"clicks"_s).toDouble());
    const QImage image = chart->grab().toImage();
    QVERIFY(image.width() > 100);
    dialog->close();
}

void CommunicationsPageTest::sta2EmptyNothingFoundAndError()
{
    auto empty = CacheDb::open(m_dir.filePath(u"empty.sqlite"_s), u"empty"_s);
    QVERIFY(empty);
    QVERIFY(empty.value()->exec(u"UPDATE sync_state SET full_sync_done = 1"_s)); // synced, nothing there
    CommunicationsPage emptyPage(empty.value()->connection(), m_settings.get());
    QCOMPARE(emptyPage.states()->shown(), PageStateStack::Shown::Empty);
    QCOMPARE(emptyPage.states()->emptyPanel()->title(), u"No communications yet"_s);

    QTest::keyClicks(find<QLineEdit>(u"communicationsSearch"_s), u"nothing like this"_s);
    QTRY_VERIFY(m_page->isNothingFound());

    QVERIFY(m_cache->exec(u"ALTER TABLE communications RENAME TO communications_gone"_s));
    m_page->refresh();
    QTRY_COMPARE(m_page->states()->shown(), PageStateStack::Shown::Error);
    QVERIFY(m_cache->exec(u"ALTER TABLE communications_gone RENAME TO communications"_s));
    QTest::mouseClick(m_page->states()->errorPanel()->button(), Qt::LeftButton);
    QTRY_COMPARE(m_page->states()->shown(), PageStateStack::Shown::Content);
}

QTEST_MAIN(CommunicationsPageTest)
#include "tst_communicationspage.moc"
