#pragma once

#include "Segmentation.h"

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QtGlobal>

#include <optional>
#include <vector>

namespace sellercrm {

// WIZ-4 step 1: whole segments and/or sub-segments (their union), or a saved audience (POR-2
// conditions kept by the server). The default is "All your buyers in 90 days" = Regular ∪ New.
struct Audience
{
    std::vector<Segment> segments;
    std::vector<SubSegment> subSegments;
    QString savedAudienceId; // non-empty: the audience is this saved audience, the lists stay empty

    static Audience allOwnBuyers();
    bool isEmpty() const { return segments.empty() && subSegments.empty() && savedAudienceId.isEmpty(); }
    // True when the union contains `subSegment` (directly or through its segment).
    bool includes(SubSegment subSegment) const;

    friend bool operator==(const Audience&, const Audience&) = default;
};

// WIZ-5 step 2: what the communication offers. JSON codes in CommunicationJson.h.
enum class OfferType : quint8
{
    ExistingPromotion,
    OrderDiscount,
    PromoCode,
    Installments,
    Bonuses,
    ProductPromotion
};

QString offerTypeCode(
    OfferType type); // promotion, order_discount, promo_code, installments, bonuses, product_promotion
std::optional<OfferType> offerTypeFromCode(QStringView code);
// The offer creates a promotion with its own period (order discount, promo code, installments).
bool offerHasOwnPeriod(OfferType type);
// The offer is a promotion (existing or new): a banner's link is fixed to its collection (WIZ-6).
bool offerIsPromotion(OfferType type);

inline constexpr int installmentTermMonths = 6;      // WIZ-5: fixed by the platform
inline constexpr int defaultBonusesPerBuyer = 500;   // WIZ-5
inline constexpr int defaultBonusRecipients = 1'000; // WIZ-5
inline constexpr int defaultBonusValidityDays = 14;  // WIZ-5

// One struct for every offer type; the fields a type does not use stay unset. Unset optionals
// and invalid dates are "missing" (the validator reports them as required).
struct Offer
{
    OfferType type = OfferType::ProductPromotion;

    QString promotionId; // ExistingPromotion

    std::optional<int> percent;            // OrderDiscount, PromoCode: exactly one of percent and
    std::optional<qint64> amountKopecks;   //   amountKopecks
    std::optional<qint64> minOrderKopecks; // OrderDiscount (required), PromoCode (optional)
    QDate start;                           // OrderDiscount, PromoCode, Installments
    QDate end;

    bool generateCode = false;     // PromoCode: the server generates the code on creation
    QString code;                  //   or the seller's typed code
    std::optional<bool> singleUse; //   one order per buyer (true) or multi-use (false)

    int termMonths = installmentTermMonths; // Installments: read-only

    std::optional<int> bonusesPerBuyer; // Bonuses
    std::optional<int> bonusRecipients;
    std::optional<int> bonusValidityDays;

    friend bool operator==(const Offer&, const Offer&) = default;
};

// WIZ-6 step 3.
enum class FormatType : quint8
{
    Mailing,
    Banner
};
QString formatTypeCode(FormatType type); // mailing, banner
std::optional<FormatType> formatTypeFromCode(QStringView code);

struct ImageMeta
{
    QString mimeType; // image/png or image/jpeg
    qint64 bytes = 0;
    int width = 0;
    int height = 0;

    friend bool operator==(const ImageMeta&, const ImageMeta&) = default;
};

struct MailingFormat
{
    std::optional<int> recipients;
    QDate sendDate;
    QString title; // may be empty: then generated (WIZ-6)
    QString text;
    std::optional<ImageMeta> image;

    friend bool operator==(const MailingFormat&, const MailingFormat&) = default;
};

// Where a mailing or a banner leads (WIZ-6, COM-4): the promotion's collection, a product, a
// collection, the store showcase.
enum class TargetPage : quint8
{
    Promotion,
    Product,
    Collection,
    Showcase
};
QString targetPageCode(TargetPage target); // promotion, product, collection, showcase
std::optional<TargetPage> targetPageFromCode(QStringView code);
// The link a promotion offer (fixed to its collection) or bonuses (fixed to the showcase) imply;
// nullopt for product promotion, where the seller chooses.
std::optional<TargetPage> fixedTargetPage(OfferType type);

enum class CreativeKind : quint8
{
    Generated,
    Uploaded
};
QString creativeKindCode(CreativeKind kind); // generated, uploaded
std::optional<CreativeKind> creativeKindFromCode(QStringView code);

struct BannerFormat
{
    std::optional<CreativeKind> creative;
    std::optional<ImageMeta> image; // the uploaded creative
    QString legalText;              // required with an uploaded creative
    QDate start;
    QDate end;
    std::optional<qint64> dailyBudgetKopecks;

    friend bool operator==(const BannerFormat&, const BannerFormat&) = default;
};

struct Format
{
    FormatType type = FormatType::Mailing;
    std::optional<TargetPage> target; // unset = the offer's fixed target (fixedTargetPage)
    QString targetId;                 // product or collection id; the promotion id or empty for Promotion
    MailingFormat mailing;            // used when type == Mailing
    BannerFormat banner;              // used when type == Banner

    friend bool operator==(const Format&, const Format&) = default;
};

// The create request of a communication (POST /api/v1/communications) and a wizard's state.
struct Communication
{
    QString name; // optional; generated from the offer title when empty
    Audience audience;
    Offer offer;
    Format format;

    friend bool operator==(const Communication&, const Communication&) = default;
};

} // namespace sellercrm
