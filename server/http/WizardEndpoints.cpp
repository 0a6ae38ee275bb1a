#include "WizardEndpoints.h"

#include "BannerImage.h"
#include "BonusPricing.h"
#include "CommunicationJson.h"
#include "CommunicationValidator.h"
#include "SellerFacts.h"
#include "SendCalendar.h"
#include "SqlRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

const QLocale apiLocale(QLocale::English, QLocale::UnitedStates);

QString sendDayStateCode(SendDayState state)
{
    switch (state) {
    case SendDayState::Available:
        return u"available"_s;
    case SendDayState::InPast:
        return u"in_past"_s;
    case SendDayState::AfterPromotionEnd:
        return u"after_promotion_end"_s;
    case SendDayState::AfterSubscriptionEnd:
        return u"after_subscription_end"_s;
    case SendDayState::CapacityExhausted:
        return u"capacity_exhausted"_s;
    }
    return u"available"_s;
}

QString bonusDiscountCode(BonusDiscountKind kind)
{
    switch (kind) {
    case BonusDiscountKind::Subscription:
        return u"subscription"_s;
    case BonusDiscountKind::FirstCampaign:
        return u"first_campaign"_s;
    case BonusDiscountKind::Volume:
        return u"volume"_s;
    }
    return u"volume"_s;
}

// The JSON object body of a POST, or a 400 answer.
std::optional<QJsonObject> objectBody(const ApiContext& context, ApiResponse& failure)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failure = ApiResponse::error(400, u"malformed_json"_s, u"The body must be a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

void rejectUnknown(const QJsonObject& body, const QStringList& known, FieldErrors& errors)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append({it.key(), FieldErrorCode::unknownField.toString(), u"Unknown member"_s});
    }
}

std::optional<qint64> integerMember(const QJsonObject& body, const QString& name, FieldErrors& errors)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger())) {
        errors.append({name, FieldErrorCode::wrongType.toString(), u"An integer"_s});
        return std::nullopt;
    }
    return value.toInteger();
}

QDate dateMember(const QJsonObject& body, const QString& name, FieldErrors& errors)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !date.isValid())
        errors.append({name,
                       value.isString() ? FieldErrorCode::invalidValue.toString()
                                        : FieldErrorCode::wrongType.toString(),
                       u"A date YYYY-MM-DD"_s});
    return date;
}

Audience audienceMember(const QJsonObject& body, FieldErrors& errors)
{
    const QJsonValue value = body.value(u"audience"_s);
    if (value.isUndefined() || value.isNull())
        return Audience::allOwnBuyers();
    if (!value.isObject()) {
        errors.append({u"audience"_s, FieldErrorCode::wrongType.toString(), u"An audience object"_s});
        return Audience::allOwnBuyers();
    }
    Parsed<Audience> parsed = audienceFromJson(value.toObject(), u"audience"_s);
    errors += parsed.errors;
    return parsed.value;
}

ApiResponse shapeOrRules(const FieldErrors& errors)
{
    for (const FieldError& error : errors) {
        if (error.code == FieldErrorCode::wrongType || error.code == FieldErrorCode::unknownField)
            return ApiResponse::error(400, u"invalid_body"_s,
                                      u"The body does not have the expected shape; see fields"_s, errors);
    }
    return ApiResponse::unprocessable(errors);
}

} // namespace

void WizardEndpoints::addRoutes(ApiRouter& router)
{
    router.add("GET", u"/calendar"_s, &WizardEndpoints::calendar);
    router.add("POST", u"/bonus-quotes"_s, &WizardEndpoints::bonusQuote);
    router.add("POST", u"/banner-forecasts"_s, &WizardEndpoints::bannerForecast);
    router.add("POST", u"/banner-images"_s, &WizardEndpoints::bannerImage);
}

ApiResponse WizardEndpoints::calendar(const ApiContext& context)
{
    const ApiRequest& request = context.request;
    FieldErrors errors;
    const auto date = [&](const QString& name, QDate fallback) {
        const QString text = request.queryValue(name);
        if (text.isEmpty())
            return fallback;
        const QDate value = QDate::fromString(text, Qt::ISODate);
        if (!value.isValid())
            errors.append({name, FieldErrorCode::invalidValue.toString(), u"A date YYYY-MM-DD"_s});
        return value;
    };
    const QDate from = date(u"from"_s, context.today);
    const QDate to = date(u"to"_s, from.isValid() ? from.addDays(89) : QDate());
    const QDate offerEnd = date(u"offer_end"_s, QDate());
    qint64 recipients = 1;
    if (request.query.hasQueryItem(u"recipients"_s)) {
        bool ok = false;
        recipients = request.queryValue(u"recipients"_s).toLongLong(&ok);
        if (!ok || recipients < 1)
            errors.append({u"recipients"_s, FieldErrorCode::outOfRange.toString(), u"A positive integer"_s});
    }
    const QString offer = request.queryValue(u"offer"_s);
    if (!offer.isEmpty() && !offerTypeFromCode(offer))
        errors.append({u"offer"_s, FieldErrorCode::invalidValue.toString(), u"Unknown offer type"_s});
    if (from.isValid() && to.isValid() && (to < from || from.daysTo(to) >= maxCalendarDays))
        errors.append({u"to"_s, FieldErrorCode::outOfRange.toString(),
                       u"to must be on or after from and at most %1 days later"_s.arg(maxCalendarDays - 1)});
    if (!errors.isEmpty())
        return ApiResponse::badRequest(u"Invalid query parameters"_s, errors);

    StoreResult<ValidationContext> facts =
        SellerFacts::load(context.db, context.sellerId, context.today, Audience());
    if (!facts)
        return SqlRows::storeError(facts.error());
    SendCalendarRules rules;
    rules.today = context.today;
    rules.promotionEnd = offerEnd;
    const QString promotionId = request.queryValue(u"promotion_id"_s);
    if (!promotionId.isEmpty()) {
        const PromotionInfo* promotion = facts.value().promotion(promotionId);
        if (!promotion)
            return ApiResponse::notFound(u"Promotion"_s);
        rules.promotionEnd = promotion->end;
    }
    // A bonus campaign needs no subscription (docs/rules.md), so its end does not limit it.
    if (offer != offerTypeCode(OfferType::Bonuses) && facts.value().subscription.end.isValid())
        rules.subscriptionEnd = facts.value().subscription.end;
    rules.platformMessagesOnDay = facts.value().platformMessagesOnDay;
    rules.platformDailyCapacity = facts.value().platformDailyCapacity;
    rules.recipients = recipients;

    QJsonArray disabled;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const SendDayState state = sendDayState(rules, day);
        if (state == SendDayState::Available)
            continue;
        disabled.append(QJsonObject{{u"date"_s, day.toString(Qt::ISODate)},
                                    {u"reason"_s, sendDayStateCode(state)},
                                    {u"message"_s, sendDayExplanation(state, rules, apiLocale)}});
    }
    const QDate first = firstAvailableSendDay(rules, from, static_cast<int>(from.daysTo(to)) + 1);
    return ApiResponse::json(
        200, QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                         {u"to"_s, to.toString(Qt::ISODate)},
                         {u"first_available"_s, first.isValid() ? QJsonValue(first.toString(Qt::ISODate))
                                                                : QJsonValue(QJsonValue::Null)},
                         {u"disabled"_s, disabled}});
}

ApiResponse WizardEndpoints::bonusQuote(const ApiContext& context)
{
    ApiResponse failure;
    const std::optional<QJsonObject> body = objectBody(context, failure);
    if (!body)
        return failure;
    FieldErrors errors;
    rejectUnknown(*body, {u"bonuses_per_buyer"_s, u"recipients"_s, u"validity_days"_s, u"audience"_s},
                  errors);
    Offer offer;
    offer.type = OfferType::Bonuses;
    const std::optional<qint64> perBuyer = integerMember(*body, u"bonuses_per_buyer"_s, errors);
    const std::optional<qint64> recipients = integerMember(*body, u"recipients"_s, errors);
    const std::optional<qint64> validity = integerMember(*body, u"validity_days"_s, errors);
    offer.bonusesPerBuyer = static_cast<int>(perBuyer.value_or(defaultBonusesPerBuyer));
    offer.bonusRecipients = static_cast<int>(recipients.value_or(defaultBonusRecipients));
    offer.bonusValidityDays = static_cast<int>(validity.value_or(defaultBonusValidityDays));
    const Audience audience = audienceMember(*body, errors);
    if (!errors.isEmpty())
        return shapeOrRules(errors);

    StoreResult<ValidationContext> facts =
        SellerFacts::load(context.db, context.sellerId, context.today, audience);
    if (!facts)
        return SqlRows::storeError(facts.error());
    const FieldErrors broken = CommunicationValidator::validateOffer(offer, facts.value());
    if (!broken.isEmpty())
        return ApiResponse::unprocessable(broken);
    QSqlDatabase db = context.db;
    const StoreResult<bool> before = SellerFacts::hasBonusCampaign(db, context.sellerId);
    if (!before)
        return SqlRows::storeError(before.error());
    const Subscription& subscription = facts.value().subscription;
    const BonusCampaign campaign{*offer.bonusesPerBuyer, *offer.bonusRecipients,
                                 subscription.isActiveOn(context.today) ? subscription.plan : Plan::None,
                                 !before.value()};
    const BonusCost cost = bonusCost(campaign);
    QJsonArray discounts;
    for (const BonusDiscountLine& line : cost.discounts)
        discounts.append(QJsonObject{{u"kind"_s, bonusDiscountCode(line.kind)},
                                     {u"name"_s, bonusDiscountName(line.kind)},
                                     {u"basis_points"_s, line.basisPoints},
                                     {u"amount_kopecks"_s, line.amountKopecks}});
    const qint64 audienceBuyers = facts.value().ownBuyersInAudience + facts.value().potentialBuyersInAudience;
    return ApiResponse::json(
        200, QJsonObject{{u"bonuses_per_buyer"_s, campaign.bonusesPerBuyer},
                         {u"recipients"_s, campaign.recipients},
                         {u"validity_days"_s, *offer.bonusValidityDays},
                         {u"total_bonuses"_s, cost.totalBonuses},
                         {u"gross_kopecks"_s, cost.grossKopecks},
                         {u"discounts"_s, discounts},
                         {u"discount_kopecks"_s, cost.discountKopecks},
                         {u"capped"_s, cost.capped},
                         {u"net_kopecks"_s, cost.netKopecks},
                         {u"explanation"_s, bonusCostExplanation(cost, campaign, apiLocale)},
                         {u"audience_buyers"_s, audienceBuyers},
                         {u"recommended_recipients"_s, recommendedBonusRecipients(audienceBuyers)}});
}

ApiResponse WizardEndpoints::bannerForecast(const ApiContext& context)
{
    ApiResponse failure;
    const std::optional<QJsonObject> body = objectBody(context, failure);
    if (!body)
        return failure;
    FieldErrors errors;
    rejectUnknown(*body, {u"audience"_s, u"daily_budget_kopecks"_s, u"start"_s, u"end"_s}, errors);
    const Audience audience = audienceMember(*body, errors);
    const std::optional<qint64> budget = integerMember(*body, u"daily_budget_kopecks"_s, errors);
    const QDate start = dateMember(*body, u"start"_s, errors);
    const QDate end = dateMember(*body, u"end"_s, errors);
    if (!errors.isEmpty())
        return shapeOrRules(errors);
    if (!budget)
        errors.append({u"daily_budget_kopecks"_s, FieldErrorCode::required.toString(),
                       u"The daily budget is required"_s});
    else if (*budget < Limits::dailyBudgetMinKopecks)
        errors.append({u"daily_budget_kopecks"_s, FieldErrorCode::outOfRange.toString(),
                       u"The daily budget is at least %1 ₽"_s.arg(Limits::dailyBudgetMinKopecks / 100)});
    if (!start.isValid())
        errors.append({u"start"_s, FieldErrorCode::required.toString(), u"The start date is required"_s});
    else if (start < context.today)
        errors.append(
            {u"start"_s, FieldErrorCode::dateInPast.toString(), u"The banner cannot start in the past"_s});
    if (!end.isValid())
        errors.append({u"end"_s, FieldErrorCode::required.toString(), u"The end date is required"_s});
    else if (start.isValid() && end < start)
        errors.append(
            {u"end"_s, FieldErrorCode::dateOrder.toString(), u"The period ends before it starts"_s});
    if (!errors.isEmpty())
        return ApiResponse::unprocessable(errors);

    QSqlDatabase db = context.db;
    const StoreResult<std::pair<qint64, qint64>> size =
        SellerFacts::audienceSize(db, context.sellerId, audience);
    if (!size)
        return SqlRows::storeError(size.error());
    const qint64 audienceBuyers = size.value().first + size.value().second;
    const qint64 days = start.daysTo(end) + 1;
    const qint64 impressionsPerDay = *budget * 1000 / cpmKopecks;
    const qint64 reach = std::min(audienceBuyers, impressionsPerDay * days / impressionsPerBuyer);
    const QJsonArray placements{u"home_feed"_s, u"search_results"_s, u"category_pages"_s, u"product_cards"_s};
    return ApiResponse::json(200, QJsonObject{{u"audience_buyers"_s, audienceBuyers},
                                              {u"days"_s, days},
                                              {u"impressions_per_day"_s, impressionsPerDay},
                                              {u"reach"_s, reach},
                                              {u"spend_kopecks"_s, *budget * days},
                                              {u"placements"_s, placements}});
}

ApiResponse WizardEndpoints::bannerImage(const ApiContext& context)
{
    ApiResponse failure;
    const std::optional<QJsonObject> body = objectBody(context, failure);
    if (!body)
        return failure;
    FieldErrors errors;
    rejectUnknown(*body, {u"target"_s, u"variant"_s}, errors);
    const QJsonValue target = body->value(u"target"_s);
    if (!target.isObject())
        errors.append({u"target"_s, FieldErrorCode::wrongType.toString(), u"A target object {kind, id}"_s});
    const std::optional<qint64> variant = integerMember(*body, u"variant"_s, errors);
    if (!errors.isEmpty())
        return ApiResponse::error(400, u"invalid_body"_s,
                                  u"The body does not have the expected shape; see fields"_s, errors);
    const QString kind = target.toObject().value(u"kind"_s).toString();
    const QString id = target.toObject().value(u"id"_s).toString();
    QString sql;
    if (kind == u"product")
        sql = u"SELECT name FROM products WHERE seller_id = ? AND product_id = ?"_s;
    else if (kind == u"collection")
        sql = u"SELECT name FROM collections WHERE seller_id = ? AND collection_id = ?"_s;
    else if (kind == u"promotion")
        sql = u"SELECT name FROM promotions WHERE seller_id = ? AND promotion_id = ?"_s;
    else if (kind == u"showcase")
        sql = u"SELECT name FROM sellers WHERE seller_id = ? AND ? = ?"_s;
    else
        return ApiResponse::unprocessable({{u"target.kind"_s, FieldErrorCode::invalidValue.toString(),
                                            u"kind must be product, collection, promotion or showcase"_s}});
    QSqlQuery query(context.db);
    const QVariantList values =
        kind == u"showcase" ? QVariantList{context.sellerId, id, id} : QVariantList{context.sellerId, id};
    if (!SqlRows::run(query, sql, values))
        return SqlRows::storeError(query);
    if (!query.next())
        return ApiResponse::unprocessable({{u"target.id"_s, FieldErrorCode::notFound.toString(),
                                            u"The seller has no such %1"_s.arg(kind)}});
    const QByteArray png = BannerImage::generate(kind + u':' + id, static_cast<int>(variant.value_or(0)));
    if (png.isEmpty())
        return ApiResponse::error(500, u"generation_failed"_s, u"The banner image could not be generated"_s);
    return ApiResponse::binary(QByteArrayLiteral("image/png"), png);
}

} // namespace sellercrm::server
