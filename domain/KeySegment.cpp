#include "KeySegment.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

namespace sellercrm {

namespace {

class KeySegmentText final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::KeySegmentText)

public:
    KeySegmentText() = delete;
};

} // namespace

qint64 SegmentCounts::of(Segment segment) const
{
    switch (segment) {
    case Segment::Regular:
        return regular;
    case Segment::New:
        return newcomers;
    case Segment::Potential:
        return potential;
    }
    Q_UNREACHABLE();
    return 0;
}

std::optional<Segment> chooseKeySegment(const SegmentCounts& counts, const KeySegmentRule& rule)
{
    if (counts.regular >= rule.regularMin)
        return Segment::Regular;
    if (counts.newcomers >= rule.newMin)
        return Segment::New;
    if (counts.potential > 0)
        return Segment::Potential;
    if (counts.regular > 0)
        return Segment::Regular;
    if (counts.newcomers > 0)
        return Segment::New;
    return std::nullopt;
}

QString keySegmentExplanation(const KeySegmentRule& rule, const QLocale& locale)
{
    return KeySegmentText::tr("The key segment is the audience worth your attention first: Regular buyers "
                              "when there are at least %1 of them; otherwise New buyers when there are at "
                              "least %2; otherwise Potential buyers; otherwise whichever of your segments "
                              "has buyers.")
        .arg(locale.toString(rule.regularMin), locale.toString(rule.newMin));
}

} // namespace sellercrm
