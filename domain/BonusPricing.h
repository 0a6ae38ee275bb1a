#pragma once

#include "Plans.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <vector>

class QLocale;

namespace sellercrm {

// WIZ-5: cost = bonuses × recipients × bonus price, less the platform discounts that apply.
// The rates are data: the server keeps its table in settings, the default is below.
enum class BonusDiscountKind : quint8
{
    Subscription,
    FirstCampaign,
    Volume
};

struct BonusVolumeTier
{
    qint64 minBonuses = 0; // total bonuses of the campaign (bonuses × recipients) from which it applies
    int basisPoints = 0;   // 100 basis points = 1 %
};

struct BonusPriceTable
{
    // 5 % from 500 000 bonuses, 10 % from 2 000 000 (built out of line: GCC 12 reports a false
    // maybe-uninitialized through an inline initializer list here).
    static std::vector<BonusVolumeTier> defaultVolumeTiers();

    qint64 bonusPriceKopecks = 100;       // one bonus costs 1 ₽
    int premiumBasisPoints = 500;         // 5 % with Premium
    int premiumPlusBasisPoints = 1'000;   // 10 % with Premium Plus
    int firstCampaignBasisPoints = 1'500; // 15 % on the seller's first bonus campaign
    std::vector<BonusVolumeTier> volumeTiers = defaultVolumeTiers(); // highest tier met applies
    int maxTotalBasisPoints = 3'000;                                 // the discounts add up to at most 30 %

    static BonusPriceTable defaults() { return BonusPriceTable(); }
};

struct BonusCampaign
{
    qint64 bonusesPerBuyer = 0;
    qint64 recipients = 0;
    Plan plan = Plan::None;     // an active subscription's plan, None otherwise
    bool firstCampaign = false; // the seller has never run a bonus campaign
};

struct BonusDiscountLine
{
    BonusDiscountKind kind = BonusDiscountKind::Subscription;
    int basisPoints = 0;
    qint64 amountKopecks = 0;
};

struct BonusCost
{
    qint64 totalBonuses = 0;
    qint64 grossKopecks = 0;
    std::vector<BonusDiscountLine> discounts; // the ones that apply, in table order
    qint64 discountKopecks = 0;               // their sum after the cap
    bool capped = false;                      // the cap cut the sum
    qint64 netKopecks = 0;
};

BonusCost bonusCost(const BonusCampaign& campaign,
                    const BonusPriceTable& table = BonusPriceTable::defaults());

// WIZ-5: the recommended number of recipients, below the whole audience (docs/rules.md).
qint64 recommendedBonusRecipients(qint64 buyersInAudience);

QString bonusDiscountName(BonusDiscountKind kind);
// The summary tooltip: one line per discount ("Premium Plus subscription: −10 % (−5 000 ₽)").
QString bonusCostExplanation(const BonusCost& cost, const BonusCampaign& campaign, const QLocale& locale);

} // namespace sellercrm
