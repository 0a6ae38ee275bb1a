#include "portrait/PortraitChartSettings.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {
const QString hiddenKey = u"portrait/hiddenCharts"_s;
}

const QStringList& PortraitChartSettings::chartIds()
{
    static const QStringList ids{u"avg_check"_s, u"regions"_s, u"categories"_s, u"age_gender"_s};
    return ids;
}

PortraitChartSettings::PortraitChartSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

PortraitChartSettings::PortraitChartSettings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

PortraitChartSettings::~PortraitChartSettings() = default;

bool PortraitChartSettings::isShown(const QString& chartId) const
{
    return !m_settings->value(hiddenKey).toStringList().contains(chartId);
}

void PortraitChartSettings::setShown(const QString& chartId, bool shown)
{
    if (isShown(chartId) == shown || !chartIds().contains(chartId))
        return;
    QStringList hidden = m_settings->value(hiddenKey).toStringList();
    if (shown)
        hidden.removeAll(chartId);
    else
        hidden.append(chartId);
    m_settings->setValue(hiddenKey, hidden);
    m_settings->sync();
    emit changed();
}

QStringList PortraitChartSettings::shownCharts() const
{
    QStringList shown;
    for (const QString& id : chartIds()) {
        if (isShown(id))
            shown.append(id);
    }
    return shown;
}

} // namespace sellercrm
