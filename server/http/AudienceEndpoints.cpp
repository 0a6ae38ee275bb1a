#include "AudienceEndpoints.h"

#include "CommunicationJson.h"
#include "PageRequest.h"
#include "Segmentation.h"
#include "SqlRows.h"
#include "store/SavedAudiences.h"
#include "store/ServerStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

constexpr qsizetype maxNameLength = 100;
constexpr qsizetype maxIdempotencyKeyLength = 200;

struct AudienceRequest final
{
    QString name;
    saved_audiences::Definition definition;
};

QString compact(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QStringList codeList(const QJsonObject& body, const QString& member, bool subSegments, FieldErrors& errors)
{
    QStringList codes;
    const QJsonValue value = body.value(member);
    if (value.isUndefined() || value.isNull())
        return codes;
    if (!value.isArray()) {
        errors.append({member, FieldErrorCode::wrongType.toString(), u"An array of codes"_s});
        return codes;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString code = array.at(i).toString();
        const bool known = subSegments ? subSegmentFromCode(code).has_value() : segmentFromCode(code).has_value();
        if (!known)
            errors.append({member + u"[%1]"_s.arg(i), FieldErrorCode::invalidValue.toString(),
                           subSegments ? u"Unknown sub-segment code"_s : u"Unknown segment code"_s});
        else if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

// The body of POST /audiences; every problem goes to `errors` with its JSON path.
AudienceRequest parseRequest(const QJsonObject& body, FieldErrors& errors)
{
    AudienceRequest request;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"name" && it.key() != u"segments" && it.key() != u"subsegments" &&
            it.key() != u"conditions")
            errors.append({it.key(), FieldErrorCode::unknownField.toString(), u"Unknown member"_s});
    }
    const QJsonValue name = body.value(u"name"_s);
    if (!name.isString() && !name.isUndefined() && !name.isNull())
        errors.append({u"name"_s, FieldErrorCode::wrongType.toString(), u"The name must be a string"_s});
    request.name = name.toString().trimmed();
    if (name.isString() || name.isUndefined() || name.isNull()) {
        if (request.name.isEmpty())
            errors.append({u"name"_s, FieldErrorCode::required.toString(), u"Name the audience"_s});
        else if (request.name.size() > maxNameLength)
            errors.append({u"name"_s, FieldErrorCode::tooLong.toString(),
                           u"At most %1 characters"_s.arg(maxNameLength)});
    }
    request.definition.segments = codeList(body, u"segments"_s, false, errors);
    request.definition.subSegments = codeList(body, u"subsegments"_s, true, errors);
    // POR-2: the same condition tree and checks as POST /portrait (domain/PortraitConditions).
    const QJsonValue conditions = body.value(u"conditions"_s);
    if (!conditions.isUndefined() && !conditions.isNull())
        request.definition.conditions = PortraitConditions::fromJson(conditions, errors);
    return request;
}

StoreResult<QJsonObject> audienceResource(QSqlDatabase& db, const QString& sellerId, const QString& id)
{
    QSqlQuery query(db);
    if (!SqlRows::run(query,
                      u"SELECT "_s + saved_audiences::columns() +
                          u" FROM saved_audiences WHERE audience_id = ? AND seller_id = ?"_s,
                      {id, sellerId}))
        return StoreResult<QJsonObject>::failure(query.lastError().text());
    if (!query.next())
        return QJsonObject();
    return SqlRows::withId(id, saved_audiences::data(query.record()));
}

// The body recorded for (seller, key) by an earlier create, or an empty array.
StoreResult<QByteArray> recordedCreate(QSqlDatabase& db, const QString& sellerId, const QString& key)
{
    QSqlQuery query(db);
    if (!SqlRows::run(query,
                      u"SELECT response_body FROM audience_idempotency_keys"
                      " WHERE seller_id = ? AND idempotency_key = ?"_s,
                      {sellerId, key}))
        return StoreResult<QByteArray>::failure(query.lastError().text());
    return query.next() ? query.value(0).toString().toUtf8() : QByteArray();
}

ApiResponse replayed(QByteArray body)
{
    ApiResponse response = ApiResponse::rawJson(200, std::move(body));
    response.extraHeaders.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
    return response;
}

ApiResponse nameTaken(const QString& name)
{
    return ApiResponse::error(409, u"name_taken"_s, u"An audience named \"%1\" already exists"_s.arg(name),
                              {{u"name"_s, FieldErrorCode::notUnique.toString(),
                                u"Choose another name: this one is taken"_s}});
}

StoreResult<bool> nameExists(QSqlDatabase& db, const QString& sellerId, const QString& folded)
{
    QSqlQuery query(db);
    if (!SqlRows::run(query, u"SELECT 1 FROM saved_audiences WHERE seller_id = ? AND name_folded = ?"_s,
                      {sellerId, folded}))
        return StoreResult<bool>::failure(query.lastError().text());
    return query.next();
}

// A communication that still waits to be sent and names the audience.
StoreResult<QString> communicationUsing(QSqlDatabase& db, const QString& sellerId, const QString& audienceId)
{
    QSqlQuery query(db);
    if (!SqlRows::run(query,
                      u"SELECT communication_id, audience_json FROM communications WHERE seller_id = ?"
                      " AND status IN ('on_moderation', 'scheduled') ORDER BY communication_id"_s,
                      {sellerId}))
        return StoreResult<QString>::failure(query.lastError().text());
    while (query.next()) {
        const QJsonObject audience = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        if (audienceFromJson(audience, u"audience"_s).value.savedAudienceId == audienceId)
            return query.value(0).toString();
    }
    return QString();
}

} // namespace

void AudienceEndpoints::addRoutes(ApiRouter& router)
{
    router.add("POST", u"/audiences"_s, &AudienceEndpoints::create);
    router.add("GET", u"/audiences"_s, &AudienceEndpoints::list);
    router.add("GET", u"/audiences/{id}"_s, &AudienceEndpoints::get);
    router.add("DELETE", u"/audiences/{id}"_s, &AudienceEndpoints::remove);
}

ApiResponse AudienceEndpoints::create(const ApiContext& context)
{
    QSqlDatabase db = context.db;
    const QString key = QString::fromUtf8(context.request.header("idempotency-key")).trimmed();
    if (key.isEmpty() || key.size() > maxIdempotencyKeyLength)
        return ApiResponse::badRequest(u"An Idempotency-Key header (1 to 200 characters) is required"_s,
                                       {{u"Idempotency-Key"_s, FieldErrorCode::required.toString(),
                                         u"Send a unique key per audience, e.g. a UUID"_s}});
    const StoreResult<QByteArray> earlier = recordedCreate(db, context.sellerId, key);
    if (!earlier)
        return SqlRows::storeError(earlier.error());
    if (!earlier.value().isEmpty())
        return replayed(earlier.value());

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiResponse::error(400, u"malformed_json"_s, u"The body must be a JSON object"_s);
    FieldErrors errors;
    const AudienceRequest request = parseRequest(document.object(), errors);
    if (!errors.isEmpty())
        return ApiResponse::unprocessable(errors);

    const QString folded = request.name.toCaseFolded();
    const StoreResult<bool> taken = nameExists(db, context.sellerId, folded);
    if (!taken)
        return SqlRows::storeError(taken.error());
    if (taken.value())
        return nameTaken(request.name);
    const StoreResult<saved_audiences::Counts> counts =
        saved_audiences::count(db, context.sellerId, request.definition);
    if (!counts)
        return SqlRows::storeError(counts.error());

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QByteArray body;
    bool duplicateName = false;
    bool keyTaken = false;
    const StoreStatus status = inTransaction(db, [&]() -> StoreStatus {
        const StoreResult<bool> takenNow = nameExists(db, context.sellerId, folded);
        if (!takenNow)
            return StoreStatus::from(takenNow);
        if (takenNow.value()) {
            duplicateName = true;
            return StoreStatus::failure(u"name taken"_s);
        }
        const StoreResult<qint64> number = ServerStore::nextCounterValue(db, u"audience_id"_s);
        if (!number)
            return StoreStatus::from(number);
        const StoreResult<qint64> version = ServerStore::allocateRowVersions(db, 1);
        if (!version)
            return StoreStatus::from(version);
        const QString id = u"A%1"_s.arg(number.value());
        QSqlQuery insert(db);
        if (!SqlRows::run(insert,
                          u"INSERT INTO saved_audiences (audience_id, seller_id, name, name_folded, segments_json,"
                          " subsegments_json, conditions_json, own_buyers, potential_buyers, created_at,"
                          " updated_at, idempotency_key, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                          " ?, ?)"_s,
                          {id, context.sellerId, request.name, folded,
                           compact(QJsonArray::fromStringList(request.definition.segments)),
                           compact(QJsonArray::fromStringList(request.definition.subSegments)),
                           compact(request.definition.conditions.toJson()), counts.value().own,
                           counts.value().potential, now, now, key, version.value()})) {
            duplicateName = true; // a concurrent create with this name committed first
            return StoreStatus::failure(insert.lastError().text());
        }
        const StoreResult<QJsonObject> resource = audienceResource(db, context.sellerId, id);
        if (!resource)
            return StoreStatus::from(resource);
        body = QJsonDocument(resource.value()).toJson(QJsonDocument::Compact);
        QSqlQuery remember(db);
        if (!SqlRows::run(remember,
                          u"INSERT INTO audience_idempotency_keys (seller_id, idempotency_key, audience_id,"
                          " response_body, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                          {context.sellerId, key, id, QString::fromUtf8(body), now})) {
            keyTaken = true; // a concurrent request with the same key committed first
            return StoreStatus::failure(remember.lastError().text());
        }
        return {};
    });
    if (status.ok())
        return ApiResponse::rawJson(201, body);
    const StoreResult<QByteArray> first = recordedCreate(db, context.sellerId, key);
    if ((keyTaken || duplicateName) && first && !first.value().isEmpty())
        return replayed(first.value());
    if (duplicateName)
        return nameTaken(request.name);
    return SqlRows::storeError(status.error());
}

ApiResponse AudienceEndpoints::list(const ApiContext& context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::from(context.request, errors);
    if (!errors.isEmpty())
        return ApiResponse::badRequest(u"Invalid query parameters"_s, errors);
    QSqlDatabase db = context.db;
    QSqlQuery count(db);
    if (!SqlRows::run(count, u"SELECT COUNT(*) FROM saved_audiences WHERE seller_id = ?"_s, {context.sellerId}) ||
        !count.next())
        return SqlRows::storeError(count);
    const qint64 total = count.value(0).toLongLong();
    QSqlQuery rows(db);
    if (!SqlRows::run(rows,
                      u"SELECT "_s + saved_audiences::columns() +
                          u" FROM saved_audiences WHERE seller_id = ? ORDER BY name_folded, audience_id"
                          " LIMIT ? OFFSET ?"_s,
                      {context.sellerId, page.pageSize, page.offset()}))
        return SqlRows::storeError(rows);
    QJsonArray items;
    while (rows.next())
        items.append(SqlRows::withId(rows.value(0).toString(), saved_audiences::data(rows.record())));
    return ApiResponse::json(200, QJsonObject{{u"page"_s, page.page},
                                              {u"page_size"_s, page.pageSize},
                                              {u"total"_s, total},
                                              {u"items"_s, items}});
}

ApiResponse AudienceEndpoints::get(const ApiContext& context)
{
    QSqlDatabase db = context.db;
    const StoreResult<QJsonObject> resource =
        audienceResource(db, context.sellerId, context.pathParameters.value(0));
    if (!resource)
        return SqlRows::storeError(resource.error());
    if (resource.value().isEmpty())
        return ApiResponse::notFound(u"Audience"_s);
    return ApiResponse::json(200, resource.value());
}

ApiResponse AudienceEndpoints::remove(const ApiContext& context)
{
    QSqlDatabase db = context.db;
    const QString id = context.pathParameters.value(0);
    bool found = false;
    QString usedBy;
    const StoreStatus status = inTransaction(db, [&]() -> StoreStatus {
        const StoreResult<QString> user = communicationUsing(db, context.sellerId, id);
        if (!user)
            return StoreStatus::from(user);
        usedBy = user.value();
        if (!usedBy.isEmpty()) {
            found = true;
            return {};
        }
        QSqlQuery remove(db);
        if (!SqlRows::run(remove, u"DELETE FROM saved_audiences WHERE audience_id = ? AND seller_id = ?"_s,
                          {id, context.sellerId}))
            return StoreStatus::failure(remove.lastError().text());
        found = remove.numRowsAffected() > 0;
        if (!found)
            return {};
        const StoreResult<qint64> version = ServerStore::allocateRowVersions(db, 1);
        if (!version)
            return StoreStatus::from(version);
        return ServerStore::addTombstone(db, context.sellerId, QString(saved_audiences::feedType), id,
                                         version.value());
    });
    if (!status.ok())
        return SqlRows::storeError(status.error());
    if (!found)
        return ApiResponse::notFound(u"Audience"_s);
    if (!usedBy.isEmpty())
        return ApiResponse::error(
            409, u"audience_in_use"_s,
            u"Communication %1 waits to be sent to this audience; delete it or wait until it is sent"_s.arg(
                usedBy));
    return ApiResponse::noContent();
}

} // namespace sellercrm::server
