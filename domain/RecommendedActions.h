#pragma once

#include "Communication.h"
#include "Plans.h"
#include "Segmentation.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace sellercrm {

// SEG-8: the recommended action of each sub-segment, by plan. An action opens the wizard at its
// last step with audience and offer prefilled (WIZ-2).
struct RecommendedAction
{
    SubSegment subSegment = SubSegment::Top;
    OfferType offer = OfferType::ProductPromotion;
    FormatType format = FormatType::Mailing;
    std::optional<TargetPage> target; // the link, where the action fixes it (product, showcase)
    bool needsPremiumPlus = false;    // shown with the premium icon
    bool locked = false;              // needs Premium Plus the seller lacks: opens the benefits drawer

    QString title() const; // "Mailing about new arrivals", "Promo code banner", …
    friend bool operator==(const RecommendedAction&, const RecommendedAction&) = default;
};

class RecommendedActions final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::RecommendedActions)

public:
    RecommendedActions() = delete;

    // The SEG-8 table cell: the action for a seller with (true) or without (false) Premium Plus.
    static RecommendedAction tableAction(SubSegment subSegment, bool premiumPlus);

    // What the segment page shows. With Premium Plus (active): its action. Without: the
    // no-subscription action first; when it differs, the Premium Plus action follows, locked.
    static std::vector<RecommendedAction> actionsFor(SubSegment subSegment, const Subscription& subscription,
                                                     QDate today);

    // The wizard prefilled by an action: the sub-segment as audience, the offer with its
    // defaults (WIZ-5), the format and its fixed link; dates start today (the seller completes them).
    static Communication prefill(const RecommendedAction& action, QDate today);
};

} // namespace sellercrm
