#include "WizardFixture.h"
#include "WizardHarness.h"

#include "ApiError.h"
#include "CommunicationJson.h"
#include "components/Theme.h"
#include "components/Toast.h"
#include "wizard/FormatStep.h"
#include "wizard/GoalPage.h"
#include "wizard/ImageDropArea.h"
#include "wizard/ReviewDrawer.h"
#include "wizard/WizardGrab.h"
#include "wizard/StepHeader.h"
#include "wizard/SummaryPanel.h"
#include "wizard/WizardModel.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDir>
#include <QDateEdit>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class TestWizardPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void goalPageTabsAndPresets_WIZ1();
    void goalPageWithoutOwnBuyersOffersChangeSegment_WIZ1();
    void stepHeaderNotFilledAndClickability_WIZ2();
    void stickyHeaderAndSummaryWhileScrolling_WIZ2();
    void nextNeverDisabledHighlightsAndEditingClears_WIZ3();
    void audienceSegmentWithoutBuyersDisabled_WIZ4();

    void offerRules_WIZ5_data();
    void offerRules_WIZ5();
    void promoCodeNotUniqueAmongTheCachedOnes_WIZ5();
    void promotionPickerSearchFilterEmpty_WIZ5();
    void promoCodeAndInstallmentTooltips_WIZ5();
    void bonusLiveCostAndRecommendedRecipients_WIZ5();

    void offerFormatCombinations_WIZ6_data();
    void offerFormatCombinations_WIZ6();
    void placeholders_WIZ6_data();
    void placeholders_WIZ6();
    void mixedAudienceWarning_WIZ6();
    void mailingRules_WIZ6_data();
    void mailingRules_WIZ6();
    void sendCalendarDisablesDatesWithReason_WIZ6();
    void mailingImageChecks_WIZ6();
    void mailingRecipientsWithinQuotaLeft_WIZ6();
    void mailingSendDateRequiredAndSubscriptionEnd_WIZ6();
    void bannerUploadTypeAndSize_WIZ6();
    void bannerTargetRequired_WIZ6();
    void bannerPeriod_WIZ6();
    void livePreviewAndCounters_WIZ6();
    void bannerRules_WIZ6();
    void bannerProductPickerAndCreativeHistory_WIZ6();

    void changingOfferRevalidatesStep3_WIZ7();
    void reviewCancelKeepsEverythingConfirmQueues_WIZ7_WIZ8();
    void recommendedActionOpensStep3_WIZ2_SEG8();
    void draftSurvivesRestartOfTheWindow_WIZ9();
    void draftsListedOnTheGoalPageReopenWhereLeft_WIZ9();

    void repeatFillsTheWizardFromTheCachedRow_COM6();
    void repeatOfAnOldMailingFlagsThePastSendDate_COM6_WIZ6();
    void repeatOfAMissingCommunicationNamesIt_COM6();
    void rejectedFieldsOfTheOutboxReason_WIZ8();

    void grabRendersEveryStatePrefilled();

private:
    // A communication as the sync writes it into the cache (`content` holds the format).
    static bool insertCommunication(CacheDb& cache, const QString& id, const Communication& communication);
    static Communication winterMailing();
};

void TestWizardPage::goalPageTabsAndPresets_WIZ1()
{
    WizardHarness h;
    QVERIFY(h.ok());
    QVERIFY(h.page()->isOnGoalPage());
    auto* tabs = h.find<QTabBar>(u"goalTabs"_s);
    QCOMPARE(tabs->count(), 2);
    QVERIFY(h.find<QPushButton>(u"preset_top"_s)->isVisible());
    tabs->setCurrentIndex(GoalPage::growTab);
    QTRY_VERIFY(h.find<QPushButton>(u"preset_sleeping"_s)->isVisible());
    // A Potential sub-segment without buyers is disabled and says why.
    QVERIFY(!h.find<QPushButton>(u"preset_interested_categories"_s)->isEnabled());
    QVERIFY(!h.find<QPushButton>(u"preset_interested_categories"_s)->toolTip().isEmpty());
    QVERIFY(h.click(u"preset_sleeping"_s));
    QVERIFY(!h.page()->isOnGoalPage());
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QCOMPARE(h.model()->communication().offer.type, OfferType::Bonuses);
    QCOMPARE(h.model()->goal(), u"grow"_s);
}

void TestWizardPage::goalPageWithoutOwnBuyersOffersChangeSegment_WIZ1()
{
    WizardContext context = WizardFixture::context();
    for (SegmentFigures& row : context.segmentation.rows)
        if (row.segment != u"potential"_s)
            row.buyers = 0;
    WizardHarness h(context);
    QVERIFY(h.ok());
    auto* tabs = h.find<QTabBar>(u"goalTabs"_s);
    tabs->setCurrentIndex(GoalPage::retainTab);
    QTRY_VERIFY(h.find<QPushButton>(u"changeSegment"_s)->isVisible());
    QVERIFY(h.click(u"changeSegment"_s));
    QCOMPARE(tabs->currentIndex(), GoalPage::growTab);
}

void TestWizardPage::stepHeaderNotFilledAndClickability_WIZ2()
{
    WizardHarness h;
    QVERIFY(h.click(u"createFromScratch"_s));
    StepHeader* header = h.page()->header();
    QVERIFY(header->stepButton(1)->text().contains(u"Not filled"_s));
    QVERIFY(header->stepButton(2)->text().contains(u"Not filled"_s));
    QVERIFY(!header->stepButton(1)->isEnabled());
    QVERIFY(!header->stepButton(2)->isEnabled());
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(header->stepButton(0)->text().contains(u"All your buyers in 90 days"_s));
    QVERIFY(header->stepButton(1)->isEnabled());
    QVERIFY(!header->stepButton(2)->isEnabled());
    // A confirmed step can be revisited.
    QTest::mouseClick(header->stepButton(0), Qt::LeftButton);
    QCOMPARE(h.model()->currentStep(), 0);
}

void TestWizardPage::stickyHeaderAndSummaryWhileScrolling_WIZ2()
{
    WizardHarness h;
    h.page()->resize(1280, 520); // small, so step 3 scrolls
    QVERIFY(h.reachFormatStep(u"order_discount"_s));
    QVERIFY(h.click(u"formatMailing"_s));
    QScrollArea* scroll = h.page()->scrollArea();
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    const auto top = [&h](QWidget* w) { return w->mapTo(h.page(), QPoint(0, 0)).y(); };
    QWidget* header = h.page()->header();
    QWidget* summary = h.page()->summary();
    const int headerTop = top(header);
    const int summaryTop = top(summary);
    QCOMPARE(summaryTop - (headerTop + header->height()), SummaryPanel::gapBelowHeader);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    QCOMPARE(top(header), headerTop);
    QCOMPARE(top(summary), summaryTop);
    // The step content did move.
    QVERIFY(top(h.find<QWidget>(u"formatMailing"_s)) < headerTop + header->height());
}

void TestWizardPage::nextNeverDisabledHighlightsAndEditingClears_WIZ3()
{
    WizardHarness h;
    QVERIFY(h.click(u"createFromScratch"_s));
    QVERIFY(h.click(u"nextButton"_s));
    auto* next = h.find<QPushButton>(u"nextButton"_s);
    QVERIFY(next->isEnabled());
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->currentStep(), 1);
    QVERIFY(!h.errorText(u"offer.type"_s).isEmpty());
    QVERIFY(h.click(u"offerType_order_discount"_s));
    QVERIFY(h.errorText(u"offer.type"_s).isEmpty());
    QVERIFY(next->isEnabled());
    QVERIFY(h.click(u"nextButton"_s));
    // Every missing field at once: the discount and the minimum order amount.
    QVERIFY(!h.errorText(u"offer.percent"_s).isEmpty());
    QVERIFY(!h.errorText(u"offer.min_order_kopecks"_s).isEmpty());
    QVERIFY(h.find<QWidget>(u"discountValue"_s)->property("invalid").toBool());
    QVERIFY(h.type(u"discountValue"_s, u"10"_s));
    QVERIFY(h.errorText(u"offer.percent"_s).isEmpty());
    QVERIFY(!h.find<QWidget>(u"discountValue"_s)->property("invalid").toBool());
    QVERIFY(!h.errorText(u"offer.min_order_kopecks"_s).isEmpty()); // untouched, still flagged
}

void TestWizardPage::audienceSegmentWithoutBuyersDisabled_WIZ4()
{
    WizardHarness h;
    QVERIFY(h.click(u"createFromScratch"_s));
    auto* empty = h.find<QAbstractButton>(u"audience_sub_interested_categories"_s);
    QVERIFY(!empty->isEnabled());
    QVERIFY(empty->toolTip().contains(u"No buyers"_s));
    QVERIFY(h.find<QAbstractButton>(u"audience_seg_regular"_s)->isChecked());
    QVERIFY(h.find<QAbstractButton>(u"audience_seg_new"_s)->isChecked());
    QVERIFY(!h.find<QWidget>(u"info_sub_top"_s)->toolTip().isEmpty());
    // Unchecking everything leaves no audience: Next flags it.
    QVERIFY(h.click(u"audience_seg_regular"_s));
    QVERIFY(h.click(u"audience_seg_new"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->currentStep(), 0);
    QVERIFY(!h.errorText(u"audience"_s).isEmpty());
    QVERIFY(h.click(u"audience_sub_top"_s));
    QVERIFY(h.errorText(u"audience"_s).isEmpty());
}

void TestWizardPage::offerRules_WIZ5_data()
{
    QTest::addColumn<QString>("offer");
    QTest::addColumn<QStringList>("edits"); // objectName=value, "!name" clicks
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString today = WizardFixture::today().toString(u"dd.MM.yyyy"_s);
    QTest::newRow("WIZ-5 percent above 90") << u"order_discount"_s << QStringList{ u"discountValue=91"_s, u"minOrder=1000"_s } << u"offer.percent"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 percent below 1") << u"order_discount"_s << QStringList{ u"discountValue=0"_s, u"minOrder=1000"_s } << u"offer.percent"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 amount not below the minimum order") << u"order_discount"_s << QStringList{ u"@discountUnit=1"_s, u"discountValue=1000"_s, u"minOrder=1000"_s } << u"offer.amount_kopecks"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 minimum order required") << u"order_discount"_s << QStringList{ u"discountValue=10"_s } << u"offer.min_order_kopecks"_s << u"required"_s;
    QTest::newRow("WIZ-5 start in the past") << u"order_discount"_s << QStringList{ u"discountValue=10"_s, u"minOrder=1000"_s, u"#offerStart=-1"_s } << u"offer.start"_s << u"date_in_past"_s;
    QTest::newRow("WIZ-5 end before start") << u"installments"_s << QStringList{ u"#offerStart=5"_s, u"#offerEnd=2"_s } << u"offer.end"_s << u"date_order"_s;
    QTest::newRow("WIZ-5 period over 90 days") << u"promo_code"_s << QStringList{ u"discountValue=10"_s, u"#offerEnd=90"_s } << u"offer.end"_s << u"period_too_long"_s;
    QTest::newRow("WIZ-5 typed code too short") << u"promo_code"_s << QStringList{ u"discountValue=10"_s, u"!codeTyped"_s, u"promoCode=AB1"_s } << u"offer.code"_s << u"too_short"_s;
    QTest::newRow("WIZ-5 typed code too long") << u"promo_code"_s << QStringList{ u"discountValue=10"_s, u"!codeTyped"_s, u"promoCode=ABCDEFGHIJKLMNOPQRSTU"_s } << u"offer.code"_s << u"too_long"_s;
    QTest::newRow("WIZ-5 typed code lower case") << u"promo_code"_s << QStringList{ u"discountValue=10"_s, u"!codeTyped"_s, u"promoCode=sale2026"_s } << u"offer.code"_s << u"invalid_value"_s;
    QTest::newRow("WIZ-5 bonuses below 50") << u"bonuses"_s << QStringList{ u"bonusesPerBuyer=49"_s } << u"offer.bonuses_per_buyer"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 bonuses above 10000") << u"bonuses"_s << QStringList{ u"bonusesPerBuyer=10001"_s } << u"offer.bonuses_per_buyer"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 recipients above the audience") << u"bonuses"_s << QStringList{ u"bonusRecipients=751"_s } << u"offer.recipients"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 recipients required") << u"bonuses"_s << QStringList{ u"bonusRecipients="_s } << u"offer.recipients"_s << u"required"_s;
    QTest::newRow("WIZ-5 promotion required") << u"promotion"_s << QStringList{} << u"offer.promotion_id"_s << u"required"_s;
    QTest::newRow("WIZ-5 discount required") << u"order_discount"_s << QStringList{ u"minOrder=1000"_s } << u"offer.percent"_s << u"required"_s;
    QTest::newRow("WIZ-5 amount at least 1 rouble") << u"order_discount"_s << QStringList{ u"@discountUnit=1"_s, u"discountValue=0"_s, u"minOrder=1000"_s } << u"offer.amount_kopecks"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 minimum order at least 1 rouble") << u"order_discount"_s << QStringList{ u"discountValue=10"_s, u"minOrder=0"_s } << u"offer.min_order_kopecks"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-5 installments start in the past") << u"installments"_s << QStringList{ u"#offerStart=-1"_s } << u"offer.start"_s << u"date_in_past"_s;
    QTest::newRow("WIZ-5 typed code required") << u"promo_code"_s << QStringList{ u"discountValue=10"_s, u"!codeTyped"_s, u"promoCode="_s } << u"offer.code"_s << u"required"_s;
    QTest::newRow("WIZ-5 bonuses required") << u"bonuses"_s << QStringList{ u"bonusesPerBuyer="_s } << u"offer.bonuses_per_buyer"_s << u"required"_s;
    QTest::newRow("WIZ-5 recipients at least 1") << u"bonuses"_s << QStringList{ u"bonusRecipients=0"_s } << u"offer.recipients"_s << u"out_of_range"_s;
    Q_UNUSED(today);
}

void TestWizardPage::offerRules_WIZ5()
{
    QFETCH(QString, offer);
    QFETCH(QStringList, edits);
    QFETCH(QString, field);
    QFETCH(QString, code);
    WizardHarness h;
    QVERIFY(h.click(u"createFromScratch"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"offerType_"_s + offer));
    for (const QString& edit : edits) {
        if (edit.startsWith(u'!')) {
            QVERIFY2(h.click(edit.mid(1)), qPrintable(edit));
        } else if (edit.startsWith(u'@')) {
            const QStringList parts = edit.mid(1).split(u'=');
            auto* combo = h.find<QComboBox>(parts[0]);
            combo->setCurrentIndex(parts[1].toInt());
            emit combo->activated(parts[1].toInt());
        } else if (edit.startsWith(u'#')) {
            const QStringList parts = edit.mid(1).split(u'=');
            auto* date = h.find<QDateEdit>(parts[0]);
            date->setDate(WizardFixture::today().addDays(parts[1].toInt()));
        } else {
            const qsizetype eq = edit.indexOf(u'=');
            QVERIFY2(h.type(edit.left(eq), edit.mid(eq + 1)), qPrintable(edit));
        }
    }
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->currentStep(), int(WizardModel::OfferStep));
    const FieldError* error = h.model()->error(field);
    QVERIFY2(error, qPrintable(field));
    QCOMPARE(error->code, code);
    QCOMPARE(h.errorText(field).isEmpty(), false);
    QVERIFY(h.errorText(field).contains(error->message));
}

void TestWizardPage::promoCodeNotUniqueAmongTheCachedOnes_WIZ5()
{
    // The codes come from the cache as the app loads them.
    QTemporaryDir dir;
    auto cache = CacheDb::open(dir.filePath(u"cache.sqlite"_s), u"wizard-codes"_s);
    QVERIFY2(cache.ok(), qPrintable(cache.error()));
    QVERIFY(WizardFixture::writeCache(*cache.value(), WizardFixture::context()));
    QVERIFY(insertCommunication(*cache.value(), u"C42"_s, winterMailing())); // code WINTER26
    QString error;
    const std::optional<WizardContext> context = WizardContext::load(*cache.value(), WizardFixture::today(), &error);
    QVERIFY2(context, qPrintable(error));
    QVERIFY(context->promoCodes.contains(u"WINTER26"_s));

    WizardHarness h(*context);
    QVERIFY(h.click(u"createFromScratch"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"offerType_promo_code"_s));
    QVERIFY(h.type(u"discountValue"_s, u"10"_s));
    QVERIFY(h.click(u"codeTyped"_s));
    QVERIFY(h.type(u"promoCode"_s, u"WINTER26"_s));
    QCOMPARE(h.nextFlags(u"offer.code"_s, u"not_unique"_s), QString());
    QCOMPARE(h.model()->currentStep(), int(WizardModel::OfferStep));
    QVERIFY(h.errorText(u"offer.code"_s).contains(u"WINTER26"_s));
}

void TestWizardPage::promotionPickerSearchFilterEmpty_WIZ5()
{
    {
        WizardHarness h;
        QVERIFY(h.click(u"createFromScratch"_s));
        QVERIFY(h.click(u"nextButton"_s));
        QVERIFY(h.click(u"offerType_promotion"_s));
        auto* list = h.find<QListWidget>(u"promotionList"_s);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"discount"_s)); // mechanic, period, status shown
        QVERIFY(h.type(u"promotionSearch"_s, u"black"_s));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"Black Friday"_s));
        QVERIFY(h.type(u"promotionSearch"_s, u"zzz"_s));
        QCOMPARE(list->count(), 0);
        QVERIFY(h.find<QLabel>(u"promotionsNoMatch"_s)->isVisible());
        QVERIFY(h.type(u"promotionSearch"_s, QString()));
        auto* status = h.find<QComboBox>(u"promotionStatusFilter"_s);
        status->setCurrentIndex(status->findData(u"active"_s));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"Winter sale"_s));
    }
    WizardContext context = WizardFixture::context();
    context.promotions.clear();
    WizardHarness h(context);
    QVERIFY(h.click(u"createFromScratch"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"offerType_promotion"_s));
    QVERIFY(h.find<QWidget>(u"promotionsEmpty"_s)->isVisible());
    QSignalSpy create(h.page(), &WizardPage::createPromotionRequested);
    QVERIFY(h.click(u"createPromotionLink"_s));
    QCOMPARE(create.count(), 1);
}

void TestWizardPage::promoCodeAndInstallmentTooltips_WIZ5()
{
    WizardHarness h;
    QVERIFY(h.click(u"createFromScratch"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"offerType_promo_code"_s));
    QVERIFY(h.find<QAbstractButton>(u"codeGenerate"_s)->isChecked()); // generated by default
    QVERIFY(h.find<QAbstractButton>(u"codeSingleUse"_s)->isChecked());
    for (const QString& name : { u"codeGenerate"_s, u"codeTyped"_s, u"codeSingleUse"_s, u"codeMultiUse"_s })
        QVERIFY2(!h.find<QWidget>(name)->toolTip().isEmpty(), qPrintable(name));
    QVERIFY(h.type(u"discountValue"_s, u"10"_s));
    QVERIFY(h.click(u"codeMultiUse"_s));
    QVERIFY(h.model()->communication().offer.generateCode);
    QCOMPARE(h.model()->communication().offer.singleUse, std::optional<bool>(false));
    QVERIFY(h.type(u"promoCode"_s, u"SALE2026"_s));
    QCOMPARE(h.model()->communication().offer.code, u"SALE2026"_s);
    QVERIFY(!h.model()->communication().offer.generateCode);
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));

    QTest::mouseClick(h.page()->header()->stepButton(1), Qt::LeftButton);
    QVERIFY(h.click(u"offerType_installments"_s));
    auto* term = h.find<QLineEdit>(u"installmentTerm"_s);
    QVERIFY(term->isVisible());
    QVERIFY(term->isReadOnly());
    QVERIFY(term->text().contains(u"6"_s));
    QVERIFY(term->toolTip().contains(u"6 months"_s));
}

void TestWizardPage::bonusLiveCostAndRecommendedRecipients_WIZ5()
{
    WizardHarness h;
    QVERIFY(h.click(u"createFromScratch"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"offerType_bonuses"_s));
    QCOMPARE(h.find<QLineEdit>(u"bonusesPerBuyer"_s)->text(), u"500"_s);
    auto* cost = h.find<QLabel>(u"bonusCost"_s);
    // 500 × 750 × 1 ₽ = 375 000 ₽, less Premium Plus 10 % and first campaign 15 %.
    QVERIFY2(cost->text().startsWith(u"₽281,250"_s) || cost->text().contains(u"281,250"_s), qPrintable(cost->text()));
    QVERIFY(cost->toolTip().contains(u"Subscription discount"_s));
    QVERIFY(cost->toolTip().contains(u"First campaign discount"_s));
    QVERIFY(h.type(u"bonusesPerBuyer"_s, u"1000"_s));
    // 750 000 bonuses also earn the 5 % volume discount: 30 %, the cap.
    QTRY_VERIFY2(cost->text().contains(u"525,000"_s), qPrintable(cost->text()));
    QVERIFY(h.find<QLabel>(u"summaryCost"_s)->text().contains(u"525,000"_s));
    QVERIFY(h.find<QLabel>(u"bonusRecommended"_s)->text().contains(u"600"_s)); // 80 % of 750
    QVERIFY(h.click(u"useRecommendedRecipients"_s));
    QCOMPARE(h.model()->communication().offer.bonusRecipients, std::optional<int>(600));
}

void TestWizardPage::offerFormatCombinations_WIZ6_data()
{
    QTest::addColumn<QString>("offer");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("allowed");
    for (const QString& offer : { u"promotion"_s, u"order_discount"_s, u"promo_code"_s, u"installments"_s, u"bonuses"_s,
                                 u"product_promotion"_s })
        for (const QString& format : { u"mailing"_s, u"banner"_s })
            QTest::newRow(qPrintable(u"WIZ-6 %1 × %2"_s.arg(offer, format)))
                << offer << format << !(offer == u"bonuses"_s && format == u"banner"_s);
}

void TestWizardPage::offerFormatCombinations_WIZ6()
{
    QFETCH(QString, offer);
    QFETCH(QString, format);
    QFETCH(bool, allowed);
    WizardHarness h;
    QVERIFY(h.reachFormatStep(offer));
    if (!allowed) {
        QVERIFY(h.click(u"formatBanner"_s));
        QVERIFY(h.find<QWidget>(u"formatPlaceholder"_s)->isVisible());
        QVERIFY(!h.find<QLabel>(u"formatPlaceholderText"_s)->text().isEmpty());
        QVERIFY(h.click(u"nextButton"_s));
        QVERIFY(h.model()->error(u"format.type"_s));
        QVERIFY(!h.page()->review()->isVisible());
        return;
    }
    QVERIFY(h.fillFormat(offer, format));
    QVERIFY(!h.find<QWidget>(u"formatPlaceholder"_s)->isVisible());
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY2(h.model()->errors().isEmpty(),
             qPrintable(h.model()->errors().isEmpty() ? QString() : h.model()->errors().first().field + u' ' + h.model()->errors().first().message));
    QTRY_VERIFY(h.page()->review()->isVisible());
    QSignalSpy submitted(h.page(), &WizardPage::submitted);
    QVERIFY(h.click(u"reviewConfirm"_s));
    QCOMPARE(submitted.count(), 1);
    const QList<OutboxEntry> entries = h.outbox().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().body.value(u"offer"_s).toObject().value(u"type"_s).toString(), offer);
    QCOMPARE(entries.first().body.value(u"format"_s).toObject().value(u"type"_s).toString(), format);
    QVERIFY(communicationFromJson(entries.first().body).ok());
}

void TestWizardPage::placeholders_WIZ6_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("quotaLeft");
    QTest::addColumn<QString>("audience"); // segment code ticked alone, empty = default
    QTest::addColumn<QString>("offer");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected"); // part of the placeholder text
    QTest::newRow("WIZ-6 mailing needs Premium Plus") << u"none"_s << 0 << QString() << u"order_discount"_s << u"mailing"_s << u"Premium Plus"_s;
    QTest::newRow("WIZ-6 mailing quota used up") << u"premium_plus"_s << 0 << QString() << u"order_discount"_s << u"mailing"_s << u"renews on"_s;
    QTest::newRow("WIZ-6 mailing not for Potential only") << u"premium_plus"_s << 20000 << u"potential"_s << u"product_promotion"_s << u"mailing"_s << u"banner"_s;
    QTest::newRow("WIZ-6 banner not for bonuses") << u"premium_plus"_s << 20000 << QString() << u"bonuses"_s << u"banner"_s << u"onus"_s;
    QTest::newRow("WIZ-6 Premium Plus ended") << u"ended"_s << 20000 << QString() << u"order_discount"_s << u"mailing"_s << u"ended on"_s;
}

void TestWizardPage::placeholders_WIZ6()
{
    QFETCH(QString, plan);
    QFETCH(int, quotaLeft);
    QFETCH(QString, audience);
    QFETCH(QString, offer);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    WizardContext context = WizardFixture::context(plan == u"ended"_s ? u"premium_plus"_s : plan);
    context.seller.quotaLeft = quotaLeft;
    if (plan == u"ended"_s)
        context.seller.subscriptionEnd = WizardFixture::today().addDays(-1);
    WizardHarness h(context);
    QVERIFY(h.click(u"createFromScratch"_s));
    if (!audience.isEmpty()) {
        QVERIFY(h.click(u"audience_seg_regular"_s));
        QVERIFY(h.click(u"audience_seg_new"_s));
        QVERIFY(h.click(u"audience_seg_"_s + audience));
    }
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"offerType_"_s + offer));
    if (offer == u"order_discount"_s)
        QVERIFY(h.type(u"discountValue"_s, u"10"_s) && h.type(u"minOrder"_s, u"1000"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QVERIFY(h.click(format == u"mailing"_s ? u"formatMailing"_s : u"formatBanner"_s));
    auto* placeholder = h.find<QWidget>(u"formatPlaceholder"_s);
    QVERIFY(placeholder->isVisible());
    const QString text = h.find<QLabel>(u"formatPlaceholderText"_s)->text();
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(!h.find<QWidget>(u"mailingPage"_s)->isVisible());
    if (format == u"mailing"_s) {
        QVERIFY(h.click(u"useBannerInstead"_s));
        QCOMPARE(h.model()->communication().format.type, FormatType::Banner);
    }
}

void TestWizardPage::mixedAudienceWarning_WIZ6()
{
    WizardHarness h;
    QVERIFY(h.click(u"createFromScratch"_s));
    QVERIFY(h.click(u"audience_seg_potential"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"offerType_product_promotion"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"formatMailing"_s));
    auto* warning = h.find<QLabel>(u"formatWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"750"_s), qPrintable(warning->text()));
    QVERIFY(h.find<QLabel>(u"mailingRecipientsHint"_s)->text().contains(u"750"_s));
}

void TestWizardPage::mailingRules_WIZ6_data()
{
    QTest::addColumn<QString>("recipients");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString okText = u"Winter deals for you"_s;
    QTest::newRow("WIZ-6 recipients above own buyers") << u"751"_s << QString() << okText << u"format.recipients"_s << u"out_of_range"_s;
    QTest::newRow("WIZ-6 recipients required") << QString() << QString() << okText << u"format.recipients"_s << u"required"_s;
    QTest::newRow("WIZ-6 title over 50") << u"10"_s << QString(51, u'T') << okText << u"format.title"_s << u"too_long"_s;
    QTest::newRow("WIZ-6 text under 10") << u"10"_s << QString() << u"Too short"_s << u"format.text"_s << u"too_short"_s;
    QTest::newRow("WIZ-6 text over 300") << u"10"_s << QString() << QString(301, u'x') << u"format.text"_s << u"too_long"_s;
    QTest::newRow("WIZ-6 text required") << u"10"_s << QString() << QString() << u"format.text"_s << u"required"_s;
}

void TestWizardPage::mailingRules_WIZ6()
{
    QFETCH(QString, recipients);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, code);
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"promotion"_s));
    QVERIFY(h.click(u"formatMailing"_s));
    QVERIFY(h.type(u"mailingRecipients"_s, recipients));
    QVERIFY(h.type(u"mailingTitle"_s, title));
    QVERIFY(h.typeText(u"mailingText"_s, text));
    QVERIFY(h.clickSendDay(WizardFixture::today()));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(!h.page()->review()->isVisible());
    const FieldError* error = h.model()->error(field);
    QVERIFY2(error, qPrintable(field));
    QCOMPARE(error->code, code);
    QVERIFY(!h.errorText(field).isEmpty());
}

void TestWizardPage::sendCalendarDisablesDatesWithReason_WIZ6()
{
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"order_discount"_s)); // the discount ends today + 13
    QVERIFY(h.click(u"formatMailing"_s));
    FormatStep* step = h.page()->formatStep();
    QVERIFY(step->sendDayToolTip(WizardFixture::today().addDays(-1)).contains(u"past"_s));
    QVERIFY(step->sendDayToolTip(WizardFixture::today()).isEmpty());
    const QString after = step->sendDayToolTip(WizardFixture::today().addDays(14));
    QVERIFY2(after.contains(u"promotion"_s) || after.contains(u"offer"_s), qPrintable(after));
    // Clicking a disabled day keeps the chosen one and explains why.
    QVERIFY(h.clickSendDay(WizardFixture::today().addDays(2)));
    QVERIFY(h.clickSendDay(WizardFixture::today().addDays(20)));
    QCOMPARE(h.model()->communication().format.mailing.sendDate, WizardFixture::today().addDays(2));
    QVERIFY(!h.find<QLabel>(u"sendDateHint"_s)->text().isEmpty());
    QCOMPARE(h.find<QCalendarWidget>(u"sendCalendar"_s)->selectedDate(), WizardFixture::today().addDays(2));
}

void TestWizardPage::mailingImageChecks_WIZ6()
{
    QTemporaryDir dir;
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"promotion"_s));
    QVERIFY(h.fillFormat(u"promotion"_s, u"mailing"_s));
    auto* drop = h.find<ImageDropArea>(u"mailingImageDrop"_s);
    drop->takeFile(WizardFixture::writePng(dir, 900, 450)); // too small
    QCOMPARE(h.nextFlags(u"format.image"_s, u"image_dimensions"_s), QString());
    drop->takeFile(WizardFixture::writePng(dir, 1300, 500)); // not 2:1
    QVERIFY(h.errorText(u"format.image"_s).isEmpty()); // editing clears
    QCOMPARE(h.nextFlags(u"format.image"_s, u"image_dimensions"_s), QString());
    drop->takeFile(WizardFixture::writeImage(dir, 2000, 1000, "BMP"));
    QCOMPARE(h.nextFlags(u"format.image.mime"_s, u"image_type"_s, u"format.image"_s), QString());
    drop->takeFile(WizardFixture::writeImage(dir, 2000, 1000, "PNG", 11 * 1024 * 1024)); // over 10 MB
    QCOMPARE(h.nextFlags(u"format.image.bytes"_s, u"image_too_large"_s, u"format.image"_s), QString());
    drop->takeFile(WizardFixture::writePng(dir, 2000, 1000));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.model()->errors().isEmpty());
    QTRY_VERIFY(h.page()->review()->isVisible());
    QVERIFY(h.page()->review()->rowText(u"content"_s).contains(u"2000×1000"_s));
}

void TestWizardPage::mailingRecipientsWithinQuotaLeft_WIZ6()
{
    WizardContext context = WizardFixture::context();
    context.seller.quotaLeft = 100;
    WizardHarness h(context);
    QVERIFY(h.reachFormatStep(u"promotion"_s));
    QVERIFY(h.fillFormat(u"promotion"_s, u"mailing"_s));
    QVERIFY(h.type(u"mailingRecipients"_s, u"150"_s)); // within the 750 own buyers, over the quota
    QCOMPARE(h.nextFlags(u"format.recipients"_s, u"quota_exceeded"_s), QString());
    QVERIFY(h.errorText(u"format.recipients"_s).contains(u"100"_s));
}

void TestWizardPage::mailingSendDateRequiredAndSubscriptionEnd_WIZ6()
{
    WizardContext context = WizardFixture::context();
    context.seller.subscriptionEnd = WizardFixture::today().addDays(5);
    WizardHarness h(context);
    QVERIFY(h.reachFormatStep(u"promotion"_s));
    QVERIFY(h.click(u"formatMailing"_s));
    QVERIFY(h.type(u"mailingRecipients"_s, u"100"_s));
    QVERIFY(h.typeText(u"mailingText"_s, u"Winter deals for you"_s));
    QCOMPARE(h.nextFlags(u"format.send_date"_s, u"required"_s), QString());
    // Days after the subscription's end are disabled and say so; a click keeps no date.
    const QString after = h.page()->formatStep()->sendDayToolTip(WizardFixture::today().addDays(6));
    QVERIFY2(after.contains(u"subscription"_s, Qt::CaseInsensitive), qPrintable(after));
    QVERIFY(h.clickSendDay(WizardFixture::today().addDays(6)));
    QVERIFY(!h.model()->communication().format.mailing.sendDate.isValid());
    QVERIFY(h.clickSendDay(WizardFixture::today().addDays(5)));
    QVERIFY(h.errorText(u"format.send_date"_s).isEmpty());
}

void TestWizardPage::bannerUploadTypeAndSize_WIZ6()
{
    QTemporaryDir dir;
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"promotion"_s));
    QVERIFY(h.click(u"formatBanner"_s));
    QVERIFY(h.type(u"dailyBudget"_s, u"1000"_s));
    QVERIFY(h.click(u"creativeUploaded"_s));
    QVERIFY(h.type(u"legalText"_s, u"Seller: Gadget Shop LLC"_s));
    auto* drop = h.find<ImageDropArea>(u"creativeDrop"_s);
    drop->takeFile(WizardFixture::writeImage(dir, 1200, 400, "BMP"));
    QCOMPARE(h.nextFlags(u"format.image.mime"_s, u"image_type"_s, u"format.image"_s), QString());
    drop->takeFile(WizardFixture::writeImage(dir, 1200, 400, "PNG", 6 * 1024 * 1024)); // over 5 MB
    QCOMPARE(h.nextFlags(u"format.image.bytes"_s, u"image_too_large"_s, u"format.image"_s), QString());
    drop->takeFile(WizardFixture::writeImage(dir, 1200, 400, "PNG"));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.model()->errors().isEmpty());
}

void TestWizardPage::bannerTargetRequired_WIZ6()
{
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"product_promotion"_s));
    QVERIFY(h.click(u"formatBanner"_s));
    QVERIFY(h.type(u"dailyBudget"_s, u"1000"_s));
    QCOMPARE(h.nextFlags(u"format.target"_s, u"required"_s), QString());
    QVERIFY(h.click(u"targetProduct"_s));
    QCOMPARE(h.nextFlags(u"format.target.id"_s, u"required"_s), QString());
}

void TestWizardPage::bannerPeriod_WIZ6()
{
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"product_promotion"_s));
    QVERIFY(h.fillFormat(u"product_promotion"_s, u"banner"_s));
    h.find<QDateEdit>(u"bannerStart"_s)->setDate(WizardFixture::today().addDays(-1));
    QCOMPARE(h.nextFlags(u"format.start"_s, u"date_in_past"_s), QString());
    h.find<QDateEdit>(u"bannerStart"_s)->setDate(WizardFixture::today().addDays(10));
    h.find<QDateEdit>(u"bannerEnd"_s)->setDate(WizardFixture::today().addDays(5));
    QCOMPARE(h.nextFlags(u"format.end"_s, u"date_order"_s), QString());
}

void TestWizardPage::livePreviewAndCounters_WIZ6()
{
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"promotion"_s));
    QVERIFY(h.click(u"formatMailing"_s));
    QVERIFY(h.type(u"mailingTitle"_s, u"Winter"_s));
    QVERIFY(h.typeText(u"mailingText"_s, u"Everything is cheaper"_s));
    QCOMPARE(h.find<QLabel>(u"mailingTitleCounter"_s)->text(), u"6 / 50"_s);
    QCOMPARE(h.find<QLabel>(u"mailingTextCounter"_s)->text(), u"21 / 300"_s);
    QVERIFY(h.find<QLabel>(u"pushPreview"_s)->text().contains(u"Everything is cheaper"_s));
    QVERIFY(h.find<QLabel>(u"chatPreview"_s)->text().contains(u"Winter"_s));
    QVERIFY(h.find<QLabel>(u"chatPreview"_s)->text().contains(u"Winter sale"_s)); // the link

    // With bonuses the text is a fixed template, read-only.
    QTest::mouseClick(h.page()->header()->stepButton(1), Qt::LeftButton);
    QVERIFY(h.click(u"offerType_bonuses"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.click(u"formatMailing"_s));
    QVERIFY(h.find<QLabel>(u"bonusTemplatePreview"_s)->isVisible());
    QVERIFY(h.find<QLabel>(u"bonusTemplatePreview"_s)->text().contains(u"500"_s));
    QVERIFY(!h.find<QWidget>(u"mailingText"_s)->isVisible());
    QVERIFY(h.find<QLabel>(u"targetFixed"_s)->text().contains(u"Store showcase"_s));
}

void TestWizardPage::bannerRules_WIZ6()
{
    QTemporaryDir dir;
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"promotion"_s));
    QVERIFY(h.click(u"formatBanner"_s));
    QVERIFY(h.find<QLabel>(u"targetFixed"_s)->text().contains(u"Winter sale"_s)); // fixed to the collection
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->error(u"format.creative"_s)->code, u"required"_s);
    QCOMPARE(h.model()->error(u"format.daily_budget_kopecks"_s)->code, u"required"_s);
    QVERIFY(h.type(u"dailyBudget"_s, u"499"_s));
    QVERIFY(h.click(u"creativeUploaded"_s));
    h.find<QDateEdit>(u"bannerEnd"_s)->setDate(QDate(2027, 1, 5)); // after the promotion's end
    h.find<ImageDropArea>(u"creativeDrop"_s)->takeFile(WizardFixture::writePng(dir, 1200, 401));
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->error(u"format.daily_budget_kopecks"_s)->code, u"out_of_range"_s);
    QCOMPARE(h.model()->error(u"format.image"_s)->code, u"image_dimensions"_s);
    QCOMPARE(h.model()->error(u"format.legal_text"_s)->code, u"required"_s);
    QCOMPARE(h.model()->error(u"format.end"_s)->code, u"after_promotion_end"_s);
    QVERIFY(h.type(u"legalText"_s, QString(121, u'L')));
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->error(u"format.legal_text"_s)->code, u"too_long"_s);
    QCOMPARE(h.find<QLabel>(u"legalTextCounter"_s)->text(), u"121 / 120"_s);
    // Fixed: budget, image, legal text, period; the forecast and spend follow live.
    QVERIFY(h.type(u"dailyBudget"_s, u"1500"_s));
    QVERIFY(h.type(u"legalText"_s, u"Seller: Gadget Shop LLC"_s));
    h.find<ImageDropArea>(u"creativeDrop"_s)->takeFile(WizardFixture::writePng(dir, 1200, 400));
    h.find<QDateEdit>(u"bannerEnd"_s)->setDate(WizardFixture::today().addDays(9));
    const BannerForecast forecast = h.model()->bannerForecast();
    QCOMPARE(forecast.days, 10);
    QCOMPARE(forecast.spendKopecks, 1'500'000);
    QCOMPARE(forecast.impressions, 100'000); // 1 500 ₽ / 150 ₽ per 1000 × 10 days
    QCOMPARE(forecast.reach, 750);           // capped by the audience
    QVERIFY(h.find<QLabel>(u"bannerForecast"_s)->text().contains(u"100,000"_s));
    QVERIFY(!h.find<QLabel>(u"placements"_s)->text().isEmpty());
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.model()->errors().isEmpty());
    QTRY_VERIFY(h.page()->review()->isVisible());
}

void TestWizardPage::bannerProductPickerAndCreativeHistory_WIZ6()
{
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"product_promotion"_s));
    QVERIFY(h.click(u"formatBanner"_s));
    // Generating without a link fails with a toast.
    QVERIFY(h.click(u"generateCreative"_s));
    QTRY_VERIFY(h.page()->window()->findChild<Toast*>());
    QCOMPARE(h.page()->formatStep()->creativeHistorySize(), 0);
    QVERIFY(h.click(u"targetProduct"_s));
    auto* list = h.find<QListWidget>(u"productList"_s);
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(u"SKU"_s));
    auto* category = h.find<QComboBox>(u"productCategory"_s);
    category->setCurrentIndex(category->findData(u"C2"_s));
    QCOMPARE(list->count(), 1);
    category->setCurrentIndex(0);
    QVERIFY(h.type(u"productSearch"_s, u"phone y"_s));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QCOMPARE(h.model()->communication().format.targetId, u"P2"_s);
    QVERIFY(h.find<QLabel>(u"summaryLink"_s)->text().contains(u"1002"_s));

    FormatStep* step = h.page()->formatStep();
    QVERIFY(h.click(u"generateCreative"_s));
    const QImage first = step->creative();
    QCOMPARE(first.size(), QSize(1200, 400));
    QVERIFY(!h.find<QWidget>(u"creativeBack"_s)->isEnabled());
    QVERIFY(h.click(u"generateCreative"_s));
    QVERIFY(h.click(u"generateCreative"_s));
    QCOMPARE(step->creativeHistorySize(), 2); // only the last two are kept
    const QImage third = step->creative();
    QVERIFY(h.find<QWidget>(u"creativeBack"_s)->isEnabled());
    QVERIFY(h.click(u"creativeBack"_s));
    QVERIFY(step->creative() != third);
    QVERIFY(step->creative() != first);
    QVERIFY(!h.find<QWidget>(u"creativeBack"_s)->isEnabled());
}

void TestWizardPage::changingOfferRevalidatesStep3_WIZ7()
{
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"promotion"_s)); // Winter sale, ends 31.12
    QVERIFY(h.fillFormat(u"promotion"_s, u"mailing"_s));
    QVERIFY(h.clickSendDay(QDate(2026, 12, 10)));
    QVERIFY(h.click(u"nextButton"_s));
    QTRY_VERIFY(h.page()->review()->isVisible());
    QVERIFY(h.click(u"reviewCancel"_s));
    QVERIFY(h.model()->isConfirmed(WizardModel::FormatStep));
    QTest::mouseClick(h.page()->header()->stepButton(1), Qt::LeftButton);
    auto* list = h.find<QListWidget>(u"promotionList"_s);
    list->setCurrentRow(1); // Black Friday ends 30.11
    QCOMPARE(h.model()->communication().offer.promotionId, u"PR2"_s);
    QVERIFY(!h.model()->isConfirmed(WizardModel::FormatStep));
    const FieldError* error = h.model()->error(u"format.send_date"_s);
    QVERIFY(error);
    QCOMPARE(error->code, u"after_promotion_end"_s);
    QVERIFY(h.page()->header()->stepButton(2)->text().contains(u"Not filled"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(!h.errorText(u"format.send_date"_s).isEmpty());
}

void TestWizardPage::reviewCancelKeepsEverythingConfirmQueues_WIZ7_WIZ8()
{
    WizardHarness h;
    QVERIFY(h.reachFormatStep(u"order_discount"_s));
    QVERIFY(h.fillFormat(u"order_discount"_s, u"mailing"_s));
    const Communication before = h.model()->communication();
    QVERIFY(h.click(u"nextButton"_s));
    QTRY_VERIFY(h.page()->review()->isVisible());
    ReviewDrawer* review = h.page()->review();
    QVERIFY(review->rowText(u"audience"_s).contains(u"All your buyers"_s));
    QVERIFY(review->rowText(u"offer"_s).contains(u"10%"_s));
    QCOMPARE(review->rowText(u"format"_s), u"Mailing"_s);
    QVERIFY(review->rowText(u"content"_s).contains(u"Winter deals"_s));
    QCOMPARE(review->rowText(u"recipients"_s), u"100"_s);
    QVERIFY(!review->rowText(u"dates"_s).isEmpty());
    QVERIFY(!review->rowText(u"link"_s).isEmpty());
    QVERIFY(h.click(u"reviewCancel"_s));
    QVERIFY(!review->isVisible());
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QCOMPARE(h.model()->communication(), before);
    QVERIFY(h.click(u"nextButton"_s));
    QSignalSpy submitted(h.page(), &WizardPage::submitted);
    QVERIFY(h.click(u"reviewConfirm"_s));
    QCOMPARE(submitted.count(), 1);
    QVERIFY(submitted.first().first().toString().startsWith(u"local:"_s));
    QCOMPARE(h.outbox().waitingCount(), 1);
    QCOMPARE(h.drafts().list().size(), 0); // the draft went with the submission
}

void TestWizardPage::recommendedActionOpensStep3_WIZ2_SEG8()
{
    WizardHarness h;
    RecommendedAction action = RecommendedActions::tableAction(SubSegment::AtRisk, true);
    h.page()->openRecommended(action);
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QVERIFY(h.model()->isConfirmed(0));
    QVERIFY(h.model()->isConfirmed(1));
    QVERIFY(h.page()->header()->stepButton(0)->text().contains(subSegmentName(SubSegment::AtRisk)));
    QCOMPARE(h.model()->communication().offer.type, OfferType::PromoCode);
    QVERIFY(h.find<QAbstractButton>(u"formatMailing"_s)->isChecked());
    // A prefilled mailing still needs its text (docs/rules.md).
    QVERIFY(h.type(u"mailingRecipients"_s, u"150"_s));
    QVERIFY(h.typeText(u"mailingText"_s, u"We miss you: 10% off"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY2(h.model()->errors().isEmpty(), qPrintable(h.model()->errors().isEmpty() ? QString() : h.model()->errors().first().message));
    QTRY_VERIFY(h.page()->review()->isVisible());
}

void TestWizardPage::draftSurvivesRestartOfTheWindow_WIZ9()
{
    QTemporaryDir dir;
    {
        WizardHarness h(WizardFixture::context(), dir.path());
        QVERIFY(h.reachFormatStep(u"order_discount"_s));
        QVERIFY(h.click(u"formatMailing"_s));
        QVERIFY(h.typeText(u"mailingText"_s, u"A draft that must survive"_s));
        QTRY_COMPARE(h.drafts().list().size(), 1); // saved after the change, without asking
        QVERIFY(h.drafts().list().first().title.contains(u"10%"_s));
    }
    WizardHarness h(WizardFixture::context(), dir.path());
    const QList<Draft> drafts = h.drafts().list();
    QCOMPARE(drafts.size(), 1);
    QVERIFY(h.page()->openDraft(drafts.first()));
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QVERIFY(h.model()->isConfirmed(0));
    QVERIFY(h.model()->isConfirmed(1));
    QCOMPARE(h.model()->communication().offer.percent, std::optional<int>(10));
    QCOMPARE(h.find<QPlainTextEdit>(u"mailingText"_s)->toPlainText(), u"A draft that must survive"_s);
    QCOMPARE(h.find<QLineEdit>(u"discountValue"_s)->text(), u"10"_s);
}

void TestWizardPage::draftsListedOnTheGoalPageReopenWhereLeft_WIZ9()
{
    QTemporaryDir dir;
    {
        WizardHarness h(WizardFixture::context(), dir.path());
        QVERIFY(h.click(u"createFromScratch"_s));
        QVERIFY(h.click(u"nextButton"_s));
        QVERIFY(h.click(u"offerType_bonuses"_s));
        QVERIFY(h.type(u"bonusesPerBuyer"_s, u"700"_s));
        QVERIFY(h.click(u"wizardClose"_s)); // "Save draft and close"
        QCOMPARE(h.drafts().list().size(), 1);
    }
    WizardHarness h(WizardFixture::context(), dir.path());
    QVERIFY(h.page()->isOnGoalPage());
    QVERIFY(h.find<QWidget>(u"draftsCard"_s)->isVisible());
    QVERIFY2(h.find<QLabel>(u"draftTitle_0"_s)->text().contains(u"700"_s), qPrintable(h.find<QLabel>(u"draftTitle_0"_s)->text()));
    QVERIFY(h.find<QLabel>(u"draftSaved_0"_s)->text().contains(u"step 2 of 3"_s));
    QVERIFY(h.click(u"draftOpen_0"_s));
    QVERIFY(!h.page()->isOnGoalPage());
    QCOMPARE(h.model()->currentStep(), int(WizardModel::OfferStep));
    QVERIFY(h.model()->isConfirmed(WizardModel::AudienceStep));
    QCOMPARE(h.find<QLineEdit>(u"bonusesPerBuyer"_s)->text(), u"700"_s);
    QVERIFY(h.find<QAbstractButton>(u"offerType_bonuses"_s)->isChecked());

    // The same draft is continued, not copied; it can be deleted from the list.
    h.page()->showGoalPage();
    QCOMPARE(h.drafts().list().size(), 1);
    QVERIFY(h.click(u"draftDelete_0"_s));
    QCOMPARE(h.drafts().list().size(), 0);
    QVERIFY(!h.find<QWidget>(u"draftsCard"_s)->isVisible());
}

bool TestWizardPage::insertCommunication(CacheDb& cache, const QString& id, const Communication& communication)
{
    const auto text = [](const QJsonObject& json) { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); };
    QSqlQuery q(cache.connection());
    q.prepare(u"INSERT INTO communications (id, name, format, audience, offer, content, status) VALUES (?, ?, ?, ?, ?, ?, 'sent')"_s);
    q.addBindValue(id);
    q.addBindValue(communication.name);
    q.addBindValue(formatTypeCode(communication.format.type));
    q.addBindValue(text(audienceToJson(communication.audience)));
    q.addBindValue(text(offerToJson(communication.offer)));
    q.addBindValue(text(formatToJson(communication.format)));
    return q.exec();
}

Communication TestWizardPage::winterMailing()
{
    Communication c;
    c.name = u"Winter mailing"_s;
    c.audience.subSegments = { SubSegment::AtRisk };
    c.offer.type = OfferType::PromoCode;
    c.offer.percent = 15;
    c.offer.code = u"WINTER26"_s;
    c.offer.singleUse = true;
    c.offer.start = WizardFixture::today();
    c.offer.end = WizardFixture::today().addDays(13);
    c.format.type = FormatType::Mailing;
    c.format.mailing.recipients = 150;
    c.format.mailing.sendDate = WizardFixture::today().addDays(2);
    c.format.mailing.title = u"We miss you"_s;
    c.format.mailing.text = u"Come back: 15% off everything"_s;
    return c;
}

void TestWizardPage::repeatFillsTheWizardFromTheCachedRow_COM6()
{
    WizardHarness h;
    QVERIFY(insertCommunication(h.cache(), u"C42"_s, winterMailing()));
    const Outcome<CachedCommunication> cached = WizardContext::loadCommunication(h.cache(), u"C42"_s);
    QVERIFY2(cached.ok(), qPrintable(cached.error()));
    QCOMPARE(cached->communication.offer.code, u"WINTER26"_s);
    QVERIFY(!cached->isLocalRejection());
    h.page()->openRepeat(cached.value());

    // Everything still holds: all steps confirmed, step 3 open, every input filled.
    QVERIFY(!h.page()->isOnGoalPage());
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QVERIFY(h.model()->isConfirmed(WizardModel::AudienceStep));
    QVERIFY(h.model()->isConfirmed(WizardModel::OfferStep));
    QVERIFY(h.model()->errors().isEmpty());
    QVERIFY(h.page()->header()->stepButton(0)->text().contains(subSegmentName(SubSegment::AtRisk)));
    QCOMPARE(h.find<QLineEdit>(u"mailingRecipients"_s)->text(), u"150"_s);
    QCOMPARE(h.find<QLineEdit>(u"mailingTitle"_s)->text(), u"We miss you"_s);
    QCOMPARE(h.find<QPlainTextEdit>(u"mailingText"_s)->toPlainText(), u"Come back: 15% off everything"_s);
    QCOMPARE(h.find<QCalendarWidget>(u"sendCalendar"_s)->selectedDate(), WizardFixture::today().addDays(2));
    QCOMPARE(h.find<QLineEdit>(u"discountValue"_s)->text(), u"15"_s);
    // The old code belongs to the original: a new one is drawn.
    QVERIFY(h.model()->communication().offer.generateCode);
    QVERIFY(h.find<QAbstractButton>(u"codeGenerate"_s)->isChecked());

    // It is a new communication: review and confirm queue it.
    QVERIFY(h.click(u"nextButton"_s));
    QTRY_VERIFY(h.page()->review()->isVisible());
    QVERIFY(h.page()->review()->rowText(u"content"_s).contains(u"Come back"_s));
    QVERIFY(h.click(u"reviewConfirm"_s));
    QCOMPARE(h.outbox().waitingCount(), 1);
    const QJsonObject offer = h.outbox().entries().first().body.value(u"offer"_s).toObject();
    QVERIFY(offer.value(u"generate"_s).toBool());
    QCOMPARE(h.page()->submitState(), WizardPage::SubmitState::WaitingToSend);
    QVERIFY(h.find<QLabel>(u"submitState"_s)->isVisible());
}

void TestWizardPage::repeatOfAnOldMailingFlagsThePastSendDate_COM6_WIZ6()
{
    WizardHarness h;
    Communication old = winterMailing();
    old.offer = Offer{};
    old.offer.type = OfferType::ExistingPromotion;
    old.offer.promotionId = u"PR1"_s;
    old.format.mailing.sendDate = WizardFixture::today().addDays(-10);
    QVERIFY(insertCommunication(h.cache(), u"C7"_s, old));
    const Outcome<CachedCommunication> cached = WizardContext::loadCommunication(h.cache(), u"C7"_s);
    QVERIFY2(cached.ok(), qPrintable(cached.error()));
    h.page()->openRepeat(cached.value());
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QVERIFY(!h.model()->isConfirmed(WizardModel::FormatStep));
    const FieldError* error = h.model()->error(u"format.send_date"_s);
    QVERIFY(error);
    QCOMPARE(error->code, u"date_in_past"_s);
    QCOMPARE(h.errorText(u"format.send_date"_s), error->message);
    QVERIFY(h.page()->header()->stepButton(2)->text().contains(u"Not filled"_s));
    QVERIFY(h.clickSendDay(WizardFixture::today().addDays(1)));
    QVERIFY(h.errorText(u"format.send_date"_s).isEmpty());
    QVERIFY(h.click(u"nextButton"_s));
    QTRY_VERIFY(h.page()->review()->isVisible());
}

void TestWizardPage::repeatOfAMissingCommunicationNamesIt_COM6()
{
    WizardHarness h;
    const Outcome<CachedCommunication> cached = WizardContext::loadCommunication(h.cache(), u"C404"_s);
    QVERIFY(!cached.ok());
    QVERIFY2(cached.error().contains(u"C404"_s), qPrintable(cached.error()));
}

void TestWizardPage::rejectedFieldsOfTheOutboxReason_WIZ8()
{
    // The outbox keeps ApiError::describe() of the 422 (tests/wizard e2e checks the real server's).
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 422;
    error.code = u"validation_failed"_s;
    error.message = u"The request breaks a rule; see fields"_s;
    error.fields = { { u"offer.code"_s, u"not_unique"_s, u"You already have a promo code SALE2026."_s },
                     { u"format.send_date"_s, u"capacity_exhausted"_s, u"The platform is full on this day; choose another (or later) date."_s },
                     { u"format.image.width"_s, u"image_dimensions"_s, QString() } };
    const FieldErrors parsed = WizardContext::rejectedFields(error.describe());
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed.at(0).field, u"offer.code"_s);
    QCOMPARE(parsed.at(0).message, u"You already have a promo code SALE2026."_s);
    QCOMPARE(parsed.at(1).field, u"format.send_date"_s);
    QCOMPARE(parsed.at(1).message, u"The platform is full on this day; choose another (or later) date."_s);
    QCOMPARE(parsed.at(2).field, u"format.image.width"_s);
    QCOMPARE(parsed.at(2).message, u"image_dimensions"_s);
    QCOMPARE(parsed.at(0).code, WizardContext::rejectedByServer.toString());

    ApiError network;
    network.kind = ApiError::Kind::Network;
    network.message = u"Connection refused"_s;
    QVERIFY(WizardContext::rejectedFields(network.describe()).isEmpty());
    QVERIFY(WizardContext::rejectedFields(QString()).isEmpty());
}

// `--grab wizard:*` (docs/screenshots): every state renders, prefilled, in the app's theme. With
// SELLERCRM_WIZARD_GRAB_DIR set the images are also written there to be looked at.
void TestWizardPage::grabRendersEveryStatePrefilled()
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    QVERIFY(app);
    Theme::apply(*app, Theme::Mode::Light);
    const QString saveDir = qEnvironmentVariable("SELLERCRM_WIZARD_GRAB_DIR");
    QHash<QString, QImage> images;
    for (const QString& name : wizardGrabNames()) {
        const QPixmap pixmap = grabWizardPage(name, WizardFixture::context());
        QVERIFY2(!pixmap.isNull(), qPrintable(name));
        QCOMPARE(pixmap.size(), QSize(1440, 900));
        images.insert(name, pixmap.toImage());
        if (!saveDir.isEmpty())
            QVERIFY(pixmap.save(QDir(saveDir).filePath(QString(name).replace(u':', u'-') + u".png"_s)));
    }
    QVERIFY(grabWizardPage(u"wizard:nothing"_s, WizardFixture::context()).isNull());
    for (const QString& a : wizardGrabNames())
        for (const QString& b : wizardGrabNames())
            if (a < b)
                QVERIFY2(images.value(a) != images.value(b), qPrintable(a + u" = "_s + b));
    app->setStyleSheet(QString());
}

QTEST_MAIN(TestWizardPage)
#include "tst_wizard_page.moc"
