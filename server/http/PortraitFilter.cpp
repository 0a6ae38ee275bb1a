#include "PortraitFilter.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

void fail(FieldErrors& errors, const QString& field, QStringView code, const QString& message)
{
    errors.append({field, code.toString(), message});
}

PortraitFilter build(const QJsonValue& value, const QString& path, int depth, FieldErrors& errors);

PortraitFilter group(const QJsonObject& object, const QString& path, int depth, FieldErrors& errors)
{
    PortraitFilter filter;
    const QString op = object.value(u"op"_s).toString();
    if (op != u"and" && op != u"or") {
        fail(errors, path + u".op"_s, FieldErrorCode::invalidValue, u"op must be and or or"_s);
        return filter;
    }
    if (!object.value(u"items"_s).isArray()) {
        fail(errors, path + u".items"_s, FieldErrorCode::wrongType, u"items must be an array of conditions"_s);
        return filter;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"op" && it.key() != u"items")
            fail(errors, path + u'.' + it.key(), FieldErrorCode::unknownField, u"Unknown member"_s);
    }
    const QJsonArray items = object.value(u"items"_s).toArray();
    QStringList parts;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PortraitFilter item = build(items.at(i), path + u".items[%1]"_s.arg(i), depth + 1, errors);
        parts << u'(' + item.sql + u')';
        filter.values += item.values;
    }
    if (parts.isEmpty())
        filter.sql = u"1 = 1"_s;
    else
        filter.sql = parts.join(op == u"and" ? u" AND "_s : u" OR "_s);
    return filter;
}

PortraitFilter leaf(const QJsonObject& object, const QString& path, FieldErrors& errors)
{
    static const QSet<QString> listFields{u"gender"_s, u"age_band"_s, u"region"_s, u"category"_s};
    PortraitFilter filter;
    filter.sql = u"1 = 1"_s;
    const QString field = object.value(u"field"_s).toString();
    if (field == u"avg_check") {
        QStringList parts;
        for (const QString& end : {u"min_kopecks"_s, u"max_kopecks"_s}) {
            const QJsonValue bound = object.value(end);
            if (bound.isUndefined() || bound.isNull())
                continue;
            if (!bound.isDouble() || bound.toDouble() < 0 || bound.toDouble() != std::floor(bound.toDouble())) {
                fail(errors, path + u'.' + end, FieldErrorCode::wrongType, u"A non-negative integer (kopecks)"_s);
                continue;
            }
            parts << (end == u"min_kopecks" ? u"avg_check_kopecks >= ?"_s : u"avg_check_kopecks <= ?"_s);
            filter.values << bound.toInteger();
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"field" && it.key() != u"min_kopecks" && it.key() != u"max_kopecks")
                fail(errors, path + u'.' + it.key(), FieldErrorCode::unknownField, u"Unknown member"_s);
        }
        if (!parts.isEmpty())
            filter.sql = parts.join(u" AND "_s);
        return filter;
    }
    if (!listFields.contains(field)) {
        fail(errors, path + u".field"_s, FieldErrorCode::invalidValue,
             u"field must be gender, age_band, region, category or avg_check"_s);
        return filter;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"field" && it.key() != u"in")
            fail(errors, path + u'.' + it.key(), FieldErrorCode::unknownField, u"Unknown member"_s);
    }
    const QJsonValue in = object.value(u"in"_s);
    if (!in.isArray() || in.toArray().isEmpty()) {
        fail(errors, path + u".in"_s, FieldErrorCode::required, u"in must be a non-empty array of strings"_s);
        return filter;
    }
    QStringList parts;
    const QJsonArray values = in.toArray();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isString()) {
            fail(errors, path + u".in[%1]"_s.arg(i), FieldErrorCode::wrongType, u"A string"_s);
            continue;
        }
        if (field == u"category") {
            // interests holds the buyer's top categories as a JSON array of ids.
            parts << u"interests LIKE ?"_s;
            filter.values << QString(u"%\""_s + values.at(i).toString() + u"\"%"_s);
        } else {
            parts << field + u" = ?"_s;
            filter.values << values.at(i).toString();
        }
    }
    if (!parts.isEmpty())
        filter.sql = parts.join(u" OR "_s);
    return filter;
}

PortraitFilter build(const QJsonValue& value, const QString& path, int depth, FieldErrors& errors)
{
    if (depth > PortraitFilter::maxDepth) {
        fail(errors, path, FieldErrorCode::outOfRange, u"Conditions nest at most %1 levels"_s.arg(PortraitFilter::maxDepth));
        return {u"1 = 1"_s, {}};
    }
    if (!value.isObject()) {
        fail(errors, path, FieldErrorCode::wrongType, u"A condition must be an object"_s);
        return {u"1 = 1"_s, {}};
    }
    const QJsonObject object = value.toObject();
    return object.contains(u"op"_s) ? group(object, path, depth, errors) : leaf(object, path, errors);
}

} // namespace

PortraitFilter PortraitFilter::from(const QJsonValue& conditions, const QString& path, FieldErrors& errors)
{
    if (conditions.isUndefined() || conditions.isNull())
        return {u"1 = 1"_s, {}};
    return build(conditions, path, 0, errors);
}

} // namespace sellercrm::server
