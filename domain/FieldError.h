#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

namespace sellercrm {

// One invalid field of a request or a form (WIZ-3, SYN-5; the `fields` list of a 422 answer).
// `field` is a path of JSON member names joined by dots, array items in brackets:
// "offer.percent", "format.image.width", "audience.segments[1]".
struct FieldError
{
    QString field;
    QString code;    // one of the FieldErrorCode constants: stable, for programs
    QString message; // human, translated (tr), for the seller

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

// The stable error codes.
namespace FieldErrorCode {
inline constexpr QStringView required = u"required";          // missing or empty
inline constexpr QStringView wrongType = u"wrong_type";       // JSON type differs from the shape
inline constexpr QStringView unknownField = u"unknown_field"; // member the shape does not have
inline constexpr QStringView invalidValue = u"invalid_value"; // not one of the allowed codes / formats
inline constexpr QStringView outOfRange = u"out_of_range";    // number outside its limits
inline constexpr QStringView tooShort = u"too_short";
inline constexpr QStringView tooLong = u"too_long";
inline constexpr QStringView conflict = u"conflict"; // two fields that exclude each other
inline constexpr QStringView notUnique = u"not_unique";
inline constexpr QStringView notFound = u"not_found"; // refers to something the seller lacks
inline constexpr QStringView dateInPast = u"date_in_past";
inline constexpr QStringView dateOrder = u"date_order"; // end before start
inline constexpr QStringView periodTooLong = u"period_too_long";
inline constexpr QStringView afterPromotionEnd = u"after_promotion_end";
inline constexpr QStringView afterSubscriptionEnd = u"after_subscription_end";
inline constexpr QStringView capacityExhausted = u"capacity_exhausted";
inline constexpr QStringView quotaExceeded = u"quota_exceeded";
inline constexpr QStringView formatNotAllowed = u"format_not_allowed";
inline constexpr QStringView fixedValue = u"fixed_value"; // a read-only value the platform fixes
inline constexpr QStringView imageType = u"image_type";
inline constexpr QStringView imageTooLarge = u"image_too_large";
inline constexpr QStringView imageDimensions = u"image_dimensions";
} // namespace FieldErrorCode

// Helpers for tests and callers: the error of `field`, or nullptr.
const FieldError* findFieldError(const FieldErrors& errors, QStringView field);
bool hasFieldError(const FieldErrors& errors, QStringView field, QStringView code);

} // namespace sellercrm
