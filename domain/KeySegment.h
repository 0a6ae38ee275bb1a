#pragma once

#include "Segmentation.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <optional>

class QLocale;

namespace sellercrm {

// SEG-6: REGULAR_MIN and NEW_MIN are server settings, so they are parameters here.
struct KeySegmentRule
{
    int regularMin = 10;
    int newMin = 10;
};

struct SegmentCounts
{
    qint64 regular = 0;
    qint64 newcomers = 0;
    qint64 potential = 0;

    qint64 of(Segment segment) const;
};

// SEG-6: Regular if regular >= regularMin; else New if new >= newMin; else Potential if any;
// else Regular if any; else New if any; else nullopt (the empty state).
std::optional<Segment> chooseKeySegment(const SegmentCounts& counts, const KeySegmentRule& rule);

// SEG-6: the tooltip explaining how the key segment is chosen (the same text for every segment).
QString keySegmentExplanation(const KeySegmentRule& rule, const QLocale& locale);

} // namespace sellercrm
