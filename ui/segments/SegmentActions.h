#pragma once

#include "Segmentation.h"
#include "SellerProfile.h"
#include "WizardPreset.h"

#include <QList>
#include <QString>

namespace sellercrm {

// SEG-8 (domain/RecommendedActions.h) as the buttons of the Segments pages show it.
struct SegmentAction final
{
    QString text;
    WizardPreset preset;
    bool premiumLocked = false; // a Premium Plus action without the subscription
};

struct RecommendedAction;

class SegmentActions final
{
public:
    // With Premium Plus: the one recommended action. Without it: the action that needs no
    // subscription first and, where SEG-8 recommends a Premium Plus action instead, that action
    // locked behind the premium icon (clicking it opens the benefits drawer). "Today" is the
    // seller's as-of date, so a snapshot shows what the seller saw.
    static QList<SegmentAction> forSubSegment(SubSegment subSegment, const SellerProfile& seller);
    static WizardPreset presetOf(const RecommendedAction& action);
};

} // namespace sellercrm
