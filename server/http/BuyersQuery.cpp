#include "BuyersQuery.h"

#include "Segmentation.h"
#include "SqlRows.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

const QStringList sortableColumns = {u"buyer_id"_s,           u"segment"_s,
                                     u"subsegment"_s,         u"orders_90d"_s,
                                     u"avg_check_kopecks"_s,  u"revenue_kopecks"_s,
                                     u"last_order"_s,         u"gender"_s,
                                     u"age_band"_s,           u"region"_s,
                                     u"interests"_s,          u"recommended_products"_s,
                                     u"last_communication"_s, u"chat"_s};

QDate readDate(const ApiRequest& request, const QString& name, FieldErrors& malformed)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        malformed.append(
            {name, FieldErrorCode::invalidValue.toString(), u"%1 must be a date YYYY-MM-DD"_s.arg(name)});
    return date;
}

std::optional<qint64> readMoney(const ApiRequest& request, const QString& name, FieldErrors& malformed)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = request.queryValue(name).toLongLong(&ok);
    if (!ok || value < 0) {
        malformed.append({name, FieldErrorCode::invalidValue.toString(),
                          u"%1 must be a non-negative integer (kopecks)"_s.arg(name)});
        return std::nullopt;
    }
    return value;
}

QStringList readList(const ApiRequest& request, const QString& name)
{
    QStringList items;
    const QStringList values = request.query.allQueryItemValues(name, QUrl::FullyDecoded);
    for (const QString& value : values)
        items += value.split(u',', Qt::SkipEmptyParts);
    return items;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

} // namespace

BuyersQuery BuyersQuery::from(const ApiRequest& request, const QString& sellerId, QDate today,
                              FieldErrors& malformed, FieldErrors& invalid)
{
    BuyersQuery result;
    result.where =
        u" FROM segment_results WHERE seller_id = ? AND last_order IS NOT NULL AND last_order <> ''"_s;
    result.values << sellerId;

    // Segment tree: the union of whole segments and sub-segments.
    const QStringList segments = readList(request, u"segment"_s);
    const QStringList subSegments = readList(request, u"subsegment"_s);
    for (const QString& segment : segments) {
        if (!segmentFromCode(segment))
            malformed.append({u"segment"_s, FieldErrorCode::invalidValue.toString(),
                              u"Unknown segment %1"_s.arg(segment)});
    }
    for (const QString& subSegment : subSegments) {
        if (!subSegmentFromCode(subSegment))
            malformed.append({u"subsegment"_s, FieldErrorCode::invalidValue.toString(),
                              u"Unknown sub-segment %1"_s.arg(subSegment)});
    }
    QStringList tree;
    if (!segments.isEmpty()) {
        tree << u"segment IN ("_s + placeholders(segments.size()) + u')';
        for (const QString& segment : segments)
            result.values << segment;
    }
    if (!subSegments.isEmpty()) {
        tree << u"subsegment IN ("_s + placeholders(subSegments.size()) + u')';
        for (const QString& subSegment : subSegments)
            result.values << subSegment;
    }
    if (!tree.isEmpty())
        result.where += u" AND ("_s + tree.join(u" OR "_s) + u')';

    // Average-check range, kopecks, both ends inclusive.
    const std::optional<qint64> minCheck = readMoney(request, u"avg_check_min"_s, malformed);
    const std::optional<qint64> maxCheck = readMoney(request, u"avg_check_max"_s, malformed);
    if (minCheck) {
        result.where += u" AND avg_check_kopecks >= ?"_s;
        result.values << *minCheck;
    }
    if (maxCheck) {
        result.where += u" AND avg_check_kopecks <= ?"_s;
        result.values << *maxCheck;
    }
    if (minCheck && maxCheck && *minCheck > *maxCheck)
        invalid.append({u"avg_check_max"_s, FieldErrorCode::dateOrder.toString(),
                        u"The maximum average check is below the minimum"_s});

    // A buyer action (BUY-2): type, optionally a product and a period; future dates disabled.
    const QString action = request.queryValue(u"action"_s);
    if (!action.isEmpty()) {
        static const QSet<QString> actions{u"view"_s, u"cart"_s, u"favorite"_s, u"order"_s};
        if (!actions.contains(action))
            malformed.append({u"action"_s, FieldErrorCode::invalidValue.toString(),
                              u"action must be view, cart, favorite or order"_s});
        const QString product = request.queryValue(u"action_product"_s);
        QDate from = readDate(request, u"action_from"_s, malformed);
        QDate to = readDate(request, u"action_to"_s, malformed);
        if (from.isValid() && from > today)
            invalid.append({u"action_from"_s, FieldErrorCode::invalidValue.toString(),
                            u"Future dates cannot be chosen"_s});
        if (to.isValid() && to > today)
            invalid.append({u"action_to"_s, FieldErrorCode::invalidValue.toString(),
                            u"Future dates cannot be chosen"_s});
        if (from.isValid() && to.isValid() && to < from)
            invalid.append({u"action_to"_s, FieldErrorCode::dateOrder.toString(),
                            u"The period ends before it starts"_s});
        if (!from.isValid())
            from = SegmentationWindow{today}.firstDay();
        if (!to.isValid())
            to = today;
        QString exists;
        if (action == u"order") {
            exists =
                u" AND EXISTS (SELECT 1 FROM orders o JOIN order_items i ON i.order_id = o.order_id"
                " WHERE o.seller_id = segment_results.seller_id AND o.buyer_id = segment_results.buyer_id"
                " AND o.status IN ('delivered', 'in_progress') AND o.order_date >= ? AND o.order_date <= ?"_s;
            result.values << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
            if (!product.isEmpty()) {
                exists += u" AND i.product_id = ?"_s;
                result.values << product;
            }
        } else {
            exists = u" AND EXISTS (SELECT 1 FROM events e WHERE e.buyer_id = segment_results.buyer_id"
                     " AND e.seller_id = segment_results.seller_id AND e.event_type = ?"
                     " AND e.event_date >= ? AND e.event_date <= ?"_s;
            result.values << action << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
            if (!product.isEmpty()) {
                exists += u" AND e.product_id = ?"_s;
                result.values << product;
            }
        }
        result.where += exists + u')';
    }

    // Last communication on or after a date not earlier than 3 months back (BUY-2).
    const QDate lastCommunication = readDate(request, u"last_communication_from"_s, malformed);
    if (lastCommunication.isValid()) {
        if (lastCommunication < today.addMonths(-3))
            invalid.append({u"last_communication_from"_s, FieldErrorCode::outOfRange.toString(),
                            u"The last communication filter reaches back at most 3 months"_s});
        result.where += u" AND last_communication >= ?"_s;
        result.values << lastCommunication.toString(Qt::ISODate);
    }

    const QString search = request.queryValue(u"search"_s).trimmed();
    if (!search.isEmpty()) {
        result.where += u" AND LOWER(buyer_id) LIKE ? ESCAPE '\\'"_s;
        result.values << SqlRows::likePattern(search);
    }

    QString sort = request.queryValue(u"sort"_s);
    if (sort.isEmpty())
        sort = u"revenue_kopecks"_s;
    if (!sortableColumns.contains(sort)) {
        malformed.append(
            {u"sort"_s, FieldErrorCode::invalidValue.toString(), u"Cannot sort by %1"_s.arg(sort)});
        sort = u"revenue_kopecks"_s;
    }
    QString order = request.queryValue(u"order"_s).toLower();
    if (order.isEmpty())
        order = sort == u"buyer_id" ? u"asc"_s : u"desc"_s;
    if (order != u"asc" && order != u"desc") {
        malformed.append(
            {u"order"_s, FieldErrorCode::invalidValue.toString(), u"order must be asc or desc"_s});
        order = u"desc"_s;
    }
    // NULLs sort as the smallest value on SQLite and PostgreSQL alike.
    QString direction = order == u"asc" ? u" ASC"_s : u" DESC"_s;
    if (sort == u"last_communication")
        direction += order == u"asc" ? u" NULLS FIRST"_s : u" NULLS LAST"_s;
    const QString idDirection = order == u"asc" ? u" ASC"_s : u" DESC"_s;
    if (sort == u"buyer_id")
        result.orderBy = u" ORDER BY buyer_id"_s + idDirection;
    else
        result.orderBy = u" ORDER BY "_s + sort + direction + u", buyer_id"_s + idDirection;

    QStringList key{result.where};
    for (const QVariant& value : std::as_const(result.values))
        key << value.toString();
    result.cacheKey = key.join(QChar(0x1f));
    return result;
}

} // namespace sellercrm::server
