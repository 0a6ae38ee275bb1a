#include "portrait/ConditionBuilder.h"

#include "components/Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

using Kind = PortraitConditions::Kind;
using Op = PortraitConditions::Op;

constexpr Kind leafKinds[] = {Kind::Gender, Kind::AgeBand, Kind::Region, Kind::AvgCheck, Kind::Category};
constexpr int anyBound = -1;
constexpr int maxRoubles = 100'000'000;

QString pathName(const QList<int>& path)
{
    QStringList parts;
    for (int index : path)
        parts.append(QString::number(index));
    return parts.join(u'.');
}

QSpinBox* makeBoundBox(const QString& objectName, std::optional<qint64> kopecks, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(anyBound, maxRoubles);
    box->setSpecialValueText(ConditionBuilder::tr("any"));
    box->setSuffix(ConditionBuilder::tr(" \u20bd"));
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);
    box->setValue(kopecks ? int(std::min<qint64>(*kopecks / 100, maxRoubles)) : anyBound);
    return box;
}

std::optional<qint64> boundOf(const QSpinBox* box)
{
    return box->value() == anyBound ? std::nullopt : std::optional<qint64>(qint64(box->value()) * 100);
}

} // namespace

ConditionBuilder::ConditionBuilder(QWidget* parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout)
    , m_sentence(new QLabel(this))
{
    setObjectName(u"conditionBuilder"_s);
    Theme::setRole(this, "card");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Conditions"), this);
    Theme::setRole(title, "h2");
    header->addWidget(title);
    header->addWidget(new QLabel(tr("Buyers matching"), this));
    header->addWidget(makeOperatorCombo({}, u"rootOperator"_s));
    header->addWidget(new QLabel(tr("of these:"), this));
    header->addStretch(1);
    layout->addLayout(header);

    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);
    layout->addLayout(m_rows);

    auto* buttons = new QHBoxLayout;
    auto* addCondition = new QPushButton(tr("+ Condition"), this);
    addCondition->setObjectName(u"addConditionButton"_s);
    addCondition->setToolTip(tr("Add a condition on gender, age, region, average check or category"));
    auto* addGroup = new QPushButton(tr("+ Group"), this);
    addGroup->setObjectName(u"addGroupButton"_s);
    addGroup->setToolTip(tr("Add a group of conditions joined by their own AND / OR"));
    buttons->addWidget(addCondition);
    buttons->addWidget(addGroup);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_sentence->setObjectName(u"conditionsSentence"_s);
    m_sentence->setWordWrap(true);
    Theme::setRole(m_sentence, "muted");
    layout->addWidget(m_sentence);

    connect(addCondition, &QPushButton::clicked, this, [this] { this->addCondition(); });
    connect(addGroup, &QPushButton::clicked, this, &ConditionBuilder::addGroup);
    rebuild();
}

void ConditionBuilder::setOptions(Kind kind, const QList<Option>& options)
{
    const QList<Option> old = m_options.value(kind);
    if (old.size() == options.size() &&
        std::equal(old.cbegin(), old.cend(), options.cbegin(),
                   [](const Option& a, const Option& b) { return a.value == b.value && a.name == b.name; }))
        return;
    m_options.insert(kind, options);
    rebuild();
}

QList<ConditionBuilder::Option> ConditionBuilder::optionsFor(Kind kind) const
{
    QList<Option> options;
    if (kind == Kind::Gender) {
        for (const QString& code : PortraitConditions::genderCodes())
            options.append({code, PortraitConditions::genderName(code)});
    } else if (kind == Kind::AgeBand) {
        for (const QString& code : PortraitConditions::ageBandCodes())
            options.append({code, PortraitConditions::ageBandName(code)});
    } else {
        options = m_options.value(kind);
    }
    return options;
}

PortraitConditions ConditionBuilder::defaultCondition(Kind kind) const
{
    if (kind == Kind::AvgCheck)
        return PortraitConditions::avgCheck(100'000, std::nullopt);
    const QList<Option> options = optionsFor(kind);
    return PortraitConditions::among(kind, options.isEmpty() ? QStringList{QString()}
                                                             : QStringList{options.first().value});
}

void ConditionBuilder::setConditions(const PortraitConditions& conditions)
{
    m_root = conditions.isGroup() ? conditions : PortraitConditions::group(Op::And, {conditions});
    rebuild();
    emitChanged();
}

QString ConditionBuilder::sentence() const
{
    return m_root.sentence(QLocale(), [this](Kind kind, const QString& value) {
        for (const Option& option : m_options.value(kind)) {
            if (option.value == value)
                return option.name;
        }
        return value;
    });
}

PortraitConditions& ConditionBuilder::nodeAt(const QList<int>& path)
{
    PortraitConditions* node = &m_root;
    for (int index : path)
        node = &node->items()[index];
    return *node;
}

void ConditionBuilder::addCondition(const QList<int>& groupPath)
{
    nodeAt(groupPath).items().append(defaultCondition(Kind::Gender));
    rebuild();
    emitChanged();
}

void ConditionBuilder::addGroup()
{
    const Op op = m_root.op() == Op::And ? Op::Or : Op::And;
    m_root.items().append(PortraitConditions::group(op, {defaultCondition(Kind::Gender)}));
    rebuild();
    emitChanged();
}

void ConditionBuilder::removeAt(const QList<int>& path)
{
    if (path.isEmpty())
        return;
    QList<int> parent = path;
    const int index = parent.takeLast();
    nodeAt(parent).items().removeAt(index);
    rebuild();
    emitChanged();
}

QWidget* ConditionBuilder::makeOperatorCombo(const QList<int>& groupPath, const QString& objectName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(tr("all (AND)"), int(Op::And));
    combo->addItem(tr("any (OR)"), int(Op::Or));
    combo->setToolTip(tr("AND: a buyer matches every condition. OR: a buyer matches at least one."));
    combo->setCurrentIndex(nodeAt(groupPath).op() == Op::And ? 0 : 1);
    connect(combo, &QComboBox::activated, this, [this, combo, groupPath] {
        nodeAt(groupPath).setOp(Op(combo->currentData().toInt()));
        emitChanged();
    });
    return combo;
}

QWidget* ConditionBuilder::makeConditionRow(const QList<int>& path)
{
    const PortraitConditions node = nodeAt(path);
    auto* row = new QFrame;
    row->setObjectName(u"condition_"_s + pathName(path));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(path.size() > 1 ? 24 : 0, 0, 0, 0);

    auto* field = new QComboBox(row);
    field->setObjectName(u"fieldCombo"_s);
    for (Kind kind : leafKinds)
        field->addItem(PortraitConditions::kindName(kind), int(kind));
    field->setCurrentIndex(field->findData(int(node.kind())));
    layout->addWidget(field);
    connect(field, &QComboBox::activated, this, [this, field, path] {
        nodeAt(path) = defaultCondition(Kind(field->currentData().toInt()));
        // The row is rebuilt after this signal returns: the combo must outlive its own handler.
        QMetaObject::invokeMethod(
            this, [this] { rebuild(); }, Qt::QueuedConnection);
        emitChanged();
    });

    if (node.kind() == Kind::AvgCheck) {
        layout->addWidget(new QLabel(tr("from"), row));
        QSpinBox* min = makeBoundBox(u"minCheck"_s, node.minKopecks(), row);
        layout->addWidget(min);
        layout->addWidget(new QLabel(tr("to"), row));
        QSpinBox* max = makeBoundBox(u"maxCheck"_s, node.maxKopecks(), row);
        layout->addWidget(max);
        const auto update = [this, path, min, max] {
            nodeAt(path).setRange(boundOf(min), boundOf(max));
            emitChanged();
        };
        connect(min, &QSpinBox::valueChanged, this, update);
        connect(max, &QSpinBox::valueChanged, this, update);
    } else {
        auto* value = new QComboBox(row);
        value->setObjectName(u"valueCombo"_s);
        value->setMinimumContentsLength(16);
        for (const Option& option : optionsFor(node.kind()))
            value->addItem(option.name, option.value);
        const int current = node.values().isEmpty() ? -1 : value->findData(node.values().first());
        if (current >= 0)
            value->setCurrentIndex(current);
        layout->addWidget(value);
        connect(value, &QComboBox::activated, this, [this, value, path] {
            nodeAt(path).setValues({value->currentData().toString()});
            emitChanged();
        });
    }
    layout->addStretch(1);
    auto* remove = new QToolButton(row);
    remove->setObjectName(u"removeButton"_s);
    remove->setText(u"\u2715"_s);
    remove->setToolTip(tr("Remove this condition"));
    layout->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, path] {
        QMetaObject::invokeMethod(
            this, [this, path] { removeAt(path); }, Qt::QueuedConnection);
    });
    return row;
}

QWidget* ConditionBuilder::makeGroup(int index)
{
    auto* group = new QFrame;
    group->setObjectName(u"group_"_s + QString::number(index));
    group->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(10, 8, 10, 8);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Group: buyers matching"), group));
    QWidget* op = makeOperatorCombo({index}, u"groupOperator"_s);
    op->setParent(group);
    header->addWidget(op);
    header->addStretch(1);
    auto* add = new QPushButton(tr("+ Condition"), group);
    add->setObjectName(u"addConditionButton"_s);
    header->addWidget(add);
    auto* remove = new QToolButton(group);
    remove->setObjectName(u"removeButton"_s);
    remove->setText(u"\u2715"_s);
    remove->setToolTip(tr("Remove this group and its conditions"));
    header->addWidget(remove);
    layout->addLayout(header);
    const PortraitConditions& node = nodeAt({index});
    for (int i = 0; i < node.items().size(); ++i)
        layout->addWidget(makeConditionRow({index, i}));
    connect(add, &QPushButton::clicked, this, [this, index] {
        QMetaObject::invokeMethod(
            this, [this, index] { addCondition({index}); }, Qt::QueuedConnection);
    });
    connect(remove, &QToolButton::clicked, this, [this, index] {
        QMetaObject::invokeMethod(
            this, [this, index] { removeAt({index}); }, Qt::QueuedConnection);
    });
    return group;
}

void ConditionBuilder::rebuild()
{
    delete m_rowsHost;
    m_rowsHost = new QWidget(this);
    m_rowsHost->setObjectName(u"conditionRows"_s);
    auto* layout = new QVBoxLayout(m_rowsHost);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int i = 0; i < m_root.items().size(); ++i) {
        QWidget* row = m_root.items().at(i).isGroup() ? makeGroup(i) : makeConditionRow({i});
        row->setParent(m_rowsHost);
        layout->addWidget(row);
    }
    if (m_root.items().isEmpty()) {
        auto* none = new QLabel(tr("No conditions: the charts show every buyer of the segment."), m_rowsHost);
        Theme::setRole(none, "muted");
        layout->addWidget(none);
    }
    m_rows->addWidget(m_rowsHost);
    if (auto* root = findChild<QComboBox*>(u"rootOperator"_s, Qt::FindDirectChildrenOnly))
        root->setCurrentIndex(m_root.op() == Op::And ? 0 : 1);
    m_sentence->setText(tr("Audience: %1").arg(sentence()));
}

void ConditionBuilder::emitChanged()
{
    m_sentence->setText(tr("Audience: %1").arg(sentence()));
    emit conditionsChanged(m_root);
}

} // namespace sellercrm
