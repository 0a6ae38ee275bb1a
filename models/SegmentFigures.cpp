#include "SegmentFigures.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

SegmentFigures SegmentFigures::fromJson(const QJsonObject& row)
{
    SegmentFigures f;
    f.segment = row.value(u"segment"_s).toString();
    f.subsegment = row.value(u"subsegment"_s).toString();
    f.buyers = row.value(u"buyers"_s).toInteger();
    f.share = row.value(u"share"_s).toDouble();
    f.revenueKopecks = row.value(u"revenue_kopecks"_s).toInteger();
    f.revenueShare = row.value(u"revenue_share"_s).toDouble();
    f.avgCheckKopecks = row.value(u"avg_check_kopecks"_s).toInteger();
    f.ordersPerBuyer = row.value(u"orders_per_buyer"_s).toDouble();
    f.joined = row.value(u"joined"_s).toInteger();
    f.left = row.value(u"left"_s).toInteger();
    f.interestEvents = row.value(u"interest_events"_s).toInteger();
    return f;
}

} // namespace sellercrm
