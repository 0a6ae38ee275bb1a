// SEG-3 property: on random sellers, segmentation is a partition of the buyers known to the seller
// (DAT-1), and every buyer's sub-segment satisfies its rule, checked against an independent oracle
// written straight from PRODUCT.md (sort, ceil, compare).
#include "Segmentation.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

#include <cmath>

using namespace sellercrm;

namespace {

struct RandomBuyer
{
    std::vector<OrderRecord> orders;
    bool interestedInProducts = false;
    bool interestedInCategories = false;
};

std::vector<RandomBuyer> randomSeller(QRandomGenerator& random, QDate asOf)
{
    static constexpr OrderStatus statuses[] = {OrderStatus::Delivered, OrderStatus::Delivered,
                                               OrderStatus::InProgress, OrderStatus::Cancelled,
                                               OrderStatus::Returned};
    std::vector<RandomBuyer> buyers(random.bounded(1, 300));
    // Few distinct check levels so that ties at the percentiles are common.
    const int levels = random.bounded(1, 12);
    for (RandomBuyer& buyer : buyers) {
        const int orders = random.bounded(0, 9);
        for (int i = 0; i < orders; ++i) {
            OrderRecord order;
            order.date = asOf.addDays(random.bounded(-200, 10)); // some after asOf
            order.totalKopecks = 100'00 * random.bounded(1, levels + 1);
            order.status = statuses[random.bounded(5)];
            buyer.orders.push_back(order);
        }
        buyer.interestedInProducts = random.bounded(4) == 0;
        buyer.interestedInCategories = random.bounded(3) == 0;
    }
    return buyers;
}

bool knownToSeller(const RandomBuyer& buyer, QDate asOf)
{
    const bool counted =
        std::any_of(buyer.orders.begin(), buyer.orders.end(), [asOf](const OrderRecord& order) {
            return isCountedStatus(order.status) && order.date <= asOf;
        });
    return counted || buyer.interestedInProducts || buyer.interestedInCategories;
}

// P(p) = sorted_ascending[ceil(p/100 · n) − 1], in floating point as PRODUCT.md writes it.
template <typename T> T oraclePercentile(std::vector<T> values, int p)
{
    std::sort(values.begin(), values.end());
    const auto rank =
        static_cast<std::size_t>(std::ceil(p / 100.0L * static_cast<long double>(values.size())));
    return values[rank - 1];
}

} // namespace

class TestSegmentationPartition final : public QObject
{
    Q_OBJECT

private slots:
    void seg3_partitionOnRandomSellers();
};

void TestSegmentationPartition::seg3_partitionOnRandomSellers()
{
    const quint32 seed = 20261123;
    QRandomGenerator random(seed);
    const QDate asOf(2026, 11, 23);
    const SegmentationWindow window{asOf};
    qint64 checkedBuyers = 0;
    std::array<qint64, subSegmentCount> seen{};
    for (int seller = 0; seller < 400; ++seller) {
        const std::vector<RandomBuyer> buyers = randomSeller(random, asOf);
        std::vector<BuyerFacts> facts;
        for (const RandomBuyer& buyer : buyers)
            facts.push_back(buyerFactsFromOrders(window, buyer.orders, buyer.interestedInProducts,
                                                 buyer.interestedInCategories));
        const SellerSegmentation result = segmentBuyers(facts);
        QCOMPARE(result.subSegments.size(), buyers.size());

        std::vector<qint64> checks;
        std::vector<int> orders;
        for (const BuyerFacts& f : facts) {
            if (f.ordersInWindow >= 2) {
                checks.push_back(averageCheckKopecks(f));
                orders.push_back(f.ordersInWindow);
            }
        }
        QCOMPARE(result.thresholds.regularBuyers, static_cast<int>(checks.size()));
        if (!checks.empty()) {
            QCOMPARE(result.thresholds.avgCheckHighKopecks, oraclePercentile(checks, 67));
            QCOMPARE(result.thresholds.avgCheckLowKopecks, oraclePercentile(checks, 33));
            QCOMPARE(result.thresholds.ordersHigh, std::max(3, oraclePercentile(orders, 67)));
        }

        std::array<qint64, subSegmentCount> members{};
        qint64 known = 0;
        for (std::size_t i = 0; i < buyers.size(); ++i) {
            const BuyerFacts& f = facts[i];
            const std::optional<SubSegment> subSegment = result.subSegments[i];
            const bool isKnown = knownToSeller(buyers[i], asOf);
            // Exactly one sub-segment for a known buyer, none for an unknown one.
            QVERIFY2(subSegment.has_value() == isKnown,
                     qPrintable(QStringLiteral("seed %1 seller %2 buyer %3").arg(seed).arg(seller).arg(i)));
            if (!subSegment)
                continue;
            ++known;
            ++members[static_cast<int>(*subSegment)];
            ++checkedBuyers;
            const qint64 check = averageCheckKopecks(f);
            const RegularThresholds& t = result.thresholds;
            const bool top =
                f.ordersInWindow >= 2 && f.ordersInWindow >= t.ordersHigh && check >= t.avgCheckHighKopecks;
            const bool atRisk =
                f.ordersInWindow >= 2 && !top && check <= t.avgCheckLowKopecks && f.recencyDays > 30;
            switch (*subSegment) {
            case SubSegment::Top:
                QVERIFY(top);
                break;
            case SubSegment::AtRisk:
                QVERIFY(atRisk);
                break;
            case SubSegment::Loyal:
                QVERIFY(f.ordersInWindow >= 2 && !top && !atRisk);
                break;
            case SubSegment::New:
                QCOMPARE(f.ordersInWindow, 1);
                break;
            case SubSegment::Sleeping:
                QVERIFY(f.ordersInWindow == 0 && f.orderedBeforeWindow);
                break;
            case SubSegment::InterestedProducts:
                QVERIFY(f.ordersInWindow == 0 && !f.orderedBeforeWindow && f.interestedInProducts);
                break;
            case SubSegment::InterestedCategories:
                QVERIFY(f.ordersInWindow == 0 && !f.orderedBeforeWindow && !f.interestedInProducts &&
                        f.interestedInCategories);
                break;
            }
        }
        qint64 sum = 0;
        for (int i = 0; i < subSegmentCount; ++i) {
            sum += members[i];
            seen[i] += members[i];
        }
        QCOMPARE(sum, known);
    }
    // The random input reached every sub-segment, so the property was exercised for each.
    for (int i = 0; i < subSegmentCount; ++i)
        QVERIFY2(seen[i] > 0, qPrintable(subSegmentCode(static_cast<SubSegment>(i))));
    QVERIFY(checkedBuyers > 10'000);
}

QTEST_GUILESS_MAIN(TestSegmentationPartition)
#include "tst_segmentation_partition.moc"
