#include "SegmentationJson.h"

#include "RecommendedActions.h"
#include "Segmentation.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

QJsonObject SegmentationJson::empty(QDate asOf)
{
    return {{u"as_of"_s, asOf.toString(Qt::ISODate)},
            {u"thresholds"_s, QJsonObject{{u"avg_check_high_kopecks"_s, 0},
                                          {u"avg_check_low_kopecks"_s, 0},
                                          {u"orders_high"_s, minOrdersHighFloor},
                                          {u"regular_buyers"_s, 0}}},
            {u"key_segment"_s, QJsonValue::Null},
            {u"key_rule"_s, QJsonObject{{u"regular_min"_s, 10}, {u"new_min"_s, 10}}},
            {u"segments"_s, QJsonArray{}}};
}

QJsonObject SegmentationJson::withExplanations(QJsonObject data, const Subscription& subscription,
                                               QDate today)
{
    const QJsonObject stored = data.value(u"thresholds"_s).toObject();
    RegularThresholds thresholds;
    thresholds.avgCheckHighKopecks = stored.value(u"avg_check_high_kopecks"_s).toInteger();
    thresholds.avgCheckLowKopecks = stored.value(u"avg_check_low_kopecks"_s).toInteger();
    thresholds.ordersHigh = stored.value(u"orders_high"_s).toInt(minOrdersHighFloor);
    thresholds.regularBuyers = stored.value(u"regular_buyers"_s).toInt();
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QJsonObject rules;
    QJsonObject actions;
    for (const SubSegment subSegment : allSubSegments) {
        rules.insert(subSegmentCode(subSegment), subSegmentRuleText(subSegment, thresholds, locale));
        QJsonArray list;
        for (const RecommendedAction& action :
             RecommendedActions::actionsFor(subSegment, subscription, today)) {
            list.append(QJsonObject{{u"title"_s, action.title()},
                                    {u"offer"_s, offerTypeCode(action.offer)},
                                    {u"format"_s, formatTypeCode(action.format)},
                                    {u"target"_s, action.target ? QJsonValue(targetPageCode(*action.target))
                                                                : QJsonValue(QJsonValue::Null)},
                                    {u"needs_premium_plus"_s, action.needsPremiumPlus},
                                    {u"locked"_s, action.locked}});
        }
        actions.insert(subSegmentCode(subSegment), list);
    }
    data.insert(u"rules"_s, rules);
    data.insert(u"recommended_actions"_s, actions);
    return data;
}

} // namespace sellercrm::server
