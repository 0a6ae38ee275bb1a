#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QSettings;

namespace sellercrm {

// COM-2 column settings of the Buyers and Communications tables: which columns are shown.
// Columns are named by stable keys, one of them is mandatory (never hidden); the choice is kept
// in QSettings under `settingsKey` as the list of hidden keys and read back on construction. isDefault() tells the page whether
// to show "Reset to defaults".
class ColumnSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnSettings)

public:
    ColumnSettings(QSettings* settings, const QString& settingsKey, const QStringList& columnKeys,
                   const QString& mandatoryKey, const QStringList& hiddenByDefault = {}, QObject* parent = nullptr);

    int columnCount() const { return int(m_keys.size()); }
    QString key(int column) const { return m_keys.value(column); }
    bool isMandatory(int column) const { return m_keys.value(column) == m_mandatory; }
    bool isVisible(int column) const;
    // Hiding the mandatory column is refused (returns false).
    bool setVisible(int column, bool visible);
    QList<int> visibleColumns() const;
    bool isDefault() const;
    void resetToDefaults();

signals:
    void changed();

private:
    void store();

    QSettings* m_settings;
    QString m_settingsKey;
    QStringList m_keys;
    QString m_mandatory;
    QSet<QString> m_defaultHidden;
    QSet<QString> m_hidden;
};

} // namespace sellercrm
