#include "buyers/FilteredTablePage.h"

#include "buyers/BackToTopButton.h"
#include "buyers/CsvExportRunner.h"
#include "buyers/FilterChip.h"
#include "buyers/PaginationBar.h"
#include "buyers/TagFlow.h"
#include "components/PageStateStack.h"
#include "components/StatePanel.h"
#include "components/Theme.h"
#include "table/PageSliceProxy.h"
#include "table/PagedSqlModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

int FilteredTablePage::searchDelayMs = 250;

FilteredTablePage::FilteredTablePage(const QString& objectName, const QString& title,
                                     const QString& searchPlaceholder, QWidget* parent)
    : QWidget(parent)
    , m_pages(new PageSliceProxy(this))
    , m_content(new QWidget)
    , m_states(new PageStateStack(m_content))
    , m_headerRow(new QHBoxLayout)
    , m_total(new QLabel)
    , m_search(new QLineEdit)
    , m_export(new QPushButton(tr("Export to CSV")))
    , m_chips(new QHBoxLayout)
    , m_tags(new TagFlow)
    , m_results(new QStackedWidget)
    , m_table(new QTableView)
    , m_nothingFound(new StatePanel(u"empty"_s))
    , m_pagination(new PaginationBar(m_pages))
    , m_backToTop(new BackToTopButton(m_table))
    , m_body(new QVBoxLayout(m_content))
{
    setObjectName(objectName);
    auto* heading = new QLabel(title);
    heading->setObjectName(u"pageTitle"_s);
    Theme::setRole(heading, "h1");
    m_total->setObjectName(u"totalLabel"_s);
    Theme::setRole(m_total, "muted");
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_export->setObjectName(u"exportCsv"_s);
    auto* create = new QPushButton(tr("Create a mailing or banner"));
    create->setObjectName(u"createCommunication"_s);
    Theme::setRole(create, "primary");
    m_headerRow->addWidget(heading);
    m_headerRow->addWidget(m_total);
    m_headerRow->addStretch(1);
    m_headerRow->addWidget(m_search);
    m_headerRow->addWidget(m_export);
    m_headerRow->addWidget(create);

    m_chips->setSpacing(8);
    m_chips->addStretch(1);
    m_tags->setObjectName(u"filterTags"_s);

    m_table->setObjectName(u"table"_s);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->setMouseTracking(true);

    m_nothingFound->setObjectName(u"nothingFoundState"_s);
    m_nothingFound->setTexts(tr("Nothing found"), tr("No rows match the filters and the search. Change or clear them."));
    m_nothingFound->setButtonText(tr("Clear filters"));
    m_results->addWidget(m_table);
    m_results->addWidget(m_nothingFound);

    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(12);
    m_body->addLayout(m_chips);
    m_body->addWidget(m_tags);
    m_body->addWidget(m_results, 1);
    m_body->addWidget(m_pagination);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(16);
    layout->addLayout(m_headerRow);
    layout->addWidget(m_states, 1);

    m_searchTimer.setSingleShot(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(searchDelayMs); });
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { applySearch(m_search->text().trimmed()); });
    connect(m_tags, &TagFlow::tagRemoved, this, [this](const QString& key) { removeTag(key); });
    connect(m_tags, &TagFlow::clearAllRequested, this, [this] { clearFilters(); });
    connect(m_nothingFound, &StatePanel::buttonClicked, this, [this] {
        clearSearchQuietly();
        clearFilters();
    });
    connect(m_states, &PageStateStack::retryRequested, this, [this] { refresh(); });
    connect(create, &QPushButton::clicked, this, &FilteredTablePage::createCommunicationRequested);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_model)
            CsvExportRunner::run(this, *m_model, exportColumns());
    });
    connect(m_pages, &PageSliceProxy::pageChanged, m_table, [this] { m_table->scrollToTop(); });
}

void FilteredTablePage::setTableModel(PagedSqlModel* model, int sortColumn, Qt::SortOrder order)
{
    m_model = model;
    m_pages->setSourceModel(model);
    m_table->setModel(m_pages);
    m_table->horizontalHeader()->setSortIndicator(sortColumn, order);
    m_table->setSortingEnabled(true);
    connect(model, &PagedSqlModel::totalCountChanged, this, [this](qint64 count) {
        m_total->setText(tr("%1 in total").arg(QLocale().toString(count)));
    });
    connect(model, &PagedSqlModel::refreshed, this, &FilteredTablePage::updateState);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_pages->setPage(0);
        updateState();
    });
    m_total->setText(tr("%1 in total").arg(QLocale().toString(model->totalCount())));
    updateState();
}

FilterChip* FilteredTablePage::addChip(const QString& objectName, const QString& title, QWidget* editor)
{
    auto* chip = new FilterChip(title, editor);
    chip->setObjectName(objectName);
    m_chips->insertWidget(m_chips->count() - 1, chip);
    return chip;
}

void FilteredTablePage::setTags(const QList<QPair<QString, QString>>& tags)
{
    m_tags->setTags(tags);
}

void FilteredTablePage::filterChanged()
{
    m_pages->setPage(0);
    updateState();
}

void FilteredTablePage::clearSearchQuietly()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_searchTimer.stop();
}

bool FilteredTablePage::isNothingFound() const
{
    return m_results->currentWidget() == m_nothingFound;
}

void FilteredTablePage::showNextPage()
{
    m_pages->setPage(m_pages->page() + 1);
}

void FilteredTablePage::updateState()
{
    if (!m_model)
        return;
    if (!m_model->lastError().isEmpty()) {
        m_states->showError(m_model->lastError());
        return;
    }
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (m_model->totalCount() == 0 && !hasFilter() && !searching) {
        m_states->showEmpty(emptyTitle(), emptyText());
        return;
    }
    m_results->setCurrentWidget(m_model->totalCount() == 0 ? static_cast<QWidget*>(m_nothingFound) : m_table);
    m_export->setEnabled(m_model->totalCount() > 0);
    m_states->showContent();
}

} // namespace sellercrm
