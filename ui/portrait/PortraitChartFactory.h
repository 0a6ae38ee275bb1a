#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QWidget;

namespace sellercrm {

// Every chart of the Buyer portrait is made here (ARCHITECTURE: chart creation behind one small
// factory, so a move away from Qt Charts stays in this file). Charts are static (no animations),
// use the theme's colours and carry the values as bar labels.
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

    // An empty view the page keeps; setChart() replaces what it shows.
    static QChartView* makeView(const QString& objectName, QWidget* parent);
    static void setChart(QChartView* view, QChart* chart);

    // Vertical bars, left to right (average-check buckets).
    static QChart* columns(const QList<Bar>& bars);
    // Horizontal bars, top to bottom (regions, categories).
    static QChart* rows(const QList<Bar>& bars);
    // Grouped vertical bars with a legend (age bands × gender).
    static QChart* groupedColumns(const QList<Group>& groups, const QStringList& seriesNames);
};

} // namespace sellercrm
