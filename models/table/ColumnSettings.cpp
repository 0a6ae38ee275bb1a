#include "table/ColumnSettings.h"

#include <QSettings>

namespace sellercrm {

ColumnSettings::ColumnSettings(QSettings* settings, const QString& settingsKey, const QStringList& columnKeys,
                               const QString& mandatoryKey, const QStringList& hiddenByDefault, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_settingsKey(settingsKey)
    , m_keys(columnKeys)
    , m_mandatory(mandatoryKey)
    , m_defaultHidden(hiddenByDefault.cbegin(), hiddenByDefault.cend())
{
    m_defaultHidden.remove(m_mandatory);
    m_hidden = m_defaultHidden;
    if (m_settings && m_settings->contains(m_settingsKey)) {
        m_hidden.clear();
        const QStringList stored = m_settings->value(m_settingsKey).toStringList();
        for (const QString& key : stored) {
            if (m_keys.contains(key) && key != m_mandatory)
                m_hidden.insert(key);
        }
    }
}

bool ColumnSettings::isVisible(int column) const
{
    return column >= 0 && column < m_keys.size() && !m_hidden.contains(m_keys.at(column));
}

bool ColumnSettings::setVisible(int column, bool visible)
{
    if (column < 0 || column >= m_keys.size())
        return false;
    if (!visible && isMandatory(column))
        return false;
    if (isVisible(column) == visible)
        return true;
    if (visible)
        m_hidden.remove(m_keys.at(column));
    else
        m_hidden.insert(m_keys.at(column));
    store();
    emit changed();
    return true;
}

QList<int> ColumnSettings::visibleColumns() const
{
    QList<int> columns;
    for (int i = 0; i < m_keys.size(); ++i) {
        if (isVisible(i))
            columns << i;
    }
    return columns;
}

bool ColumnSettings::isDefault() const
{
    return m_hidden == m_defaultHidden;
}

void ColumnSettings::resetToDefaults()
{
    if (isDefault())
        return;
    m_hidden = m_defaultHidden;
    store();
    emit changed();
}

void ColumnSettings::store()
{
    if (!m_settings)
        return;
    QStringList hidden;
    for (const QString& key : m_keys) {
        if (m_hidden.contains(key))
            hidden << key;
    }
    m_settings->setValue(m_settingsKey, hidden);
    m_settings->sync();
}

} // namespace sellercrm
