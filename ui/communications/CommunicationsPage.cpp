#include "communications/CommunicationsPage.h"

#include "Segmentation.h"
#include "buyers/FilterChip.h"
#include "buyers/SegmentTree.h"
#include "communications/CommunicationDetailsDialog.h"
#include "communications/CommunicationStatus.h"
#include "communications/CommunicationsModel.h"
#include "communications/ConfirmDialog.h"
#include "components/Dialogs.h"
#include "components/Theme.h"
#include "components/Toast.h"
#include "table/PageSliceProxy.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

const QStringList columnKeys{u"name"_s,      u"audience"_s, u"offer"_s,     u"target"_s, u"format"_s,
                             u"status"_s,    u"send_date"_s, u"recipients"_s, u"delivered"_s,
                             u"opened"_s,    u"open_rate"_s, u"clicks"_s,    u"ctr"_s,    u"created"_s};

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString audienceName(const QString& code)
{
    if (const auto sub = subSegmentFromCode(code))
        return subSegmentName(*sub);
    if (const auto segment = segmentFromCode(code))
        return segmentName(*segment);
    return code;
}

} // namespace

CommunicationsPage::CommunicationsPage(const QSqlDatabase& cache, QSettings* settings, QWidget* parent)
    : FilteredTablePage({u"communicationsPage"_s, u"communicationsTable"_s, u"communicationsSearch"_s,
                         tr("Communications"), tr("Search by name"), tr("No communications yet"),
                         tr("Mailings and banners you create appear here with their status and results.")},
                        parent)
    , m_model(new CommunicationsModel(cache, this))
    , m_tabs(new QTabBar)
    , m_details(new QPushButton(tr("Details")))
    , m_repeat(new QPushButton(tr("Repeat")))
    , m_remove(new QPushButton(tr("Delete")))
{
    m_tabs->setObjectName(u"formatTabs"_s);
    m_tabs->addTab(tr("All"));
    m_tabs->addTab(tr("Mailings"));
    m_tabs->addTab(tr("Banners"));
    m_tabs->setDrawBase(false);
    m_details->setObjectName(u"openDetails"_s);
    m_repeat->setObjectName(u"repeatCommunication"_s);
    m_remove->setObjectName(u"deleteCommunication"_s);
    m_remove->setToolTip(tr("Only a communication on moderation can be deleted."));

    auto* tabRow = new QHBoxLayout;
    tabRow->addWidget(m_tabs);
    tabRow->addStretch(1);
    tabRow->addWidget(m_details);
    tabRow->addWidget(m_repeat);
    tabRow->addWidget(m_remove);
    bodyLayout()->insertLayout(0, tabRow);

    m_audienceTree = new SegmentTree;
    m_audienceTree->setObjectName(u"audienceTree"_s);
    m_audienceChip = addChip(u"audienceChip"_s, tr("Audience"), m_audienceTree);
    m_statusChip = addChip(u"statusChip"_s, tr("Status"), makeStatusEditor());
    m_sendDateChip = addChip(u"sendDateChip"_s, tr("Send date"), makeSendDateEditor());
    setTableModel(m_model, CommunicationsModel::Created, Qt::DescendingOrder);
    table()->horizontalHeader()->resizeSection(CommunicationsModel::Name, 220);
    table()->horizontalHeader()->resizeSection(CommunicationsModel::OfferColumn, 300);
    table()->horizontalHeader()->resizeSection(CommunicationsModel::Target, 220);
    setColumnKeys(settings, u"communications/hiddenColumns"_s, columnKeys, u"name"_s);

    connect(m_audienceTree, &SegmentTree::selectionChanged, this, &CommunicationsPage::applyAudience);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        CommunicationsFilter filter = m_model->filter();
        filter.format = index == int(Tab::Mailings) ? u"mailing"_s : index == int(Tab::Banners) ? u"banner"_s : QString();
        setFilter(filter);
    });
    connect(table(), &QTableView::clicked, this, &CommunicationsPage::onCellClicked);
    connect(table(), &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openDetails(index.row()); });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CommunicationsPage::updateActions);
    connect(pages(), &QAbstractItemModel::modelReset, this, &CommunicationsPage::updateActions);
    connect(m_details, &QPushButton::clicked, this, [this] { openDetails(currentRow()); });
    connect(m_repeat, &QPushButton::clicked, this, [this] { repeat(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { deleteRow(currentRow()); });
    showFilter();
    updateActions();
}

CommunicationsPage::~CommunicationsPage() = default;

const CommunicationsFilter& CommunicationsPage::filter() const
{
    return m_model->filter();
}

void CommunicationsPage::setFilter(const CommunicationsFilter& filter)
{
    m_model->setFilter(filter);
    showFilter();
    filterChanged();
}

void CommunicationsPage::setTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QWidget* CommunicationsPage::makeStatusEditor()
{
    auto* editor = new QWidget;
    auto* layout = new QVBoxLayout(editor);
    for (const QString& code : CommunicationStatus::codes()) {
        auto* box = new QCheckBox(CommunicationStatus::name(code));
        box->setObjectName(u"status:"_s + code);
        box->setProperty("code", code);
        layout->addWidget(box);
        m_statusBoxes << box;
        connect(box, &QCheckBox::toggled, this, &CommunicationsPage::applyStatuses);
    }
    return editor;
}

QWidget* CommunicationsPage::makeSendDateEditor()
{
    auto* editor = new QWidget;
    auto* form = new QFormLayout(editor);
    m_sendFrom = new QDateEdit(QDate::currentDate().addDays(-30));
    m_sendTo = new QDateEdit(QDate::currentDate().addDays(30));
    m_sendFrom->setObjectName(u"sendFrom"_s);
    m_sendTo->setObjectName(u"sendTo"_s);
    for (QDateEdit* edit : {m_sendFrom, m_sendTo})
        edit->setCalendarPopup(true);
    auto* apply = new QPushButton(tr("Apply"));
    apply->setObjectName(u"sendDateApply"_s);
    Theme::setRole(apply, "primary");
    form->addRow(tr("From"), m_sendFrom);
    form->addRow(tr("To"), m_sendTo);
    form->addRow(apply);
    connect(apply, &QPushButton::clicked, this, &CommunicationsPage::applySendDate);
    return editor;
}

void CommunicationsPage::applyAudience()
{
    CommunicationsFilter filter = m_model->filter();
    filter.segments = m_audienceTree->fullyCheckedSegments();
    filter.subsegments.clear();
    for (const QString& code : m_audienceTree->checkedSubsegments()) {
        const auto sub = subSegmentFromCode(code);
        if (sub && !filter.segments.contains(segmentCode(segmentOf(*sub))))
            filter.subsegments << code;
    }
    setFilter(filter);
}

void CommunicationsPage::applyStatuses()
{
    CommunicationsFilter filter = m_model->filter();
    filter.statuses.clear();
    for (QCheckBox* box : std::as_const(m_statusBoxes)) {
        if (box->isChecked())
            filter.statuses << box->property("code").toString();
    }
    setFilter(filter);
}

void CommunicationsPage::applySendDate()
{
    CommunicationsFilter filter = m_model->filter();
    filter.sendFrom = std::min(m_sendFrom->date(), m_sendTo->date());
    filter.sendTo = std::max(m_sendFrom->date(), m_sendTo->date());
    m_sendDateChip->closePopup();
    setFilter(filter);
}

void CommunicationsPage::editFilter(FilterEdit edit, const QString& value)
{
    CommunicationsFilter filter = edited(m_model->filter(), edit, value, &CommunicationsPage::withoutTag);
    filter.format = m_model->filter().format; // the tab is not a filter: "Clear all" keeps it
    setFilter(filter);
}

void CommunicationsPage::withoutTag(CommunicationsFilter& filter, const QString& key)
{
    if (key.startsWith(u"audience:"_s)) {
        const QString code = key.mid(9);
        filter.segments.removeAll(code);
        filter.subsegments.removeAll(code);
    } else if (key.startsWith(u"status:"_s)) {
        filter.statuses.removeAll(key.mid(7));
    } else if (key == u"sendDate"_s) {
        filter.sendFrom = {};
        filter.sendTo = {};
    }
}

bool CommunicationsPage::hasFilter() const
{
    return !m_model->filter().isEmpty();
}

void CommunicationsPage::showFilter()
{
    const CommunicationsFilter& filter = m_model->filter();
    {
        const QSignalBlocker blocker(m_audienceTree);
        m_audienceTree->setChecked(filter.subsegments, filter.segments);
    }
    for (QCheckBox* box : std::as_const(m_statusBoxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(filter.statuses.contains(box->property("code").toString()));
    }
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(filter.format == u"mailing"_s ? int(Tab::Mailings)
                                : filter.format == u"banner"_s ? int(Tab::Banners) : int(Tab::All));
    }
    if (filter.sendFrom.isValid())
        m_sendFrom->setDate(filter.sendFrom);
    if (filter.sendTo.isValid())
        m_sendTo->setDate(filter.sendTo);

    m_audienceChip->setCount(int(filter.segments.size() + filter.subsegments.size()));
    m_statusChip->setCount(int(filter.statuses.size()));
    m_sendDateChip->setCount(filter.hasSendDate() ? 1 : 0);
    QList<QPair<QString, QString>> tags;
    for (const QString& code : filter.segments + filter.subsegments)
        tags.append({u"audience:"_s + code, audienceName(code)});
    for (const QString& code : filter.statuses)
        tags.append({u"status:"_s + code, CommunicationStatus::name(code)});
    if (filter.hasSendDate()) {
        QString text;
        if (filter.sendFrom.isValid() && filter.sendTo.isValid())
            text = tr("Sent %1 – %2").arg(shortDate(filter.sendFrom), shortDate(filter.sendTo));
        else if (filter.sendFrom.isValid())
            text = tr("Sent from %1").arg(shortDate(filter.sendFrom));
        else
            text = tr("Sent up to %1").arg(shortDate(filter.sendTo));
        tags.append({u"sendDate"_s, text});
    }
    setTags(tags);
}

int CommunicationsPage::currentRow() const
{
    const QModelIndex current = table()->selectionModel() ? table()->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void CommunicationsPage::updateActions()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < pages()->rowCount();
    m_details->setEnabled(has);
    m_repeat->setEnabled(has);
    m_remove->setEnabled(has && pages()->index(row, 0).data(CommunicationsModel::CanDeleteRole).toBool());
}

void CommunicationsPage::onCellClicked(const QModelIndex& index)
{
    if (index.column() != CommunicationsModel::Target)
        return;
    const QString sku = index.data(CommunicationsModel::SkuRole).toString();
    if (sku.isEmpty())
        return;
    // COM-4: a click on a product target copies its SKU.
    QGuiApplication::clipboard()->setText(sku);
    Toast::show(window(), tr("Copied"));
}

void CommunicationsPage::openDetails(int row)
{
    if (row < 0 || row >= pages()->rowCount())
        return;
    auto* dialog = new CommunicationDetailsDialog(pages()->index(row, 0), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CommunicationsPage::repeat(int row)
{
    if (row < 0 || row >= pages()->rowCount())
        return;
    emit repeatRequested(pages()->index(row, 0).data(PagedSqlModel::IdRole).toString());
}

bool CommunicationsPage::deleteRow(int row)
{
    if (row < 0 || row >= pages()->rowCount())
        return false;
    const QModelIndex index = pages()->index(row, 0);
    const QString id = index.data(PagedSqlModel::IdRole).toString();
    if (!index.data(CommunicationsModel::CanDeleteRole).toBool()) {
        Dialogs::message(this, Dialogs::Kind::Information, tr("Delete the communication"),
                         tr("Only a communication on moderation can be deleted."));
        return false;
    }
    if (!m_delete) {
        Dialogs::message(this, Dialogs::Kind::Information, tr("Delete the communication"),
                         tr("Deleting is not available in a read-only snapshot."));
        return false;
    }
    if (!ConfirmDialog::ask(this, tr("Delete the communication?"),
                            tr("“%1” will be withdrawn from moderation and deleted. This cannot be undone.")
                                .arg(index.data().toString()),
                            tr("Delete")))
        return false;
    const Outcome<Done> deleted = m_delete(id);
    if (!deleted) {
        Dialogs::message(this, Dialogs::Kind::Warning, tr("Delete the communication"), deleted.error());
        return false;
    }
    m_model->refreshNow();
    Toast::show(window(), tr("The communication will be deleted."));
    return true;
}

} // namespace sellercrm
