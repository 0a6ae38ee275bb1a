#include "Communication.h"

#include "EnumCodes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sellercrm {

Audience Audience::allOwnBuyers()
{
    Audience audience;
    audience.segments = { Segment::Regular, Segment::New };
    return audience;
}

bool Audience::includes(SubSegment subSegment) const
{
    return std::find(subSegments.begin(), subSegments.end(), subSegment) != subSegments.end()
        || std::find(segments.begin(), segments.end(), segmentOf(subSegment)) != segments.end();
}

QString offerTypeCode(OfferType type)
{
    switch (type) {
    case OfferType::ExistingPromotion: return u"promotion"_s;
    case OfferType::OrderDiscount: return u"order_discount"_s;
    case OfferType::PromoCode: return u"promo_code"_s;
    case OfferType::Installments: return u"installments"_s;
    case OfferType::Bonuses: return u"bonuses"_s;
    case OfferType::ProductPromotion: return u"product_promotion"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<OfferType> offerTypeFromCode(QStringView code)
{
    return enumFromCode(code,
                        { OfferType::ExistingPromotion, OfferType::OrderDiscount, OfferType::PromoCode,
                          OfferType::Installments, OfferType::Bonuses, OfferType::ProductPromotion },
                        &offerTypeCode);
}

bool offerHasOwnPeriod(OfferType type)
{
    return type == OfferType::OrderDiscount || type == OfferType::PromoCode || type == OfferType::Installments;
}

bool offerIsPromotion(OfferType type)
{
    return type == OfferType::ExistingPromotion || offerHasOwnPeriod(type);
}

QString formatTypeCode(FormatType type)
{
    return type == FormatType::Mailing ? u"mailing"_s : u"banner"_s;
}

std::optional<FormatType> formatTypeFromCode(QStringView code)
{
    return enumFromCode(code, { FormatType::Mailing, FormatType::Banner }, &formatTypeCode);
}

QString bannerTargetCode(BannerTarget target)
{
    switch (target) {
    case BannerTarget::Promotion: return u"promotion"_s;
    case BannerTarget::Product: return u"product"_s;
    case BannerTarget::Collection: return u"collection"_s;
    case BannerTarget::Showcase: return u"showcase"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<BannerTarget> bannerTargetFromCode(QStringView code)
{
    return enumFromCode(code,
                        { BannerTarget::Promotion, BannerTarget::Product, BannerTarget::Collection,
                          BannerTarget::Showcase },
                        &bannerTargetCode);
}

QString creativeKindCode(CreativeKind kind)
{
    return kind == CreativeKind::Generated ? u"generated"_s : u"uploaded"_s;
}

std::optional<CreativeKind> creativeKindFromCode(QStringView code)
{
    return enumFromCode(code, { CreativeKind::Generated, CreativeKind::Uploaded }, &creativeKindCode);
}

} // namespace sellercrm
