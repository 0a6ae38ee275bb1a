#pragma once

#include "Communication.h"
#include "FieldError.h"
#include "FormatRules.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <functional>
#include <vector>

namespace sellercrm {

// WIZ-5/WIZ-6 limits (PRODUCT.md; the decisions where it is silent are in docs/rules.md).
namespace Limits {
inline constexpr int percentMin = 1;
inline constexpr int percentMax = 90;
inline constexpr qint64 amountMinKopecks = 100;   // ≥ 1 ₽
inline constexpr qint64 minOrderMinKopecks = 100; // a minimum order amount of at least 1 ₽
inline constexpr int offerPeriodMaxDays = 90;     // start and end inclusive
inline constexpr int generatedCodeLength = 8;
inline constexpr int codeMinLength = 4;
inline constexpr int codeMaxLength = 20;
inline constexpr int bonusesMin = 50;
inline constexpr int bonusesMax = 10'000;
inline constexpr int bonusValidityChoices[] = {7, 14, 30, 60, 90};
inline constexpr int titleMaxLength = 50;
inline constexpr int textMinLength = 10;
inline constexpr int textMaxLength = 300;
inline constexpr qint64 mailingImageMaxBytes = 10LL * 1024 * 1024;
inline constexpr int mailingImageMinWidth = 1000;
inline constexpr int mailingImageMinHeight = 500;
inline constexpr int mailingImageRatioTolerancePercent = 5; // width:height = 2:1 ± 5 %
inline constexpr qint64 bannerImageMaxBytes = 5LL * 1024 * 1024;
inline constexpr int bannerImageWidth = 1200;
inline constexpr int bannerImageHeight = 400;
inline constexpr int legalTextMaxLength = 120;
inline constexpr qint64 dailyBudgetMinKopecks = 50'000; // ≥ 500 ₽
} // namespace Limits

// Text limits count characters as the seller sees them (Unicode code points).
int visibleLength(const QString& text);

struct PromotionInfo
{
    QString id;
    QString name;
    QDate start;
    QDate end;
};

// Everything outside the request that the rules depend on. The server fills it from its store,
// the client from its cache; both then call the same validator (SYN-5).
struct ValidationContext : FormatContext
{
    std::vector<PromotionInfo> promotions; // the seller's promotions (offer "promotion")
    QSet<QString> existingPromoCodes;      // the seller's promo codes (upper case), for uniqueness
    std::function<qint64(QDate)> platformMessagesOnDay; // empty = nothing scheduled
    qint64 platformDailyCapacity = platformDailyMessageCapacity;
    // Existence checks of referenced ids; an empty function means "not checked here".
    std::function<bool(const QString&)> productExists;
    std::function<bool(const QString&)> collectionExists;
    std::function<bool(const QString&)> savedAudienceExists;

    const PromotionInfo* promotion(const QString& id) const;
};

// Field-level validation of a communication (WIZ-3: every invalid field at once). Field ids are
// those of CommunicationJson.h ("offer.percent", "format.send_date"), so the UI maps them to its
// widgets and the server returns them in a 422 answer.
class CommunicationValidator final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::CommunicationValidator)

public:
    CommunicationValidator() = delete;

    static FieldErrors validateAudience(const Audience& audience, const ValidationContext& context);
    static FieldErrors validateOffer(const Offer& offer, const ValidationContext& context);
    static FieldErrors validateFormat(const Format& format, const Offer& offer,
                                      const ValidationContext& context);
    static FieldErrors validate(const Communication& communication, const ValidationContext& context);

    // The last day a mailing or banner may run for this offer: the promotion's end; invalid when
    // the offer has none.
    static QDate promotionEnd(const Offer& offer, const ValidationContext& context);
    static bool isValidPromoCode(const QString& code); // 4–20 characters A–Z, 0–9
};

} // namespace sellercrm
