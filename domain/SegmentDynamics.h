#pragma once

#include "Segmentation.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <array>
#include <optional>
#include <span>

namespace sellercrm {

// SEG-5: one segment's or sub-segment's change between the membership as of asOf - 30 days
// ("before") and as of asOf ("now"). joined = in now, not before; left = in before, not now.
struct MembershipChange
{
    qint64 before = 0;
    qint64 now = 0;
    qint64 joined = 0;
    qint64 left = 0;

    qint64 net() const { return joined - left; } // always now - before
    friend bool operator==(const MembershipChange&, const MembershipChange&) = default;
};

struct SegmentDynamics
{
    static constexpr int comparisonDays = 30; // SEG-5: compared with the membership as of asOf - 30

    std::array<MembershipChange, segmentCount> segments{};
    std::array<MembershipChange, subSegmentCount> subSegments{};

    const MembershipChange& of(Segment segment) const { return segments[static_cast<int>(segment)]; }
    const MembershipChange& of(SubSegment subSegment) const
    {
        return subSegments[static_cast<int>(subSegment)];
    }
};

// A buyer's sub-segment in one membership (DAT-2 row).
struct BuyerMembership
{
    QString buyerId;
    SubSegment subSegment = SubSegment::New;
};

// Memberships as two lists of (buyer id, sub-segment). Each list has unique ids; when both are
// sorted by id (the DAT-2 order) this is one O(n + m) merge, otherwise copies are sorted first.
SegmentDynamics compareMemberships(std::span<const BuyerMembership> before,
                                   std::span<const BuyerMembership> now);

// Memberships as two parallel arrays over the same buyers (index i is the same buyer in both),
// nullopt = not known at that date — e.g. two segmentBuyers() results. O(n), no allocation.
SegmentDynamics compareMemberships(std::span<const std::optional<SubSegment>> before,
                                   std::span<const std::optional<SubSegment>> now);

} // namespace sellercrm
