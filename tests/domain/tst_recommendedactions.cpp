// SEG-8: the recommended action of every sub-segment for both plans, and the wizard prefill (WIZ-2).
#include "CommunicationValidator.h"
#include "RecommendedActions.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

Q_DECLARE_METATYPE(sellercrm::SubSegment)
Q_DECLARE_METATYPE(sellercrm::OfferType)
Q_DECLARE_METATYPE(sellercrm::FormatType)

namespace {
const QDate today(2026, 11, 23);
}

class TestRecommendedActions final : public QObject
{
    Q_OBJECT

private slots:
    void seg8_table_data();
    void seg8_table();
    void seg8_withoutSubscriptionTheFreeActionComesFirst();
    void seg8_withPremiumPlusOneAction();
    void seg8_expiredPremiumPlusCountsAsNone();
    void seg8_potentialIsFree();
    void wiz2_prefillIsCompleteForBannersAndBonuses();
};

void TestRecommendedActions::seg8_table_data()
{
    QTest::addColumn<SubSegment>("subSegment");
    QTest::addColumn<bool>("premiumPlus");
    QTest::addColumn<OfferType>("offer");
    QTest::addColumn<FormatType>("format");
    QTest::addColumn<QString>("title");
    const auto add = [](const char* tag, SubSegment s, bool pp, OfferType o, FormatType f,
                        const QString& title) { QTest::newRow(tag) << s << pp << o << f << title; };
    add("SEG-8 Top with Premium Plus", SubSegment::Top, true, OfferType::ProductPromotion,
        FormatType::Mailing, u"Mailing about new arrivals"_s);
    add("SEG-8 Top without", SubSegment::Top, false, OfferType::ProductPromotion, FormatType::Banner,
        u"Product banner"_s);
    add("SEG-8 Loyal with Premium Plus", SubSegment::Loyal, true, OfferType::Bonuses, FormatType::Mailing,
        u"Bonuses"_s);
    add("SEG-8 Loyal without", SubSegment::Loyal, false, OfferType::Bonuses, FormatType::Mailing,
        u"Bonuses"_s);
    add("SEG-8 At risk with Premium Plus", SubSegment::AtRisk, true, OfferType::PromoCode,
        FormatType::Mailing, u"Promo code mailing"_s);
    add("SEG-8 At risk without", SubSegment::AtRisk, false, OfferType::PromoCode, FormatType::Banner,
        u"Promo code banner"_s);
    add("SEG-8 New with Premium Plus", SubSegment::New, true, OfferType::OrderDiscount, FormatType::Mailing,
        u"Order-total discount mailing"_s);
    add("SEG-8 New without", SubSegment::New, false, OfferType::OrderDiscount, FormatType::Banner,
        u"Order-total discount banner"_s);
    add("SEG-8 Sleeping with Premium Plus", SubSegment::Sleeping, true, OfferType::Bonuses,
        FormatType::Mailing, u"Bonuses"_s);
    add("SEG-8 Sleeping without", SubSegment::Sleeping, false, OfferType::Bonuses, FormatType::Mailing,
        u"Bonuses"_s);
    add("SEG-8 Interested in products with Premium Plus", SubSegment::InterestedProducts, true,
        OfferType::PromoCode, FormatType::Banner, u"Promo code banner"_s);
    add("SEG-8 Interested in products without", SubSegment::InterestedProducts, false, OfferType::PromoCode,
        FormatType::Banner, u"Promo code banner"_s);
    add("SEG-8 Interested in categories with Premium Plus", SubSegment::InterestedCategories, true,
        OfferType::ProductPromotion, FormatType::Banner, u"Store banner"_s);
    add("SEG-8 Interested in categories without", SubSegment::InterestedCategories, false,
        OfferType::ProductPromotion, FormatType::Banner, u"Store banner"_s);
}

void TestRecommendedActions::seg8_table()
{
    QFETCH(SubSegment, subSegment);
    QFETCH(bool, premiumPlus);
    QFETCH(OfferType, offer);
    QFETCH(FormatType, format);
    QFETCH(QString, title);
    const RecommendedAction action = RecommendedActions::tableAction(subSegment, premiumPlus);
    QCOMPARE(action.subSegment, subSegment);
    QCOMPARE(action.offer, offer);
    QCOMPARE(action.format, format);
    QCOMPARE(action.title(), title);
    QVERIFY(!action.locked);
    // Only mailings other than bonus campaigns need the subscription; the "without" column never does.
    QCOMPARE(action.needsPremiumPlus, format == FormatType::Mailing && offer != OfferType::Bonuses);
    if (!premiumPlus)
        QVERIFY(!action.needsPremiumPlus);
}

void TestRecommendedActions::seg8_withoutSubscriptionTheFreeActionComesFirst()
{
    const std::vector<RecommendedAction> actions =
        RecommendedActions::actionsFor(SubSegment::AtRisk, Subscription(), today);
    QCOMPARE(actions.size(), std::size_t(2));
    QCOMPARE(actions[0].format, FormatType::Banner);
    QVERIFY(!actions[0].locked);
    QCOMPARE(actions[1].format, FormatType::Mailing);
    QVERIFY(actions[1].locked);
    QVERIFY(actions[1].needsPremiumPlus);
    // Loyal: both columns agree, one action, not locked.
    const auto loyal = RecommendedActions::actionsFor(SubSegment::Loyal, Subscription(), today);
    QCOMPARE(loyal.size(), std::size_t(1));
    QVERIFY(!loyal[0].locked);
}

void TestRecommendedActions::seg8_withPremiumPlusOneAction()
{
    const Subscription premiumPlus{Plan::PremiumPlus, today.addDays(30)};
    for (SubSegment s : allSubSegments) {
        const auto actions = RecommendedActions::actionsFor(s, premiumPlus, today);
        QCOMPARE(actions.size(), std::size_t(1));
        QVERIFY(actions[0] == RecommendedActions::tableAction(s, true));
        QVERIFY(!actions[0].locked);
    }
}

void TestRecommendedActions::seg8_expiredPremiumPlusCountsAsNone()
{
    const Subscription expired{Plan::PremiumPlus, today.addDays(-1)};
    const auto actions = RecommendedActions::actionsFor(SubSegment::New, expired, today);
    QCOMPARE(actions.front().format, FormatType::Banner);
    QVERIFY(actions.back().locked);
}

void TestRecommendedActions::seg8_potentialIsFree()
{
    for (SubSegment s :
         {SubSegment::Sleeping, SubSegment::InterestedProducts, SubSegment::InterestedCategories}) {
        const auto actions = RecommendedActions::actionsFor(s, Subscription(), today);
        QCOMPARE(actions.size(), std::size_t(1));
        QVERIFY(!actions[0].needsPremiumPlus);
    }
}

void TestRecommendedActions::wiz2_prefillIsCompleteForBannersAndBonuses()
{
    // A prefilled banner or bonus campaign passes validation as is; mailings need their text.
    ValidationContext context;
    context.today = today;
    context.ownBuyersInAudience = 2'000;
    context.potentialBuyersInAudience = 0;
    context.productExists = [](const QString&) { return true; };
    for (SubSegment s : {SubSegment::Loyal, SubSegment::AtRisk, SubSegment::New,
                         SubSegment::InterestedProducts, SubSegment::InterestedCategories}) {
        const RecommendedAction action = RecommendedActions::tableAction(s, false);
        Communication communication = RecommendedActions::prefill(action, today);
        QCOMPARE(communication.audience.subSegments, std::vector<SubSegment>{s});
        QCOMPARE(communication.offer.type, action.offer);
        QCOMPARE(communication.format.type, action.format);
        if (communication.format.type == FormatType::Banner)
            communication.format.banner.dailyBudgetKopecks = 500'00; // the seller's choice
        const FieldErrors errors = CommunicationValidator::validate(communication, context);
        QVERIFY2(errors.isEmpty(), qPrintable(subSegmentCode(s) + u": "_s +
                                              (errors.isEmpty() ? QString() : errors.first().field)));
    }
    const Communication top =
        RecommendedActions::prefill(RecommendedActions::tableAction(SubSegment::Top, false), today);
    QCOMPARE(top.format.target, std::optional(TargetPage::Product));
    const Communication bonuses =
        RecommendedActions::prefill(RecommendedActions::tableAction(SubSegment::Sleeping, true), today);
    QCOMPARE(bonuses.offer.bonusesPerBuyer, std::optional(500));
    QCOMPARE(bonuses.offer.bonusRecipients, std::optional(1'000));
    QCOMPARE(bonuses.offer.bonusValidityDays, std::optional(14));
}

QTEST_GUILESS_MAIN(TestRecommendedActions)
#include "tst_recommendedactions.moc"
