#include "FormatRules.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

#include <algorithm>

namespace sellercrm {

namespace {

class FormatRulesText final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::FormatRulesText)

public:
    FormatRulesText() = delete;
};

FormatBlock mailingBlock(OfferType offer, const FormatContext& context)
{
    const qint64 buyers = context.ownBuyersInAudience + context.potentialBuyersInAudience;
    if (buyers <= 0)
        return FormatBlock::EmptyAudience;
    if (offer == OfferType::Bonuses)
        return FormatBlock::None;
    if (context.ownBuyersInAudience <= 0)
        return FormatBlock::PotentialOnlyAudience;
    if (context.subscription.plan != Plan::PremiumPlus)
        return FormatBlock::NeedsPremiumPlus;
    if (!context.subscription.allowsMailingsOn(context.today))
        return FormatBlock::SubscriptionEnded;
    if (context.mailingQuotaLeft <= 0)
        return FormatBlock::QuotaUsedUp;
    return FormatBlock::None;
}

QString blockMessage(FormatBlock block, const FormatContext& context, const QLocale& locale)
{
    switch (block) {
    case FormatBlock::None:
        return QString();
    case FormatBlock::EmptyAudience:
        return FormatRulesText::tr("This audience has no buyers yet. Choose another segment.");
    case FormatBlock::PotentialOnlyAudience:
        return FormatRulesText::tr(
            "Mailings reach only your own buyers, and this audience has only potential "
            "buyers. Offer them bonuses or create a banner.");
    case FormatBlock::NeedsPremiumPlus:
        return FormatRulesText::tr(
            "Mailings come with the Premium Plus subscription. Create a banner or a bonus "
            "campaign instead.");
    case FormatBlock::SubscriptionEnded:
        return FormatRulesText::tr(
                   "Your Premium Plus subscription ended on %1. Renew it to send mailings, or "
                   "create a banner or a bonus campaign.")
            .arg(locale.toString(context.subscription.end, QLocale::ShortFormat));
    case FormatBlock::QuotaUsedUp: {
        const QDate renews =
            context.quotaRenewsOn.isValid() ? context.quotaRenewsOn : quotaRenewalDate(context.today);
        return FormatRulesText::tr(
                   "You have used all mailings of this month. The quota renews on %1; until then "
                   "create a banner or a bonus campaign.")
            .arg(locale.toString(renews, QLocale::ShortFormat));
    }
    case FormatBlock::NotForBonuses:
        return FormatRulesText::tr("Banners do not carry bonuses. Send bonuses with a mailing.");
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace

FormatAvailability formatAvailability(FormatType format, OfferType offer, const FormatContext& context,
                                      const QLocale& locale)
{
    FormatAvailability availability;
    availability.format = format;
    if (format == FormatType::Banner) {
        availability.block = offer == OfferType::Bonuses ? FormatBlock::NotForBonuses : FormatBlock::None;
    } else {
        availability.block = mailingBlock(offer, context);
        if (availability.allowed() && offer != OfferType::Bonuses && context.potentialBuyersInAudience > 0)
            availability.warning =
                FormatRulesText::tr("This audience also has potential buyers: only your own %1 "
                                    "buyers receive the mailing.")
                    .arg(locale.toString(context.ownBuyersInAudience));
    }
    availability.message = blockMessage(availability.block, context, locale);
    return availability;
}

std::vector<FormatAvailability> formatOptions(OfferType offer, const FormatContext& context,
                                              const QLocale& locale)
{
    return {formatAvailability(FormatType::Mailing, offer, context, locale),
            formatAvailability(FormatType::Banner, offer, context, locale)};
}

qint64 maxMailingRecipients(OfferType offer, const FormatContext& context)
{
    if (offer == OfferType::Bonuses)
        return context.ownBuyersInAudience + context.potentialBuyersInAudience;
    return std::min<qint64>(context.ownBuyersInAudience, context.mailingQuotaLeft);
}

} // namespace sellercrm
