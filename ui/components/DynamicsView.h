#pragma once

#include "SegmentFigures.h"

#include <QWidget>

namespace sellercrm {

// SEG-5 dynamics of one segment: joined, left and the net change over 30 days. Full: three
// rows, labels elided with a tooltip, numbers right-aligned on the longest (STA-3). Compact: the
// net change with an arrow, joined and left in the tooltip.
class DynamicsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DynamicsView)

public:
    enum class Style { Full, Compact };

    DynamicsView(const SegmentFigures& figures, Style style, QWidget* parent = nullptr);

    static QString summary(const SegmentFigures& figures); // "Joined +12, left −3 in 30 days"
};

} // namespace sellercrm
