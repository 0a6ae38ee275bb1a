#include "buyers/BuyersFilter.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

bool BuyersFilter::hasAction() const
{
    return !actionTypes.isEmpty() || !actionProductId.isEmpty() || actionFrom.isValid() || actionTo.isValid();
}

bool BuyersFilter::isEmpty() const
{
    return subsegments.isEmpty() && !hasAvgCheck() && !hasAction() && !hasLastCommunication() &&
           search.trimmed().isEmpty();
}

QList<SqlCondition> BuyersFilter::conditions() const
{
    // BUY-1: only buyers with at least one order from the seller.
    QList<SqlCondition> result{{u"last_order IS NOT NULL"_s, {}}};
    if (!subsegments.isEmpty())
        result << SqlCondition::in(u"subsegment"_s, subsegments);
    if (minAvgCheckKopecks)
        result << SqlCondition{u"avg_check_kopecks >= ?"_s, {*minAvgCheckKopecks}};
    if (maxAvgCheckKopecks)
        result << SqlCondition{u"avg_check_kopecks <= ?"_s, {*maxAvgCheckKopecks}};
    if (hasAction()) {
        QStringList parts;
        QVariantList binds;
        if (!actionProductId.isEmpty()) {
            parts << u"product_id = ?"_s;
            binds << actionProductId;
        }
        if (!actionTypes.isEmpty()) {
            const SqlCondition types = SqlCondition::in(u"\"type\""_s, actionTypes);
            parts << types.sql;
            binds << types.binds;
        }
        if (actionFrom.isValid()) {
            parts << u"\"date\" >= ?"_s;
            binds << isoDate(actionFrom);
        }
        if (actionTo.isValid()) {
            parts << u"\"date\" <= ?"_s;
            binds << isoDate(actionTo);
        }
        result << SqlCondition{u"id IN (SELECT buyer_id FROM buyer_actions WHERE "_s + parts.join(u" AND "_s) + u')',
                               binds};
    }
    if (lastCommunicationFrom.isValid())
        result << SqlCondition{u"last_communication >= ?"_s, {isoDate(lastCommunicationFrom)}};
    if (lastCommunicationTo.isValid())
        result << SqlCondition{u"last_communication <= ?"_s, {isoDate(lastCommunicationTo)}};
    if (!search.trimmed().isEmpty())
        result << SqlCondition::contains(u"id"_s, search.trimmed());
    return result;
}

} // namespace sellercrm
