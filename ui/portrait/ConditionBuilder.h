#pragma once

#include "PortraitConditions.h"

#include <QFrame>
#include <QList>
#include <QMap>

class QLabel;
class QVBoxLayout;

namespace sellercrm {

// POR-2: the condition builder of the portrait. The top level is a group (AND / OR) of conditions
// and groups; a group holds conditions (one nesting level, enough for "(women AND 25–34) OR
// Moscow"). Each condition picks an attribute and a value (or an average-check range in roubles)
// and has a remove button; the tree reads as a sentence below. Structural edits rebuild the rows;
// value edits change the tree in place. Emits conditionsChanged() after every edit.
// Object names: rootOperator, addConditionButton, addGroupButton, conditionsSentence; a condition
// row "condition_<path>" ("condition_1", "condition_2.0") with fieldCombo, valueCombo, minCheck,
// maxCheck, removeButton; a group "group_<i>" with groupOperator, addConditionButton,
// removeButton.
class ConditionBuilder final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionBuilder)

public:
    struct Option
    {
        QString value;
        QString name;
    };
    using Kind = PortraitConditions::Kind;

    explicit ConditionBuilder(QWidget* parent = nullptr);

    // The values a region or category condition offers (from the cached buyers).
    void setOptions(Kind kind, const QList<Option>& options);
    void setConditions(const PortraitConditions& conditions);
    const PortraitConditions& conditions() const { return m_root; }
    QString sentence() const;

    void addCondition(const QList<int>& groupPath = {});
    void addGroup();
    void removeAt(const QList<int>& path);

signals:
    void conditionsChanged(const sellercrm::PortraitConditions& conditions);

private:
    PortraitConditions& nodeAt(const QList<int>& path);
    QList<Option> optionsFor(Kind kind) const;
    PortraitConditions defaultCondition(Kind kind) const;
    QWidget* makeConditionRow(const QList<int>& path);
    QWidget* makeGroup(int index);
    QWidget* makeOperatorCombo(const QList<int>& groupPath, const QString& objectName);
    void rebuild();
    void emitChanged();

    PortraitConditions m_root;
    QMap<Kind, QList<Option>> m_options;
    QVBoxLayout* m_rows;
    QWidget* m_rowsHost = nullptr;
    QLabel* m_sentence;
};

} // namespace sellercrm
