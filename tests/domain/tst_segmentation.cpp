// SEG-1..SEG-4: the window, per-buyer facts, thresholds and the classification of one buyer.
#include "Money.h"
#include "Segmentation.h"

#include <QtCore/QLocale>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

Q_DECLARE_METATYPE(sellercrm::OrderStatus)
Q_DECLARE_METATYPE(std::optional<sellercrm::SubSegment>)

namespace {

const QDate asOf(2026, 11, 23);

BuyerFacts regular(int orders, qint64 revenueKopecks, int recencyDays = 5)
{
    BuyerFacts facts;
    facts.ordersInWindow = orders;
    facts.revenueKopecks = revenueKopecks;
    facts.recencyDays = recencyDays;
    return facts;
}

// n Regular buyers with average checks 1..n roubles (orders = 2, revenue = 2 × check).
std::vector<BuyerFacts> ladder(int n)
{
    std::vector<BuyerFacts> buyers;
    for (int i = 1; i <= n; ++i)
        buyers.push_back(regular(2, 2 * 100 * i));
    return buyers;
}

} // namespace

class TestSegmentation final : public QObject
{
    Q_OBJECT

private slots:
    void seg1_windowBounds_data();
    void seg1_windowBounds();
    void seg1_countedStatuses_data();
    void seg1_countedStatuses();
    void seg1_futureOrdersIgnored();
    void seg2_factsFromOrders();
    void seg2_recencyUsesLastOrderAnyTime();
    void seg2_averageCheckRounding_data();
    void seg2_averageCheckRounding();
    void seg3_classification_data();
    void seg3_classification();
    void seg3_exactlyTwoOrdersIsRegular();
    void seg4_nearestRank_data();
    void seg4_nearestRank();
    void seg4_thresholdsOverRegularOnly();
    void seg4_tieAtThe67thPercentile();
    void seg4_oneRegularBuyer();
    void seg4_noRegularBuyers();
    void seg4_ordersHighFloorIsThree();
    void seg4_ordersHighAboveFloor();
    void seg4_topNeedsBothThresholds();
    void seg4_atRiskRecency30vs31();
    void seg4_atRiskBoundaryCheckEqualsLow();
    void seg4_topBeatsAtRisk();
    void seg4_thresholdsDoNotDependOnOrder();
    void seg4_ruleTextForTheTooltip();
    void dat2_codesRoundTrip();
    void seg3_segmentOfEverySubSegment();
    void seg3_interestFromActions_data();
    void seg3_interestFromActions();
};

void TestSegmentation::seg1_windowBounds_data()
{
    QTest::addColumn<int>("daysBack");
    QTest::addColumn<bool>("inside");
    QTest::newRow("SEG-1 asOf itself is inside") << 0 << true;
    QTest::newRow("SEG-1 day 89 back is the first day, inside") << 89 << true;
    QTest::newRow("SEG-1 day 90 back is outside") << 90 << false;
    QTest::newRow("SEG-1 the day after asOf is outside") << -1 << false;
}

void TestSegmentation::seg1_windowBounds()
{
    QFETCH(int, daysBack);
    QFETCH(bool, inside);
    const SegmentationWindow window{asOf};
    QCOMPARE(window.firstDay(), asOf.addDays(-89));
    QCOMPARE(window.contains(asOf.addDays(-daysBack)), inside);

    const OrderRecord order{asOf.addDays(-daysBack), 100'00, OrderStatus::Delivered};
    const BuyerFacts facts = buyerFactsFromOrders(window, std::span(&order, 1), false, false);
    QCOMPARE(facts.ordersInWindow, inside ? 1 : 0);
    QCOMPARE(facts.orderedBeforeWindow, daysBack >= 90);
}

void TestSegmentation::seg1_countedStatuses_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("counted");
    QTest::newRow("SEG-1 delivered counts") << OrderStatus::Delivered << true;
    QTest::newRow("SEG-1 in progress counts") << OrderStatus::InProgress << true;
    QTest::newRow("SEG-1 cancelled never counts") << OrderStatus::Cancelled << false;
    QTest::newRow("SEG-1 returned never counts") << OrderStatus::Returned << false;
}

void TestSegmentation::seg1_countedStatuses()
{
    QFETCH(OrderStatus, status);
    QFETCH(bool, counted);
    QCOMPARE(isCountedStatus(status), counted);
    const SegmentationWindow window{asOf};
    // One such order in the window and one before it.
    const OrderRecord orders[] = {{asOf.addDays(-3), 500'00, status}, {asOf.addDays(-200), 700'00, status}};
    const BuyerFacts facts = buyerFactsFromOrders(window, orders, false, false);
    QCOMPARE(facts.ordersInWindow, counted ? 1 : 0);
    QCOMPARE(facts.revenueKopecks, counted ? 500'00 : 0);
    QCOMPARE(facts.orderedBeforeWindow, counted);
    QCOMPARE(facts.recencyDays, counted ? 3 : -1);
    // Nothing counted and no interest: not known to the seller at all.
    QCOMPARE(classifyBuyer(facts, RegularThresholds()).has_value(), counted);
}

void TestSegmentation::seg1_futureOrdersIgnored()
{
    const SegmentationWindow window{asOf};
    const OrderRecord orders[] = {{asOf.addDays(1), 900'00, OrderStatus::Delivered},
                                  {asOf.addDays(30), 900'00, OrderStatus::Delivered},
                                  {asOf.addDays(-40), 300'00, OrderStatus::Delivered}};
    const BuyerFacts facts = buyerFactsFromOrders(window, orders, false, false);
    QCOMPARE(facts.ordersInWindow, 1);
    QCOMPARE(facts.revenueKopecks, 300'00);
    QCOMPARE(facts.recencyDays, 40);
    QCOMPARE(classifyBuyer(facts, RegularThresholds()), std::optional(SubSegment::New));
}

void TestSegmentation::seg2_factsFromOrders()
{
    const SegmentationWindow window{asOf};
    const OrderRecord orders[] = {{asOf.addDays(-10), 1'000'00, OrderStatus::Delivered},
                                  {asOf.addDays(-50), 2'000'55, OrderStatus::InProgress},
                                  {asOf.addDays(-5), 9'999'00, OrderStatus::Cancelled},
                                  {asOf.addDays(-95), 400'00, OrderStatus::Delivered}};
    const BuyerFacts facts = buyerFactsFromOrders(window, orders, true, true);
    QCOMPARE(facts.ordersInWindow, 2);
    QCOMPARE(facts.revenueKopecks, 3'000'55);
    QCOMPARE(facts.recencyDays, 10); // the cancelled order 5 days back does not count
    QVERIFY(facts.orderedBeforeWindow);
    QVERIFY(facts.interestedInProducts);
    QVERIFY(facts.interestedInCategories);
    QCOMPARE(averageCheckKopecks(facts), 1'500'28); // 3 000,55 / 2 = 1 500,275 → 1 500,28
}

void TestSegmentation::seg2_recencyUsesLastOrderAnyTime()
{
    const SegmentationWindow window{asOf};
    const OrderRecord orders[] = {{asOf.addDays(-400), 100'00, OrderStatus::Delivered},
                                  {asOf.addDays(-120), 100'00, OrderStatus::Delivered}};
    const BuyerFacts facts = buyerFactsFromOrders(window, orders, false, false);
    QCOMPARE(facts.ordersInWindow, 0);
    QCOMPARE(facts.recencyDays, 120);
    QCOMPARE(classifyBuyer(facts, RegularThresholds()), std::optional(SubSegment::Sleeping));
}

void TestSegmentation::seg2_averageCheckRounding_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("SEG-2 exact") << 2 << qint64(1000) << qint64(500);
    QTest::newRow("SEG-2 half rounds up") << 2 << qint64(1001) << qint64(501);
    QTest::newRow("SEG-2 below half rounds down") << 3 << qint64(1000) << qint64(333);
    QTest::newRow("SEG-2 above half rounds up") << 3 << qint64(1001) << qint64(334);
    QTest::newRow("SEG-2 no orders gives 0") << 0 << qint64(1000) << qint64(0);
}

void TestSegmentation::seg2_averageCheckRounding()
{
    QFETCH(int, orders);
    QFETCH(qint64, revenue);
    QFETCH(qint64, expected);
    QCOMPARE(averageCheckKopecks(regular(orders, revenue)), expected);
}

void TestSegmentation::seg3_classification_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<bool>("before");
    QTest::addColumn<bool>("products");
    QTest::addColumn<bool>("categories");
    QTest::addColumn<std::optional<SubSegment>>("expected");
    const auto none = std::optional<SubSegment>();
    QTest::newRow("SEG-3 one order is New") << 1 << true << true << true << std::optional(SubSegment::New);
    QTest::newRow("SEG-3 no orders, ordered before is Sleeping")
        << 0 << true << true << true << std::optional(SubSegment::Sleeping);
    QTest::newRow("SEG-3 interested in products wins over categories")
        << 0 << false << true << true << std::optional(SubSegment::InterestedProducts);
    QTest::newRow("SEG-3 interested in categories only")
        << 0 << false << false << true << std::optional(SubSegment::InterestedCategories);
    QTest::newRow("SEG-3 nothing: not known to the seller") << 0 << false << false << false << none;
}

void TestSegmentation::seg3_classification()
{
    QFETCH(int, orders);
    QFETCH(bool, before);
    QFETCH(bool, products);
    QFETCH(bool, categories);
    QFETCH(std::optional<SubSegment>, expected);
    BuyerFacts facts = regular(orders, orders * 100'00, orders > 0 ? 3 : (before ? 200 : -1));
    facts.orderedBeforeWindow = before;
    facts.interestedInProducts = products;
    facts.interestedInCategories = categories;
    QCOMPARE(classifyBuyer(facts, RegularThresholds()), expected);
}

void TestSegmentation::seg3_exactlyTwoOrdersIsRegular()
{
    const RegularThresholds thresholds{1'000'00, 500'00, 3, 10};
    const std::optional<SubSegment> two = classifyBuyer(regular(2, 1'400'00), thresholds);
    QVERIFY(two);
    QCOMPARE(segmentOf(*two), Segment::Regular);
    QCOMPARE(classifyBuyer(regular(1, 1'400'00), thresholds), std::optional(SubSegment::New));
    // The thresholds are computed over buyers with 2 orders but not over buyers with 1.
    std::vector<BuyerFacts> buyers{regular(2, 1'000'00), regular(1, 99'000'00)};
    QCOMPARE(computeRegularThresholds(buyers).regularBuyers, 1);
    QCOMPARE(computeRegularThresholds(buyers).avgCheckHighKopecks, 500'00);
}

void TestSegmentation::seg4_nearestRank_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<qsizetype>("n");
    QTest::addColumn<qsizetype>("rank");
    QTest::newRow("SEG-4 P67 of 1 is the 1st") << 67 << qsizetype(1) << qsizetype(1);
    QTest::newRow("SEG-4 P33 of 1 is the 1st") << 33 << qsizetype(1) << qsizetype(1);
    QTest::newRow("SEG-4 P67 of 3 is the 3rd (ceil 2.01)") << 67 << qsizetype(3) << qsizetype(3);
    QTest::newRow("SEG-4 P33 of 3 is the 1st (ceil 0.99)") << 33 << qsizetype(3) << qsizetype(1);
    QTest::newRow("SEG-4 P67 of 100 is the 67th, exact") << 67 << qsizetype(100) << qsizetype(67);
    QTest::newRow("SEG-4 P33 of 100 is the 33rd, exact") << 33 << qsizetype(100) << qsizetype(33);
    QTest::newRow("SEG-4 P67 of 10 is the 7th") << 67 << qsizetype(10) << qsizetype(7);
    QTest::newRow("SEG-4 P33 of 10 is the 4th") << 33 << qsizetype(10) << qsizetype(4);
    QTest::newRow("SEG-4 P67 of 1 000 000") << 67 << qsizetype(1'000'000) << qsizetype(670'000);
}

void TestSegmentation::seg4_nearestRank()
{
    QFETCH(int, percent);
    QFETCH(qsizetype, n);
    QFETCH(qsizetype, rank);
    QCOMPARE(nearestRank(percent, n), rank);
}

void TestSegmentation::seg4_thresholdsOverRegularOnly()
{
    // Ten Regular buyers with checks 1..10 ₽ plus New and Potential buyers with huge figures.
    std::vector<BuyerFacts> buyers = ladder(10);
    buyers.push_back(regular(1, 1'000'000'00));
    BuyerFacts sleeping;
    sleeping.orderedBeforeWindow = true;
    buyers.push_back(sleeping);
    const RegularThresholds thresholds = computeRegularThresholds(buyers);
    QCOMPARE(thresholds.regularBuyers, 10);
    QCOMPARE(thresholds.avgCheckHighKopecks, 7'00); // 7th of 10
    QCOMPARE(thresholds.avgCheckLowKopecks, 4'00);  // 4th of 10
    QCOMPARE(thresholds.ordersHigh, 3);
}

void TestSegmentation::seg4_tieAtThe67thPercentile()
{
    // Sorted checks: 1 2 3 5 5 5 5 8 9 10 ₽: rank 7 lands inside the run of fives.
    const int checks[] = {5, 1, 5, 9, 2, 5, 10, 3, 5, 8};
    std::vector<BuyerFacts> buyers;
    for (int check : checks)
        buyers.push_back(regular(3, 3 * check * 100));
    const RegularThresholds thresholds = computeRegularThresholds(buyers);
    QCOMPARE(thresholds.avgCheckHighKopecks, 5'00);
    QCOMPARE(thresholds.avgCheckLowKopecks, 5'00); // rank 4 is also a five
    // Every buyer tied at M_hi with orders >= F_hi is Top: ties are inclusive ("≥").
    int top = 0;
    for (const BuyerFacts& facts : buyers)
        top += classifyBuyer(facts, thresholds) == SubSegment::Top ? 1 : 0;
    QCOMPARE(top, 7); // the four fives and 8, 9, 10
}

void TestSegmentation::seg4_oneRegularBuyer()
{
    const std::vector<BuyerFacts> buyers{regular(4, 4 * 1'234'00, 40)};
    const RegularThresholds thresholds = computeRegularThresholds(buyers);
    QCOMPARE(thresholds.regularBuyers, 1);
    QCOMPARE(thresholds.avgCheckHighKopecks, 1'234'00);
    QCOMPARE(thresholds.avgCheckLowKopecks, 1'234'00);
    QCOMPARE(thresholds.ordersHigh, 4);
    // Its own figures meet both Top thresholds.
    QCOMPARE(classifyBuyer(buyers.front(), thresholds), std::optional(SubSegment::Top));
    // With 2 orders F_hi stays 3: not Top; check == M_lo and 40 days since the last order: At risk.
    const std::vector<BuyerFacts> two{regular(2, 2 * 1'234'00, 40)};
    QCOMPARE(classifyBuyer(two.front(), computeRegularThresholds(two)), std::optional(SubSegment::AtRisk));
}

void TestSegmentation::seg4_noRegularBuyers()
{
    const std::vector<BuyerFacts> buyers{regular(1, 100'00), regular(0, 0)};
    const RegularThresholds thresholds = computeRegularThresholds(buyers);
    QCOMPARE(thresholds, RegularThresholds());
    QCOMPARE(computeRegularThresholds({}), RegularThresholds());
}

void TestSegmentation::seg4_ordersHighFloorIsThree()
{
    // Everyone has 2 orders: P67 of orders is 2, F_hi = max(3, 2) = 3, so nobody is Top.
    const std::vector<BuyerFacts> buyers = ladder(9);
    const RegularThresholds thresholds = computeRegularThresholds(buyers);
    QCOMPARE(thresholds.ordersHigh, 3);
    for (const BuyerFacts& facts : buyers)
        QVERIFY(classifyBuyer(facts, thresholds) != SubSegment::Top);
}

void TestSegmentation::seg4_ordersHighAboveFloor()
{
    // Orders 2..11: P67 of 10 is the 7th = 8 orders.
    std::vector<BuyerFacts> buyers;
    for (int orders = 2; orders <= 11; ++orders)
        buyers.push_back(regular(orders, orders * 1'000'00));
    const RegularThresholds thresholds = computeRegularThresholds(buyers);
    QCOMPARE(thresholds.ordersHigh, 8);
    QCOMPARE(classifyBuyer(regular(8, 8 * 1'000'00), thresholds), std::optional(SubSegment::Top));
    QCOMPARE(classifyBuyer(regular(7, 7 * 1'000'00), thresholds), std::optional(SubSegment::Loyal));
}

void TestSegmentation::seg4_topNeedsBothThresholds()
{
    const RegularThresholds thresholds{4'200'00, 1'000'00, 4, 50};
    QCOMPARE(classifyBuyer(regular(4, 4 * 4'200'00), thresholds), std::optional(SubSegment::Top));
    QCOMPARE(classifyBuyer(regular(3, 3 * 9'000'00), thresholds), std::optional(SubSegment::Loyal));
    QCOMPARE(classifyBuyer(regular(9, 9 * 4'199'99), thresholds), std::optional(SubSegment::Loyal));
}

void TestSegmentation::seg4_atRiskRecency30vs31()
{
    const RegularThresholds thresholds{4'200'00, 1'000'00, 4, 50};
    QCOMPARE(classifyBuyer(regular(2, 2 * 900'00, 30), thresholds), std::optional(SubSegment::Loyal));
    QCOMPARE(classifyBuyer(regular(2, 2 * 900'00, 31), thresholds), std::optional(SubSegment::AtRisk));

    // The same boundary from raw orders: the last order 30 vs 31 days before asOf.
    const SegmentationWindow window{asOf};
    for (int days : {30, 31}) {
        const OrderRecord orders[] = {{asOf.addDays(-days), 900'00, OrderStatus::Delivered},
                                      {asOf.addDays(-80), 900'00, OrderStatus::Delivered}};
        const BuyerFacts facts = buyerFactsFromOrders(window, orders, false, false);
        QCOMPARE(facts.recencyDays, days);
        QCOMPARE(classifyBuyer(facts, thresholds), days > 30 ? SubSegment::AtRisk : SubSegment::Loyal);
    }
}

void TestSegmentation::seg4_atRiskBoundaryCheckEqualsLow()
{
    const RegularThresholds thresholds{4'200'00, 1'000'00, 4, 50};
    QCOMPARE(classifyBuyer(regular(2, 2 * 1'000'00, 60), thresholds), std::optional(SubSegment::AtRisk));
    QCOMPARE(classifyBuyer(regular(2, 2 * 1'000'00 + 2, 60), thresholds), std::optional(SubSegment::Loyal));
}

void TestSegmentation::seg4_topBeatsAtRisk()
{
    // Degenerate thresholds (all checks equal): a buyer meeting Top and At risk is Top.
    const RegularThresholds thresholds{1'000'00, 1'000'00, 3, 5};
    QCOMPARE(classifyBuyer(regular(5, 5 * 1'000'00, 80), thresholds), std::optional(SubSegment::Top));
    QCOMPARE(classifyBuyer(regular(2, 2 * 1'000'00, 80), thresholds), std::optional(SubSegment::AtRisk));
}

void TestSegmentation::seg4_thresholdsDoNotDependOnOrder()
{
    std::vector<BuyerFacts> buyers;
    for (int i = 0; i < 257; ++i)
        buyers.push_back(regular(2 + (i * 7) % 9, (i * 7919) % 100'000 + 2'00));
    const RegularThresholds forward = computeRegularThresholds(buyers);
    std::reverse(buyers.begin(), buyers.end());
    QCOMPARE(computeRegularThresholds(buyers), forward);
    // And it equals the definition on a sorted copy.
    std::vector<qint64> checks;
    std::vector<int> orders;
    for (const BuyerFacts& facts : buyers) {
        checks.push_back(averageCheckKopecks(facts));
        orders.push_back(facts.ordersInWindow);
    }
    std::sort(checks.begin(), checks.end());
    std::sort(orders.begin(), orders.end());
    const auto n = static_cast<double>(checks.size());
    QCOMPARE(forward.avgCheckHighKopecks, checks[static_cast<std::size_t>(std::ceil(0.67 * n)) - 1]);
    QCOMPARE(forward.avgCheckLowKopecks, checks[static_cast<std::size_t>(std::ceil(0.33 * n)) - 1]);
    QCOMPARE(forward.ordersHigh, std::max(3, orders[static_cast<std::size_t>(std::ceil(0.67 * n)) - 1]));
}

void TestSegmentation::seg4_ruleTextForTheTooltip()
{
    const RegularThresholds thresholds{4'200'00, 1'150'50, 4, 120};
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(subSegmentRuleText(SubSegment::Top, thresholds, english),
             u"Top: ≥ 4 orders and an average check ≥ 4,200\u00A0₽ in 90 days"_s);
    QCOMPARE(subSegmentRuleText(SubSegment::AtRisk, thresholds, english),
             u"At risk: an average check ≤ 1,150.50\u00A0₽ and no order for over 30 days"_s);
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    QVERIFY2(subSegmentRuleText(SubSegment::Top, thresholds, russian).contains(u"4\u00A0200\u00A0₽"_s),
             qPrintable(subSegmentRuleText(SubSegment::Top, thresholds, russian)));
    for (SubSegment subSegment : allSubSegments) {
        QVERIFY(!subSegmentRuleText(subSegment, thresholds, english).isEmpty());
        QVERIFY(!subSegmentName(subSegment).isEmpty());
        QVERIFY(!subSegmentDescription(subSegment).isEmpty());
    }
}

void TestSegmentation::dat2_codesRoundTrip()
{
    QStringList codes;
    for (SubSegment subSegment : allSubSegments) {
        codes << subSegmentCode(subSegment);
        QCOMPARE(subSegmentFromCode(subSegmentCode(subSegment)), std::optional(subSegment));
    }
    QCOMPARE(codes, (QStringList{u"top"_s, u"loyal"_s, u"at_risk"_s, u"new"_s, u"sleeping"_s,
                                 u"interested_products"_s, u"interested_categories"_s}));
    QCOMPARE(segmentCode(Segment::Regular), u"regular"_s);
    QCOMPARE(segmentCode(Segment::New), u"new"_s);
    QCOMPARE(segmentCode(Segment::Potential), u"potential"_s);
    for (Segment segment : allSegments)
        QCOMPARE(segmentFromCode(segmentCode(segment)), std::optional(segment));
    QCOMPARE(segmentFromCode(u"Regular"), std::nullopt);
    QCOMPARE(subSegmentFromCode(u""), std::nullopt);
    QCOMPARE(orderStatusFromCode(u"returned"), std::optional(OrderStatus::Returned));
    QCOMPARE(orderStatusFromCode(u"lost"), std::nullopt);
}

void TestSegmentation::seg3_segmentOfEverySubSegment()
{
    QCOMPARE(segmentOf(SubSegment::Top), Segment::Regular);
    QCOMPARE(segmentOf(SubSegment::Loyal), Segment::Regular);
    QCOMPARE(segmentOf(SubSegment::AtRisk), Segment::Regular);
    QCOMPARE(segmentOf(SubSegment::New), Segment::New);
    QCOMPARE(segmentOf(SubSegment::Sleeping), Segment::Potential);
    QCOMPARE(segmentOf(SubSegment::InterestedProducts), Segment::Potential);
    QCOMPARE(segmentOf(SubSegment::InterestedCategories), Segment::Potential);
    QVERIFY(isOwnSegment(Segment::Regular));
    QVERIFY(isOwnSegment(Segment::New));
    QVERIFY(!isOwnSegment(Segment::Potential));
}

Q_DECLARE_METATYPE(sellercrm::BuyerAction)

void TestSegmentation::seg3_interestFromActions_data()
{
    QTest::addColumn<int>("daysBack");
    QTest::addColumn<BuyerAction>("action");
    QTest::addColumn<bool>("sellersProduct");
    QTest::addColumn<bool>("sellersCategory");
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("products");
    QTest::addColumn<bool>("categories");
    const auto d = OrderStatus::Delivered;
    QTest::newRow("SEG-3 viewed the seller's product")
        << 5 << BuyerAction::View << true << true << d << true << true;
    QTest::newRow("SEG-3 carted the seller's product")
        << 5 << BuyerAction::Cart << true << true << d << true << true;
    QTest::newRow("SEG-3 favourited the seller's product")
        << 5 << BuyerAction::Favorite << true << true << d << true << true;
    QTest::newRow("SEG-3 viewed another seller's product of the category")
        << 5 << BuyerAction::View << false << true << d << false << true;
    QTest::newRow("SEG-3 ordered in the category from another seller")
        << 5 << BuyerAction::Order << false << true << d << false << true;
    QTest::newRow("SEG-3 a cancelled order in the category does not count")
        << 5 << BuyerAction::Order << false << true << OrderStatus::Cancelled << false << false;
    QTest::newRow("SEG-3 ordering is not product interest")
        << 5 << BuyerAction::Order << true << true << d << false << true;
    QTest::newRow("SEG-3 outside the seller's categories")
        << 5 << BuyerAction::View << false << false << d << false << false;
    QTest::newRow("SEG-1 a view on day 89 counts")
        << 89 << BuyerAction::View << true << true << d << true << true;
    QTest::newRow("SEG-1 a view on day 90 does not")
        << 90 << BuyerAction::View << true << true << d << false << false;
    QTest::newRow("SEG-1 an event after asOf is ignored")
        << -1 << BuyerAction::View << true << true << d << false << false;
}

void TestSegmentation::seg3_interestFromActions()
{
    QFETCH(int, daysBack);
    QFETCH(BuyerAction, action);
    QFETCH(bool, sellersProduct);
    QFETCH(bool, sellersCategory);
    QFETCH(OrderStatus, status);
    QFETCH(bool, products);
    QFETCH(bool, categories);
    const ActionRecord record{asOf.addDays(-daysBack), action, sellersProduct, sellersCategory, status};
    const InterestFlags flags = interestFromActions(SegmentationWindow{asOf}, std::span(&record, 1));
    QCOMPARE(flags.products, products);
    QCOMPARE(flags.categories, categories);
}

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
