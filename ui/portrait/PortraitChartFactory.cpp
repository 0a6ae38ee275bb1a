#include "portrait/PortraitChartFactory.h"

#include "components/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QChart* baseChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setVisible(false);
    return chart;
}

QBarSet* makeSet(const QString& name, int colorIndex)
{
    auto* set = new QBarSet(name);
    const QColor color = Theme::color(u"chart"_s + QString::number(colorIndex % 3 + 1));
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(Theme::color(u"text"_s));
    return set;
}

void attachAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, qint64 maxValue,
                bool horizontal)
{
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLineVisible(false);
    categoryAxis->setLabelsColor(Theme::color(u"text"_s));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, double(std::max<qint64>(maxValue, 1)) * 1.15);
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->setTickCount(5);
    valueAxis->setLabelsColor(Theme::color(u"muted"_s));
    valueAxis->setGridLineColor(Theme::color(u"border"_s));
    valueAxis->setLineVisible(false);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
}

QChart* singleSeries(const QList<PortraitChartFactory::Bar>& bars, bool horizontal)
{
    QChart* chart = baseChart();
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    QBarSet* set = makeSet(QString(), 0);
    QStringList categories;
    qint64 maxValue = 0;
    // Horizontal bars: Qt draws the first category at the bottom; reverse to read top to bottom.
    for (qsizetype k = 0; k < bars.size(); ++k) {
        const auto& bar = bars.at(horizontal ? bars.size() - 1 - k : k);
        categories.append(bar.label);
        set->append(double(bar.value));
        maxValue = std::max(maxValue, bar.value);
    }
    series->append(set);
    series->setBarWidth(0.6);
    attachAxes(chart, series, categories, maxValue, horizontal);
    return chart;
}

} // namespace

QChartView* PortraitChartFactory::makeView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(baseChart(), parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setStyleSheet(u"background: transparent"_s);
    view->setMinimumHeight(260);
    return view;
}

void PortraitChartFactory::setChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

QChart* PortraitChartFactory::columns(const QList<Bar>& bars)
{
    return singleSeries(bars, false);
}

QChart* PortraitChartFactory::rows(const QList<Bar>& bars)
{
    return singleSeries(bars, true);
}

QChart* PortraitChartFactory::groupedColumns(const QList<Group>& groups, const QStringList& seriesNames)
{
    QChart* chart = baseChart();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(Theme::color(u"text"_s));
    auto* series = new QBarSeries;
    QStringList categories;
    qint64 maxValue = 0;
    for (const Group& group : groups)
        categories.append(group.label);
    for (qsizetype s = 0; s < seriesNames.size(); ++s) {
        QBarSet* set = makeSet(seriesNames.at(s), int(s));
        for (const Group& group : groups) {
            const qint64 value = group.values.value(s);
            set->append(double(value));
            maxValue = std::max(maxValue, value);
        }
        series->append(set);
    }
    series->setBarWidth(0.8);
    attachAxes(chart, series, categories, maxValue, false);
    return chart;
}

} // namespace sellercrm
