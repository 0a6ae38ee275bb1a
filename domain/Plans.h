#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QtGlobal>

#include <optional>

class QLocale;

namespace sellercrm {

// STA-1: the seller's plan.
enum class Plan : quint8
{
    None,
    Premium,
    PremiumPlus
};

QString planCode(Plan plan); // DAT-1: none, premium, premium_plus
std::optional<Plan> planFromCode(QStringView code);
QString planName(Plan plan); // localised: "No subscription", "Premium", "Premium Plus"

inline constexpr int premiumPlusMonthlyMailings = 25'000;         // STA-1, WIZ-6
inline constexpr qint64 platformDailyMessageCapacity = 3'000'000; // STA-1, WIZ-6

// STA-1: the subscription and its monthly mailing quota. The quota is per calendar month and
// renews on the 1st of the next month (docs/rules.md).
struct Subscription
{
    Plan plan = Plan::None;
    QDate end; // last day the subscription is active; invalid = no end date (while the plan lasts)

    // Active on `day`: a plan other than None and `day` not after its end.
    bool isActiveOn(QDate day) const;
    // Mailings need an active Premium Plus (WIZ-6).
    bool allowsMailingsOn(QDate day) const;
};

int monthlyMailingQuota(Plan plan);  // 25 000 with Premium Plus, 0 otherwise
QDate quotaRenewalDate(QDate today); // the 1st of the month after `today`

struct MailingQuota
{
    int monthly = 0;
    int used = 0;

    int left() const { return monthly > used ? monthly - used : 0; }
};

} // namespace sellercrm
