// POR-1..POR-3 on the Buyer portrait page: conditions built, edited and removed through the
// widgets move the reach and every chart's series; chart visibility persists; PNG export writes
// a non-blank image; loading, empty and error-with-retry states.
#include "CacheDb.h"
#include "PortraitTestCache.h"
#include "components/Dialogs.h"
#include "components/PageStateStack.h"
#include "components/StatePanel.h"
#include "portrait/ConditionBuilder.h"
#include "portrait/PortraitChartSettings.h"
#include "portrait/PortraitModel.h"
#include "portrait/PortraitPage.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

constexpr int buyerCount = 3000;

QList<double> seriesValues(QChartView* view, int set = 0)
{
    QList<double> values;
    const auto series = view->chart()->series();
    if (series.isEmpty())
        return values;
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    if (!bars || bars->barSets().size() <= set)
        return values;
    QBarSet* barSet = bars->barSets().at(set);
    for (int i = 0; i < barSet->count(); ++i)
        values.append(barSet->at(i));
    return values;
}

double sumOfAllSets(QChartView* view)
{
    double sum = 0;
    auto* bars = qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
    if (!bars)
        return -1;
    for (QBarSet* set : bars->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
    }
    return sum;
}

// The bars of a horizontal chart as the seller reads them, top to bottom (Qt lists them bottom-up).
QList<double> topToBottom(QChartView* view)
{
    QList<double> values = seriesValues(view);
    std::reverse(values.begin(), values.end());
    return values;
}

QStringList categoriesOf(QChartView* view)
{
    for (QAbstractAxis* axis : view->chart()->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    }
    return {};
}

// Picks an item of a combo box the way a user does with the keyboard (emits activated()).
void pick(QComboBox* combo, int index)
{
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
}

} // namespace

class PortraitPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsReachAndChartsOfTheSegment();
    void buildsEditsAndRemovesConditions();
    void segmentChooserFollowsSegments();
    void emptyConditionsResultShowsChartEmptyState();
    void chartVisibilityPersists();
    void exportsANonBlankPng();
    void errorStateRetries();
    void skeletonWhileLoading();
    void everyChartHasAHint();

private:
    qint64 sqlCount(const QString& where) const;
    QLabel* reachLabel() const { return m_page->findChild<QLabel*>(u"reachValue"_s); }
    qint64 shownReach() const { return QLocale().toLongLong(reachLabel()->text()); }

    QTemporaryDir m_dir;
    QString m_cachePath;
    std::unique_ptr<CacheDb> m_cache;
    std::unique_ptr<PortraitModel> m_model;
    std::unique_ptr<PortraitChartSettings> m_settings;
    std::unique_ptr<PortraitPage> m_page;
};

void PortraitPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cachePath = m_dir.filePath(u"cache.sqlite"_s);
    auto cache = CacheDb::open(m_cachePath, u"test"_s);
    QVERIFY2(cache, qPrintable(cache.error()));
    m_cache = std::move(cache).value();
    const auto filled = PortraitTestCache::fill(*m_cache, buyerCount, 11);
    QVERIFY2(filled, qPrintable(filled.error()));
}

void PortraitPageTest::init()
{
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_model = std::make_unique<PortraitModel>();
    m_model->setLoader(PortraitModel::cacheLoader(m_cachePath));
    m_settings = std::make_unique<PortraitChartSettings>(m_dir.filePath(u"settings.ini"_s));
    m_page = std::make_unique<PortraitPage>(m_model.get(), m_settings.get());
    m_page->resize(1400, 1200);
    m_page->show();
    m_model->reload();
    QTRY_COMPARE(m_model->state(), PortraitModel::State::Ready);
    QCOMPARE(m_page->states()->shown(), PageStateStack::Shown::Content);
}

void PortraitPageTest::cleanup()
{
    Dialogs::setFileHandler({});
    Dialogs::setMessageHandler({});
    m_page.reset();
    m_settings.reset();
    m_model.reset();
}

qint64 PortraitPageTest::sqlCount(const QString& where) const
{
    QSqlQuery query(m_cache->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM buyers WHERE "_s + where) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void PortraitPageTest::showsReachAndChartsOfTheSegment()
{
    // POR-1: the default audience is "All your buyers in 90 days" (Regular and New).
    QCOMPARE(m_page->audienceKey(), u"own"_s);
    const qint64 own = sqlCount(u"segment IN ('regular', 'new')"_s);
    QVERIFY(own > 0);
    QCOMPARE(shownReach(), own);

    QChartView* checks = m_page->chartView(u"avg_check"_s);
    QCOMPARE(topToBottom(checks).size(), 7);
    QCOMPARE(topToBottom(checks).at(0),
             double(sqlCount(u"segment IN ('regular', 'new') AND avg_check_kopecks < 50000"_s)));
    QCOMPARE(topToBottom(checks).at(6),
             double(sqlCount(u"segment IN ('regular', 'new') AND avg_check_kopecks >= 1000000"_s)));
    QCOMPARE(sumOfAllSets(checks), double(own));
    // Regions: the eight largest and "Other regions" sum to the reach.
    QChartView* regions = m_page->chartView(u"regions"_s);
    QCOMPARE(seriesValues(regions).size(), 9);
    QCOMPARE(sumOfAllSets(regions), double(own));
    QVERIFY(categoriesOf(regions).contains(u"Other regions"_s));
    QCOMPARE(sumOfAllSets(m_page->chartView(u"age_gender"_s)), double(own));
    // Categories are shown by name, the most popular at the top.
    QStringList names;
    for (const QString& id : PortraitTestCache::categoryIds())
        names.append(PortraitTestCache::categoryName(id));
    const QStringList shown = categoriesOf(m_page->chartView(u"categories"_s));
    QCOMPARE(shown.size(), 8);
    for (const QString& name : shown)
        QVERIFY2(names.contains(name), qPrintable(name));
    const QList<double> counts = topToBottom(m_page->chartView(u"categories"_s));
    QCOMPARE(counts.first(), *std::max_element(counts.cbegin(), counts.cend()));
}

void PortraitPageTest::buildsEditsAndRemovesConditions()
{
    ConditionBuilder* builder = m_page->conditionBuilder();
    const QString own = u"segment IN ('regular', 'new')"_s;

    // Add a condition: gender, women by default; change it to men.
    QTest::mouseClick(builder->findChild<QPushButton*>(u"addConditionButton"_s, Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QFrame* first = nullptr;
    QTRY_VERIFY((first = builder->findChild<QFrame*>(u"condition_0"_s)) != nullptr);
    QCOMPARE(shownReach(), sqlCount(own + u" AND gender = 'f'"_s));
    pick(first->findChild<QComboBox*>(u"valueCombo"_s), 1);
    QCOMPARE(shownReach(), sqlCount(own + u" AND gender = 'm'"_s));
    QCOMPARE(sumOfAllSets(m_page->chartView(u"avg_check"_s)), double(shownReach()));

    // Add a group (women) and switch the top level to OR: men OR (women).
    QTest::mouseClick(builder->findChild<QPushButton*>(u"addGroupButton"_s), Qt::LeftButton);
    QFrame* group = nullptr;
    QTRY_VERIFY((group = builder->findChild<QFrame*>(u"group_1"_s)) != nullptr);
    pick(builder->findChild<QComboBox*>(u"rootOperator"_s), 1);
    QCOMPARE(shownReach(), sqlCount(own + u" AND gender IN ('m', 'f')"_s));

    // Edit the group's condition: age band 25-34, then add a region to the group (AND).
    QFrame* inner = group->findChild<QFrame*>(u"condition_1.0"_s);
    QVERIFY(inner);
    pick(inner->findChild<QComboBox*>(u"fieldCombo"_s), 1); // Age
    QTRY_VERIFY((inner = builder->findChild<QFrame*>(u"condition_1.0"_s)) != nullptr &&
                inner->findChild<QComboBox*>(u"valueCombo"_s)->currentData().toString() == u"18-24"_s);
    pick(inner->findChild<QComboBox*>(u"valueCombo"_s), 1); // 25-34
    QCOMPARE(shownReach(), sqlCount(own + u" AND (gender = 'm' OR age_band = '25-34')"_s));
    group = builder->findChild<QFrame*>(u"group_1"_s);
    pick(group->findChild<QComboBox*>(u"groupOperator"_s), 0); // AND inside the group
    QTest::mouseClick(group->findChild<QPushButton*>(u"addConditionButton"_s), Qt::LeftButton);
    QFrame* added = nullptr;
    QTRY_VERIFY((added = builder->findChild<QFrame*>(u"condition_1.1"_s)) != nullptr);
    pick(added->findChild<QComboBox*>(u"fieldCombo"_s), 2); // Region
    QTRY_VERIFY((added = builder->findChild<QFrame*>(u"condition_1.1"_s)) != nullptr &&
                added->findChild<QComboBox*>(u"valueCombo"_s)->count() ==
                    PortraitTestCache::regions().size());
    QComboBox* regionCombo = added->findChild<QComboBox*>(u"valueCombo"_s);
    pick(regionCombo, regionCombo->findData(u"Moscow"_s));
    const QString expected = own + u" AND (gender = 'm' OR (age_band = '25-34' AND region = 'Moscow'))"_s;
    QCOMPARE(shownReach(), sqlCount(expected));
    QCOMPARE(builder->findChild<QLabel*>(u"conditionsSentence"_s)->text(),
             u"Audience: men OR (aged 25\u201334 AND from Moscow)"_s);
    QCOMPARE(sumOfAllSets(m_page->chartView(u"age_gender"_s)), double(sqlCount(expected)));
    QCOMPARE(sumOfAllSets(m_page->chartView(u"avg_check"_s)), double(sqlCount(expected)));

    // An average-check range typed into the spin boxes.
    QTest::mouseClick(builder->findChild<QPushButton*>(u"addConditionButton"_s, Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QFrame* check = nullptr;
    QTRY_VERIFY((check = builder->findChild<QFrame*>(u"condition_2"_s)) != nullptr);
    pick(check->findChild<QComboBox*>(u"fieldCombo"_s), 3); // Average check
    QTRY_VERIFY((check = builder->findChild<QFrame*>(u"condition_2"_s)) != nullptr &&
                check->findChild<QSpinBox*>(u"maxCheck"_s) != nullptr);
    pick(builder->findChild<QComboBox*>(u"rootOperator"_s), 0); // AND
    QSpinBox* max = check->findChild<QSpinBox*>(u"maxCheck"_s);
    max->setFocus();
    max->selectAll();
    QTest::keyClicks(max, u"3000"_s);
    QTest::keyClick(max, Qt::Key_Return);
    const QString withRange = own + u" AND gender = 'm' AND (age_band = '25-34' AND region = 'Moscow')"
                                    " AND avg_check_kopecks >= 100000 AND avg_check_kopecks <= 300000"_s;
    QCOMPARE(shownReach(), sqlCount(withRange));

    // Remove the first condition (men), then the group: only the range is left.
    QTest::mouseClick(
        builder->findChild<QFrame*>(u"condition_0"_s)->findChild<QToolButton*>(u"removeButton"_s),
        Qt::LeftButton);
    QTRY_VERIFY(builder->findChild<QFrame*>(u"group_0"_s) != nullptr);
    QCOMPARE(shownReach(), sqlCount(own + u" AND age_band = '25-34' AND region = 'Moscow'"
                                          " AND avg_check_kopecks BETWEEN 100000 AND 300000"_s));
    QTest::mouseClick(builder->findChild<QFrame*>(u"group_0"_s)->findChild<QToolButton*>(u"removeButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(builder->findChild<QFrame*>(u"group_0"_s) == nullptr);
    QCOMPARE(shownReach(), sqlCount(own + u" AND avg_check_kopecks BETWEEN 100000 AND 300000"_s));
    QCOMPARE(builder->conditions().items().size(), 1);
    QTest::mouseClick(
        builder->findChild<QFrame*>(u"condition_0"_s)->findChild<QToolButton*>(u"removeButton"_s),
        Qt::LeftButton);
    QTRY_COMPARE(shownReach(), sqlCount(own));
    QCOMPARE(builder->findChild<QLabel*>(u"conditionsSentence"_s)->text(), u"Audience: all buyers"_s);
}

void PortraitPageTest::segmentChooserFollowsSegments()
{
    QVERIFY(m_page->chooseAudience(u"subsegment:top"_s));
    QCOMPARE(shownReach(), sqlCount(u"subsegment = 'top'"_s));
    QVERIFY(m_page->chooseAudience(u"segment:potential"_s));
    QCOMPARE(shownReach(), sqlCount(u"segment = 'potential'"_s));
    // Potential buyers have no orders: all in the first average-check range.
    QCOMPARE(topToBottom(m_page->chartView(u"avg_check"_s)).at(0), double(shownReach()));
    auto* chooser = m_page->findChild<QComboBox*>(u"segmentChooser"_s);
    pick(chooser, chooser->findData(u"all"_s));
    QCOMPARE(shownReach(), buyerCount);
    QVERIFY(!m_page->chooseAudience(u"subsegment:nonsense"_s));
}

void PortraitPageTest::emptyConditionsResultShowsChartEmptyState()
{
    m_page->conditionBuilder()->setConditions(PortraitConditions::avgCheck(1'000'000'000, std::nullopt));
    QCOMPARE(shownReach(), 0);
    auto* stack = m_page->findChild<QWidget*>(u"chartCard_regions"_s)->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget()->objectName(), u"chartEmpty_regions"_s);
    QCOMPARE(m_page->states()->shown(), PageStateStack::Shown::Content);
    m_page->conditionBuilder()->setConditions(PortraitConditions());
    QCOMPARE(stack->currentWidget()->objectName(), u"chartView_regions"_s);
}

void PortraitPageTest::chartVisibilityPersists()
{
    QWidget* card = m_page->findChild<QWidget*>(u"chartCard_regions"_s);
    QVERIFY(card->isVisible());
    QAction* action = m_page->findChild<QAction*>(u"showChart_regions"_s);
    QVERIFY(action && action->isChecked());
    // The Charts button opens its menu in a nested event loop: the click on the entry comes from it.
    auto* charts = m_page->findChild<QToolButton*>(u"chartsButton"_s);
    bool clickedInMenu = false;
    QTimer::singleShot(0, this, [&] {
        QMenu* menu = charts->menu();
        QTRY_VERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        clickedInMenu = true;
    });
    QTest::mouseClick(charts, Qt::LeftButton);
    QTRY_VERIFY(clickedInMenu);
    QTRY_VERIFY(!card->isVisible());
    QVERIFY(!action->isChecked());
    QVERIFY(m_page->findChild<QWidget*>(u"chartCard_categories"_s)->isVisible());

    // A new settings object on the same file and a new page: still hidden.
    PortraitChartSettings reread(m_dir.filePath(u"settings.ini"_s));
    QVERIFY(!reread.isShown(u"regions"_s));
    QCOMPARE(reread.shownCharts(), (QStringList{u"avg_check"_s, u"categories"_s, u"age_gender"_s}));
    PortraitPage second(m_model.get(), &reread);
    second.show();
    QVERIFY(!second.findChild<QWidget*>(u"chartCard_regions"_s)->isVisible());
    QVERIFY(!second.findChild<QAction*>(u"showChart_regions"_s)->isChecked());
    second.findChild<QAction*>(u"showChart_regions"_s)->trigger();
    QVERIFY(second.findChild<QWidget*>(u"chartCard_regions"_s)->isVisible());
    QVERIFY(PortraitChartSettings(m_dir.filePath(u"settings.ini"_s)).isShown(u"regions"_s));
}

void PortraitPageTest::exportsANonBlankPng()
{
    const QString path = m_dir.filePath(u"checks"_s);
    Dialogs::setFileHandler([&](bool save, const QString&, const QString& filter) {
        return save && filter.contains(u"*.png"_s) ? path : QString();
    });
    QWidget* card = m_page->findChild<QWidget*>(u"chartCard_avg_check"_s);
    QTest::mouseClick(card->findChild<QToolButton*>(u"exportButton"_s), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path + u".png"_s));
    QImage image(path + u".png"_s);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640 && image.height() >= 360);
    // Non-blank: many pixels in the bars' colour, and more than a handful of colours overall.
    const QColor bar =
        m_page->chartView(u"avg_check"_s)->chart()->series().isEmpty()
            ? QColor()
            : qobject_cast<QAbstractBarSeries*>(m_page->chartView(u"avg_check"_s)->chart()->series().first())
                  ->barSets()
                  .first()
                  ->color();
    int barPixels = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            barPixels += (qAbs(qRed(pixel) - bar.red()) < 8 && qAbs(qGreen(pixel) - bar.green()) < 8 &&
                          qAbs(qBlue(pixel) - bar.blue()) < 8)
                             ? 1
                             : 0;
        }
    }
    QVERIFY2(barPixels > 500, qPrintable(QString::number(barPixels)));
    QVERIFY(colours.size() > 10);
}

void PortraitPageTest::errorStateRetries()
{
    const QString broken = m_dir.filePath(u"broken.sqlite"_s);
    QVERIFY(PortraitTestCache::writeUnreadable(broken));
    m_model->setLoader(PortraitModel::cacheLoader(broken));
    m_model->reload();
    QTRY_COMPARE(m_page->states()->shown(), PageStateStack::Shown::Error);
    QVERIFY(!m_page->states()->errorPanel()->text().isEmpty());
    m_model->setLoader(PortraitModel::cacheLoader(m_cachePath));
    QTest::mouseClick(m_page->states()->errorPanel()->button(), Qt::LeftButton);
    QTRY_COMPARE(m_page->states()->shown(), PageStateStack::Shown::Content);
    QCOMPARE(shownReach(), sqlCount(u"segment IN ('regular', 'new')"_s));
}

void PortraitPageTest::skeletonWhileLoading()
{
    const int delay = PageStateStack::skeletonDelayMs;
    PageStateStack::skeletonDelayMs = 50;
    const auto slow = PortraitModel::cacheLoader(m_cachePath);
    m_model->setLoader([slow] {
        QThread::msleep(600);
        return slow();
    });
    m_model->reload();
    QCOMPARE(m_page->states()->shown(), PageStateStack::Shown::Blank);
    QTRY_COMPARE(m_page->states()->shown(), PageStateStack::Shown::Skeleton);
    QTRY_COMPARE(m_page->states()->shown(), PageStateStack::Shown::Content);
    PageStateStack::skeletonDelayMs = delay;

    // An empty cache: "no buyers in this segment".
    const QString emptyPath = m_dir.filePath(u"empty.sqlite"_s);
    {
        auto empty = CacheDb::open(emptyPath, u"empty"_s);
        QVERIFY2(empty, qPrintable(empty.error()));
    }
    m_model->setLoader(PortraitModel::cacheLoader(emptyPath));
    m_model->reload();
    QTRY_COMPARE(m_page->states()->shown(), PageStateStack::Shown::Empty);
    QCOMPARE(m_page->states()->emptyPanel()->title(), u"No buyers in this segment"_s);
}

void PortraitPageTest::everyChartHasAHint()
{
    for (const QString& id : PortraitChartSettings::chartIds()) {
        QWidget* card = m_page->findChild<QWidget*>(u"chartCard_"_s + id);
        QVERIFY(card);
        auto* hint = card->findChild<QToolButton*>(u"hintButton"_s);
        QVERIFY(hint);
        QCOMPARE(hint->toolTip(), PortraitPage::chartHint(id));
        QVERIFY(hint->toolTip().size() > 60);
    }
    QVERIFY(m_page->findChild<QToolButton*>(u"reachHint"_s)->toolTip().contains(u"Reach"_s));
}

QTEST_MAIN(PortraitPageTest)
#include "tst_portrait_page.moc"
