#pragma once

#include "Communication.h"
#include "Plans.h"

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <vector>

class QLocale;

namespace sellercrm {

// WIZ-6: what the format step needs to know besides the offer.
struct FormatContext
{
    QDate today;
    Subscription subscription;
    int mailingQuotaLeft = 0;             // this month's mailings left (STA-1)
    QDate quotaRenewsOn;                  // invalid: quotaRenewalDate(today)
    qint64 ownBuyersInAudience = 0;       // Regular + New buyers of the chosen audience
    qint64 potentialBuyersInAudience = 0; // Potential buyers of the chosen audience
};

// Why a format is not available; each reason is a placeholder in step 3 (WIZ-6).
enum class FormatBlock : quint8
{
    None,
    EmptyAudience,         // the audience has no buyers (WIZ-4)
    PotentialOnlyAudience, // mailings reach own buyers only: use bonuses or a banner
    NeedsPremiumPlus,      // mailings need Premium Plus: use a banner or a bonus campaign
    SubscriptionEnded,     // Premium Plus has ended
    QuotaUsedUp,           // no mailings left this month: the quota renews on a date
    NotForBonuses,         // banners do not carry bonuses
};

struct FormatAvailability
{
    FormatType format = FormatType::Mailing;
    FormatBlock block = FormatBlock::None;
    QString message; // the placeholder text when blocked
    QString warning; // shown above an allowed format (a mixed audience for a mailing)

    bool allowed() const { return block == FormatBlock::None; }
};

// A mailing with a bonus offer is the bonus campaign: a fixed template, paid per bonus, so it
// needs neither Premium Plus nor quota and may go to Potential buyers (docs/rules.md).
FormatAvailability formatAvailability(FormatType format, OfferType offer, const FormatContext& context,
                                      const QLocale& locale);
std::vector<FormatAvailability> formatOptions(OfferType offer, const FormatContext& context,
                                              const QLocale& locale);

// The most recipients a mailing may have: own buyers in the audience, and the quota left (a bonus
// campaign: every buyer in the audience).
qint64 maxMailingRecipients(OfferType offer, const FormatContext& context);

} // namespace sellercrm
