#include "components/ChartFactory.h"

#include "components/DisplayFormat.h"
#include "components/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sellercrm {

QWidget* ChartFactory::subSegmentSizes(const QList<Bar>& bars, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setVisible(false);

    // One bar set per segment colour, stacked so every category shows exactly one coloured bar.
    auto* series = new QHorizontalStackedBarSeries;
    QList<QBarSet*> sets;
    for (int c = 0; c < 3; ++c) {
        auto* set = new QBarSet(QString::number(c));
        const QColor color = Theme::color(u"chart"_s + QString::number(c + 1));
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(Theme::color(u"text"_s));
        sets.append(set);
    }
    QStringList categories;
    qint64 maxValue = 1;
    // Qt draws the first category at the bottom; reverse so the list reads top to bottom.
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        const Bar& bar = bars.at(i);
        categories.append(bar.label);
        for (int c = 0; c < 3; ++c)
            sets[c]->append(c == bar.colorIndex ? double(bar.value) : 0.0);
        maxValue = std::max(maxValue, bar.value);
    }
    for (QBarSet* set : sets)
        series->append(set);
    series->setBarWidth(0.62);
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLineVisible(false);
    categoryAxis->setLabelsColor(Theme::color(u"text"_s));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, double(maxValue) * 1.08);
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->setTickCount(5);
    valueAxis->setLabelsColor(Theme::color(u"muted"_s));
    valueAxis->setGridLineColor(Theme::color(u"border"_s));
    valueAxis->setLineVisible(false);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    auto* view = new QChartView(chart, parent);
    view->setObjectName(u"subSegmentChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setStyleSheet(u"background: transparent"_s);
    view->setMinimumHeight(40 * int(bars.size()) + 40);
    return view;
}

} // namespace sellercrm
