#include "PortraitEndpoints.h"

#include "PortraitConditions.h"
#include "Segmentation.h"
#include "SqlRows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

QStringList codes(const QJsonValue& value, const QString& field, bool subSegments, FieldErrors& errors)
{
    QStringList result;
    if (value.isUndefined() || value.isNull())
        return result;
    if (!value.isArray()) {
        errors.append({field, FieldErrorCode::wrongType.toString(), u"An array of codes"_s});
        return result;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString code = array.at(i).toString();
        const bool known =
            subSegments ? subSegmentFromCode(code).has_value() : segmentFromCode(code).has_value();
        if (!known)
            errors.append(
                {field + u"[%1]"_s.arg(i), FieldErrorCode::invalidValue.toString(), u"Unknown code"_s});
        else
            result << code;
    }
    return result;
}

QJsonArray counted(const QHash<QString, qint64>& counts, const QString& keyName, qsizetype top)
{
    QList<std::pair<QString, qint64>> sorted(counts.keyValueBegin(), counts.keyValueEnd());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QJsonArray array;
    for (qsizetype i = 0; i < sorted.size() && i < top; ++i)
        array.append(QJsonObject{{keyName, sorted.at(i).first}, {u"buyers"_s, sorted.at(i).second}});
    return array;
}

} // namespace

void PortraitEndpoints::addRoutes(ApiRouter& router)
{
    router.add("POST", u"/portrait"_s, &PortraitEndpoints::portrait);
}

ApiResponse PortraitEndpoints::portrait(const ApiContext& context)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiResponse::error(400, u"malformed_json"_s, u"The body must be a JSON object"_s);
    const QJsonObject body = document.object();
    FieldErrors errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"segments" && it.key() != u"subsegments" && it.key() != u"conditions")
            errors.append({it.key(), FieldErrorCode::unknownField.toString(), u"Unknown member"_s});
    }
    const QStringList segments = codes(body.value(u"segments"_s), u"segments"_s, false, errors);
    const QStringList subSegments = codes(body.value(u"subsegments"_s), u"subsegments"_s, true, errors);
    const PortraitConditions conditions = PortraitConditions::fromJson(body.value(u"conditions"_s), errors);
    if (!errors.isEmpty())
        return ApiResponse::error(400, u"invalid_body"_s,
                                  u"The body does not have the expected shape; see fields"_s, errors);

    QString sql = u"SELECT avg_check_kopecks, region, gender, age_band, interests FROM segment_results"
                  " WHERE seller_id = ?"_s;
    QVariantList values{context.sellerId};
    QStringList audience;
    for (const QString& segment : segments) {
        audience << u"segment = ?"_s;
        values << segment;
    }
    for (const QString& subSegment : subSegments) {
        audience << u"subsegment = ?"_s;
        values << subSegment;
    }
    if (!audience.isEmpty())
        sql += u" AND ("_s + audience.join(u" OR "_s) + u')';

    QSqlQuery query(context.db);
    if (!SqlRows::run(query, sql, values))
        return SqlRows::storeError(query);
    constexpr qsizetype bucketCount = std::size(bucketBounds) + 1;
    QList<qint64> buckets(bucketCount, 0);
    QHash<QString, qint64> regions;
    QHash<QString, qint64> categories;
    QMap<std::pair<QString, QString>, qint64> ageGender;
    qint64 reach = 0;
    // POR-2: the same condition tree the client evaluates (domain/PortraitConditions).
    PortraitConditions::Buyer buyer;
    while (query.next()) {
        buyer.avgCheckKopecks = query.value(0).toLongLong();
        buyer.region = query.value(1).toString();
        buyer.gender = query.value(2).toString();
        buyer.ageBand = query.value(3).toString();
        buyer.interests.clear();
        const QJsonArray interests = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        for (const QJsonValue& category : interests)
            buyer.interests.append(category.toString());
        if (!conditions.matches(buyer))
            continue;
        ++reach;
        const auto bucket =
            std::upper_bound(std::begin(bucketBounds), std::end(bucketBounds), buyer.avgCheckKopecks);
        ++buckets[std::distance(std::begin(bucketBounds), bucket)];
        ++regions[buyer.region];
        ++ageGender[{buyer.ageBand, buyer.gender}];
        for (const QString& category : std::as_const(buyer.interests))
            ++categories[category];
    }

    QJsonArray bucketArray;
    for (qsizetype i = 0; i < bucketCount; ++i) {
        const qint64 from = i == 0 ? 0 : bucketBounds[i - 1];
        const QJsonValue to =
            i < bucketCount - 1 ? QJsonValue(bucketBounds[i]) : QJsonValue(QJsonValue::Null);
        bucketArray.append(
            QJsonObject{{u"from_kopecks"_s, from}, {u"to_kopecks"_s, to}, {u"buyers"_s, buckets.at(i)}});
    }
    QJsonArray ageGenderArray;
    for (auto it = ageGender.cbegin(); it != ageGender.cend(); ++it)
        ageGenderArray.append(QJsonObject{
            {u"age_band"_s, it.key().first}, {u"gender"_s, it.key().second}, {u"buyers"_s, it.value()}});

    // Category names for the chart labels.
    QJsonArray categoryArray = counted(categories, u"category_id"_s, 20);
    QSqlQuery names(context.db);
    if (!SqlRows::run(names, u"SELECT category_id, name FROM categories"_s, {}))
        return SqlRows::storeError(names);
    QHash<QString, QString> nameOf;
    while (names.next())
        nameOf.insert(names.value(0).toString(), names.value(1).toString());
    for (qsizetype i = 0; i < categoryArray.size(); ++i) {
        QJsonObject entry = categoryArray.at(i).toObject();
        entry.insert(u"name"_s, nameOf.value(entry.value(u"category_id"_s).toString()));
        categoryArray.replace(i, entry);
    }
    return ApiResponse::json(200, QJsonObject{{u"reach"_s, reach},
                                              {u"avg_check_buckets"_s, bucketArray},
                                              {u"regions"_s, counted(regions, u"region"_s, 30)},
                                              {u"categories"_s, categoryArray},
                                              {u"age_gender"_s, ageGenderArray}});
}

} // namespace sellercrm::server
