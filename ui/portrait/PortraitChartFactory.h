#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QChartView;
class QWidget;

namespace sellercrm {

// Every chart of the Buyer portrait is made here (ARCHITECTURE: chart creation behind one small
// factory, so a move away from Qt Charts stays in this file). Charts are static (no animations),
// use the theme's colours and carry the values as bar labels. A view keeps its chart: a change of
// conditions replaces the bars' values, the category labels and the value range in place, so a
// recompute does not build new charts, axes and legends (POR-2, `portrait_recompute_ms`).
class PortraitChartFactory final
{
public:
    struct Bar
    {
        QString label;
        qint64 value = 0;
    };
    // One group of the age × gender chart: a bar per series in `seriesNames` order.
    struct Group
    {
        QString label;
        QList<qint64> values;
    };

    // An empty view the page keeps; the show functions fill it.
    static QChartView* makeView(const QString& objectName, QWidget* parent);

    // Horizontal bars, top to bottom, labels on the left where long ones have room (average-check
    // ranges, regions, categories).
    static void showRows(QChartView* view, const QList<Bar>& bars);
    // Grouped vertical bars with a legend (age bands × gender).
    static void showGroupedColumns(QChartView* view, const QList<Group>& groups,
                                   const QStringList& seriesNames);
};

} // namespace sellercrm
