// Widget tests of the shell, Home, Segments and the segment pages against caches filled by a
// real sync from a real sellercrm-server (AppTestServer), under QT_QPA_PLATFORM=offscreen.
#include "AppTestFixture.h"

#include "CommunicationJson.h"
#include "DashboardRepository.h"
#include "KeySegment.h"
#include "Outbox.h"
#include "Segmentation.h"
#include "buyers/BuyersPage.h"
#include "buyers/TagFlow.h"
#include "communications/CommunicationsPage.h"
#include "communications/ConfirmDialog.h"
#include "portrait/PortraitPage.h"
#include "wizard/WizardModel.h"
#include "wizard/WizardPage.h"
#include "components/BenefitsDrawer.h"
#include "components/Banner.h"
#include "components/Dialogs.h"
#include "components/ElidedLabel.h"
#include "PageLook.h"
#include "components/PageStateStack.h"
#include "components/StatePanel.h"
#include "components/Theme.h"
#include "components/Toast.h"
#include "home/HomePage.h"
#include "segments/SegmentPage.h"
#include "segments/SegmentTexts.h"
#include "segments/SegmentsPage.h"
#include "shell/MainWindow.h"
#include "shell/NavigationPanel.h"
#include "table/PageSliceProxy.h"
#include "table/PagedSqlModel.h"
#include "shell/SyncStatusBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QLabel>
#include <QLocale>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QStyle>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

class TestAppPages final : public QObject
{
    Q_OBJECT

private:
    AppTestFixture m_fixture;
    const QString m_sentText = u"New arrivals for our best buyers"_s;

    struct Window
    {
        AppTestFixture::Models models;
        std::unique_ptr<MainWindow> window;
    };
    Window openWindow(const QString& seller, const QString& page)
    {
        Window w{ m_fixture.open(seller), nullptr };
        w.window = std::make_unique<MainWindow>(w.models.dashboard.get(), w.models.settings.get());
        CacheDb* cache = w.models.cache.get();
        w.window->setCache(cache);
        // The wizard over the same cache, without an outbox or drafts (nothing is written).
        w.window->setWizardFactory([cache]() -> WizardPage* {
            QString error;
            std::optional<WizardContext> context = WizardContext::load(*cache, AppTestServer::asOf(), &error);
            return context ? new WizardPage(std::move(*context)) : nullptr;
        });
        w.window->resize(1440, 900);
        w.window->show();
        if (!w.window->showPage(page))
            qFatal("unknown page");
        return w;
    }
    // The wizard the last action opened, on top of the page area, as the communication it holds.
    static QJsonObject openedWizard(const Window& w)
    {
        auto* wizard = w.window->findChild<WizardPage*>();
        if (!wizard || !wizard->isVisible())
            return {};
        return communicationToJson(wizard->model()->communication());
    }
    // The Communications page's button `name` once its first row is selected and it is enabled.
    static QPushButton* firstRowAction(const Window& w, const QString& name)
    {
        auto* page = qobject_cast<CommunicationsPage*>(w.window->page(u"communications"_s));
        if (!page || !QTest::qWaitFor([page] { return page->pages()->rowCount() > 0; }))
            return nullptr;
        page->table()->selectRow(0);
        auto* button = page->findChild<QPushButton*>(name);
        return button && QTest::qWaitFor([button] { return button->isEnabled(); }) ? button : nullptr;
    }
    static qint64 count(const CacheDb& cache, const QString& sql)
    {
        QSqlQuery query(cache.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    static QList<QPushButton*> visibleButtons(QWidget* root, const QString& objectName)
    {
        QList<QPushButton*> result;
        const auto all = root->findChildren<QPushButton*>(objectName);
        for (QPushButton* b : all) {
            if (b->isVisibleTo(root->window()))
                result.append(b);
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        Theme::apply(*qApp, Theme::Mode::Light);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        PageStateStack::skeletonDelayMs = 1000;
        QString error;
        QVERIFY2(m_fixture.prepare({ u"S1"_s, u"S2"_s, u"S3"_s, u"S4"_s, u"S5"_s }, &error), qPrintable(error));
        // One mailing of S1 sent through its outbox to the server and synced back (on moderation).
        QVERIFY2(m_fixture.sendCommunication(u"S1"_s, AppTestFixture::mailingRequest(u"top"_s, m_sentText), &error),
                 qPrintable(error));
    }

    void home_data_showsBuyersPerSegmentAndPromo_HOM1()
    {
        Window w = openWindow(u"S1"_s, u"home"_s);
        auto* home = qobject_cast<HomePage*>(w.window->page(u"home"_s));
        QVERIFY(home);
        QCOMPARE(home->states()->shown(), PageStateStack::Shown::Content);
        const DashboardData& data = w.models.dashboard->data();
        for (Segment segment : allSegments) {
            auto* tile = home->findChild<QFrame*>(u"segmentTile_"_s + segmentCode(segment));
            QVERIFY2(tile, qPrintable(segmentCode(segment)));
            auto* buyers = tile->findChild<QLabel*>(u"tileBuyers"_s);
            QCOMPARE(buyers->text(), QLocale().toString(data.segmentation.figures(segmentCode(segment)).buyers));
            QVERIFY(tile->findChild<QWidget*>(u"dynamics"_s));
        }
        // 12 Regular, 4 New, 3 Sleeping in the test store.
        QCOMPARE(data.segmentation.figures(u"regular"_s).buyers, 12);
        QCOMPARE(data.segmentation.figures(u"new"_s).buyers, 4);
        QCOMPARE(data.segmentation.figures(u"potential"_s, u"sleeping"_s).buyers, 3);
        // The promo card shows only while the seller has no communication (HOM-1); S1 has one.
        QCOMPARE(data.communications, 1);
        QVERIFY(!home->findChild<QFrame*>(u"promoCard"_s));
        QVERIFY(home->createButton()->isVisible());
    }

    void keySegment_followsSeg6_andIsExplained_data()
    {
        QTest::addColumn<QString>("seller");
        QTest::addColumn<QString>("expected");
        QTest::newRow("SEG-6 Regular >= REGULAR_MIN") << u"S1"_s << u"regular"_s;
        QTest::newRow("SEG-6 New when Regular < REGULAR_MIN") << u"S3"_s << u"new"_s;
        QTest::newRow("SEG-6 Potential when few New") << u"S4"_s << u"potential"_s;
    }
    void keySegment_followsSeg6_andIsExplained()
    {
        QFETCH(QString, seller);
        QFETCH(QString, expected);
        Window w = openWindow(seller, u"home"_s);
        const SegmentationReport& report = w.models.dashboard->data().segmentation;
        QCOMPARE(report.keySegment, expected);
        // The server's choice agrees with the domain rule the app explains.
        const SegmentCounts counts{ report.figures(u"regular"_s).buyers, report.figures(u"new"_s).buyers,
                                    report.figures(u"potential"_s).buyers };
        const auto chosen = chooseKeySegment(counts, { report.regularMin, report.newMin });
        QVERIFY(chosen);
        QCOMPARE(segmentCode(*chosen), expected);
        auto* home = w.window->page(u"home"_s);
        auto* keyTile = home->findChild<QFrame*>(u"segmentTile_"_s + expected);
        QVERIFY(keyTile);
        QCOMPARE(keyTile->property("key").toBool(), true);
        auto* badge = keyTile->findChild<QLabel*>(u"keySegmentBadge"_s);
        QVERIFY(badge);
        QCOMPARE(badge->toolTip(), keySegmentExplanation({ report.regularMin, report.newMin }, QLocale()));
        const auto badges = home->findChildren<QLabel*>(u"keySegmentBadge"_s);
        QCOMPARE(badges.size(), 1);

        w.window->showPage(u"segments"_s);
        auto* segments = w.window->page(u"segments"_s);
        auto* title = segments->findChild<QLabel*>(u"keySegmentTitle"_s);
        QVERIFY(title);
        QVERIFY(title->text().contains(SegmentTexts::title(*segmentFromCode(expected))));
        auto* info = segments->findChild<QLabel*>(u"keySegmentInfo"_s);
        QCOMPARE(info->toolTip(), badge->toolTip()); // the same text for every segment (SEG-6)
    }

    void segments_withPremiumPlus_actionsAreUnlocked_SEG8()
    {
        Window w = openWindow(u"S1"_s, u"segments"_s);
        auto* page = w.window->page(u"segments"_s);
        QVERIFY(visibleButtons(page, u"premiumAction"_s).isEmpty());
        const auto actions = visibleButtons(page, u"recommendedAction"_s);
        QVERIFY(!actions.isEmpty());
        // Top with Premium Plus: the new-arrivals mailing, opening the wizard with its preset.
        QPushButton* top = nullptr;
        for (QPushButton* b : actions) {
            if (b->property("subsegment").toString() == u"top"_s)
                top = b;
        }
        QVERIFY(top);
        QTest::mouseClick(top, Qt::LeftButton);
        const QJsonObject opened = openedWizard(w);
        QCOMPARE(opened.value(u"audience"_s)[u"subsegments"_s].toArray(), QJsonArray{ u"top"_s });
        QCOMPARE(opened.value(u"offer"_s)[u"type"_s].toString(), u"product_promotion"_s);
        QCOMPARE(opened.value(u"format"_s)[u"type"_s].toString(), u"mailing"_s);
        QCOMPARE(w.window->findChild<WizardPage*>()->model()->goal(), u"retain"_s);
        QVERIFY(!BenefitsDrawer::find(w.window.get()));
    }

    void segments_withoutSubscription_premiumIconOpensBenefits_SEG8()
    {
        Window w = openWindow(u"S2"_s, u"segments"_s);
        auto* page = w.window->page(u"segments"_s);
        const auto locked = visibleButtons(page, u"premiumAction"_s);
        QVERIFY(!locked.isEmpty());
        for (QPushButton* b : locked) {
            QVERIFY(!b->icon().isNull());
            QCOMPARE(b->property("premium").toBool(), true);
        }
        // The free replacement for Top comes first: a product banner.
        QPushButton* freeTop = nullptr;
        for (QPushButton* b : visibleButtons(page, u"recommendedAction"_s)) {
            if (b->property("subsegment").toString() == u"top"_s && !freeTop)
                freeTop = b;
        }
        QVERIFY(freeTop);
        QTest::mouseClick(freeTop, Qt::LeftButton);
        QCOMPARE(openedWizard(w).value(u"format"_s)[u"type"_s].toString(), u"banner"_s);
        QVERIFY(!BenefitsDrawer::find(w.window.get()));
        w.window->showPage(u"segments"_s);
        QTest::mouseClick(locked.constFirst(), Qt::LeftButton);
        BenefitsDrawer* drawer = BenefitsDrawer::find(w.window.get());
        QVERIFY(drawer);
        QVERIFY(drawer->isVisible());
        QTest::keyClick(drawer, Qt::Key_Escape);
        QTRY_VERIFY(!BenefitsDrawer::find(w.window.get()));
    }

    void segments_chartShowsEverySubSegmentSize()
    {
        Window w = openWindow(u"S1"_s, u"segments"_s);
        auto* view = w.window->page(u"segments"_s)->findChild<QChartView*>(u"subSegmentChart"_s);
        QVERIFY(view);
        QChart* chart = view->chart();
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst());
        QVERIFY(series);
        qreal total = 0;
        for (QBarSet* set : series->barSets()) {
            QCOMPARE(set->count(), subSegmentCount);
            total += set->sum();
        }
        QCOMPARE(qint64(total), w.models.dashboard->data().segmentation.totalBuyers());
        const QImage image = view->grab().toImage();
        QVERIFY(image.width() > 200);
        // Coarse pixel check: some pixels have the accent colour of the Regular bars.
        const QColor accent = Theme::color(u"chart1"_s);
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 2) {
            for (int x = 0; x < image.width() && !found; x += 2)
                found = image.pixelColor(x, y) == accent;
        }
        QVERIFY(found);
    }

    void segmentPage_showsRuleMetricsAndActions_SEG4_SEG7_data()
    {
        QTest::addColumn<QString>("code");
        for (SubSegment sub : allSubSegments)
            QTest::newRow(qPrintable(subSegmentCode(sub))) << subSegmentCode(sub);
    }
    void segmentPage_showsRuleMetricsAndActions_SEG4_SEG7()
    {
        QFETCH(QString, code);
        Window w = openWindow(u"S1"_s, u"segment:"_s + code);
        auto* page = qobject_cast<SegmentPage*>(w.window->page(u"segment:"_s + code));
        QVERIFY(page);
        const SubSegment sub = *subSegmentFromCode(code);
        const SegmentationReport& report = w.models.dashboard->data().segmentation;
        const SegmentFigures figures = report.figures(segmentCode(segmentOf(sub)), code);
        auto* rule = page->findChild<QLabel*>(u"segmentRule"_s);
        QVERIFY(rule);
        RegularThresholds thresholds{ report.avgCheckHighKopecks, report.avgCheckLowKopecks, report.ordersHigh,
                                      int(report.regularBuyers) };
        QCOMPARE(rule->text(), subSegmentRuleText(sub, thresholds, QLocale()));
        if (figures.buyers == 0) {
            // Empty sub-segment: its empty state, the create action hidden.
            QCOMPARE(page->states()->shown(), PageStateStack::Shown::Empty);
            QVERIFY(!page->createButton()->isVisible());
            QVERIFY(rule->isVisible()); // the explanation stays
            return;
        }
        QCOMPARE(page->states()->shown(), PageStateStack::Shown::Content);
        QCOMPARE(page->findChild<QLabel*>(u"metricBuyers"_s)->text(), QLocale().toString(figures.buyers));
        QVERIFY(page->findChild<QLabel*>(u"metricAvgCheck"_s)->text().contains(u"₽"_s));
        QCOMPARE(page->findChild<QLabel*>(u"dynamicsNet"_s)->text().isEmpty(), false);
        QCOMPARE(page->findChild<QLabel*>(u"metricInterestEvents"_s) != nullptr, segmentOf(sub) == Segment::Potential);
        QVERIFY(!visibleButtons(page, u"recommendedAction"_s).isEmpty());
        QTest::mouseClick(page->findChild<QPushButton*>(u"openPortrait"_s), Qt::LeftButton);
        QCOMPARE(w.window->currentPage(), u"portrait"_s);
        // The New sub-segment is the whole New segment in the portrait's chooser.
        QCOMPARE(qobject_cast<PortraitPage*>(w.window->page(u"portrait"_s))->audienceKey(),
                 code == u"new"_s ? u"segment:new"_s : u"subsegment:"_s + code);
    }

    void dashboardPages_showWholeTitles_STA3_data()
    {
        addDashboardPageRows();
    }
    void dashboardPages_showWholeTitles_STA3()
    {
        // English; tst_app_translations checks the same in Russian. S1's key segment is Regular,
        // whose card also holds the "Key segment" badge.
        QFETCH(QString, pageId);
        Window w = openWindow(u"S1"_s, pageId);
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QCOMPARE(w.window->size(), QSize(1440, 900));
        QWidget* page = w.window->page(pageId);
        if (showsContent(page))
            QVERIFY(!page->findChildren<ElidedLabel*>().isEmpty());
        const QStringList elided = elidedTexts(page);
        QVERIFY2(elided.isEmpty(), qPrintable(u"Elided: "_s + elided.join(u", "_s)));
    }

    void home_promoCard_whileNoCommunication_HOM1()
    {
        Window w = openWindow(u"S2"_s, u"home"_s);
        QCOMPARE(w.models.dashboard->data().communications, 0);
        QVERIFY(w.window->page(u"home"_s)->findChild<QFrame*>(u"promoCard"_s));
    }

    void emptySeller_showsEmptyStateEverywhere_STA2()
    {
        Window w = openWindow(u"S5"_s, u"home"_s);
        QCOMPARE(w.models.dashboard->state(), DashboardModel::State::Empty);
        for (const QString& id : { u"home"_s, u"segments"_s, u"segment:top"_s }) {
            w.window->showPage(id);
            auto* page = qobject_cast<DashboardPage*>(w.window->page(id));
            QCOMPARE(page->states()->shown(), PageStateStack::Shown::Empty);
            QVERIFY(!page->createButton()->isVisible());
            QVERIFY(!page->states()->emptyPanel()->title().isEmpty());
        }
    }

    void errorState_retryReadsTheCacheAgain_STA2()
    {
        Window w = openWindow(u"S1"_s, u"home"_s);
        auto* page = qobject_cast<DashboardPage*>(w.window->page(u"home"_s));
        // A loader that fails once (the cache could not be read), then reads the real cache.
        CacheDb* cache = w.models.cache.get();
        int calls = 0;
        w.models.dashboard->setLoader([cache, &calls] {
            if (++calls == 1)
                return DashboardLoad{ std::nullopt, u"database disk image is malformed"_s };
            return DashboardRepository::load(*cache);
        });
        w.models.dashboard->reload();
        QCOMPARE(page->states()->shown(), PageStateStack::Shown::Error);
        QVERIFY(page->states()->errorPanel()->text().contains(u"malformed"_s));
        QSignalSpy retry(w.models.dashboard.get(), &DashboardModel::retryRequested);
        auto* button = page->findChild<QPushButton*>(u"retryButton"_s);
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(page->states()->shown(), PageStateStack::Shown::Content);
    }

    void loading_showsSkeletonOnlyAfterOneSecond_STA2()
    {
        Window w = openWindow(u"S1"_s, u"home"_s);
        auto* page = qobject_cast<DashboardPage*>(w.window->page(u"home"_s));
        w.models.dashboard->setLoader([] { return DashboardLoad{}; }); // nothing cached yet
        w.models.status->startSync();
        w.models.dashboard->reload();
        QCOMPARE(page->states()->shown(), PageStateStack::Shown::Blank);
        QTest::qWait(600);
        QCOMPARE(page->states()->shown(), PageStateStack::Shown::Blank);
        QTRY_COMPARE_WITH_TIMEOUT(page->states()->shown(), PageStateStack::Shown::Skeleton, 1500);
        QVERIFY(page->findChild<QWidget*>(u"skeleton"_s)->isVisible());
    }

    void offline_showsCacheAgeBanner_STA2()
    {
        Window w = openWindow(u"S1"_s, u"segments"_s);
        auto* page = qobject_cast<DashboardPage*>(w.window->page(u"segments"_s));
        QVERIFY(!page->offlineBanner()->isVisible());
        w.models.status->setLastSync(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
        w.models.status->failSync(u"connection refused"_s, true);
        QVERIFY(page->offlineBanner()->isVisible());
        QVERIFY(page->offlineBanner()->text().contains(u"3 h ago"_s));
        QCOMPARE(page->states()->shown(), PageStateStack::Shown::Content); // cached data stays
        QCOMPARE(w.window->syncStatusBar()->connectionText(), u"Offline"_s);
        w.models.status->finishSync(QDateTime::currentDateTimeUtc());
        QVERIFY(!page->offlineBanner()->isVisible());
        QCOMPARE(w.window->syncStatusBar()->connectionText(), u"Online"_s);
        QCOMPARE(w.window->syncStatusBar()->lastSyncText(), u"Last sync just now"_s);
    }

    void snapshotMode_disablesEverySendingAction_SYN4()
    {
        Window w = openWindow(u"S2"_s, u"home"_s);
        w.models.status->setReadOnly(true);
        w.window->setSnapshotBanner(u"Support snapshot"_s);
        for (const QString& id : { u"home"_s, u"segments"_s, u"segment:top"_s, u"segment:loyal"_s }) {
            w.window->showPage(id);
            auto* page = qobject_cast<DashboardPage*>(w.window->page(id));
            page->refresh();
            QVERIFY(!page->createButton()->isEnabled());
            int actions = 0;
            for (const char* name : { "recommendedAction", "premiumAction" }) {
                for (QPushButton* b : page->findChildren<QPushButton*>(QString::fromLatin1(name))) {
                    QVERIFY2(!b->isEnabled(), qPrintable(id + u' ' + b->text()));
                    QVERIFY(!b->toolTip().isEmpty());
                    ++actions;
                }
            }
            QVERIFY2(actions > 0, qPrintable(id));
        }
        QVERIFY(w.window->findChild<Banner*>(u"snapshotBanner"_s)->isVisible());
        QCOMPARE(w.window->syncStatusBar()->connectionText(), u"Read-only snapshot"_s);
        QVERIFY(!w.window->findChild<QAction*>(u"exportSnapshotAction"_s)->isEnabled());
        QVERIFY(!w.window->findChild<QAction*>(u"syncNowAction"_s)->isEnabled());
    }

    void mountedPages_eachNavEntryShowsItsPageWithData()
    {
        Window w = openWindow(u"S1"_s, u"home"_s);
        const CacheDb& cache = *w.models.cache;
        const auto click = [&](const QString& id) {
            QTest::mouseClick(w.window->navigation()->button(id), Qt::LeftButton);
            QCOMPARE(w.window->currentPage(), id);
            QVERIFY(w.window->page(id)->isVisible());
        };
        click(u"segments"_s);
        QVERIFY(qobject_cast<SegmentsPage*>(w.window->page(u"segments"_s)));

        click(u"buyers"_s);
        auto* buyers = qobject_cast<BuyersPage*>(w.window->page(u"buyers"_s));
        QVERIFY(buyers);
        const qint64 withOrders = count(cache, u"SELECT COUNT(*) FROM buyers WHERE last_order IS NOT NULL"_s);
        QVERIFY(withOrders > 0);
        QTRY_COMPARE(qint64(buyers->pages()->rowCount()), std::min<qint64>(withOrders, 50));
        QTRY_VERIFY(buyers->totalLabel()->text().contains(QLocale().toString(withOrders)));

        click(u"communications"_s);
        auto* communications = qobject_cast<CommunicationsPage*>(w.window->page(u"communications"_s));
        QVERIFY(communications);
        const qint64 sent = count(cache, u"SELECT COUNT(*) FROM communications"_s);
        QVERIFY(sent > 0);
        QTRY_COMPARE(qint64(communications->pages()->rowCount()), sent);

        click(u"portrait"_s);
        auto* portrait = qobject_cast<PortraitPage*>(w.window->page(u"portrait"_s));
        QVERIFY(portrait);
        QTRY_COMPARE(portrait->states()->shown(), PageStateStack::Shown::Content);
        auto* reach = portrait->findChild<QLabel*>(u"reachValue"_s);
        // The chooser starts at "All your buyers in 90 days": Regular and New.
        const qint64 own = count(cache, u"SELECT COUNT(*) FROM buyers WHERE segment IN ('regular', 'new')"_s);
        QVERIFY(own > 0);
        QTRY_COMPARE(reach->text(), QLocale().toString(own));

        click(u"home"_s);
        QVERIFY(qobject_cast<HomePage*>(w.window->page(u"home"_s)));
    }

    void segmentPage_entriesOpenBuyersAndPortraitFiltered_SEG4()
    {
        Window w = openWindow(u"S1"_s, u"segment:top"_s);
        const qint64 top = count(*w.models.cache, u"SELECT COUNT(*) FROM buyers WHERE subsegment = 'top'"_s);
        QVERIFY(top > 0);
        auto* segment = w.window->page(u"segment:top"_s);
        QTest::mouseClick(segment->findChild<QPushButton*>(u"openBuyers"_s), Qt::LeftButton);
        QCOMPARE(w.window->currentPage(), u"buyers"_s);
        auto* buyers = qobject_cast<BuyersPage*>(w.window->page(u"buyers"_s));
        QTRY_COMPARE(qint64(buyers->pages()->rowCount()), top);
        for (int row = 0; row < buyers->pages()->rowCount(); ++row) {
            const QString id = buyers->pages()->index(row, 0).data(PagedSqlModel::IdRole).toString();
            QCOMPARE(count(*w.models.cache, u"SELECT COUNT(*) FROM buyers WHERE id = '%1' AND subsegment = 'top'"_s.arg(id)), 1);
        }
        QVERIFY(!buyers->tags()->findChildren<QWidget*>().isEmpty());

        w.window->showPage(u"segment:top"_s);
        QTest::mouseClick(segment->findChild<QPushButton*>(u"openPortrait"_s), Qt::LeftButton);
        QCOMPARE(w.window->currentPage(), u"portrait"_s);
        auto* portrait = qobject_cast<PortraitPage*>(w.window->page(u"portrait"_s));
        QCOMPARE(portrait->audienceKey(), u"subsegment:top"_s);
        QTRY_COMPARE(portrait->findChild<QLabel*>(u"reachValue"_s)->text(), QLocale().toString(top));
    }

    void communications_repeatOpensTheWizardFilled_COM6()
    {
        Window w = openWindow(u"S1"_s, u"communications"_s);
        QPushButton* repeat = firstRowAction(w, u"repeatCommunication"_s);
        QVERIFY(repeat);
        QTest::mouseClick(repeat, Qt::LeftButton);
        const QJsonObject opened = openedWizard(w);
        QCOMPARE(opened.value(u"audience"_s)[u"subsegments"_s].toArray(), QJsonArray{ u"top"_s });
        QCOMPARE(opened.value(u"offer"_s)[u"type"_s].toString(), u"product_promotion"_s);
        QCOMPARE(opened.value(u"format"_s)[u"text"_s].toString(), m_sentText);
    }

    void communications_deleteGoesThroughTheOutbox_COM6()
    {
        Window w = openWindow(u"S1"_s, u"communications"_s);
        // The outbox over a copy of the cache, as the app's composition root sets it.
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        QVERIFY(QFile::copy(m_fixture.cachePath(u"S1"_s), copy));
        auto writable = CacheDb::open(copy, u"outbox-test"_s);
        QVERIFY2(writable, qPrintable(writable ? QString() : writable.error()));
        Outbox outbox(*writable.value());
        QStringList deleted;
        w.window->setDeleteHandler([&](const QString& id) {
            deleted << id;
            return outbox.enqueueDeleteCommunication(id);
        });
        ConfirmDialog::setHandler([](const QString&, const QString&) { return true; });
        QPushButton* remove = firstRowAction(w, u"deleteCommunication"_s);
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        ConfirmDialog::setHandler({});
        QCOMPARE(deleted.size(), 1);
        QList<OutboxEntry> entries = outbox.entries(); // the fixture's sent create, then the delete
        entries.removeIf([](const OutboxEntry& entry) { return entry.state != u"waiting"_s; });
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().op, QString::fromLatin1(Outbox::deleteOp));
        QCOMPARE(entries.constFirst().targetId, deleted.constFirst());
    }

    void snapshotMode_disablesSendingOnBuyersCommunicationsPortrait_SYN4()
    {
        Window w = openWindow(u"S1"_s, u"home"_s);
        w.models.status->setReadOnly(true);
        w.window->setSnapshotBanner(u"Support snapshot"_s);
        w.window->setDeleteHandler([](const QString&) { return Outcome<Done>(Done{}); });
        for (const QString& id : { u"buyers"_s, u"communications"_s }) {
            w.window->showPage(id);
            auto* create = w.window->page(id)->findChild<QPushButton*>(u"createCommunication"_s);
            QVERIFY2(create && !create->isEnabled(), qPrintable(id));
            QTest::mouseClick(create, Qt::LeftButton);
            QVERIFY(!w.window->findChild<WizardPage*>());
        }
        auto* communications = qobject_cast<CommunicationsPage*>(w.window->page(u"communications"_s));
        QTRY_VERIFY(communications->pages()->rowCount() > 0);
        communications->table()->selectRow(0);
        QVERIFY(communications->findChild<QPushButton*>(u"openDetails"_s)->isEnabled()); // reading stays
        for (const QString& name : { u"repeatCommunication"_s, u"deleteCommunication"_s }) {
            auto* button = communications->findChild<QPushButton*>(name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY(!button->toolTip().isEmpty());
        }
        QVERIFY(!w.window->repeatCommunication(communications->pages()->index(0, 0).data(PagedSqlModel::IdRole).toString()));
        QVERIFY(!w.window->findChild<WizardPage*>());
        w.window->showPage(u"portrait"_s);
        for (QPushButton* button : w.window->page(u"portrait"_s)->findChildren<QPushButton*>()) {
            const QString name = button->objectName();
            const bool sends = name.contains(u"create"_s, Qt::CaseInsensitive) || name.contains(u"send"_s, Qt::CaseInsensitive);
            QVERIFY2(!sends || !button->isEnabled(), qPrintable(name));
        }
    }

    void longNames_areElidedWithTooltip_STA3()
    {
        Window w = openWindow(u"S2"_s, u"home"_s);
        auto* seller = w.window->findChild<ElidedLabel*>(u"brandSeller"_s);
        QVERIFY(seller);
        QTRY_VERIFY(seller->isElided());
        QVERIFY(seller->text().endsWith(QChar(0x2026)));
        QCOMPARE(seller->toolTip(), w.models.dashboard->data().seller.name);
    }

    void numbers_areRightAligned_STA3()
    {
        Window w = openWindow(u"S1"_s, u"segments"_s);
        auto* page = w.window->page(u"segments"_s);
        const auto counts = page->findChildren<QLabel*>(QRegularExpression(u"^keySubSegmentBuyers_"_s));
        QCOMPARE(counts.size(), 3);
        int right = -1;
        for (QLabel* label : counts) {
            QVERIFY(label->alignment() & Qt::AlignRight);
            const int edge = label->mapTo(page, QPoint(label->width(), 0)).x();
            if (right >= 0)
                QCOMPARE(edge, right);
            right = edge;
        }
    }

    void toasts_closeAfterFiveSeconds_hoverHolds_STA2()
    {
        QWidget host;
        host.resize(800, 600);
        host.show();
        Toast* toast = Toast::show(&host, u"Saved"_s);
        QPointer<Toast> guard(toast);
        QVERIFY(!toast->closeButton()->isVisible());
        QVERIFY2(toast->remainingMs() > 4000 && toast->remainingMs() <= Toast::lifetimeMs,
                 qPrintable(QString::number(toast->remainingMs())));
        QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
        QApplication::sendEvent(toast, &enter);
        QVERIFY(toast->isHeld());
        QVERIFY(toast->closeButton()->isVisible());
        QCOMPARE(toast->remainingMs(), 0);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(toast, &leave);
        QVERIFY(!toast->isHeld());
        QVERIFY(toast->remainingMs() > 4000);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 7000);
    }

    void tooltips_appearAfter300ms_STA2()
    {
        QWidget w;
        QCOMPARE(w.style()->styleHint(QStyle::SH_ToolTip_WakeUpDelay, nullptr, &w), 300);
    }

    void navigation_andLastPage_persist()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"s.ini"_s);
        AppTestFixture::Models models = m_fixture.open(u"S1"_s);
        {
            AppSettings settings(ini);
            QCOMPARE(settings.version(), AppSettings::currentVersion);
            QCOMPARE(settings.lastPage(), u"home"_s);
            MainWindow window(models.dashboard.get(), &settings);
            window.show();
            window.restoreLastPage();
            QCOMPARE(window.currentPage(), u"home"_s);
            QTest::mouseClick(window.findChild<QToolButton*>(u"nav_segments"_s), Qt::LeftButton);
            QCOMPARE(window.currentPage(), u"segments"_s);
            QTest::mouseClick(window.findChild<QToolButton*>(u"nav_buyers"_s), Qt::LeftButton);
            // No cache given yet: the page waits in the loading state.
            QVERIFY(qobject_cast<PageStateStack*>(window.page(u"buyers"_s)));
            window.showPage(u"segment:at_risk"_s);
            QVERIFY(window.findChild<QToolButton*>(u"nav_segments"_s)->isChecked());
            window.resize(1300, 820);
            window.close();
        }
        AppSettings settings(ini);
        QCOMPARE(settings.lastPage(), u"segment:at_risk"_s);
        MainWindow again(models.dashboard.get(), &settings);
        again.restoreLastPage();
        QCOMPARE(again.currentPage(), u"segment:at_risk"_s);
        QCOMPARE(again.size(), QSize(1300, 820));
    }

};

QTEST_MAIN(TestAppPages)
#include "tst_app_pages.moc"
