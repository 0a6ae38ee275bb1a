#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace sellercrm {

// Every chart of the app is made here, so a later move from Qt Charts (deprecated from 6.10) to
// another library stays in this file. Charts are static (no animations) and use theme colours.
class ChartFactory final
{
public:
    struct Bar
    {
        QString label;
        qint64 value = 0;
        int colorIndex = 0; // 0..2: the segment the bar belongs to
    };

    // A horizontal bar chart of sub-segment sizes, one bar per entry, top to bottom.
    static QWidget* subSegmentSizes(const QList<Bar>& bars, QWidget* parent);
};

} // namespace sellercrm
