#include "segments/SegmentActions.h"

#include "Plans.h"
#include "RecommendedActions.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

WizardPreset SegmentActions::presetOf(const RecommendedAction& action)
{
    const Segment segment = segmentOf(action.subSegment);
    WizardPreset preset;
    preset.goal = isOwnSegment(segment) ? u"retain"_s : u"grow"_s;
    preset.segment = segmentCode(segment);
    preset.subsegment = subSegmentCode(action.subSegment);
    preset.offer = offerTypeCode(action.offer);
    preset.format = formatTypeCode(action.format);
    if (action.target)
        preset.banner = targetPageCode(*action.target);
    return preset;
}

QList<SegmentAction> SegmentActions::forSubSegment(SubSegment subSegment, const SellerProfile& seller)
{
    const Subscription subscription{ planFromCode(seller.plan).value_or(Plan::None), seller.subscriptionEnd };
    const QDate today = seller.asOf.isValid() ? seller.asOf : QDate::currentDate();
    QList<SegmentAction> result;
    for (const RecommendedAction& action : RecommendedActions::actionsFor(subSegment, subscription, today))
        result.append({ action.title(), presetOf(action), action.locked });
    return result;
}

} // namespace sellercrm
