#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace sellercrm {

// POR-3: which charts of the portrait are shown, kept in the app's settings (group `portrait`,
// key `hiddenCharts`). Every chart is shown until the seller hides it. Tests pass their own file.
class PortraitChartSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortraitChartSettings)

public:
    // Chart ids, in page order.
    static const QStringList& chartIds(); // avg_check, regions, categories, age_gender

    explicit PortraitChartSettings(QObject* parent = nullptr); // the platform's default settings
    explicit PortraitChartSettings(const QString& iniFile, QObject* parent = nullptr);
    ~PortraitChartSettings() override;

    bool isShown(const QString& chartId) const;
    void setShown(const QString& chartId, bool shown);
    QStringList shownCharts() const;

signals:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sellercrm
