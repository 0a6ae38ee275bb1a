// SEG-5: joined / left / net per segment and sub-segment between two memberships.
#include "SegmentDynamics.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class TestSegmentDynamics final : public QObject
{
    Q_OBJECT

private slots:
    void seg5_joinedLeftNet();
    void seg5_moveInsideASegment();
    void seg5_unsortedInputGivesTheSameResult();
    void seg5_denseMatchesSorted();
};

namespace {

std::vector<BuyerMembership> membership(std::initializer_list<std::pair<const char16_t*, SubSegment>> rows)
{
    std::vector<BuyerMembership> result;
    for (const auto& [id, subSegment] : rows)
        result.push_back({QString::fromUtf16(id), subSegment});
    return result;
}

} // namespace

void TestSegmentDynamics::seg5_joinedLeftNet()
{
    // Then: A top, B new, C sleeping, D loyal. Now: A top, B loyal (New → Regular), C gone,
    // E new, F interested in products.
    const auto before = membership({{u"A", SubSegment::Top},
                                    {u"B", SubSegment::New},
                                    {u"C", SubSegment::Sleeping},
                                    {u"D", SubSegment::Loyal}});
    const auto now = membership({{u"A", SubSegment::Top},
                                 {u"B", SubSegment::Loyal},
                                 {u"E", SubSegment::New},
                                 {u"F", SubSegment::InterestedProducts}});
    const SegmentDynamics dynamics = compareMemberships(before, now);

    const MembershipChange regular = dynamics.of(Segment::Regular);
    QCOMPARE(regular.before, 2); // A, D
    QCOMPARE(regular.now, 2);    // A, B
    QCOMPARE(regular.joined, 1); // B
    QCOMPARE(regular.left, 1);   // D
    QCOMPARE(regular.net(), 0);

    const MembershipChange newcomers = dynamics.of(Segment::New);
    QCOMPARE(newcomers.joined, 1); // E
    QCOMPARE(newcomers.left, 1);   // B
    QCOMPARE(newcomers.net(), 0);

    const MembershipChange potential = dynamics.of(Segment::Potential);
    QCOMPARE(potential.joined, 1); // F
    QCOMPARE(potential.left, 1);   // C
    QCOMPARE(dynamics.of(SubSegment::Sleeping), (MembershipChange{1, 0, 0, 1}));
    QCOMPARE(dynamics.of(SubSegment::InterestedProducts), (MembershipChange{0, 1, 1, 0}));
    QCOMPARE(dynamics.of(SubSegment::Top), (MembershipChange{1, 1, 0, 0}));
    QCOMPARE(dynamics.of(SubSegment::Loyal), (MembershipChange{1, 1, 1, 1}));
    QCOMPARE(dynamics.of(SubSegment::Loyal).net(), 0);
    QCOMPARE(dynamics.of(SubSegment::New).net(), 0);
    QCOMPARE(dynamics.of(SubSegment::AtRisk), MembershipChange());
}

void TestSegmentDynamics::seg5_moveInsideASegment()
{
    // Top → At risk: the sub-segments change, the Regular segment does not.
    const auto before = membership({{u"A", SubSegment::Top}, {u"B", SubSegment::Top}});
    const auto now =
        membership({{u"A", SubSegment::AtRisk}, {u"B", SubSegment::Top}, {u"C", SubSegment::Top}});
    const SegmentDynamics dynamics = compareMemberships(before, now);
    QCOMPARE(dynamics.of(SubSegment::Top), (MembershipChange{2, 2, 1, 1}));
    QCOMPARE(dynamics.of(SubSegment::AtRisk), (MembershipChange{0, 1, 1, 0}));
    QCOMPARE(dynamics.of(Segment::Regular), (MembershipChange{2, 3, 1, 0}));
    QCOMPARE(dynamics.of(Segment::Regular).net(), 1);
}

void TestSegmentDynamics::seg5_unsortedInputGivesTheSameResult()
{
    const auto before =
        membership({{u"Z", SubSegment::New}, {u"A", SubSegment::Top}, {u"M", SubSegment::Loyal}});
    const auto now =
        membership({{u"M", SubSegment::Top}, {u"Z", SubSegment::Loyal}, {u"B", SubSegment::New}});
    auto sortedBefore = before;
    auto sortedNow = now;
    const auto byId = [](const BuyerMembership& a, const BuyerMembership& b) {
        return a.buyerId < b.buyerId;
    };
    std::sort(sortedBefore.begin(), sortedBefore.end(), byId);
    std::sort(sortedNow.begin(), sortedNow.end(), byId);
    const SegmentDynamics unsorted = compareMemberships(before, now);
    const SegmentDynamics sorted = compareMemberships(sortedBefore, sortedNow);
    QCOMPARE(unsorted.segments, sorted.segments);
    QCOMPARE(unsorted.subSegments, sorted.subSegments);
    QCOMPARE(sorted.of(SubSegment::Top), (MembershipChange{1, 1, 1, 1}));
}

void TestSegmentDynamics::seg5_denseMatchesSorted()
{
    // Random memberships over the same 5 000 buyers: the dense and the sorted forms agree, and
    // both agree with a brute-force count from a map.
    QRandomGenerator random(5);
    const int buyers = 5'000;
    std::vector<std::optional<SubSegment>> before(buyers);
    std::vector<std::optional<SubSegment>> now(buyers);
    std::vector<BuyerMembership> listBefore;
    std::vector<BuyerMembership> listNow;
    for (int i = 0; i < buyers; ++i) {
        const int a = random.bounded(subSegmentCount + 1);
        const int b = random.bounded(subSegmentCount + 1);
        const QString id = u"B%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        if (a < subSegmentCount) {
            before[i] = static_cast<SubSegment>(a);
            listBefore.push_back({id, *before[i]});
        }
        if (b < subSegmentCount) {
            now[i] = static_cast<SubSegment>(b);
            listNow.push_back({id, *now[i]});
        }
    }
    const SegmentDynamics dense = compareMemberships(std::span<const std::optional<SubSegment>>(before),
                                                     std::span<const std::optional<SubSegment>>(now));
    const SegmentDynamics sorted = compareMemberships(listBefore, listNow);
    QCOMPARE(dense.segments, sorted.segments);
    QCOMPARE(dense.subSegments, sorted.subSegments);
    for (SubSegment s : allSubSegments) {
        qint64 joined = 0;
        qint64 left = 0;
        for (int i = 0; i < buyers; ++i) {
            joined += now[i] == s && before[i] != s;
            left += before[i] == s && now[i] != s;
        }
        QCOMPARE(dense.of(s).joined, joined);
        QCOMPARE(dense.of(s).left, left);
        QCOMPARE(dense.of(s).net(), dense.of(s).now - dense.of(s).before);
    }
    for (Segment g : allSegments) {
        qint64 joined = 0;
        for (int i = 0; i < buyers; ++i)
            joined += (now[i] && segmentOf(*now[i]) == g) && !(before[i] && segmentOf(*before[i]) == g);
        QCOMPARE(dense.of(g).joined, joined);
        QCOMPARE(dense.of(g).net(), dense.of(g).now - dense.of(g).before);
    }
}

QTEST_GUILESS_MAIN(TestSegmentDynamics)
#include "tst_segmentdynamics.moc"
