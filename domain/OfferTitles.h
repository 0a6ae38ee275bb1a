#pragma once

#include "Communication.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

class QLocale;

namespace sellercrm {

// COM-3 offer titles and COM-4 target-page names, localised (tr context "sellercrm::OfferTitles").
class OfferTitles final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::OfferTitles)

public:
    OfferTitles() = delete;

    // "Discount 10% on orders from 3 000 ₽ on all products, 01.12.2026–15.12.2026";
    // "Promo code coupon for 500 ₽, …"; "Interest-free installments, …";
    // "500 bonuses for each of 1 000 buyers"; "No discounts or bonuses". An existing promotion is
    // titled by its name (`promotionName`; "Promotion <id>" when unknown).
    static QString offerTitle(const Offer& offer, const QLocale& locale,
                              const QString& promotionName = QString());

    // "DD.MM.YYYY–DD.MM.YYYY" (COM-3 fixes the pattern; the digits follow the locale).
    static QString period(QDate start, QDate end, const QLocale& locale);

    // COM-4: the promotion collection's name, "Product name, SKU 123", the collection's name,
    // "Store showcase".
    static QString targetPageName(TargetPage target, const QString& name, const QString& sku = QString());

    static QString offerTypeName(OfferType type); // "Discount from order total", …
    static QString formatName(FormatType type);   // "Mailing", "Banner"
};

} // namespace sellercrm
