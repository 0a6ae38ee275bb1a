#include "buyers/BuyersPage.h"

#include "Money.h"
#include "Segmentation.h"
#include "buyers/BuyersModel.h"
#include "buyers/ChatButtonDelegate.h"
#include "buyers/FilterChip.h"
#include "buyers/SegmentTree.h"
#include "buyers/TagFlow.h"
#include "components/Theme.h"
#include "components/Toast.h"
#include "table/PageSliceProxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr int maxRoubles = 100'000'000;

// COM-2-style column settings keys, one a BuyersModel column; the buyer ID is mandatory.
const QStringList columnKeys{u"buyer"_s,   u"segment"_s, u"orders"_s,    u"avg_check"_s, u"revenue"_s,
                             u"last_order"_s, u"gender"_s, u"age"_s,      u"region"_s,    u"interests"_s,
                             u"recommended"_s, u"last_communication"_s, u"chat"_s};

struct ActionType
{
    const char16_t* code;
    const char* objectName;
};
constexpr ActionType actionTypes[] = {
    {u"view", "actionView"}, {u"cart", "actionCart"}, {u"favorite", "actionFavorite"}, {u"order", "actionOrder"}};

QString actionTypeName(const QString& code)
{
    if (code == u"view"_s)
        return BuyersPage::tr("Viewed");
    if (code == u"cart"_s)
        return BuyersPage::tr("Added to cart");
    if (code == u"favorite"_s)
        return BuyersPage::tr("Added to favourites");
    return BuyersPage::tr("Ordered");
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QPushButton* applyButton(const QString& objectName)
{
    auto* button = new QPushButton(BuyersPage::tr("Apply"));
    button->setObjectName(objectName);
    Theme::setRole(button, "primary");
    return button;
}

} // namespace

BuyersPage::BuyersPage(const QSqlDatabase& cache, QSettings* settings, QWidget* parent)
    : FilteredTablePage({u"buyersPage"_s, u"buyersTable"_s, u"buyersSearch"_s, tr("Buyers"), tr("Search by buyer ID"),
                         tr("No buyers yet"), tr("Buyers appear here after their first order in your store.")},
                        parent)
    , m_model(new BuyersModel(cache, this))
    , m_chatDelegate(new ChatButtonDelegate(this))
    , m_today(QDate::currentDate())
{
    m_segmentChip = addChip(u"segmentChip"_s, tr("Segment"), makeSegmentEditor());
    m_avgChip = addChip(u"avgCheckChip"_s, tr("Average check"), makeAvgCheckEditor());
    m_actionChip = addChip(u"actionChip"_s, tr("Buyer actions"), makeActionEditor());
    m_lastCommunicationChip =
        addChip(u"lastCommunicationChip"_s, tr("Last communication"), makeLastCommunicationEditor());
    setTableModel(m_model, BuyersModel::Revenue, Qt::DescendingOrder);
    setColumnKeys(settings, u"buyers/hiddenColumns"_s, columnKeys, u"buyer"_s);
    connect(m_model, &PagedSqlModel::lookupsRead, this, &BuyersPage::loadProducts);
    table()->setItemDelegateForColumn(BuyersModel::Chat, m_chatDelegate);
    table()->horizontalHeader()->resizeSection(BuyersModel::Buyer, 110);
    table()->horizontalHeader()->resizeSection(BuyersModel::Interests, 200);
    table()->horizontalHeader()->resizeSection(BuyersModel::RecommendedProducts, 220);
    connect(m_chatDelegate, &ChatButtonDelegate::chatRequested, this, [this](const QString& buyer) {
        emit chatRequested(buyer);
        Toast::show(window(), tr("Chat with buyer %1: chats open in a later version of the app.").arg(buyer));
    });
    setToday(m_today);
    showFilter();
}

BuyersPage::~BuyersPage() = default;

const BuyersFilter& BuyersPage::filter() const
{
    return m_model->filter();
}

void BuyersPage::setFilter(const BuyersFilter& filter)
{
    m_model->setFilter(filter);
    showFilter();
    filterChanged();
}

void BuyersPage::setToday(const QDate& today)
{
    m_today = today;
    // BUY-2: future dates cannot be picked; the last communication goes back 3 months at most.
    for (QDateEdit* edit : {m_actionFrom, m_actionTo}) {
        edit->setDateRange(today.addYears(-1), today);
    }
    m_lastCommunicationFrom->setDateRange(today.addMonths(-3), today);
    updateActionDates();
}

void BuyersPage::showSegment(const QString& subsegmentCode)
{
    BuyersFilter filter;
    if (subSegmentFromCode(subsegmentCode))
        filter.subsegments = {subsegmentCode};
    clearSearchQuietly();
    setFilter(filter);
}

QWidget* BuyersPage::makeSegmentEditor()
{
    m_segmentTree = new SegmentTree;
    connect(m_segmentTree, &SegmentTree::selectionChanged, this, &BuyersPage::applySegments);
    return m_segmentTree;
}

QWidget* BuyersPage::makeAvgCheckEditor()
{
    auto* editor = new QWidget;
    auto* form = new QFormLayout(editor);
    m_avgFrom = new QSpinBox;
    m_avgTo = new QSpinBox;
    m_avgFrom->setObjectName(u"avgCheckFrom"_s);
    m_avgTo->setObjectName(u"avgCheckTo"_s);
    for (QSpinBox* box : {m_avgFrom, m_avgTo}) {
        box->setRange(0, maxRoubles);
        box->setSuffix(u" ₽"_s);
        box->setSpecialValueText(tr("any"));
        box->setGroupSeparatorShown(true);
    }
    m_avgError = new QLabel;
    m_avgError->setObjectName(u"avgCheckError"_s);
    Theme::setRole(m_avgError, "error");
    m_avgError->hide();
    auto* apply = applyButton(u"avgCheckApply"_s);
    form->addRow(tr("From"), m_avgFrom);
    form->addRow(tr("To"), m_avgTo);
    form->addRow(m_avgError);
    form->addRow(apply);
    connect(apply, &QPushButton::clicked, this, &BuyersPage::applyAvgCheck);
    return editor;
}

QWidget* BuyersPage::makeActionEditor()
{
    auto* editor = new QWidget;
    auto* layout = new QVBoxLayout(editor);
    for (const ActionType& type : actionTypes) {
        auto* box = new QCheckBox(actionTypeName(QString::fromUtf16(type.code)));
        box->setObjectName(QString::fromLatin1(type.objectName));
        box->setProperty("code", QString::fromUtf16(type.code));
        layout->addWidget(box);
        m_actionTypes << box;
    }
    m_actionProduct = new QComboBox;
    m_actionProduct->setObjectName(u"actionProduct"_s);
    m_actionProduct->setMinimumWidth(260);
    loadProducts();
    m_actionPeriod = new QComboBox;
    m_actionPeriod->setObjectName(u"actionPeriod"_s);
    m_actionPeriod->addItem(tr("Any time"), int(ActionPeriod::AnyTime));
    m_actionPeriod->addItem(tr("Last 7 days"), int(ActionPeriod::Last7Days));
    m_actionPeriod->addItem(tr("Last 30 days"), int(ActionPeriod::Last30Days));
    m_actionPeriod->addItem(tr("Last 90 days"), int(ActionPeriod::Last90Days));
    m_actionPeriod->addItem(tr("A date"), int(ActionPeriod::OneDay));
    m_actionPeriod->addItem(tr("A period"), int(ActionPeriod::Range));
    m_actionFrom = new QDateEdit;
    m_actionTo = new QDateEdit;
    m_actionFrom->setObjectName(u"actionFrom"_s);
    m_actionTo->setObjectName(u"actionTo"_s);
    for (QDateEdit* edit : {m_actionFrom, m_actionTo}) {
        edit->setCalendarPopup(true);
        edit->setToolTip(tr("Dates after today cannot be chosen."));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Product"), m_actionProduct);
    form->addRow(tr("When"), m_actionPeriod);
    form->addRow(tr("From"), m_actionFrom);
    form->addRow(tr("To"), m_actionTo);
    layout->addLayout(form);
    auto* apply = applyButton(u"actionApply"_s);
    layout->addWidget(apply);
    connect(m_actionPeriod, &QComboBox::currentIndexChanged, this, &BuyersPage::updateActionDates);
    connect(apply, &QPushButton::clicked, this, &BuyersPage::applyAction);
    return editor;
}

QWidget* BuyersPage::makeLastCommunicationEditor()
{
    auto* editor = new QWidget;
    auto* layout = new QVBoxLayout(editor);
    auto* hint = new QLabel(tr("Buyers who received a communication since this date (up to 3 months back)."));
    hint->setWordWrap(true);
    Theme::setRole(hint, "caption");
    m_lastCommunicationFrom = new QDateEdit;
    m_lastCommunicationFrom->setObjectName(u"lastCommunicationFrom"_s);
    m_lastCommunicationFrom->setCalendarPopup(true);
    m_lastCommunicationFrom->setToolTip(tr("No earlier than 3 months back and no later than today."));
    auto* apply = applyButton(u"lastCommunicationApply"_s);
    layout->addWidget(hint);
    layout->addWidget(m_lastCommunicationFrom);
    layout->addWidget(apply);
    connect(apply, &QPushButton::clicked, this, &BuyersPage::applyLastCommunication);
    return editor;
}

void BuyersPage::loadProducts()
{
    if (!m_actionProduct)
        return;
    const QString current = m_actionProduct->currentData().toString();
    m_actionProduct->clear();
    m_actionProduct->addItem(tr("Any of your products"), QString());
    const QList<QPair<QString, QString>> products = m_model->products();
    for (const auto& [id, name] : products)
        m_actionProduct->addItem(name, id);
    m_actionProduct->setCurrentIndex(std::max(0, m_actionProduct->findData(current)));
}

void BuyersPage::updateActionDates()
{
    const auto period = static_cast<ActionPeriod>(m_actionPeriod->currentData().toInt());
    m_actionFrom->setEnabled(period == ActionPeriod::OneDay || period == ActionPeriod::Range);
    m_actionTo->setEnabled(period == ActionPeriod::Range);
}

void BuyersPage::applySegments()
{
    BuyersFilter filter = m_model->filter();
    filter.subsegments = m_segmentTree->checkedSubsegments();
    setFilter(filter);
}

void BuyersPage::applyAvgCheck()
{
    const int from = m_avgFrom->value();
    const int to = m_avgTo->value();
    if (from > 0 && to > 0 && from > to) {
        m_avgError->setText(tr("“From” must not exceed “To”."));
        m_avgError->show();
        return;
    }
    m_avgError->hide();
    BuyersFilter filter = m_model->filter();
    filter.minAvgCheckKopecks = from > 0 ? std::optional<qint64>(qint64(from) * 100) : std::nullopt;
    filter.maxAvgCheckKopecks = to > 0 ? std::optional<qint64>(qint64(to) * 100) : std::nullopt;
    m_avgChip->closePopup();
    setFilter(filter);
}

void BuyersPage::applyAction()
{
    BuyersFilter filter = m_model->filter();
    filter.actionTypes.clear();
    for (QCheckBox* box : std::as_const(m_actionTypes)) {
        if (box->isChecked())
            filter.actionTypes << box->property("code").toString();
    }
    filter.actionProductId = m_actionProduct->currentData().toString();
    filter.actionFrom = {};
    filter.actionTo = {};
    switch (static_cast<ActionPeriod>(m_actionPeriod->currentData().toInt())) {
    case ActionPeriod::AnyTime:
        break;
    case ActionPeriod::Last7Days:
        filter.actionFrom = m_today.addDays(-6);
        filter.actionTo = m_today;
        break;
    case ActionPeriod::Last30Days:
        filter.actionFrom = m_today.addDays(-29);
        filter.actionTo = m_today;
        break;
    case ActionPeriod::Last90Days:
        filter.actionFrom = m_today.addDays(-89);
        filter.actionTo = m_today;
        break;
    case ActionPeriod::OneDay:
        filter.actionFrom = filter.actionTo = m_actionFrom->date();
        break;
    case ActionPeriod::Range:
        filter.actionFrom = std::min(m_actionFrom->date(), m_actionTo->date());
        filter.actionTo = std::max(m_actionFrom->date(), m_actionTo->date());
        break;
    }
    m_actionChip->closePopup();
    setFilter(filter);
}

void BuyersPage::applyLastCommunication()
{
    BuyersFilter filter = m_model->filter();
    filter.lastCommunicationFrom = m_lastCommunicationFrom->date();
    m_lastCommunicationChip->closePopup();
    setFilter(filter);
}

void BuyersPage::editFilter(FilterEdit edit, const QString& value)
{
    setFilter(edited(m_model->filter(), edit, value, &BuyersPage::withoutTag));
}

void BuyersPage::withoutTag(BuyersFilter& filter, const QString& key)
{
    if (key.startsWith(u"segment:"_s)) {
        filter.subsegments.removeAll(key.mid(8));
    } else if (key == u"avgCheck"_s) {
        filter.minAvgCheckKopecks.reset();
        filter.maxAvgCheckKopecks.reset();
    } else if (key.startsWith(u"action:"_s)) {
        filter.actionTypes.removeAll(key.mid(7));
    } else if (key == u"actionProduct"_s) {
        filter.actionProductId.clear();
    } else if (key == u"actionPeriod"_s) {
        filter.actionFrom = {};
        filter.actionTo = {};
    } else if (key == u"lastCommunication"_s) {
        filter.lastCommunicationFrom = {};
        filter.lastCommunicationTo = {};
    }
}

bool BuyersPage::hasFilter() const
{
    return !m_model->filter().isEmpty();
}

void BuyersPage::showFilter()
{
    const BuyersFilter& filter = m_model->filter();
    m_segmentTree->setChecked(filter.subsegments);
    m_avgFrom->setValue(int(filter.minAvgCheckKopecks.value_or(0) / 100));
    m_avgTo->setValue(int(filter.maxAvgCheckKopecks.value_or(0) / 100));
    for (QCheckBox* box : std::as_const(m_actionTypes))
        box->setChecked(filter.actionTypes.contains(box->property("code").toString()));
    m_actionProduct->setCurrentIndex(std::max(0, m_actionProduct->findData(filter.actionProductId)));
    ActionPeriod period = ActionPeriod::AnyTime;
    if (filter.actionFrom.isValid() && filter.actionTo == m_today) {
        const qint64 days = filter.actionFrom.daysTo(m_today);
        period = days == 6 ? ActionPeriod::Last7Days
                           : days == 29 ? ActionPeriod::Last30Days : days == 89 ? ActionPeriod::Last90Days : ActionPeriod::Range;
    }
    if (filter.actionFrom.isValid() && filter.actionFrom == filter.actionTo)
        period = ActionPeriod::OneDay;
    else if (period == ActionPeriod::AnyTime && (filter.actionFrom.isValid() || filter.actionTo.isValid()))
        period = ActionPeriod::Range;
    m_actionPeriod->setCurrentIndex(m_actionPeriod->findData(int(period)));
    if (filter.actionFrom.isValid())
        m_actionFrom->setDate(filter.actionFrom);
    if (filter.actionTo.isValid())
        m_actionTo->setDate(filter.actionTo);
    m_lastCommunicationFrom->setDate(filter.lastCommunicationFrom.isValid() ? filter.lastCommunicationFrom
                                                                            : m_today.addMonths(-3));

    // Chips count what is chosen; tags list it (BUY-2).
    m_segmentChip->setCount(int(filter.subsegments.size()));
    m_avgChip->setCount(filter.hasAvgCheck() ? 1 : 0);
    const bool hasPeriod = filter.actionFrom.isValid() || filter.actionTo.isValid();
    m_actionChip->setCount(int(filter.actionTypes.size()) + (filter.actionProductId.isEmpty() ? 0 : 1) +
                           (hasPeriod ? 1 : 0));
    m_lastCommunicationChip->setCount(filter.hasLastCommunication() ? 1 : 0);

    QList<QPair<QString, QString>> tags;
    for (const QString& code : filter.subsegments) {
        const auto sub = subSegmentFromCode(code);
        tags.append({u"segment:"_s + code, sub ? subSegmentName(*sub) : code});
    }
    if (filter.hasAvgCheck()) {
        const QLocale locale;
        QString text;
        if (filter.minAvgCheckKopecks && filter.maxAvgCheckKopecks)
            text = tr("Average check %1 – %2")
                       .arg(formatRoubles(*filter.minAvgCheckKopecks, locale), formatRoubles(*filter.maxAvgCheckKopecks, locale));
        else if (filter.minAvgCheckKopecks)
            text = tr("Average check from %1").arg(formatRoubles(*filter.minAvgCheckKopecks, locale));
        else
            text = tr("Average check up to %1").arg(formatRoubles(*filter.maxAvgCheckKopecks, locale));
        tags.append({u"avgCheck"_s, text});
    }
    for (const QString& type : filter.actionTypes)
        tags.append({u"action:"_s + type, actionTypeName(type)});
    if (!filter.actionProductId.isEmpty())
        tags.append({u"actionProduct"_s, tr("Product: %1").arg(m_model->productName(filter.actionProductId))});
    if (hasPeriod) {
        const QString text = filter.actionFrom == filter.actionTo
                                 ? tr("Actions on %1").arg(shortDate(filter.actionFrom))
                                 : tr("Actions %1 – %2").arg(shortDate(filter.actionFrom), shortDate(filter.actionTo));
        tags.append({u"actionPeriod"_s, text});
    }
    if (filter.hasLastCommunication())
        tags.append({u"lastCommunication"_s, tr("Last communication since %1").arg(shortDate(filter.lastCommunicationFrom))});
    setTags(tags);
}

} // namespace sellercrm
