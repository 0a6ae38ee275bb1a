#include "RecommendedActions.h"

namespace sellercrm {

namespace {

// The offer a recommended action prefills (docs/rules.md): the seller can change every value.
constexpr int prefillPeriodDays = 14;
constexpr int prefillDiscountPercent = 10;
constexpr qint64 prefillMinOrderKopecks = 1'000'00;

struct TableRow
{
    SubSegment subSegment;
    OfferType premiumOffer;
    FormatType premiumFormat;
    OfferType basicOffer;
    FormatType basicFormat;
    std::optional<TargetPage> target;
};

// SEG-8, PRODUCT.md table: with Premium Plus | without.
constexpr TableRow table[] = {
    {SubSegment::Top, OfferType::ProductPromotion, FormatType::Mailing, OfferType::ProductPromotion,
     FormatType::Banner, TargetPage::Product},
    {SubSegment::Loyal, OfferType::Bonuses, FormatType::Mailing, OfferType::Bonuses, FormatType::Mailing,
     std::nullopt},
    {SubSegment::AtRisk, OfferType::PromoCode, FormatType::Mailing, OfferType::PromoCode, FormatType::Banner,
     std::nullopt},
    {SubSegment::New, OfferType::OrderDiscount, FormatType::Mailing, OfferType::OrderDiscount,
     FormatType::Banner, std::nullopt},
    {SubSegment::Sleeping, OfferType::Bonuses, FormatType::Mailing, OfferType::Bonuses, FormatType::Mailing,
     std::nullopt},
    {SubSegment::InterestedProducts, OfferType::PromoCode, FormatType::Banner, OfferType::PromoCode,
     FormatType::Banner, std::nullopt},
    {SubSegment::InterestedCategories, OfferType::ProductPromotion, FormatType::Banner,
     OfferType::ProductPromotion, FormatType::Banner, TargetPage::Showcase},
};

} // namespace

QString RecommendedAction::title() const
{
    const bool mailing = format == FormatType::Mailing;
    switch (offer) {
    case OfferType::ProductPromotion:
        if (mailing)
            return RecommendedActions::tr("Mailing about new arrivals");
        return target == TargetPage::Showcase ? RecommendedActions::tr("Store banner")
                                              : RecommendedActions::tr("Product banner");
    case OfferType::Bonuses:
        return RecommendedActions::tr("Bonuses");
    case OfferType::PromoCode:
        return mailing ? RecommendedActions::tr("Promo code mailing")
                       : RecommendedActions::tr("Promo code banner");
    case OfferType::OrderDiscount:
        return mailing ? RecommendedActions::tr("Order-total discount mailing")
                       : RecommendedActions::tr("Order-total discount banner");
    case OfferType::ExistingPromotion:
    case OfferType::Installments:
        break;
    }
    return mailing ? RecommendedActions::tr("Mailing") : RecommendedActions::tr("Banner");
}

RecommendedAction RecommendedActions::tableAction(SubSegment subSegment, bool premiumPlus)
{
    const TableRow& row = table[static_cast<int>(subSegment)];
    Q_ASSERT(row.subSegment == subSegment);
    RecommendedAction action;
    action.subSegment = subSegment;
    action.offer = premiumPlus ? row.premiumOffer : row.basicOffer;
    action.format = premiumPlus ? row.premiumFormat : row.basicFormat;
    // A product-promotion mailing leads to the new arrivals the seller picks; banners keep the row's link.
    action.target = action.offer == OfferType::ProductPromotion && action.format == FormatType::Mailing
                        ? std::nullopt
                        : row.target;
    if (action.offer == OfferType::Bonuses)
        action.target = TargetPage::Showcase;
    // Bonus campaigns and banners need no subscription; other mailings need Premium Plus (WIZ-6).
    action.needsPremiumPlus = action.format == FormatType::Mailing && action.offer != OfferType::Bonuses;
    return action;
}

std::vector<RecommendedAction> RecommendedActions::actionsFor(SubSegment subSegment,
                                                              const Subscription& subscription, QDate today)
{
    if (subscription.allowsMailingsOn(today))
        return {tableAction(subSegment, true)};
    std::vector<RecommendedAction> actions{tableAction(subSegment, false)};
    RecommendedAction premium = tableAction(subSegment, true);
    if (!(premium == actions.front())) {
        premium.locked = premium.needsPremiumPlus;
        actions.push_back(premium);
    }
    return actions;
}

Communication RecommendedActions::prefill(const RecommendedAction& action, QDate today)
{
    Communication communication;
    communication.audience.subSegments = {action.subSegment};
    Offer& offer = communication.offer;
    offer.type = action.offer;
    if (offerHasOwnPeriod(offer.type)) {
        offer.start = today;
        offer.end = today.addDays(prefillPeriodDays - 1);
    }
    if (offer.type == OfferType::OrderDiscount || offer.type == OfferType::PromoCode)
        offer.percent = prefillDiscountPercent;
    if (offer.type == OfferType::OrderDiscount)
        offer.minOrderKopecks = prefillMinOrderKopecks;
    if (offer.type == OfferType::PromoCode) {
        offer.generateCode = true;
        offer.singleUse = true;
    }
    if (offer.type == OfferType::Bonuses) {
        offer.bonusesPerBuyer = defaultBonusesPerBuyer;
        offer.bonusRecipients = defaultBonusRecipients;
        offer.bonusValidityDays = defaultBonusValidityDays;
    }
    communication.format.type = action.format;
    communication.format.target = action.target ? action.target : fixedTargetPage(offer.type);
    if (action.format == FormatType::Banner) {
        communication.format.banner.creative = CreativeKind::Generated;
        communication.format.banner.start = today;
        communication.format.banner.end =
            offerHasOwnPeriod(offer.type) ? offer.end : today.addDays(prefillPeriodDays - 1);
    } else {
        communication.format.mailing.sendDate = today;
    }
    return communication;
}

} // namespace sellercrm
