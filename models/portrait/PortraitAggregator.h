#pragma once

#include "portrait/PortraitAggregation.h"

#include <QJsonObject>
#include <QStringList>

namespace sellercrm {

class PortraitConditions;
class PortraitSnapshot;

// The audience of the portrait: buyers in any of `segments` or any of `subsegments` (codes of
// DAT-2); both empty means every buyer known to the seller — as the server's POST /portrait.
struct PortraitAudience final
{
    QStringList segments;
    QStringList subsegments;

    bool isEverybody() const { return segments.isEmpty() && subsegments.isEmpty(); }
    bool contains(const QString& segment, const QString& subsegment) const;
    // "segments" and "subsegments" members of the portrait request.
    QJsonObject toJson() const;

    friend bool operator==(const PortraitAudience&, const PortraitAudience&) = default;
};

// Computes a PortraitAggregation from a snapshot (POR-1, POR-2): one bitmap per condition of the
// tree (a pass over one column each), AND/OR of the bitmaps, then one pass over the matching
// buyers that fills every chart at once. Pure function of its inputs; any thread.
class PortraitAggregator final
{
public:
    static PortraitAggregation compute(const PortraitSnapshot& snapshot, const PortraitAudience& audience,
                                       const PortraitConditions& conditions);
};

} // namespace sellercrm
