#include "portrait/PortraitChartFactory.h"

#include "components/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

// What one chart shows: a bar per category and series, `values[series][category]`.
struct ChartData
{
    bool horizontal = false;
    QStringList categories;
    QStringList seriesNames;
    QList<QList<qreal>> values;
};

// A round step for the value axis, so that four steps cover `maxValue` with room for the labels.
qreal niceStep(qint64 maxValue)
{
    // Four ticks that cover the largest bar with a little room, the last tick within ≈ 1.5× of it.
    const qreal rough = std::max<qreal>(1.0, qreal(maxValue) * 1.08 / 4.0);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const qreal factor : std::array<qreal, 8>{1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5}) {
        if (factor * magnitude >= rough)
            return std::max<qreal>(1.0, std::ceil(factor * magnitude));
    }
    return 10.0 * magnitude;
}

QChart* makeChart(const ChartData& data)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    // Room on the right for the value axis' last label, which stands on the axis' end.
    chart->setMargins(QMargins(0, 0, 18, 0));
    chart->legend()->setVisible(data.seriesNames.size() > 1);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(Theme::color(u"text"_s));

    QAbstractBarSeries* series = data.horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                                 : static_cast<QAbstractBarSeries*>(new QBarSeries);
    for (qsizetype s = 0; s < data.seriesNames.size(); ++s) {
        auto* set = new QBarSet(data.seriesNames.at(s));
        const QColor color = Theme::color(u"chart"_s + QString::number(s % 3 + 1));
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(Theme::color(u"text"_s));
        series->append(set);
    }
    series->setBarWidth(data.seriesNames.size() > 1 ? 0.8 : 0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(15); // whole numbers up to 10^15 without an exponent
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLineVisible(false);
    categoryAxis->setLabelsColor(Theme::color(u"text"_s));
    chart->addAxis(categoryAxis, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    // Value labels at round steps, written with the locale's digit grouping ("25 000").
    auto* valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setLabelsColor(Theme::color(u"muted"_s));
    valueAxis->setGridLineColor(Theme::color(u"border"_s));
    valueAxis->setLineVisible(false);
    chart->addAxis(valueAxis, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

// The chart of `view` when it can show `data` by changing values only; null otherwise.
QAbstractBarSeries* reusableSeries(QChartView* view, const ChartData& data)
{
    const QList<QAbstractSeries*> all = view->chart()->series();
    auto* series = all.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries*>(all.first());
    if (!series || (series->type() == QAbstractSeries::SeriesTypeHorizontalBar) != data.horizontal ||
        series->count() != data.seriesNames.size())
        return nullptr;
    for (qsizetype s = 0; s < data.seriesNames.size(); ++s) {
        if (series->barSets().at(s)->label() != data.seriesNames.at(s))
            return nullptr;
    }
    return series;
}

template <typename Axis> Axis* axisOf(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* typed = qobject_cast<Axis*>(axis))
            return typed;
    }
    return nullptr;
}

void updateValueAxis(QCategoryAxis* axis, qint64 maxValue)
{
    const qreal step = niceStep(maxValue);
    const QLocale locale;
    QStringList labels;
    for (int tick = 1; tick <= 4; ++tick)
        labels.append(locale.toString(qint64(step) * tick));
    if (axis->categoriesLabels() == labels)
        return;
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    axis->setStartValue(0);
    for (int tick = 1; tick <= 4; ++tick)
        axis->append(labels.at(tick - 1), step * tick);
    axis->setRange(0, step * 4);
}

void show(QChartView* view, const ChartData& data)
{
    QAbstractBarSeries* series = reusableSeries(view, data);
    if (!series) {
        QChart* old = view->chart();
        view->setChart(makeChart(data));
        delete old;
        series = reusableSeries(view, data);
    }
    QChart* chart = view->chart();
    auto* categoryAxis = axisOf<QBarCategoryAxis>(chart);
    if (categoryAxis->categories() != data.categories)
        categoryAxis->setCategories(data.categories);
    qint64 maxValue = 0;
    for (qsizetype s = 0; s < data.values.size(); ++s) {
        QBarSet* set = series->barSets().at(s);
        const QList<qreal>& values = data.values.at(s);
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
        } else {
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (set->at(int(i)) != values.at(i))
                    set->replace(int(i), values.at(i));
            }
        }
        for (const qreal value : values)
            maxValue = std::max(maxValue, qint64(value));
    }
    updateValueAxis(axisOf<QCategoryAxis>(chart), maxValue);
}

ChartData horizontalBars(const QList<PortraitChartFactory::Bar>& bars)
{
    ChartData data{true, {}, {QString()}, {{}}};
    // Qt draws the first category at the bottom; reverse to read top to bottom.
    for (qsizetype k = 0; k < bars.size(); ++k) {
        const auto& bar = bars.at(bars.size() - 1 - k);
        data.categories.append(bar.label);
        data.values.first().append(qreal(bar.value));
    }
    return data;
}

} // namespace

QChartView* PortraitChartFactory::makeView(const QString& objectName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setStyleSheet(u"background: transparent"_s);
    view->setMinimumHeight(260);
    view->chart()->setBackgroundVisible(false);
    return view;
}

void PortraitChartFactory::showRows(QChartView* view, const QList<Bar>& bars)
{
    show(view, horizontalBars(bars));
}

void PortraitChartFactory::showGroupedColumns(QChartView* view, const QList<Group>& groups,
                                              const QStringList& seriesNames)
{
    ChartData data{false, {}, seriesNames, QList<QList<qreal>>(seriesNames.size())};
    for (const Group& group : groups) {
        data.categories.append(group.label);
        for (qsizetype s = 0; s < seriesNames.size(); ++s)
            data.values[s].append(qreal(group.values.value(s)));
    }
    show(view, data);
}

} // namespace sellercrm
