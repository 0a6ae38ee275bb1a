#pragma once

#include "Communication.h"
#include "FieldError.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace sellercrm {

// The JSON shape of a communication create request (POST /api/v1/communications), of a wizard
// draft and of the `audience` / `offer` / `format` members of a synced communication:
//
// {"name": "...",                                     optional
//  "audience": {"segments": ["regular","new"], "subsegments": ["top"]}  or  {"saved_audience_id": "A1"},
//  "offer": {"type": "promotion", "promotion_id": "P1"}
//         | {"type": "order_discount", "percent": 10 | "amount_kopecks": 50000, "min_order_kopecks": 300000,
//            "start": "2026-11-23", "end": "2026-12-20"}
//         | {"type": "promo_code", "code": "SALE2026" | "generate": true, "single_use": true,
//            "percent": 10 | "amount_kopecks": 50000, "start": ..., "end": ..., "min_order_kopecks": ...
//            (optional)}
//         | {"type": "installments", "start": ..., "end": ..., "term_months": 6 (optional, always 6)}
//         | {"type": "bonuses", "bonuses_per_buyer": 500, "recipients": 1000, "validity_days": 14}
//         | {"type": "product_promotion"},
//  "format": {"type": "mailing", "recipients": 900, "send_date": "2026-11-25", "title": "...", "text": "...",
//             "image": {"mime": "image/png", "bytes": 123456, "width": 1200, "height": 600} (optional)}
//          | {"type": "banner", "target": {"kind": "promotion|product|collection|showcase", "id": "..."},
//             "creative": "generated|uploaded", "image": {...} (uploaded), "legal_text": "..." (uploaded),
//             "start": ..., "end": ..., "daily_budget_kopecks": 50000}}
//
// Dates are "YYYY-MM-DD"; money is integer kopecks; null is the same as an absent member.
// Parsing is lenient about what is missing (the validator reports it as `required`) and strict
// about shape: a wrong JSON type is `wrong_type`, an unknown code or date `invalid_value`, and a
// member the shape (for that offer/format type) does not have `unknown_field`.

template <typename T> struct Parsed
{
    T value{};
    FieldErrors errors;

    bool ok() const { return errors.isEmpty(); }
};

QJsonObject audienceToJson(const Audience& audience);
QJsonObject offerToJson(const Offer& offer);
QJsonObject formatToJson(const Format& format);
QJsonObject imageMetaToJson(const ImageMeta& image);
QJsonObject communicationToJson(const Communication& communication);

// `path` prefixes the field ids of the errors ("offer" gives "offer.percent").
Parsed<Audience> audienceFromJson(const QJsonObject& json, const QString& path);
Parsed<Offer> offerFromJson(const QJsonObject& json, const QString& path);
Parsed<Format> formatFromJson(const QJsonObject& json, const QString& path);
Parsed<Communication> communicationFromJson(const QJsonObject& json);

} // namespace sellercrm
