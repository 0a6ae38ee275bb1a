#pragma once

#include <QString>

namespace sellercrm {

// What an entry point asks the communication wizard to open with (WIZ-1, SEG-8): empty for the
// goal page; a recommended action fills goal, audience, offer and format so the wizard opens at
// its last step (WIZ-2). Codes as in SYNC.md / CommunicationJson.h.
struct WizardPreset final
{
    QString goal;       // "retain" (own segments) or "grow" (Potential); empty: the goal page
    QString segment;    // regular, new, potential
    QString subsegment; // top, loyal, at_risk, new, sleeping, interested_products, interested_categories
    QString offer;      // order_discount, promo_code, bonuses, product_promotion, ...
    QString format;     // mailing or banner
    QString banner;     // banner target when format is banner: product, promotion, showcase

    bool isGoalPage() const { return goal.isEmpty(); }
    friend bool operator==(const WizardPreset&, const WizardPreset&) = default;
};

} // namespace sellercrm
