#include "BonusPricing.h"

#include "Money.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QStringList>

#include <algorithm>

namespace sellercrm {

std::vector<BonusVolumeTier> BonusPriceTable::defaultVolumeTiers()
{
    return {{500'000, 500}, {2'000'000, 1'000}};
}


namespace {

class BonusPricingText final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::BonusPricingText)

public:
    BonusPricingText() = delete;
};

int subscriptionBasisPoints(Plan plan, const BonusPriceTable& table)
{
    switch (plan) {
    case Plan::None:
        return 0;
    case Plan::Premium:
        return table.premiumBasisPoints;
    case Plan::PremiumPlus:
        return table.premiumPlusBasisPoints;
    }
    Q_UNREACHABLE();
    return 0;
}

int volumeBasisPoints(qint64 totalBonuses, const BonusPriceTable& table)
{
    int best = 0;
    qint64 bestMin = -1;
    for (const BonusVolumeTier& tier : table.volumeTiers) {
        if (totalBonuses >= tier.minBonuses && tier.minBonuses > bestMin) {
            best = tier.basisPoints;
            bestMin = tier.minBonuses;
        }
    }
    return best;
}

QString percentText(int basisPoints, const QLocale& locale)
{
    return locale.toString(basisPoints / 100.0, 'g', 4) + QChar(0x202F) + locale.percent();
}

} // namespace

BonusCost bonusCost(const BonusCampaign& campaign, const BonusPriceTable& table)
{
    BonusCost cost;
    cost.totalBonuses =
        std::max<qint64>(0, campaign.bonusesPerBuyer) * std::max<qint64>(0, campaign.recipients);
    cost.grossKopecks = cost.totalBonuses * table.bonusPriceKopecks;
    const auto addLine = [&cost](BonusDiscountKind kind, int basisPoints) {
        if (basisPoints > 0)
            cost.discounts.push_back(
                {kind, basisPoints, divideRounded(cost.grossKopecks * basisPoints, 10'000)});
    };
    addLine(BonusDiscountKind::Subscription, subscriptionBasisPoints(campaign.plan, table));
    addLine(BonusDiscountKind::FirstCampaign, campaign.firstCampaign ? table.firstCampaignBasisPoints : 0);
    addLine(BonusDiscountKind::Volume, volumeBasisPoints(cost.totalBonuses, table));
    qint64 sum = 0;
    for (const BonusDiscountLine& line : cost.discounts)
        sum += line.amountKopecks;
    const qint64 cap = divideRounded(cost.grossKopecks * table.maxTotalBasisPoints, 10'000);
    cost.capped = sum > cap;
    cost.discountKopecks = std::min(sum, cap);
    cost.netKopecks = cost.grossKopecks - cost.discountKopecks;
    return cost;
}

qint64 recommendedBonusRecipients(qint64 buyersInAudience)
{
    // 80 % of the audience rounded down, and never the whole of an audience of two or more.
    if (buyersInAudience <= 1)
        return std::max<qint64>(0, buyersInAudience);
    return std::clamp<qint64>(buyersInAudience * 8 / 10, 1, buyersInAudience - 1);
}

QString bonusDiscountName(BonusDiscountKind kind)
{
    switch (kind) {
    case BonusDiscountKind::Subscription:
        return BonusPricingText::tr("Subscription discount");
    case BonusDiscountKind::FirstCampaign:
        return BonusPricingText::tr("First campaign discount");
    case BonusDiscountKind::Volume:
        return BonusPricingText::tr("Volume discount");
    }
    Q_UNREACHABLE();
    return QString();
}

QString bonusCostExplanation(const BonusCost& cost, const BonusCampaign& campaign, const QLocale& locale)
{
    QStringList lines;
    lines << BonusPricingText::tr("%1 bonuses × %2 recipients: %3")
                 .arg(locale.toString(campaign.bonusesPerBuyer), locale.toString(campaign.recipients),
                      formatRoubles(cost.grossKopecks, locale));
    for (const BonusDiscountLine& line : cost.discounts)
        lines << BonusPricingText::tr("%1: −%2 (−%3)")
                     .arg(bonusDiscountName(line.kind), percentText(line.basisPoints, locale),
                          formatRoubles(line.amountKopecks, locale));
    if (cost.capped)
        lines << BonusPricingText::tr("Discounts are capped at %1 in total")
                     .arg(formatRoubles(cost.discountKopecks, locale));
    lines << BonusPricingText::tr("Total: %1").arg(formatRoubles(cost.netKopecks, locale));
    return lines.join(u'\n');
}

} // namespace sellercrm
