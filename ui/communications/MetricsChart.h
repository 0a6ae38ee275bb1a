#pragma once

#include <QVariantList>

class QWidget;

namespace sellercrm {

// COM-6 details: a communication's metrics over time as a line chart (delivered, opened,
// clicks by date). The only place this page makes a Qt Chart, so a later move to another chart
// library stays here; static (no animations), theme colours.
class MetricsChart final
{
public:
    // `points`: {date "YYYY-MM-DD", delivered, opened, clicks} maps, in any order.
    static QWidget* create(const QVariantList& points, QWidget* parent);
};

} // namespace sellercrm
