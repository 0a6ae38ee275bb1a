#include "SegmentationReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sellercrm {

SegmentFigures SegmentationReport::figures(const QString& segment, const QString& subsegment) const
{
    for (const SegmentFigures& row : rows) {
        if (row.segment == segment && row.subsegment == subsegment)
            return row;
    }
    // New is both a segment and its only sub-segment: the total stands for both.
    if (segment == subsegment) {
        for (const SegmentFigures& row : rows) {
            if (row.segment == segment && row.isTotal()) {
                SegmentFigures sub = row;
                sub.subsegment = subsegment;
                return sub;
            }
        }
    }
    SegmentFigures zero;
    zero.segment = segment;
    zero.subsegment = subsegment;
    return zero;
}

qint64 SegmentationReport::totalBuyers() const
{
    qint64 total = 0;
    for (const SegmentFigures& row : rows) {
        if (row.isTotal())
            total += row.buyers;
    }
    return total;
}

std::optional<SegmentationReport> SegmentationReport::fromJson(const QJsonObject& data, QString* error)
{
    const auto fail = [error](const QString& what) -> std::optional<SegmentationReport> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    SegmentationReport report;
    report.asOf = QDate::fromString(data.value(u"as_of"_s).toString(), Qt::ISODate);
    if (!report.asOf.isValid())
        return fail(u"segmentation.as_of is not a YYYY-MM-DD date"_s);
    const QJsonObject thresholds = data.value(u"thresholds"_s).toObject();
    report.avgCheckHighKopecks = thresholds.value(u"avg_check_high_kopecks"_s).toInteger();
    report.avgCheckLowKopecks = thresholds.value(u"avg_check_low_kopecks"_s).toInteger();
    report.ordersHigh = thresholds.value(u"orders_high"_s).toInt();
    report.regularBuyers = thresholds.value(u"regular_buyers"_s).toInteger();
    report.keySegment = data.value(u"key_segment"_s).toString();
    const QJsonObject keyRule = data.value(u"key_rule"_s).toObject();
    report.regularMin = keyRule.value(u"regular_min"_s).toInt(10);
    report.newMin = keyRule.value(u"new_min"_s).toInt(10);
    const QJsonValue segments = data.value(u"segments"_s);
    if (!segments.isArray())
        return fail(u"segmentation.segments is not an array"_s);
    const QJsonArray array = segments.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        SegmentFigures row = SegmentFigures::fromJson(array.at(i).toObject());
        if (row.segment.isEmpty())
            return fail(u"segmentation.segments[%1].segment is missing"_s.arg(i));
        report.rows.append(row);
    }
    return report;
}

} // namespace sellercrm
