#include "CommunicationEndpoints.h"

#include "BonusPricing.h"
#include "CommunicationJson.h"
#include "CommunicationValidator.h"
#include "OfferTitles.h"
#include "PageRequest.h"
#include "PromoCodes.h"
#include "SellerFacts.h"
#include "SqlRows.h"
#include "store/EntityJson.h"
#include "store/ServerStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

constexpr qsizetype maxIdempotencyKeyLength = 200;

struct StoredAnswer final
{
    int status = 0;
    QByteArray body;
};

// The answer recorded for (seller, key), if any.
StoreResult<std::optional<StoredAnswer>> storedAnswer(QSqlDatabase& db, const QString& sellerId,
                                                      const QString& key)
{
    QSqlQuery query(db);
    if (!SqlRows::run(query,
                      u"SELECT response_status, response_body FROM idempotency_keys"
                      " WHERE seller_id = ? AND idempotency_key = ?"_s,
                      {sellerId, key}))
        return StoreResult<std::optional<StoredAnswer>>::failure(query.lastError().text());
    if (!query.next())
        return std::optional<StoredAnswer>();
    return std::optional<StoredAnswer>(
        StoredAnswer{query.value(0).toInt(), query.value(1).toString().toUtf8()});
}

ApiResponse replay(const StoredAnswer& answer)
{
    ApiResponse response = ApiResponse::rawJson(answer.status == 201 ? 200 : answer.status, answer.body);
    response.extraHeaders.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
    return response;
}

StoreResult<QJsonObject> communicationResource(QSqlDatabase& db, const QString& sellerId, const QString& id)
{
    QSqlQuery query(db);
    if (!SqlRows::run(query,
                      u"SELECT "_s + entity_json::communicationColumns() +
                          u" FROM communications WHERE communication_id = ? AND seller_id = ?"_s,
                      {id, sellerId}))
        return StoreResult<QJsonObject>::failure(query.lastError().text());
    if (!query.next())
        return QJsonObject();
    StoreResult<QJsonObject> data = entity_json::communication(db, query.record());
    if (!data)
        return data;
    return SqlRows::withId(id, std::move(data).value());
}

bool isShapeError(const FieldError& error)
{
    return error.code == FieldErrorCode::wrongType || error.code == FieldErrorCode::unknownField;
}

// Columns of a new communication derived from the validated request.
struct StoredCommunication final
{
    QString name;
    QString format;
    QVariant sendDate;
    QVariant endDate;
    qint64 recipients = 0;
    QVariant dailyBudget;
    QVariant cost;
};

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

StoredCommunication derive(const Communication& communication, const ValidationContext& context,
                           bool firstBonusCampaign)
{
    StoredCommunication stored;
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const PromotionInfo* promotion = context.promotion(communication.offer.promotionId);
    stored.name = communication.name.trimmed();
    if (stored.name.isEmpty())
        stored.name =
            OfferTitles::offerTitle(communication.offer, locale, promotion ? promotion->name : QString());
    stored.format = formatTypeCode(communication.format.type);
    const QVariant nullNumber(QMetaType(QMetaType::LongLong));
    stored.dailyBudget = nullNumber;
    stored.cost = nullNumber;
    if (communication.format.type == FormatType::Mailing) {
        const MailingFormat& mailing = communication.format.mailing;
        stored.sendDate = dateOrNull(mailing.sendDate);
        stored.endDate = dateOrNull(CommunicationValidator::promotionEnd(communication.offer, context));
        stored.recipients = mailing.recipients.value_or(0);
        if (communication.offer.type == OfferType::Bonuses) {
            stored.recipients = communication.offer.bonusRecipients.value_or(stored.recipients);
            const Plan plan =
                context.subscription.isActiveOn(context.today) ? context.subscription.plan : Plan::None;
            const BonusCost cost = bonusCost({communication.offer.bonusesPerBuyer.value_or(0),
                                              stored.recipients, plan, firstBonusCampaign});
            stored.cost = cost.netKopecks;
        }
    } else {
        const BannerFormat& banner = communication.format.banner;
        stored.sendDate = dateOrNull(banner.start);
        stored.endDate = dateOrNull(banner.end);
        stored.recipients = context.ownBuyersInAudience + context.potentialBuyersInAudience;
        if (banner.dailyBudgetKopecks) {
            stored.dailyBudget = *banner.dailyBudgetKopecks;
            if (banner.start.isValid() && banner.end.isValid())
                stored.cost = *banner.dailyBudgetKopecks * (banner.start.daysTo(banner.end) + 1);
        }
    }
    return stored;
}

} // namespace

void CommunicationEndpoints::addRoutes(ApiRouter& router)
{
    router.add("POST", u"/communications"_s, &CommunicationEndpoints::create);
    router.add("GET", u"/communications"_s, &CommunicationEndpoints::list);
    router.add("GET", u"/communications/{id}"_s, &CommunicationEndpoints::get);
    router.add("DELETE", u"/communications/{id}"_s, &CommunicationEndpoints::remove);
}

ApiResponse CommunicationEndpoints::create(const ApiContext& context)
{
    QSqlDatabase db = context.db;
    const QString key = QString::fromUtf8(context.request.header("idempotency-key")).trimmed();
    if (key.isEmpty() || key.size() > maxIdempotencyKeyLength)
        return ApiResponse::badRequest(u"An Idempotency-Key header (1 to 200 characters) is required"_s,
                                       {{u"Idempotency-Key"_s, FieldErrorCode::required.toString(),
                                         u"Send a unique key per communication, e.g. a UUID"_s}});
    const StoreResult<std::optional<StoredAnswer>> earlier = storedAnswer(db, context.sellerId, key);
    if (!earlier)
        return SqlRows::storeError(earlier.error());
    if (earlier.value())
        return replay(*earlier.value());

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiResponse::error(
            400, u"malformed_json"_s,
            u"The body is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return ApiResponse::error(400, u"malformed_json"_s, u"The body must be a JSON object"_s);

    Parsed<Communication> parsed = communicationFromJson(document.object());
    FieldErrors shape;
    for (const FieldError& error : std::as_const(parsed.errors)) {
        if (isShapeError(error))
            shape.append(error);
    }
    if (!shape.isEmpty())
        return ApiResponse::error(400, u"invalid_body"_s,
                                  u"The body does not have the expected shape; see fields"_s, shape);

    Communication& communication = parsed.value;
    StoreResult<ValidationContext> facts =
        SellerFacts::load(db, context.sellerId, context.today, communication.audience);
    if (!facts)
        return SqlRows::storeError(facts.error());
    const ValidationContext& rules = facts.value();
    FieldErrors errors = parsed.errors + CommunicationValidator::validate(communication, rules);
    if (!errors.isEmpty())
        return ApiResponse::unprocessable(errors);

    if (communication.offer.type == OfferType::PromoCode && communication.offer.generateCode) {
        communication.offer.code = generatePromoCode(*QRandomGenerator::global(), rules.existingPromoCodes);
        communication.offer.generateCode = false;
    }
    const StoreResult<bool> bonusBefore = SellerFacts::hasBonusCampaign(db, context.sellerId);
    if (!bonusBefore)
        return SqlRows::storeError(bonusBefore.error());
    const StoredCommunication stored = derive(communication, rules, !bonusBefore.value());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QByteArray audience =
        QJsonDocument(audienceToJson(communication.audience)).toJson(QJsonDocument::Compact);
    const QByteArray offer = QJsonDocument(offerToJson(communication.offer)).toJson(QJsonDocument::Compact);
    const QByteArray format =
        QJsonDocument(formatToJson(communication.format)).toJson(QJsonDocument::Compact);

    QByteArray body;
    bool keyTaken = false;
    const StoreStatus status = inTransaction(db, [&]() -> StoreStatus {
        const StoreResult<qint64> number = ServerStore::nextCounterValue(db, u"communication_id"_s);
        if (!number)
            return StoreStatus::from(number);
        const StoreResult<qint64> version = ServerStore::allocateRowVersions(db, 1);
        if (!version)
            return StoreStatus::from(version);
        const QString id = u"C%1"_s.arg(number.value());
        QSqlQuery insert(db);
        if (!SqlRows::run(
                insert,
                u"INSERT INTO communications (communication_id, seller_id, name, format, audience_json,"
                " offer_json, content_json, status, reject_reason, send_date, end_date, recipients,"
                " daily_budget_kopecks, cost_kopecks, delivered, opened, clicks, created_at, updated_at,"
                " idempotency_key, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, 'on_moderation', NULL, ?, ?, ?,"
                " ?, ?, 0, 0, 0, ?, ?, ?, ?)"_s,
                {id, context.sellerId, stored.name, stored.format, QString::fromUtf8(audience),
                 QString::fromUtf8(offer), QString::fromUtf8(format), stored.sendDate, stored.endDate,
                 stored.recipients, stored.dailyBudget, stored.cost, now, now, key, version.value()}))
            return StoreStatus::failure(insert.lastError().text());
        const StoreResult<QJsonObject> resource = communicationResource(db, context.sellerId, id);
        if (!resource)
            return StoreStatus::from(resource);
        body = QJsonDocument(resource.value()).toJson(QJsonDocument::Compact);
        QSqlQuery remember(db);
        if (!SqlRows::run(remember,
                          u"INSERT INTO idempotency_keys (seller_id, idempotency_key, communication_id,"
                          " response_status, response_body, created_at) VALUES (?, ?, ?, 201, ?, ?)"_s,
                          {context.sellerId, key, id, QString::fromUtf8(body), now})) {
            keyTaken = true; // a concurrent request with the same key committed first
            return StoreStatus::failure(remember.lastError().text());
        }
        return {};
    });
    if (!status.ok()) {
        if (keyTaken) {
            const StoreResult<std::optional<StoredAnswer>> first = storedAnswer(db, context.sellerId, key);
            if (first && first.value())
                return replay(*first.value());
        }
        return SqlRows::storeError(status.error());
    }
    return ApiResponse::rawJson(201, body);
}

ApiResponse CommunicationEndpoints::list(const ApiContext& context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::from(context.request, errors);
    QString where = u" FROM communications WHERE seller_id = ?"_s;
    QVariantList values{context.sellerId};
    const QString format = context.request.queryValue(u"format"_s);
    if (!format.isEmpty()) {
        if (!formatTypeFromCode(format))
            errors.append({u"format"_s, FieldErrorCode::invalidValue.toString(),
                           u"format must be mailing or banner"_s});
        where += u" AND format = ?"_s;
        values << format;
    }
    const QStringList statuses = context.request.queryValue(u"status"_s).split(u',', Qt::SkipEmptyParts);
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString& status : statuses) {
            marks << u"?"_s;
            values << status;
        }
        where += u" AND status IN ("_s + marks.join(u", "_s) + u')';
    }
    const QString search = context.request.queryValue(u"search"_s).trimmed();
    if (!search.isEmpty()) {
        where += u" AND LOWER(name) LIKE ? ESCAPE '\\'"_s;
        values << SqlRows::likePattern(search);
    }
    if (!errors.isEmpty())
        return ApiResponse::badRequest(u"Invalid query parameters"_s, errors);

    QSqlDatabase db = context.db;
    QSqlQuery count(db);
    if (!SqlRows::run(count, u"SELECT COUNT(*)"_s + where, values) || !count.next())
        return SqlRows::storeError(count);
    QSqlQuery rows(db);
    if (!SqlRows::run(rows,
                      u"SELECT "_s + entity_json::communicationColumns() + where +
                          u" ORDER BY created_at DESC, communication_id DESC LIMIT ? OFFSET ?"_s,
                      values + QVariantList{page.pageSize, page.offset()}))
        return SqlRows::storeError(rows);
    // Read every row before the metrics queries: QPSQL streams forward-only results, and another
    // query on the connection would end this one.
    QList<QSqlRecord> records;
    QSqlRecord current;
    while (rows.next()) {
        SqlRows::refill(current, rows);
        records.append(current);
    }
    QJsonArray items;
    for (const QSqlRecord& row : std::as_const(records)) {
        StoreResult<QJsonObject> data = entity_json::communication(db, row);
        if (!data)
            return SqlRows::storeError(data.error());
        items.append(SqlRows::withId(row.value(0).toString(), std::move(data).value()));
    }
    return ApiResponse::json(200, QJsonObject{{u"page"_s, page.page},
                                              {u"page_size"_s, page.pageSize},
                                              {u"total"_s, count.value(0).toLongLong()},
                                              {u"items"_s, items}});
}

ApiResponse CommunicationEndpoints::get(const ApiContext& context)
{
    QSqlDatabase db = context.db;
    const StoreResult<QJsonObject> resource =
        communicationResource(db, context.sellerId, context.pathParameters.value(0));
    if (!resource)
        return SqlRows::storeError(resource.error());
    if (resource.value().isEmpty())
        return ApiResponse::notFound(u"Communication"_s);
    return ApiResponse::json(200, resource.value());
}

ApiResponse CommunicationEndpoints::remove(const ApiContext& context)
{
    QSqlDatabase db = context.db;
    const QString id = context.pathParameters.value(0);
    bool deleted = false;
    const StoreStatus status = inTransaction(db, [&]() -> StoreStatus {
        QSqlQuery remove(db);
        if (!SqlRows::run(remove,
                          u"DELETE FROM communications WHERE communication_id = ? AND seller_id = ?"
                          " AND status = 'on_moderation'"_s,
                          {id, context.sellerId}))
            return StoreStatus::failure(remove.lastError().text());
        deleted = remove.numRowsAffected() > 0;
        if (!deleted)
            return {};
        QSqlQuery metrics(db);
        if (!SqlRows::run(metrics, u"DELETE FROM communication_metrics WHERE communication_id = ?"_s, {id}))
            return StoreStatus::failure(metrics.lastError().text());
        const StoreResult<qint64> version = ServerStore::allocateRowVersions(db, 1);
        if (!version)
            return StoreStatus::from(version);
        return ServerStore::addTombstone(db, context.sellerId, u"communication"_s, id, version.value());
    });
    if (!status.ok())
        return SqlRows::storeError(status.error());
    if (deleted)
        return ApiResponse::noContent();
    const StoreResult<QJsonObject> existing = communicationResource(db, context.sellerId, id);
    if (!existing)
        return SqlRows::storeError(existing.error());
    if (existing.value().isEmpty())
        return ApiResponse::notFound(u"Communication"_s);
    return ApiResponse::error(
        409, u"not_on_moderation"_s,
        u"Only a communication on moderation can be deleted (COM-6); this one is %1"_s.arg(
            existing.value().value(u"status"_s).toString()));
}

} // namespace sellercrm::server
