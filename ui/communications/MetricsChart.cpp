#include "communications/MetricsChart.h"

#include "components/Theme.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sellercrm {

QWidget* MetricsChart::create(const QVariantList& points, QWidget* parent)
{
    QVariantList sorted = points;
    std::sort(sorted.begin(), sorted.end(), [](const QVariant& a, const QVariant& b) {
        return a.toMap().value(u"date"_s).toString() < b.toMap().value(u"date"_s).toString();
    });
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QPair<QString, QString>> metrics{{u"delivered"_s, QChart::tr("Delivered")},
                                                 {u"opened"_s, QChart::tr("Opened")},
                                                 {u"clicks"_s, QChart::tr("Clicks")}};
    const QStringList colors{u"accent"_s, u"success"_s, u"warningText"_s};
    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(u"dd.MM"_s);
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    double maximum = 1;
    for (qsizetype m = 0; m < metrics.size(); ++m) {
        auto* series = new QLineSeries;
        series->setName(metrics.at(m).second);
        series->setObjectName(metrics.at(m).first);
        const QColor color = Theme::color(colors.at(m));
        if (color.isValid())
            series->setColor(color);
        for (const QVariant& point : std::as_const(sorted)) {
            const QVariantMap map = point.toMap();
            const QDate date = QDate::fromString(map.value(u"date"_s).toString(), Qt::ISODate);
            const double value = map.value(metrics.at(m).first).toDouble();
            series->append(double(date.startOfDay().toMSecsSinceEpoch()), value);
            maximum = std::max(maximum, value);
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (!sorted.isEmpty()) {
        const QDate first = QDate::fromString(sorted.first().toMap().value(u"date"_s).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(sorted.last().toMap().value(u"date"_s).toString(), Qt::ISODate);
        xAxis->setRange(first.startOfDay(), (last == first ? last.addDays(1) : last).startOfDay());
        xAxis->setTickCount(std::clamp(int(first.daysTo(last)) + 1, 2, 8));
    }
    yAxis->setRange(0, maximum * 1.1);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(u"metricsChart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(520, 300);
    return view;
}

} // namespace sellercrm
