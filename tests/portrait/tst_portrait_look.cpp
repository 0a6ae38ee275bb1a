// POR-1..POR-3, STA-2: the Buyer portrait as the seller sees it, in English and in Russian, at the
// main window's default and minimum widths: no label, button or combo box narrower than its text,
// nothing past the page's right edge, no chart label shortened with "...", every chart's hint
// translated. With SELLERCRM_PORTRAIT_SHOTS=<dir> the test also writes what it checked as PNG
// files (page-<language>-<width>.png, state-<state>-<language>.png) for a person to look at.
#include "CacheDb.h"
#include "PortraitTestCache.h"
#include "Translations.h"
#include "components/PageStateStack.h"
#include "components/Theme.h"
#include "portrait/ConditionBuilder.h"
#include "portrait/PortraitChartSettings.h"
#include "portrait/PortraitModel.h"
#include "portrait/PortraitPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

using Kind = PortraitConditions::Kind;
using Op = PortraitConditions::Op;

// The page's width in the main window (1440 by default, 1100 at least) beside the 240 px navigation.
constexpr int defaultPageWidth = 1200;
constexpr int minimumPageWidth = 860;

void useLanguage(const QString& language)
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(language);
}

// "(women AND 25–34 AND a long region) OR a long category OR an average check range".
PortraitConditions longConditions()
{
    return PortraitConditions::group(
        Op::Or, {PortraitConditions::group(
                     Op::And, {PortraitConditions::among(Kind::Gender, {u"f"_s}),
                               PortraitConditions::among(Kind::AgeBand, {u"25-34"_s}),
                               PortraitConditions::among(Kind::Region, {u"Kaliningrad Oblast"_s})}),
                 PortraitConditions::among(Kind::Category, {u"CAT09"_s}),
                 PortraitConditions::avgCheck(100'000, 300'000)});
}

QString describe(const QWidget* widget)
{
    QString text;
    if (auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text();
    else if (auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text();
    else if (auto* combo = qobject_cast<const QComboBox*>(widget))
        text = combo->currentText();
    return u"%1 %2 “%3” (%4 px wide)"_s
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text)
        .arg(widget->width());
}

bool insideStatePanel(const QWidget* widget, const QWidget* page)
{
    for (const QWidget* w = widget; w && w != page; w = w->parentWidget()) {
        if (w->inherits("sellercrm::StatePanel"))
            return true;
    }
    return false;
}

// Visible widgets of the page whose text does not fit: a label narrower (or, wrapped, lower) than
// its text, a button or combo box narrower than its size hint, anything past the right edge. The
// shared StatePanel (components/) is left out: only the portrait's own widgets are checked here.
QStringList clippedWidgets(QWidget* page)
{
    QStringList problems;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(page) || widget->inherits("QScrollBar") || insideStatePanel(widget, page))
            continue;
        bool clipped = false;
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
            clipped = label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                        : label->width() < label->sizeHint().width();
        } else if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget)) {
            clipped = widget->width() < widget->sizeHint().width();
        }
        const int right = widget->mapTo(page, QPoint(widget->width(), 0)).x();
        if (clipped || right > page->width())
            problems.append(describe(widget));
    }
    return problems;
}

// Chart texts Qt Charts shortened because they did not fit ("Moscow Obl..."), or drawn partly
// outside the view (an axis label cut at the edge).
QStringList shortenedChartTexts(QChartView* view)
{
    QStringList shortened;
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    for (QGraphicsItem* item : view->scene()->items()) {
        auto* text = dynamic_cast<QGraphicsTextItem*>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty())
            continue;
        const bool cut = text->toPlainText().contains(u"..."_s) || text->toPlainText().contains(u'\u2026') ||
                         !visible.contains(text->mapRectToScene(text->boundingRect()));
        if (cut)
            shortened.append(view->objectName() + u": "_s + text->toPlainText());
    }
    return shortened;
}

} // namespace

class PortraitLookTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void pageFitsItsTexts_data();
    void pageFitsItsTexts();
    void statesFitTheirTexts_data();
    void statesFitTheirTexts();

private:
    std::unique_ptr<PortraitPage> makePage(PortraitModel& model, int width);
    void save(QWidget* widget, const QString& name) const;

    QTemporaryDir m_dir;
    QString m_cachePath;
    std::unique_ptr<PortraitChartSettings> m_settings;
};

void PortraitLookTest::initTestCase()
{
    Theme::apply(*qApp, Theme::Mode::Light);
    QVERIFY(m_dir.isValid());
    m_cachePath = m_dir.filePath(u"cache.sqlite"_s);
    auto cache = CacheDb::open(m_cachePath, u"look"_s);
    QVERIFY2(cache, qPrintable(cache.error()));
    const auto filled = PortraitTestCache::fill(*cache.value(), 20'000, 5);
    QVERIFY2(filled, qPrintable(filled.error()));
    m_settings = std::make_unique<PortraitChartSettings>(m_dir.filePath(u"settings.ini"_s));
}

void PortraitLookTest::cleanupTestCase()
{
    useLanguage(u"en"_s);
}

void PortraitLookTest::cleanup()
{
    useLanguage(u"en"_s);
}

std::unique_ptr<PortraitPage> PortraitLookTest::makePage(PortraitModel& model, int width)
{
    auto page = std::make_unique<PortraitPage>(&model, m_settings.get());
    page->resize(width, 900);
    page->show();
    return page;
}

void PortraitLookTest::save(QWidget* widget, const QString& name) const
{
    const QString dir = qEnvironmentVariable("SELLERCRM_PORTRAIT_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

void PortraitLookTest::pageFitsItsTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::newRow("English, default window") << u"en"_s << defaultPageWidth;
    QTest::newRow("English, smallest window") << u"en"_s << minimumPageWidth;
    QTest::newRow("Russian, default window") << u"ru"_s << defaultPageWidth;
    QTest::newRow("Russian, smallest window") << u"ru"_s << minimumPageWidth;
}

void PortraitLookTest::pageFitsItsTexts()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    const QString englishHint = PortraitPage::chartHint(u"avg_check"_s);
    useLanguage(language);
    if (language == u"ru")
        QVERIFY2(PortraitPage::chartTitle(u"regions"_s) != u"By region"_s, "no Russian translation loaded");

    PortraitModel model;
    model.setLoader(PortraitModel::cacheLoader(m_cachePath));
    const auto page = makePage(model, width);
    model.reload();
    QTRY_COMPARE(model.state(), PortraitModel::State::Ready);
    page->conditionBuilder()->setConditions(longConditions());
    QVERIFY(model.result().reach > 0);
    QCoreApplication::processEvents();

    auto* scroll = page->findChild<QScrollArea*>(u"portraitScroll"_s);
    save(page.get(), u"page-%1-%2"_s.arg(language).arg(width));
    save(scroll->widget(), u"content-%1-%2"_s.arg(language).arg(width));

    // The content fits the width: no sideways scrolling, nothing cut at the right.
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    const QStringList clipped = clippedWidgets(page.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"\n"_s)));

    for (const QString& id : PortraitChartSettings::chartIds()) {
        QChartView* view = page->chartView(id);
        QVERIFY(view->isVisible());
        QVERIFY2(view->width() >= 360, qPrintable(id));
        const QStringList shortened = shortenedChartTexts(view);
        QVERIFY2(shortened.isEmpty(), qPrintable(shortened.join(u"\n"_s)));
        // POR-3: a hint in the seller's language for every chart.
        if (language == u"ru")
            QVERIFY(PortraitPage::chartHint(id) != englishHint);
    }
}

void PortraitLookTest::statesFitTheirTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Russian") << u"ru"_s;
}

void PortraitLookTest::statesFitTheirTexts()
{
    QFETCH(QString, language);
    useLanguage(language);
    // Skeleton while loading (STA-2).
    const int delay = PageStateStack::skeletonDelayMs;
    PageStateStack::skeletonDelayMs = 50;
    PortraitModel model;
    const auto page = makePage(model, minimumPageWidth);
    const auto read = PortraitModel::cacheLoader(m_cachePath);
    model.setLoader([read] {
        QThread::msleep(300);
        return read();
    });
    model.reload();
    QTRY_COMPARE(page->states()->shown(), PageStateStack::Shown::Skeleton);
    PageStateStack::skeletonDelayMs = delay;
    save(page.get(), u"state-loading-%1"_s.arg(language));
    QTRY_COMPARE(model.state(), PortraitModel::State::Ready);

    // Every buyer filtered out: each chart shows its own empty state.
    page->conditionBuilder()->setConditions(PortraitConditions::avgCheck(1'000'000'000, std::nullopt));
    QCOMPARE(model.result().reach, 0);
    QCoreApplication::processEvents();
    const auto fitsItsTexts = [&](const QString& state) {
        save(page.get(), u"state-%1-%2"_s.arg(state, language));
        const QStringList clipped = clippedWidgets(page.get());
        return clipped.isEmpty() ? QString() : state + u": "_s + clipped.join(u"\n"_s);
    };
    QString problems = fitsItsTexts(u"no-match"_s);

    // An unreadable cache: the error with Retry.
    const QString broken = m_dir.filePath(u"broken.sqlite"_s);
    QVERIFY(PortraitTestCache::writeUnreadable(broken));
    model.setLoader(PortraitModel::cacheLoader(broken));
    model.reload();
    QTRY_COMPARE(page->states()->shown(), PageStateStack::Shown::Error);
    problems += fitsItsTexts(u"error"_s);

    // A segment without buyers.
    const QString empty = m_dir.filePath(u"empty-%1.sqlite"_s.arg(language));
    QVERIFY(CacheDb::open(empty, u"empty"_s));
    model.setLoader(PortraitModel::cacheLoader(empty));
    model.reload();
    QTRY_COMPARE(page->states()->shown(), PageStateStack::Shown::Empty);
    problems += fitsItsTexts(u"empty"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_MAIN(PortraitLookTest)
#include "tst_portrait_look.moc"
