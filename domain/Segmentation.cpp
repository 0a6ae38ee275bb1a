#include "Segmentation.h"

#include "EnumCodes.h"
#include "Money.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

class SegmentationText final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::SegmentationText)

public:
    SegmentationText() = delete;
};

} // namespace

constexpr std::array<QStringView, 3> segmentCodes = {u"regular", u"new", u"potential"};

QString segmentCode(Segment segment)
{
    return codeOf(segment, segmentCodes);
}

constexpr std::array<QStringView, 7> subSegmentCodes = {
    u"top", u"loyal", u"at_risk", u"new", u"sleeping", u"interested_products", u"interested_categories"};

QString subSegmentCode(SubSegment subSegment)
{
    return codeOf(subSegment, subSegmentCodes);
}

std::optional<Segment> segmentFromCode(QStringView code)
{
    return enumFromCode<Segment>(code, segmentCodes);
}

std::optional<SubSegment> subSegmentFromCode(QStringView code)
{
    return enumFromCode<SubSegment>(code, subSegmentCodes);
}

Segment segmentOf(SubSegment subSegment)
{
    switch (subSegment) {
    case SubSegment::Top:
    case SubSegment::Loyal:
    case SubSegment::AtRisk:
        return Segment::Regular;
    case SubSegment::New:
        return Segment::New;
    case SubSegment::Sleeping:
    case SubSegment::InterestedProducts:
    case SubSegment::InterestedCategories:
        return Segment::Potential;
    }
    Q_UNREACHABLE();
    return Segment::Potential;
}

bool isOwnSegment(Segment segment)
{
    return segment != Segment::Potential;
}

qint64 averageCheckKopecks(const BuyerFacts& facts)
{
    if (facts.ordersInWindow <= 0)
        return 0;
    return divideRounded(facts.revenueKopecks, facts.ordersInWindow);
}

qsizetype nearestRank(int percent, qsizetype n)
{
    Q_ASSERT(percent >= 1 && percent <= 100 && n >= 1);
    // ceil(p/100 * n) in integers: exact, no floating-point edge at p*n divisible by 100.
    return (static_cast<qint64>(percent) * n + 99) / 100;
}

namespace {

// The value of nearest rank `rank` (1-based) of `values`, reordering them (O(n) on average).
template <typename T> T selectRank(std::vector<T>& values, qsizetype rank)
{
    const auto nth = values.begin() + (rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

} // namespace

RegularThresholds computeRegularThresholds(std::span<const BuyerFacts> buyers)
{
    std::vector<qint64> checks;
    std::vector<int> orders;
    for (const BuyerFacts& facts : buyers) {
        if (facts.ordersInWindow >= regularMinOrders) {
            checks.push_back(averageCheckKopecks(facts));
            orders.push_back(facts.ordersInWindow);
        }
    }
    RegularThresholds thresholds;
    const auto n = static_cast<qsizetype>(checks.size());
    thresholds.regularBuyers = static_cast<int>(n);
    if (n == 0)
        return thresholds;
    const qsizetype highRank = nearestRank(67, n);
    const qsizetype lowRank = nearestRank(33, n);
    thresholds.avgCheckHighKopecks = selectRank(checks, highRank);
    // After nth_element everything before the P67 element is <= it, so P33 lies in that prefix.
    std::vector<qint64> lower(checks.begin(), checks.begin() + highRank);
    thresholds.avgCheckLowKopecks = selectRank(lower, lowRank);
    thresholds.ordersHigh = std::max(minOrdersHighFloor, selectRank(orders, highRank));
    return thresholds;
}

std::optional<SubSegment> classifyBuyer(const BuyerFacts& facts, const RegularThresholds& thresholds)
{
    if (facts.ordersInWindow >= regularMinOrders) {
        const qint64 check = averageCheckKopecks(facts);
        if (facts.ordersInWindow >= thresholds.ordersHigh && check >= thresholds.avgCheckHighKopecks)
            return SubSegment::Top;
        if (check <= thresholds.avgCheckLowKopecks && facts.recencyDays > atRiskRecencyDays)
            return SubSegment::AtRisk;
        return SubSegment::Loyal;
    }
    if (facts.ordersInWindow == 1)
        return SubSegment::New;
    if (facts.orderedBeforeWindow)
        return SubSegment::Sleeping;
    if (facts.interestedInProducts)
        return SubSegment::InterestedProducts;
    if (facts.interestedInCategories)
        return SubSegment::InterestedCategories;
    return std::nullopt;
}

SellerSegmentation segmentBuyers(std::span<const BuyerFacts> buyers)
{
    SellerSegmentation result;
    result.thresholds = computeRegularThresholds(buyers);
    result.subSegments.reserve(buyers.size());
    for (const BuyerFacts& facts : buyers)
        result.subSegments.push_back(classifyBuyer(facts, result.thresholds));
    return result;
}

constexpr std::array<QStringView, 4> orderStatusCodes = {u"delivered", u"in_progress", u"cancelled",
                                                         u"returned"};

QString orderStatusCode(OrderStatus status)
{
    return codeOf(status, orderStatusCodes);
}

std::optional<OrderStatus> orderStatusFromCode(QStringView code)
{
    return enumFromCode<OrderStatus>(code, orderStatusCodes);
}

bool isCountedStatus(OrderStatus status)
{
    return status == OrderStatus::Delivered || status == OrderStatus::InProgress;
}

BuyerFacts buyerFactsFromOrders(const SegmentationWindow& window, std::span<const OrderRecord> orders,
                                bool interestedInProducts, bool interestedInCategories)
{
    BuyerFacts facts;
    facts.interestedInProducts = interestedInProducts;
    facts.interestedInCategories = interestedInCategories;
    const QDate first = window.firstDay();
    QDate last;
    for (const OrderRecord& order : orders) {
        if (!order.date.isValid() || !isCountedStatus(order.status) || order.date > window.asOf)
            continue;
        if (order.date >= first) {
            ++facts.ordersInWindow;
            facts.revenueKopecks += order.totalKopecks;
        } else {
            facts.orderedBeforeWindow = true;
        }
        if (!last.isValid() || order.date > last)
            last = order.date;
    }
    if (last.isValid())
        facts.recencyDays = static_cast<int>(last.daysTo(window.asOf));
    return facts;
}

InterestFlags interestFromActions(const SegmentationWindow& window, std::span<const ActionRecord> actions)
{
    InterestFlags flags;
    for (const ActionRecord& record : actions) {
        if (!window.contains(record.date))
            continue;
        if (record.action == BuyerAction::Order) {
            if (isCountedStatus(record.orderStatus) && (record.sellersCategory || record.sellersProduct))
                flags.categories = true;
            continue;
        }
        if (record.sellersProduct)
            flags.products = true;
        if (record.sellersCategory || record.sellersProduct)
            flags.categories = true;
    }
    return flags;
}

QString segmentName(Segment segment)
{
    switch (segment) {
    case Segment::Regular:
        return SegmentationText::tr("Regular");
    case Segment::New:
        return SegmentationText::tr("New");
    case Segment::Potential:
        return SegmentationText::tr("Potential");
    }
    Q_UNREACHABLE();
    return QString();
}

QString subSegmentName(SubSegment subSegment)
{
    switch (subSegment) {
    case SubSegment::Top:
        return SegmentationText::tr("Top");
    case SubSegment::Loyal:
        return SegmentationText::tr("Loyal");
    case SubSegment::AtRisk:
        return SegmentationText::tr("At risk");
    case SubSegment::New:
        return SegmentationText::tr("New");
    case SubSegment::Sleeping:
        return SegmentationText::tr("Sleeping");
    case SubSegment::InterestedProducts:
        return SegmentationText::tr("Interested in your products");
    case SubSegment::InterestedCategories:
        return SegmentationText::tr("Interested in your categories");
    }
    Q_UNREACHABLE();
    return QString();
}

QString subSegmentDescription(SubSegment subSegment)
{
    switch (subSegment) {
    case SubSegment::Top:
        return SegmentationText::tr("Regular buyers who order often and spend the most per order.");
    case SubSegment::Loyal:
        return SegmentationText::tr("Regular buyers who keep ordering from you.");
    case SubSegment::AtRisk:
        return SegmentationText::tr(
            "Regular buyers with small orders who have not ordered for over a month.");
    case SubSegment::New:
        return SegmentationText::tr("Buyers with exactly one order from you in the last 90 days.");
    case SubSegment::Sleeping:
        return SegmentationText::tr("Buyers who ordered from you before, but not in the last 90 days.");
    case SubSegment::InterestedProducts:
        return SegmentationText::tr("Buyers who viewed, added to cart or favourited your products in the "
                                    "last 90 days, without ordering.");
    case SubSegment::InterestedCategories:
        return SegmentationText::tr(
            "Buyers interested in the categories you sell in, who have not ordered from you yet.");
    }
    Q_UNREACHABLE();
    return QString();
}

QString subSegmentRuleText(SubSegment subSegment, const RegularThresholds& thresholds, const QLocale& locale)
{
    const QString high = formatRoubles(thresholds.avgCheckHighKopecks, locale);
    const QString low = formatRoubles(thresholds.avgCheckLowKopecks, locale);
    switch (subSegment) {
    case SubSegment::Top:
        return SegmentationText::tr("Top: ≥ %1 orders and an average check ≥ %2 in 90 days")
            .arg(locale.toString(thresholds.ordersHigh), high);
    case SubSegment::Loyal:
        return SegmentationText::tr("Loyal: 2 or more orders in 90 days, neither Top nor At risk");
    case SubSegment::AtRisk:
        return SegmentationText::tr("At risk: an average check ≤ %1 and no order for over %2 days")
            .arg(low, locale.toString(atRiskRecencyDays));
    case SubSegment::New:
        return SegmentationText::tr("New: exactly 1 order in 90 days");
    case SubSegment::Sleeping:
        return SegmentationText::tr("Sleeping: no orders in 90 days, ordered from you before");
    case SubSegment::InterestedProducts:
        return SegmentationText::tr(
            "Interested in your products: viewed, carted or favourited your products in 90 days");
    case SubSegment::InterestedCategories:
        return SegmentationText::tr("Interested in your categories: viewed, carted, favourited or ordered a "
                                    "product of your categories in 90 days");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace sellercrm
