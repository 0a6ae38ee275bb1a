#include "shell/SettingsDialog.h"

#include "AppSettings.h"
#include "components/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_interval(new QSpinBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"languageBox"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_interval->setObjectName(u"syncIntervalBox"_s);
    m_interval->setRange(1, 1440);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(settings->syncIntervalMinutes());

    auto* form = new QFormLayout;
    form->setSpacing(12);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Sync every"), m_interval);
    auto* note = new QLabel(tr("A new language applies the next time the app starts."), this);
    Theme::setRole(note, "caption");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Theme::setRole(buttons->button(QDialogButtonBox::Ok), "primary");
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setSyncIntervalMinutes(m_interval->value());
    m_settings->sync();
    QDialog::accept();
}

} // namespace sellercrm
