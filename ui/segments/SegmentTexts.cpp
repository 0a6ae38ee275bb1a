#include "segments/SegmentTexts.h"

namespace sellercrm {

QString SegmentTexts::title(Segment segment)
{
    switch (segment) {
    case Segment::Regular: return tr("Regular buyers");
    case Segment::New: return tr("New buyers");
    case Segment::Potential: return tr("Potential buyers");
    }
    return {};
}

QString SegmentTexts::description(Segment segment)
{
    switch (segment) {
    case Segment::Regular:
        return tr("Ordered from you two or more times in the last 90 days. Split into Top, Loyal and At risk by "
                  "how often and how much they buy.");
    case Segment::New: return tr("Made their first and only order from you in the last 90 days.");
    case Segment::Potential:
        return tr("Have not ordered in the last 90 days but know you: bought before, or looked at your products "
                  "or your categories.");
    }
    return {};
}

QString SegmentTexts::pageTitle(SubSegment subSegment)
{
    if (subSegment == SubSegment::New)
        return title(Segment::New);
    return subSegmentName(subSegment);
}

} // namespace sellercrm
