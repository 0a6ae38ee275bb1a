#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace sellercrm {

class AppSettings;

// Settings: the interface language (system, English, Russian; applied on the next start) and
// how often the app syncs.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);

    void accept() override;

private:
    AppSettings* m_settings;
    QComboBox* m_language;
    QSpinBox* m_interval;
};

} // namespace sellercrm
