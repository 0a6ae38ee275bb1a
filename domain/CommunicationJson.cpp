#include "CommunicationJson.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QSet>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

class JsonText final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::JsonText)

public:
    JsonText() = delete;
};

QString dateToJson(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Reads the members of one JSON object, remembering which it read, and reports wrong types and
// bad codes as field errors; finish() reports every member nobody asked for as unknown.
class JsonReader final
{
public:
    JsonReader(const QJsonObject& json, QString path, FieldErrors& errors)
        : m_json(json)
        , m_path(std::move(path))
        , m_errors(errors)
    {}

    QString fieldId(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    bool has(const QString& key)
    {
        m_read.insert(key);
        const auto it = m_json.constFind(key);
        return it != m_json.constEnd() && !it->isNull();
    }

    QString string(const QString& key)
    {
        if (!has(key))
            return QString();
        const QJsonValue value = m_json.value(key);
        if (!value.isString()) {
            wrongType(key, JsonText::tr("Expected text."));
            return QString();
        }
        return value.toString();
    }

    std::optional<qint64> integer(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue value = m_json.value(key);
        const double number = value.toDouble();
        // Integers up to 2^53 are exact in JSON numbers; larger ones are not integers we accept.
        constexpr double limit = 9007199254740992.0;
        if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > limit) {
            wrongType(key, JsonText::tr("Expected a whole number."));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }

    std::optional<int> smallInteger(const QString& key)
    {
        const std::optional<qint64> value = integer(key);
        if (!value)
            return std::nullopt;
        if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
            add(key, FieldErrorCode::outOfRange, JsonText::tr("The number is too large."));
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    std::optional<bool> boolean(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue value = m_json.value(key);
        if (!value.isBool()) {
            wrongType(key, JsonText::tr("Expected true or false."));
            return std::nullopt;
        }
        return value.toBool();
    }

    QDate date(const QString& key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return QDate();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            add(key, FieldErrorCode::invalidValue, JsonText::tr("Expected a date as YYYY-MM-DD."));
        return date.isValid() && text.size() == 10 ? date : QDate();
    }

    std::optional<QJsonObject> object(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue value = m_json.value(key);
        if (!value.isObject()) {
            wrongType(key, JsonText::tr("Expected an object."));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QString& key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue value = m_json.value(key);
        if (!value.isArray()) {
            wrongType(key, JsonText::tr("Expected a list."));
            return std::nullopt;
        }
        return value.toArray();
    }

    template <typename Enum>
    std::optional<Enum> code(const QString& key, std::optional<Enum> (*fromCode)(QStringView))
    {
        const QString text = string(key);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<Enum> value = fromCode(text);
        if (!value)
            add(key, FieldErrorCode::invalidValue, JsonText::tr("Unknown value \"%1\".").arg(text));
        return value;
    }

    void add(const QString& key, QStringView code, const QString& message)
    {
        m_errors.append(FieldError{fieldId(key), code.toString(), message});
    }

    void finish()
    {
        for (auto it = m_json.constBegin(); it != m_json.constEnd(); ++it) {
            if (!m_read.contains(it.key()))
                add(it.key(), FieldErrorCode::unknownField, JsonText::tr("Unknown field."));
        }
    }

private:
    void wrongType(const QString& key, const QString& message)
    {
        add(key, FieldErrorCode::wrongType, message);
    }

    const QJsonObject& m_json;
    QString m_path;
    FieldErrors& m_errors;
    QSet<QString> m_read;
};

template <typename Enum>
void readCodeList(JsonReader& reader, const QString& key, std::optional<Enum> (*fromCode)(QStringView),
                  std::vector<Enum>& out, FieldErrors& errors)
{
    const std::optional<QJsonArray> list = reader.array(key);
    if (!list)
        return;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString field = reader.fieldId(key) + u'[' + QString::number(i) + u']';
        const QJsonValue item = list->at(i);
        if (!item.isString()) {
            errors.append({field, FieldErrorCode::wrongType.toString(), JsonText::tr("Expected text.")});
            continue;
        }
        const QString text = item.toString();
        const std::optional<Enum> value = fromCode(text);
        if (!value) {
            errors.append({field, FieldErrorCode::invalidValue.toString(),
                           JsonText::tr("Unknown value \"%1\".").arg(text)});
            continue;
        }
        out.push_back(value.value());
    }
}

template <typename Enum> QJsonArray codeList(const std::vector<Enum>& values, QString (*toCode)(Enum))
{
    QJsonArray list;
    for (Enum value : values)
        list.append(toCode(value));
    return list;
}

void putDate(QJsonObject& json, const QString& key, QDate date)
{
    if (date.isValid())
        json.insert(key, dateToJson(date));
}

template <typename T> void putOptional(QJsonObject& json, const QString& key, const std::optional<T>& value)
{
    if (value)
        json.insert(key, static_cast<qint64>(*value));
}

void putDiscount(QJsonObject& json, const Offer& offer)
{
    putOptional(json, u"percent"_s, offer.percent);
    putOptional(json, u"amount_kopecks"_s, offer.amountKopecks);
    putOptional(json, u"min_order_kopecks"_s, offer.minOrderKopecks);
}

void readDiscount(JsonReader& reader, Offer& offer)
{
    offer.percent = reader.smallInteger(u"percent"_s);
    offer.amountKopecks = reader.integer(u"amount_kopecks"_s);
    offer.minOrderKopecks = reader.integer(u"min_order_kopecks"_s);
}

void readPeriod(JsonReader& reader, QDate& start, QDate& end)
{
    start = reader.date(u"start"_s);
    end = reader.date(u"end"_s);
}

std::optional<ImageMeta> readImage(JsonReader& parent, const QString& key, FieldErrors& errors)
{
    const std::optional<QJsonObject> json = parent.object(key);
    if (!json)
        return std::nullopt;
    JsonReader reader(*json, parent.fieldId(key), errors);
    ImageMeta image;
    image.mimeType = reader.string(u"mime"_s);
    image.bytes = reader.integer(u"bytes"_s).value_or(0);
    image.width = reader.smallInteger(u"width"_s).value_or(0);
    image.height = reader.smallInteger(u"height"_s).value_or(0);
    reader.finish();
    return image;
}

} // namespace

QJsonObject audienceToJson(const Audience& audience)
{
    QJsonObject json;
    if (!audience.savedAudienceId.isEmpty()) {
        json.insert(u"saved_audience_id"_s, audience.savedAudienceId);
        return json;
    }
    json.insert(u"segments"_s, codeList(audience.segments, &segmentCode));
    json.insert(u"subsegments"_s, codeList(audience.subSegments, &subSegmentCode));
    return json;
}

QJsonObject offerToJson(const Offer& offer)
{
    QJsonObject json{{u"type"_s, offerTypeCode(offer.type)}};
    switch (offer.type) {
    case OfferType::ExistingPromotion:
        json.insert(u"promotion_id"_s, offer.promotionId);
        break;
    case OfferType::OrderDiscount:
        putDiscount(json, offer);
        break;
    case OfferType::PromoCode:
        if (offer.generateCode)
            json.insert(u"generate"_s, true);
        else
            json.insert(u"code"_s, offer.code);
        if (offer.singleUse)
            json.insert(u"single_use"_s, *offer.singleUse);
        putDiscount(json, offer);
        break;
    case OfferType::Installments:
        json.insert(u"term_months"_s, offer.termMonths);
        break;
    case OfferType::Bonuses:
        putOptional(json, u"bonuses_per_buyer"_s, offer.bonusesPerBuyer);
        putOptional(json, u"recipients"_s, offer.bonusRecipients);
        putOptional(json, u"validity_days"_s, offer.bonusValidityDays);
        break;
    case OfferType::ProductPromotion:
        break;
    }
    if (offerHasOwnPeriod(offer.type)) {
        putDate(json, u"start"_s, offer.start);
        putDate(json, u"end"_s, offer.end);
    }
    return json;
}

QJsonObject imageMetaToJson(const ImageMeta& image)
{
    return QJsonObject{{u"mime"_s, image.mimeType},
                       {u"bytes"_s, image.bytes},
                       {u"width"_s, image.width},
                       {u"height"_s, image.height}};
}

QJsonObject formatToJson(const Format& format)
{
    QJsonObject json{{u"type"_s, formatTypeCode(format.type)}};
    if (format.target) {
        QJsonObject target{{u"kind"_s, targetPageCode(*format.target)}};
        if (!format.targetId.isEmpty())
            target.insert(u"id"_s, format.targetId);
        json.insert(u"target"_s, target);
    }
    if (format.type == FormatType::Mailing) {
        const MailingFormat& mailing = format.mailing;
        putOptional(json, u"recipients"_s, mailing.recipients);
        putDate(json, u"send_date"_s, mailing.sendDate);
        if (!mailing.title.isEmpty())
            json.insert(u"title"_s, mailing.title);
        if (!mailing.text.isEmpty())
            json.insert(u"text"_s, mailing.text);
        if (mailing.image)
            json.insert(u"image"_s, imageMetaToJson(*mailing.image));
        return json;
    }
    const BannerFormat& banner = format.banner;
    if (banner.creative)
        json.insert(u"creative"_s, creativeKindCode(*banner.creative));
    if (banner.image)
        json.insert(u"image"_s, imageMetaToJson(*banner.image));
    if (!banner.legalText.isEmpty())
        json.insert(u"legal_text"_s, banner.legalText);
    putDate(json, u"start"_s, banner.start);
    putDate(json, u"end"_s, banner.end);
    putOptional(json, u"daily_budget_kopecks"_s, banner.dailyBudgetKopecks);
    return json;
}

QJsonObject communicationToJson(const Communication& communication)
{
    QJsonObject json{{u"audience"_s, audienceToJson(communication.audience)},
                     {u"offer"_s, offerToJson(communication.offer)},
                     {u"format"_s, formatToJson(communication.format)}};
    if (!communication.name.isEmpty())
        json.insert(u"name"_s, communication.name);
    return json;
}

Parsed<Audience> audienceFromJson(const QJsonObject& json, const QString& path)
{
    Parsed<Audience> result;
    JsonReader reader(json, path, result.errors);
    result.value.savedAudienceId = reader.string(u"saved_audience_id"_s);
    readCodeList(reader, u"segments"_s, &segmentFromCode, result.value.segments, result.errors);
    readCodeList(reader, u"subsegments"_s, &subSegmentFromCode, result.value.subSegments, result.errors);
    reader.finish();
    return result;
}

Parsed<Offer> offerFromJson(const QJsonObject& json, const QString& path)
{
    Parsed<Offer> result;
    Offer& offer = result.value;
    JsonReader reader(json, path, result.errors);
    const std::optional<OfferType> type = reader.code(u"type"_s, &offerTypeFromCode);
    if (!type) {
        if (!reader.has(u"type"_s))
            reader.add(u"type"_s, FieldErrorCode::required, JsonText::tr("Choose what to offer."));
        return result; // without a type the other members cannot be judged
    }
    offer.type = *type;
    switch (offer.type) {
    case OfferType::ExistingPromotion:
        offer.promotionId = reader.string(u"promotion_id"_s);
        break;
    case OfferType::OrderDiscount:
        readDiscount(reader, offer);
        break;
    case OfferType::PromoCode:
        offer.generateCode = reader.boolean(u"generate"_s).value_or(false);
        offer.code = reader.string(u"code"_s);
        offer.singleUse = reader.boolean(u"single_use"_s);
        readDiscount(reader, offer);
        break;
    case OfferType::Installments:
        offer.termMonths = reader.smallInteger(u"term_months"_s).value_or(installmentTermMonths);
        break;
    case OfferType::Bonuses:
        offer.bonusesPerBuyer = reader.smallInteger(u"bonuses_per_buyer"_s);
        offer.bonusRecipients = reader.smallInteger(u"recipients"_s);
        offer.bonusValidityDays = reader.smallInteger(u"validity_days"_s);
        break;
    case OfferType::ProductPromotion:
        break;
    }
    if (offerHasOwnPeriod(offer.type))
        readPeriod(reader, offer.start, offer.end);
    reader.finish();
    return result;
}

Parsed<Format> formatFromJson(const QJsonObject& json, const QString& path)
{
    Parsed<Format> result;
    Format& format = result.value;
    JsonReader reader(json, path, result.errors);
    const std::optional<FormatType> type = reader.code(u"type"_s, &formatTypeFromCode);
    if (!type) {
        if (!reader.has(u"type"_s))
            reader.add(u"type"_s, FieldErrorCode::required, JsonText::tr("Choose a mailing or a banner."));
        return result;
    }
    format.type = *type;
    if (const std::optional<QJsonObject> target = reader.object(u"target"_s)) {
        JsonReader targetReader(*target, reader.fieldId(u"target"_s), result.errors);
        format.target = targetReader.code(u"kind"_s, &targetPageFromCode);
        format.targetId = targetReader.string(u"id"_s);
        targetReader.finish();
    }
    if (format.type == FormatType::Mailing) {
        MailingFormat& mailing = format.mailing;
        mailing.recipients = reader.smallInteger(u"recipients"_s);
        mailing.sendDate = reader.date(u"send_date"_s);
        mailing.title = reader.string(u"title"_s);
        mailing.text = reader.string(u"text"_s);
        mailing.image = readImage(reader, u"image"_s, result.errors);
    } else {
        BannerFormat& banner = format.banner;
        banner.creative = reader.code(u"creative"_s, &creativeKindFromCode);
        banner.image = readImage(reader, u"image"_s, result.errors);
        banner.legalText = reader.string(u"legal_text"_s);
        readPeriod(reader, banner.start, banner.end);
        banner.dailyBudgetKopecks = reader.integer(u"daily_budget_kopecks"_s);
    }
    reader.finish();
    return result;
}

Parsed<Communication> communicationFromJson(const QJsonObject& json)
{
    Parsed<Communication> result;
    JsonReader reader(json, QString(), result.errors);
    result.value.name = reader.string(u"name"_s);
    const auto part = [&](const QString& key, const QString& missing, auto parse, auto& target) {
        const std::optional<QJsonObject> object = reader.object(key);
        if (!object) {
            if (!reader.has(key))
                reader.add(key, FieldErrorCode::required, missing);
            return;
        }
        auto parsed = parse(*object, key);
        target = std::move(parsed.value);
        result.errors.append(parsed.errors);
    };
    part(u"audience"_s, JsonText::tr("Choose an audience."), &audienceFromJson, result.value.audience);
    part(u"offer"_s, JsonText::tr("Choose what to offer."), &offerFromJson, result.value.offer);
    part(u"format"_s, JsonText::tr("Choose a mailing or a banner."), &formatFromJson, result.value.format);
    reader.finish();
    return result;
}

} // namespace sellercrm
