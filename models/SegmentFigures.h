#pragma once

#include <QJsonObject>
#include <QString>

namespace sellercrm {

// One row of the `segmentation` entity (SYNC.md): the SEG-5 dynamics and SEG-7 metrics of a
// segment (subsegment empty: the segment's total) or of one sub-segment.
struct SegmentFigures final
{
    QString segment;
    QString subsegment;
    qint64 buyers = 0;
    double share = 0;
    qint64 revenueKopecks = 0;
    double revenueShare = 0;
    qint64 avgCheckKopecks = 0;
    double ordersPerBuyer = 0;
    qint64 joined = 0;
    qint64 left = 0;
    qint64 interestEvents = 0;

    qint64 net() const { return joined - left; }
    bool isTotal() const { return subsegment.isEmpty(); }

    static SegmentFigures fromJson(const QJsonObject& row);
};

} // namespace sellercrm
