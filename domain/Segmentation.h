#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QtGlobal>

#include <optional>
#include <span>
#include <vector>

class QLocale;

namespace sellercrm {

// SEG-3: the three segments and their sub-segments. New is both a segment and its only
// sub-segment. The enum values are stable (the server stores them, snapshots carry them).
enum class Segment : quint8
{
    Regular,
    New,
    Potential
};
enum class SubSegment : quint8
{
    Top,
    Loyal,
    AtRisk,
    New,
    Sleeping,
    InterestedProducts,
    InterestedCategories
};

inline constexpr int segmentCount = 3;
inline constexpr int subSegmentCount = 7;
inline constexpr Segment allSegments[segmentCount] = {Segment::Regular, Segment::New, Segment::Potential};
inline constexpr SubSegment allSubSegments[subSegmentCount] = {SubSegment::Top,
                                                               SubSegment::Loyal,
                                                               SubSegment::AtRisk,
                                                               SubSegment::New,
                                                               SubSegment::Sleeping,
                                                               SubSegment::InterestedProducts,
                                                               SubSegment::InterestedCategories};

// DAT-2 codes: "regular", "new", "potential"; "top", "loyal", "at_risk", "new", "sleeping",
// "interested_products", "interested_categories".
QString segmentCode(Segment segment);
QString subSegmentCode(SubSegment subSegment);
std::optional<Segment> segmentFromCode(QStringView code);
std::optional<SubSegment> subSegmentFromCode(QStringView code);
Segment segmentOf(SubSegment subSegment);
bool isOwnSegment(Segment segment); // SEG-3: Regular and New are "own" buyers, Potential is not

// SEG-1: the 90-day window [asOf - 89 days, asOf], both ends inclusive.
struct SegmentationWindow
{
    static constexpr int lengthDays = 90;
    QDate asOf;

    QDate firstDay() const { return asOf.addDays(-(lengthDays - 1)); }
    bool contains(QDate date) const { return date.isValid() && date >= firstDay() && date <= asOf; }
};

// SEG-2: what segmentation needs to know about one buyer of one seller.
struct BuyerFacts
{
    int ordersInWindow = 0;
    qint64 revenueKopecks = 0;
    int recencyDays = -1;             // asOf - last counted order up to asOf; -1 = none
    bool orderedBeforeWindow = false; // a counted order before the window
    bool interestedInProducts = false;
    bool interestedInCategories = false;
};

// SEG-2: revenue / orders rounded half-up to the kopeck; 0 without orders.
qint64 averageCheckKopecks(const BuyerFacts& facts);

// SEG-4: the per-seller thresholds, computed over that seller's Regular buyers (orders >= 2).
struct RegularThresholds
{
    qint64 avgCheckHighKopecks = 0; // M_hi = P(67) of avgCheck
    qint64 avgCheckLowKopecks = 0;  // M_lo = P(33) of avgCheck
    int ordersHigh = 3;             // F_hi = max(3, P(67) of orders)
    int regularBuyers = 0;          // n, the number of Regular buyers the figures come from

    friend bool operator==(const RegularThresholds&, const RegularThresholds&) = default;
};

inline constexpr int regularMinOrders = 2;   // SEG-3
inline constexpr int minOrdersHighFloor = 3; // SEG-4 F_hi = max(3, ...)
inline constexpr int atRiskRecencyDays = 30; // SEG-4 recencyDays > 30

// SEG-4 nearest-rank percentile rank: the 1-based rank ceil(p/100 * n) for n >= 1 (p in 1..100).
qsizetype nearestRank(int percent, qsizetype n);

RegularThresholds computeRegularThresholds(std::span<const BuyerFacts> buyers);

// SEG-3/SEG-4: the buyer's sub-segment; nullopt = not known to the seller.
std::optional<SubSegment> classifyBuyer(const BuyerFacts& facts, const RegularThresholds& thresholds);

// Thresholds and every buyer's sub-segment in one pass over a seller's buyers.
struct SellerSegmentation
{
    RegularThresholds thresholds;
    std::vector<std::optional<SubSegment>> subSegments; // same order as the input
};
SellerSegmentation segmentBuyers(std::span<const BuyerFacts> buyers);

// Reference SEG-1/SEG-2 from raw order rows (tests, docs, and the client's offline checks).
enum class OrderStatus : quint8
{
    Delivered,
    InProgress,
    Cancelled,
    Returned
};
QString orderStatusCode(OrderStatus status); // DAT-1: delivered, in_progress, cancelled, returned
std::optional<OrderStatus> orderStatusFromCode(QStringView code);
bool isCountedStatus(OrderStatus status); // SEG-1: cancelled and returned orders never count

struct OrderRecord
{
    QDate date;
    qint64 totalKopecks = 0;
    OrderStatus status = OrderStatus::Delivered;
};

BuyerFacts buyerFactsFromOrders(const SegmentationWindow& window, std::span<const OrderRecord> orders,
                                bool interestedInProducts, bool interestedInCategories);

// Reference SEG-3 "Interested" rules from raw actions of one buyer (events.csv rows, and orders with
// any seller for the categories rule). Only actions dated in the window count; an order counts
// only with a counted status (SEG-1) and only for the categories rule.
enum class BuyerAction : quint8
{
    View,
    Cart,
    Favorite,
    Order
};
struct ActionRecord
{
    QDate date;
    BuyerAction action = BuyerAction::View;
    bool sellersProduct = false;  // the product is one of this seller's
    bool sellersCategory = false; // the product is in a category of one of this seller's products
    OrderStatus orderStatus = OrderStatus::Delivered; // for BuyerAction::Order
};

struct InterestFlags
{
    bool products = false;
    bool categories = false;
};

InterestFlags interestFromActions(const SegmentationWindow& window, std::span<const ActionRecord> actions);

// Localised names and explanations for the UI (SEG-4 tooltip, WIZ-4 info popover).
QString segmentName(Segment segment);
QString subSegmentName(SubSegment subSegment);
QString subSegmentDescription(SubSegment subSegment);
// "Top: ≥ 4 orders and an average check ≥ 4 200 ₽ in 90 days" and the like for every sub-segment.
QString subSegmentRuleText(SubSegment subSegment, const RegularThresholds& thresholds, const QLocale& locale);

} // namespace sellercrm
