// WIZ-5: bonus cost = bonuses × recipients × bonus price, less each platform discount, with the
// rates taken from a table (data, not code).
#include "BonusPricing.h"

#include <QtCore/QLocale>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class TestBonusPricing final : public QObject
{
    Q_OBJECT

private slots:
    void wiz5_noDiscount();
    void wiz5_subscriptionDiscount_data();
    void wiz5_subscriptionDiscount();
    void wiz5_firstCampaignDiscount();
    void wiz5_volumeDiscountTiers_data();
    void wiz5_volumeDiscountTiers();
    void wiz5_discountsAddUpToTheCap();
    void wiz5_ratesAreData();
    void wiz5_recommendedRecipients();
    void wiz5_explanationListsTheDiscounts();
};

void TestBonusPricing::wiz5_noDiscount()
{
    const BonusCost cost = bonusCost({500, 1'000, Plan::None, false});
    QCOMPARE(cost.totalBonuses, 500'000);
    QCOMPARE(cost.grossKopecks, 500'000'00);  // 1 ₽ a bonus
    QVERIFY(cost.discounts.empty() == false); // 500 000 bonuses reach the first volume tier
    QCOMPARE(cost.discounts.front().kind, BonusDiscountKind::Volume);

    const BonusCost small = bonusCost({500, 100, Plan::None, false});
    QVERIFY(small.discounts.empty());
    QCOMPARE(small.netKopecks, small.grossKopecks);
    QCOMPARE(small.netKopecks, 50'000'00);
}

void TestBonusPricing::wiz5_subscriptionDiscount_data()
{
    QTest::addColumn<int>("plan");
    QTest::addColumn<int>("basisPoints");
    QTest::newRow("WIZ-5 no subscription, no discount") << int(Plan::None) << 0;
    QTest::newRow("WIZ-5 Premium 5 %") << int(Plan::Premium) << 500;
    QTest::newRow("WIZ-5 Premium Plus 10 %") << int(Plan::PremiumPlus) << 1'000;
}

void TestBonusPricing::wiz5_subscriptionDiscount()
{
    QFETCH(int, plan);
    QFETCH(int, basisPoints);
    const BonusCost cost =
        bonusCost({100, 100, static_cast<Plan>(plan), false}); // 10 000 bonuses: no volume tier
    QCOMPARE(cost.grossKopecks, 10'000'00);
    const qint64 discount = 10'000'00 * basisPoints / 10'000;
    QCOMPARE(cost.discountKopecks, discount);
    QCOMPARE(cost.netKopecks, 10'000'00 - discount);
    QCOMPARE(cost.discounts.size(), std::size_t(basisPoints > 0 ? 1 : 0));
}

void TestBonusPricing::wiz5_firstCampaignDiscount()
{
    const BonusCost cost = bonusCost({100, 100, Plan::None, true});
    QCOMPARE(cost.discounts.size(), std::size_t(1));
    QCOMPARE(cost.discounts.front().kind, BonusDiscountKind::FirstCampaign);
    QCOMPARE(cost.discounts.front().basisPoints, 1'500);
    QCOMPARE(cost.netKopecks, 8'500'00);
}

void TestBonusPricing::wiz5_volumeDiscountTiers_data()
{
    QTest::addColumn<qint64>("recipients");
    QTest::addColumn<int>("basisPoints");
    QTest::newRow("WIZ-5 499 999 bonuses: no volume discount")
        << qint64(4'999) << 0; // × 100 bonuses … close to the tier
    QTest::newRow("WIZ-5 500 000 bonuses: 5 %") << qint64(5'000) << 500;
    QTest::newRow("WIZ-5 1 999 900 bonuses: still 5 %") << qint64(19'999) << 500;
    QTest::newRow("WIZ-5 2 000 000 bonuses: 10 %") << qint64(20'000) << 1'000;
}

void TestBonusPricing::wiz5_volumeDiscountTiers()
{
    QFETCH(qint64, recipients);
    QFETCH(int, basisPoints);
    const BonusCost cost = bonusCost({100, recipients, Plan::None, false});
    QCOMPARE(cost.discountKopecks, cost.grossKopecks * basisPoints / 10'000);
}

void TestBonusPricing::wiz5_discountsAddUpToTheCap()
{
    // Premium Plus 10 % + first campaign 15 % + volume 10 % = 35 %, capped at 30 %.
    const BonusCost cost = bonusCost({1'000, 2'000, Plan::PremiumPlus, true});
    QCOMPARE(cost.discounts.size(), std::size_t(3));
    QCOMPARE(cost.grossKopecks, 2'000'000'00);
    QVERIFY(cost.capped);
    QCOMPARE(cost.discountKopecks, 600'000'00);
    QCOMPARE(cost.netKopecks, 1'400'000'00);
    // Below the cap they simply add up: 10 % + 15 % = 25 %.
    const BonusCost twoDiscounts = bonusCost({100, 100, Plan::PremiumPlus, true});
    QVERIFY(!twoDiscounts.capped);
    QCOMPARE(twoDiscounts.discountKopecks, 2'500'00);
}

void TestBonusPricing::wiz5_ratesAreData()
{
    BonusPriceTable table;
    table.bonusPriceKopecks = 50;
    table.premiumPlusBasisPoints = 2'000;
    table.firstCampaignBasisPoints = 0;
    table.volumeTiers = {{1'000, 100}};
    table.maxTotalBasisPoints = 10'000;
    const BonusCost cost = bonusCost({100, 10, Plan::PremiumPlus, true}, table);
    QCOMPARE(cost.grossKopecks, 1'000 * 50);
    QCOMPARE(cost.discounts.size(), std::size_t(2)); // subscription 20 % and volume 1 %; first campaign is 0
    QCOMPARE(cost.discountKopecks, 10'000 + 500);
    QCOMPARE(cost.netKopecks, 50'000 - 10'500);
    // Rounding of a discount is half-up to the kopeck: 3 bonuses at 1 ₽, 5 % = 15 kopecks; 1 bonus → 5.
    BonusPriceTable odd;
    odd.premiumBasisPoints = 333; // 3.33 % of 1 ₽ = 3.33 kopecks → 3
    QCOMPARE(bonusCost({1, 1, Plan::Premium, false}, odd).discountKopecks, 3);
    odd.premiumBasisPoints = 350; // 3.5 kopecks → 4
    QCOMPARE(bonusCost({1, 1, Plan::Premium, false}, odd).discountKopecks, 4);
}

void TestBonusPricing::wiz5_recommendedRecipients()
{
    QCOMPARE(recommendedBonusRecipients(0), 0);
    QCOMPARE(recommendedBonusRecipients(1), 1);
    QCOMPARE(recommendedBonusRecipients(2), 1);
    QCOMPARE(recommendedBonusRecipients(10), 8);
    QCOMPARE(recommendedBonusRecipients(1'000), 800);
    for (qint64 n = 2; n < 200; ++n) {
        QVERIFY(recommendedBonusRecipients(n) < n); // below the whole segment
        QVERIFY(recommendedBonusRecipients(n) >= 1);
    }
}

void TestBonusPricing::wiz5_explanationListsTheDiscounts()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const BonusCampaign campaign{500, 1'000, Plan::PremiumPlus, true};
    const BonusCost cost = bonusCost(campaign);
    const QString text = bonusCostExplanation(cost, campaign, english);
    for (BonusDiscountKind kind :
         {BonusDiscountKind::Subscription, BonusDiscountKind::FirstCampaign, BonusDiscountKind::Volume})
        QVERIFY2(text.contains(bonusDiscountName(kind)), qPrintable(text));
    QVERIFY2(text.contains(u"500,000\u00A0₽"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Total: 350,000\u00A0₽"_s), qPrintable(text)); // 10 + 15 + 5 = 30 %
}

QTEST_GUILESS_MAIN(TestBonusPricing)
#include "tst_bonuspricing.moc"
