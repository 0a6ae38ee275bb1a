#include "OfferTitles.h"

#include "Money.h"

#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QString discountText(const Offer& offer, const QLocale& locale)
{
    if (offer.percent)
        return locale.toString(*offer.percent) + locale.percent();
    return formatRoubles(offer.amountKopecks.value_or(0), locale);
}

} // namespace

QString OfferTitles::period(QDate start, QDate end, const QLocale& locale)
{
    const QString pattern = u"dd.MM.yyyy"_s;
    return locale.toString(start, pattern) + QChar(0x2013) + locale.toString(end, pattern);
}

QString OfferTitles::offerTitle(const Offer& offer, const QLocale& locale, const QString& promotionName)
{
    switch (offer.type) {
    case OfferType::ExistingPromotion:
        return promotionName.isEmpty() ? tr("Promotion %1").arg(offer.promotionId) : promotionName;
    case OfferType::OrderDiscount:
        return tr("Discount %1 on orders from %2 on all products, %3")
            .arg(discountText(offer, locale), formatRoubles(offer.minOrderKopecks.value_or(0), locale),
                 period(offer.start, offer.end, locale));
    case OfferType::PromoCode:
        return tr("Promo code coupon for %1, %2")
            .arg(discountText(offer, locale), period(offer.start, offer.end, locale));
    case OfferType::Installments:
        return tr("Interest-free installments, %1").arg(period(offer.start, offer.end, locale));
    case OfferType::Bonuses:
        return tr("%1 bonuses for each of %2 buyers")
            .arg(locale.toString(offer.bonusesPerBuyer.value_or(0)),
                 locale.toString(offer.bonusRecipients.value_or(0)));
    case OfferType::ProductPromotion:
        return tr("No discounts or bonuses");
    }
    Q_UNREACHABLE();
    return QString();
}

QString OfferTitles::targetPageName(TargetPage target, const QString& name, const QString& sku)
{
    switch (target) {
    case TargetPage::Promotion:
    case TargetPage::Collection:
        return name;
    case TargetPage::Product:
        return sku.isEmpty() ? name : tr("%1, SKU %2").arg(name, sku);
    case TargetPage::Showcase:
        return tr("Store showcase");
    }
    Q_UNREACHABLE();
    return QString();
}

QString OfferTitles::offerTypeName(OfferType type)
{
    switch (type) {
    case OfferType::ExistingPromotion:
        return tr("Existing promotion");
    case OfferType::OrderDiscount:
        return tr("Discount from order total");
    case OfferType::PromoCode:
        return tr("Promo code");
    case OfferType::Installments:
        return tr("Interest-free installments");
    case OfferType::Bonuses:
        return tr("Bonuses");
    case OfferType::ProductPromotion:
        return tr("Product promotion without an offer");
    }
    Q_UNREACHABLE();
    return QString();
}

QString OfferTitles::formatName(FormatType type)
{
    return type == FormatType::Mailing ? tr("Mailing") : tr("Banner");
}

} // namespace sellercrm
