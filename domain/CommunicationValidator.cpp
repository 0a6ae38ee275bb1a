#include "CommunicationValidator.h"

#include "Money.h"
#include "SendCalendar.h"

#include <QtCore/QLocale>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

// Collects the errors of one part ("offer", "format") of a communication.
class Errors final
{
public:
    Errors(FieldErrors& errors, QString prefix)
        : m_errors(errors)
        , m_prefix(std::move(prefix))
    {}

    void add(const QString& field, QStringView code, const QString& message)
    {
        m_errors.append(
            FieldError{field.isEmpty() ? m_prefix : m_prefix + u'.' + field, code.toString(), message});
    }

    void required(const QString& field, const QString& message)
    {
        add(field, FieldErrorCode::required, message);
    }

private:
    FieldErrors& m_errors;
    QString m_prefix;
};

QString money(qint64 kopecks)
{
    return formatRoubles(kopecks, QLocale());
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

void checkDiscount(const Offer& offer, Errors& errors)
{
    if (!offer.percent && !offer.amountKopecks) {
        errors.required(u"percent"_s, CommunicationValidator::tr("Enter the discount in % or in ₽."));
        return;
    }
    if (offer.percent && offer.amountKopecks) {
        errors.add(u"amount_kopecks"_s, FieldErrorCode::conflict,
                   CommunicationValidator::tr("Give the discount either in % or in ₽, not both."));
        return;
    }
    if (offer.percent && (*offer.percent < Limits::percentMin || *offer.percent > Limits::percentMax)) {
        errors.add(u"percent"_s, FieldErrorCode::outOfRange,
                   CommunicationValidator::tr("The discount is from %1% to %2%.")
                       .arg(Limits::percentMin)
                       .arg(Limits::percentMax));
    }
    if (offer.amountKopecks) {
        if (*offer.amountKopecks < Limits::amountMinKopecks)
            errors.add(u"amount_kopecks"_s, FieldErrorCode::outOfRange,
                       CommunicationValidator::tr("The discount is at least %1.")
                           .arg(money(Limits::amountMinKopecks)));
        else if (offer.minOrderKopecks && *offer.amountKopecks >= *offer.minOrderKopecks)
            errors.add(
                u"amount_kopecks"_s, FieldErrorCode::outOfRange,
                CommunicationValidator::tr("The discount must be less than the minimum order amount (%1).")
                    .arg(money(*offer.minOrderKopecks)));
    }
}

void checkMinOrder(const Offer& offer, bool required, Errors& errors)
{
    if (!offer.minOrderKopecks) {
        if (required)
            errors.required(u"min_order_kopecks"_s,
                            CommunicationValidator::tr("Enter the minimum order amount."));
        return;
    }
    if (*offer.minOrderKopecks < Limits::minOrderMinKopecks)
        errors.add(u"min_order_kopecks"_s, FieldErrorCode::outOfRange,
                   CommunicationValidator::tr("The minimum order amount is at least %1.")
                       .arg(money(Limits::minOrderMinKopecks)));
}

void checkPeriod(QDate start, QDate end, QDate today, int maxDays, Errors& errors)
{
    if (!start.isValid())
        errors.required(u"start"_s, CommunicationValidator::tr("Choose the start date."));
    else if (start < today)
        errors.add(u"start"_s, FieldErrorCode::dateInPast,
                   CommunicationValidator::tr("The start cannot be in the past."));
    if (!end.isValid()) {
        errors.required(u"end"_s, CommunicationValidator::tr("Choose the end date."));
        return;
    }
    if (!start.isValid())
        return;
    if (end < start)
        errors.add(u"end"_s, FieldErrorCode::dateOrder,
                   CommunicationValidator::tr("The end cannot be before the start."));
    else if (maxDays > 0 && start.daysTo(end) + 1 > maxDays)
        errors.add(u"end"_s, FieldErrorCode::periodTooLong,
                   CommunicationValidator::tr("The period is at most %1 days.").arg(maxDays));
}

void checkPromoCode(const Offer& offer, const ValidationContext& context, Errors& errors)
{
    if (offer.generateCode && !offer.code.isEmpty()) {
        errors.add(u"code"_s, FieldErrorCode::conflict,
                   CommunicationValidator::tr("Either generate the code or type it, not both."));
    } else if (!offer.generateCode) {
        const int length = visibleLength(offer.code);
        if (offer.code.isEmpty())
            errors.required(u"code"_s,
                            CommunicationValidator::tr("Type the promo code or let it be generated."));
        else if (length < Limits::codeMinLength)
            errors.add(u"code"_s, FieldErrorCode::tooShort,
                       CommunicationValidator::tr("The code has at least %1 characters.")
                           .arg(Limits::codeMinLength));
        else if (length > Limits::codeMaxLength)
            errors.add(
                u"code"_s, FieldErrorCode::tooLong,
                CommunicationValidator::tr("The code has at most %1 characters.").arg(Limits::codeMaxLength));
        else if (!CommunicationValidator::isValidPromoCode(offer.code))
            errors.add(u"code"_s, FieldErrorCode::invalidValue,
                       CommunicationValidator::tr("Use only the Latin capital letters A–Z and digits 0–9."));
        else if (context.existingPromoCodes.contains(offer.code))
            errors.add(u"code"_s, FieldErrorCode::notUnique,
                       CommunicationValidator::tr("You already have a promo code %1.").arg(offer.code));
    }
    if (!offer.singleUse)
        errors.required(u"single_use"_s,
                        CommunicationValidator::tr("Choose whether the code is single-use or multi-use."));
}

void checkBonuses(const Offer& offer, const ValidationContext& context, Errors& errors)
{
    if (!offer.bonusesPerBuyer)
        errors.required(u"bonuses_per_buyer"_s, CommunicationValidator::tr("Enter the bonuses per buyer."));
    else if (*offer.bonusesPerBuyer < Limits::bonusesMin || *offer.bonusesPerBuyer > Limits::bonusesMax)
        errors.add(u"bonuses_per_buyer"_s, FieldErrorCode::outOfRange,
                   CommunicationValidator::tr("From %1 to %2 bonuses per buyer.")
                       .arg(number(Limits::bonusesMin), number(Limits::bonusesMax)));

    const qint64 audience = context.ownBuyersInAudience + context.potentialBuyersInAudience;
    if (!offer.bonusRecipients)
        errors.required(u"recipients"_s, CommunicationValidator::tr("Enter the number of recipients."));
    else if (*offer.bonusRecipients < 1 || *offer.bonusRecipients > audience)
        errors.add(u"recipients"_s, FieldErrorCode::outOfRange,
                   CommunicationValidator::tr("From 1 to %1 recipients: the buyers in the audience.")
                       .arg(number(audience)));

    if (!offer.bonusValidityDays) {
        errors.required(u"validity_days"_s,
                        CommunicationValidator::tr("Choose how long the bonuses are valid."));
    } else if (std::find(std::begin(Limits::bonusValidityChoices), std::end(Limits::bonusValidityChoices),
                         *offer.bonusValidityDays) == std::end(Limits::bonusValidityChoices)) {
        errors.add(u"validity_days"_s, FieldErrorCode::invalidValue,
                   CommunicationValidator::tr("Bonuses are valid 7, 14, 30, 60 or 90 days."));
    }
}

void checkImage(const ImageMeta& image, qint64 maxBytes, Errors& errors)
{
    if (image.mimeType != u"image/png"_s && image.mimeType != u"image/jpeg"_s)
        errors.add(u"image.mime"_s, FieldErrorCode::imageType,
                   CommunicationValidator::tr("The image must be a PNG or a JPEG."));
    if (image.bytes <= 0 || image.bytes > maxBytes)
        errors.add(u"image.bytes"_s, FieldErrorCode::imageTooLarge,
                   CommunicationValidator::tr("The image is at most %1 MB.").arg(maxBytes / (1024 * 1024)));
}

void checkMailingImage(const ImageMeta& image, Errors& errors)
{
    checkImage(image, Limits::mailingImageMaxBytes, errors);
    if (image.width < Limits::mailingImageMinWidth || image.height < Limits::mailingImageMinHeight) {
        errors.add(u"image"_s, FieldErrorCode::imageDimensions,
                   CommunicationValidator::tr("The image is at least %1×%2 px.")
                       .arg(Limits::mailingImageMinWidth)
                       .arg(Limits::mailingImageMinHeight));
        return;
    }
    // 2:1 ± 5 %: |w/h − 2| ≤ 0.05 · 2, in integers so that the boundary is exact.
    const qint64 deviation = std::abs(static_cast<qint64>(image.width) - 2LL * image.height);
    if (deviation * 100 > Limits::mailingImageRatioTolerancePercent * 2LL * image.height)
        errors.add(u"image"_s, FieldErrorCode::imageDimensions,
                   CommunicationValidator::tr("The image must be 2:1 (± 5 %)."));
}

void checkText(const QString& text, bool required, int minLength, int maxLength, const QString& field,
               Errors& errors)
{
    const int length = visibleLength(text);
    if (length == 0) {
        if (required)
            errors.required(field, CommunicationValidator::tr("Enter the text."));
        return;
    }
    if (length < minLength)
        errors.add(field, FieldErrorCode::tooShort,
                   CommunicationValidator::tr("At least %1 characters.").arg(minLength));
    else if (maxLength > 0 && length > maxLength)
        errors.add(field, FieldErrorCode::tooLong,
                   CommunicationValidator::tr("At most %1 characters (now %2).").arg(maxLength).arg(length));
}

void checkTarget(const Format& format, const Offer& offer, const ValidationContext& context, Errors& errors)
{
    const std::optional<TargetPage> fixed = fixedTargetPage(offer.type);
    if (fixed) {
        const bool sameId = format.targetId.isEmpty() || (offer.type == OfferType::ExistingPromotion &&
                                                          format.targetId == offer.promotionId);
        if ((format.target && *format.target != *fixed) || !sameId)
            errors.add(u"target"_s, FieldErrorCode::fixedValue,
                       *fixed == TargetPage::Promotion
                           ? CommunicationValidator::tr("The link leads to the promotion's collection.")
                           : CommunicationValidator::tr("Bonus campaigns lead to your store showcase."));
        return;
    }
    if (!format.target) {
        errors.required(u"target"_s,
                        CommunicationValidator::tr(
                            "Choose where the link leads: a product, a collection or your showcase."));
        return;
    }
    switch (*format.target) {
    case TargetPage::Promotion:
        errors.add(u"target.kind"_s, FieldErrorCode::invalidValue,
                   CommunicationValidator::tr(
                       "Without a promotion, lead to a product, a collection or your showcase."));
        break;
    case TargetPage::Product:
    case TargetPage::Collection: {
        const bool product = *format.target == TargetPage::Product;
        const auto& exists = product ? context.productExists : context.collectionExists;
        if (format.targetId.isEmpty())
            errors.required(u"target.id"_s, product ? CommunicationValidator::tr("Choose a product.")
                                                    : CommunicationValidator::tr("Choose a collection."));
        else if (exists && !exists(format.targetId))
            errors.add(u"target.id"_s, FieldErrorCode::notFound,
                       product ? CommunicationValidator::tr("You have no such product.")
                               : CommunicationValidator::tr("You have no such collection."));
        break;
    }
    case TargetPage::Showcase:
        if (!format.targetId.isEmpty())
            errors.add(u"target.id"_s, FieldErrorCode::invalidValue,
                       CommunicationValidator::tr("The showcase needs no id."));
        break;
    }
}

void checkMailing(const Format& format, const Offer& offer, const ValidationContext& context, Errors& errors)
{
    const MailingFormat& mailing = format.mailing;
    const bool bonuses = offer.type == OfferType::Bonuses;
    if (bonuses) {
        // The bonus campaign: recipients come from the offer, the text is a fixed template.
        if (mailing.recipients && mailing.recipients != offer.bonusRecipients)
            errors.add(u"recipients"_s, FieldErrorCode::fixedValue,
                       CommunicationValidator::tr("A bonus campaign goes to the offer's recipients."));
        if (!mailing.title.isEmpty() || !mailing.text.isEmpty() || mailing.image)
            errors.add(u"text"_s, FieldErrorCode::fixedValue,
                       CommunicationValidator::tr("A bonus campaign uses the fixed message template."));
    } else {
        if (!mailing.recipients)
            errors.required(u"recipients"_s, CommunicationValidator::tr("Enter the number of recipients."));
        else if (*mailing.recipients < 1 || *mailing.recipients > context.ownBuyersInAudience)
            errors.add(u"recipients"_s, FieldErrorCode::outOfRange,
                       CommunicationValidator::tr("From 1 to %1 recipients: your own buyers in the audience.")
                           .arg(number(context.ownBuyersInAudience)));
        else if (*mailing.recipients > context.mailingQuotaLeft)
            errors.add(u"recipients"_s, FieldErrorCode::quotaExceeded,
                       CommunicationValidator::tr("Only %1 mailings are left this month.")
                           .arg(number(context.mailingQuotaLeft)));
        checkText(mailing.title, false, 0, Limits::titleMaxLength, u"title"_s, errors);
        checkText(mailing.text, true, Limits::textMinLength, Limits::textMaxLength, u"text"_s, errors);
        if (mailing.image)
            checkMailingImage(*mailing.image, errors);
    }

    if (!mailing.sendDate.isValid()) {
        errors.required(u"send_date"_s, CommunicationValidator::tr("Choose the send date."));
        return;
    }
    SendCalendarRules rules;
    rules.today = context.today;
    rules.promotionEnd = CommunicationValidator::promotionEnd(offer, context);
    rules.subscriptionEnd = bonuses ? QDate() : context.subscription.end;
    rules.platformMessagesOnDay = context.platformMessagesOnDay;
    rules.platformDailyCapacity = context.platformDailyCapacity;
    rules.recipients = bonuses ? offer.bonusRecipients.value_or(1) : mailing.recipients.value_or(1);
    static constexpr QStringView codes[] = {
        QStringView(), FieldErrorCode::dateInPast, FieldErrorCode::afterPromotionEnd,
        FieldErrorCode::afterSubscriptionEnd, FieldErrorCode::capacityExhausted};
    const SendDayState state = sendDayState(rules, mailing.sendDate);
    if (state != SendDayState::Available)
        errors.add(u"send_date"_s, codes[static_cast<int>(state)],
                   sendDayExplanation(state, rules, QLocale()));
}

void checkBanner(const Format& format, const Offer& offer, const ValidationContext& context, Errors& errors)
{
    const BannerFormat& banner = format.banner;
    if (!banner.creative) {
        errors.required(u"creative"_s, CommunicationValidator::tr("Generate a banner or upload your own."));
    } else if (*banner.creative == CreativeKind::Uploaded) {
        if (!banner.image) {
            errors.required(u"image"_s, CommunicationValidator::tr("Upload the banner image."));
        } else {
            checkImage(*banner.image, Limits::bannerImageMaxBytes, errors);
            if (banner.image->width != Limits::bannerImageWidth ||
                banner.image->height != Limits::bannerImageHeight)
                errors.add(u"image"_s, FieldErrorCode::imageDimensions,
                           CommunicationValidator::tr("The banner is exactly %1×%2 px.")
                               .arg(Limits::bannerImageWidth)
                               .arg(Limits::bannerImageHeight));
        }
        checkText(banner.legalText, true, 1, Limits::legalTextMaxLength, u"legal_text"_s, errors);
    }
    checkPeriod(banner.start, banner.end, context.today, 0, errors);
    const QDate promotionEnd = CommunicationValidator::promotionEnd(offer, context);
    if (promotionEnd.isValid() && banner.end.isValid() && banner.end > promotionEnd)
        errors.add(u"end"_s, FieldErrorCode::afterPromotionEnd,
                   CommunicationValidator::tr("The promotion ends on %1: the banner cannot run longer.")
                       .arg(shortDate(promotionEnd)));
    if (!banner.dailyBudgetKopecks)
        errors.required(u"daily_budget_kopecks"_s, CommunicationValidator::tr("Enter the daily budget."));
    else if (*banner.dailyBudgetKopecks < Limits::dailyBudgetMinKopecks)
        errors.add(u"daily_budget_kopecks"_s, FieldErrorCode::outOfRange,
                   CommunicationValidator::tr("The daily budget is at least %1.")
                       .arg(money(Limits::dailyBudgetMinKopecks)));
}

} // namespace

int visibleLength(const QString& text)
{
    int length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++length;
    }
    return length;
}

const PromotionInfo* ValidationContext::promotion(const QString& id) const
{
    const auto it = std::find_if(promotions.begin(), promotions.end(),
                                 [&id](const PromotionInfo& promotion) { return promotion.id == id; });
    return it == promotions.end() ? nullptr : &*it;
}

bool CommunicationValidator::isValidPromoCode(const QString& code)
{
    if (code.size() < Limits::codeMinLength || code.size() > Limits::codeMaxLength)
        return false;
    return std::all_of(code.begin(), code.end(),
                       [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'); });
}

QDate CommunicationValidator::promotionEnd(const Offer& offer, const ValidationContext& context)
{
    if (offerHasOwnPeriod(offer.type))
        return offer.end;
    if (offer.type == OfferType::ExistingPromotion) {
        if (const PromotionInfo* promotion = context.promotion(offer.promotionId))
            return promotion->end;
    }
    return QDate();
}

FieldErrors CommunicationValidator::validateAudience(const Audience& audience,
                                                     const ValidationContext& context)
{
    FieldErrors result;
    Errors errors(result, u"audience"_s);
    if (audience.isEmpty()) {
        errors.required(QString(), tr("Choose an audience."));
        return result;
    }
    if (!audience.savedAudienceId.isEmpty()) {
        if (!audience.segments.empty() || !audience.subSegments.empty())
            errors.add(u"saved_audience_id"_s, FieldErrorCode::conflict,
                       tr("Choose either a saved audience or segments, not both."));
        else if (context.savedAudienceExists && !context.savedAudienceExists(audience.savedAudienceId))
            errors.add(u"saved_audience_id"_s, FieldErrorCode::notFound,
                       tr("There is no such saved audience."));
    }
    if (context.ownBuyersInAudience + context.potentialBuyersInAudience <= 0)
        errors.add(QString(), FieldErrorCode::outOfRange, tr("This audience has no buyers yet."));
    return result;
}

FieldErrors CommunicationValidator::validateOffer(const Offer& offer, const ValidationContext& context)
{
    FieldErrors result;
    Errors errors(result, u"offer"_s);
    switch (offer.type) {
    case OfferType::ExistingPromotion: {
        const PromotionInfo* promotion = context.promotion(offer.promotionId);
        if (offer.promotionId.isEmpty())
            errors.required(u"promotion_id"_s, tr("Choose a promotion."));
        else if (!promotion)
            errors.add(u"promotion_id"_s, FieldErrorCode::notFound, tr("You have no such promotion."));
        else if (promotion->end.isValid() && promotion->end < context.today)
            errors.add(u"promotion_id"_s, FieldErrorCode::dateInPast,
                       tr("The promotion ended on %1.").arg(shortDate(promotion->end)));
        break;
    }
    case OfferType::OrderDiscount:
        checkDiscount(offer, errors);
        checkMinOrder(offer, true, errors);
        break;
    case OfferType::PromoCode:
        checkPromoCode(offer, context, errors);
        checkDiscount(offer, errors);
        checkMinOrder(offer, false, errors);
        break;
    case OfferType::Installments:
        if (offer.termMonths != installmentTermMonths)
            errors.add(
                u"term_months"_s, FieldErrorCode::fixedValue,
                tr("The platform fixes the installment term at %1 months.").arg(installmentTermMonths));
        break;
    case OfferType::Bonuses:
        checkBonuses(offer, context, errors);
        break;
    case OfferType::ProductPromotion:
        break;
    }
    if (offerHasOwnPeriod(offer.type))
        checkPeriod(offer.start, offer.end, context.today, Limits::offerPeriodMaxDays, errors);
    return result;
}

FieldErrors CommunicationValidator::validateFormat(const Format& format, const Offer& offer,
                                                   const ValidationContext& context)
{
    FieldErrors result;
    Errors errors(result, u"format"_s);
    const FormatAvailability availability = formatAvailability(format.type, offer.type, context, QLocale());
    if (!availability.allowed()) {
        errors.add(u"type"_s, FieldErrorCode::formatNotAllowed, availability.message);
        return result;
    }
    checkTarget(format, offer, context, errors);
    if (format.type == FormatType::Mailing)
        checkMailing(format, offer, context, errors);
    else
        checkBanner(format, offer, context, errors);
    return result;
}

FieldErrors CommunicationValidator::validate(const Communication& communication,
                                             const ValidationContext& context)
{
    FieldErrors errors = validateAudience(communication.audience, context);
    errors.append(validateOffer(communication.offer, context));
    errors.append(validateFormat(communication.format, communication.offer, context));
    return errors;
}

} // namespace sellercrm
