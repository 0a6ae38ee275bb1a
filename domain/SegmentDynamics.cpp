#include "SegmentDynamics.h"

#include <algorithm>
#include <vector>

namespace sellercrm {

namespace {

class DynamicsAccumulator final
{
public:
    void add(std::optional<SubSegment> before, std::optional<SubSegment> now)
    {
        if (before)
            ++subSegment(*before).before, ++segment(*before).before;
        if (now)
            ++subSegment(*now).now, ++segment(*now).now;
        if (before == now)
            return;
        if (before)
            ++subSegment(*before).left;
        if (now)
            ++subSegment(*now).joined;
        const std::optional<Segment> segmentBefore =
            before ? std::optional(segmentOf(*before)) : std::nullopt;
        const std::optional<Segment> segmentNow = now ? std::optional(segmentOf(*now)) : std::nullopt;
        if (segmentBefore == segmentNow)
            return;
        if (segmentBefore)
            ++m_result.segments[static_cast<int>(*segmentBefore)].left;
        if (segmentNow)
            ++m_result.segments[static_cast<int>(*segmentNow)].joined;
    }

    const SegmentDynamics& result() const { return m_result; }

private:
    MembershipChange& subSegment(SubSegment value) { return m_result.subSegments[static_cast<int>(value)]; }
    MembershipChange& segment(SubSegment value)
    {
        return m_result.segments[static_cast<int>(segmentOf(value))];
    }

    SegmentDynamics m_result;
};

bool byId(const BuyerMembership& a, const BuyerMembership& b)
{
    return a.buyerId < b.buyerId;
}

SegmentDynamics mergeSorted(std::span<const BuyerMembership> before, std::span<const BuyerMembership> now)
{
    DynamicsAccumulator accumulator;
    auto b = before.begin();
    auto n = now.begin();
    while (b != before.end() || n != now.end()) {
        if (n == now.end() || (b != before.end() && b->buyerId < n->buyerId)) {
            accumulator.add(b->subSegment, std::nullopt);
            ++b;
        } else if (b == before.end() || n->buyerId < b->buyerId) {
            accumulator.add(std::nullopt, n->subSegment);
            ++n;
        } else {
            accumulator.add(b->subSegment, n->subSegment);
            ++b;
            ++n;
        }
    }
    return accumulator.result();
}

} // namespace

SegmentDynamics compareMemberships(std::span<const BuyerMembership> before,
                                   std::span<const BuyerMembership> now)
{
    const bool sorted =
        std::is_sorted(before.begin(), before.end(), byId) && std::is_sorted(now.begin(), now.end(), byId);
    if (sorted)
        return mergeSorted(before, now);
    std::vector<BuyerMembership> sortedBefore(before.begin(), before.end());
    std::vector<BuyerMembership> sortedNow(now.begin(), now.end());
    std::sort(sortedBefore.begin(), sortedBefore.end(), byId);
    std::sort(sortedNow.begin(), sortedNow.end(), byId);
    return mergeSorted(sortedBefore, sortedNow);
}

SegmentDynamics compareMemberships(std::span<const std::optional<SubSegment>> before,
                                   std::span<const std::optional<SubSegment>> now)
{
    Q_ASSERT(before.size() == now.size());
    DynamicsAccumulator accumulator;
    const std::size_t size = std::min(before.size(), now.size());
    for (std::size_t i = 0; i < size; ++i)
        accumulator.add(before[i], now[i]);
    return accumulator.result();
}

} // namespace sellercrm
