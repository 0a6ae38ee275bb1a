#include "Communication.h"

#include "EnumCodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sellercrm {

Audience Audience::allOwnBuyers()
{
    Audience audience;
    audience.segments = {Segment::Regular, Segment::New};
    return audience;
}

bool Audience::includes(SubSegment subSegment) const
{
    return std::find(subSegments.begin(), subSegments.end(), subSegment) != subSegments.end() ||
           std::find(segments.begin(), segments.end(), segmentOf(subSegment)) != segments.end();
}

constexpr std::array<QStringView, 6> offerTypeCodes = {
    u"promotion", u"order_discount", u"promo_code", u"installments", u"bonuses", u"product_promotion"};

QString offerTypeCode(OfferType type)
{
    return codeOf(type, offerTypeCodes);
}

std::optional<OfferType> offerTypeFromCode(QStringView code)
{
    return enumFromCode<OfferType>(code, offerTypeCodes);
}

bool offerHasOwnPeriod(OfferType type)
{
    return type == OfferType::OrderDiscount || type == OfferType::PromoCode ||
           type == OfferType::Installments;
}

bool offerIsPromotion(OfferType type)
{
    return type == OfferType::ExistingPromotion || offerHasOwnPeriod(type);
}

constexpr std::array<QStringView, 2> formatTypeCodes = {u"mailing", u"banner"};

QString formatTypeCode(FormatType type)
{
    return codeOf(type, formatTypeCodes);
}

std::optional<FormatType> formatTypeFromCode(QStringView code)
{
    return enumFromCode<FormatType>(code, formatTypeCodes);
}

constexpr std::array<QStringView, 4> targetPageCodes = {u"promotion", u"product", u"collection", u"showcase"};

QString targetPageCode(TargetPage target)
{
    return codeOf(target, targetPageCodes);
}

std::optional<TargetPage> targetPageFromCode(QStringView code)
{
    return enumFromCode<TargetPage>(code, targetPageCodes);
}

std::optional<TargetPage> fixedTargetPage(OfferType type)
{
    if (offerIsPromotion(type))
        return TargetPage::Promotion;
    if (type == OfferType::Bonuses)
        return TargetPage::Showcase;
    return std::nullopt;
}

constexpr std::array<QStringView, 2> creativeKindCodes = {u"generated", u"uploaded"};

QString creativeKindCode(CreativeKind kind)
{
    return codeOf(kind, creativeKindCodes);
}

std::optional<CreativeKind> creativeKindFromCode(QStringView code)
{
    return enumFromCode<CreativeKind>(code, creativeKindCodes);
}

} // namespace sellercrm
