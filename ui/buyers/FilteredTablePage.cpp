#include "buyers/FilteredTablePage.h"

#include "buyers/BackToTopButton.h"
#include "buyers/CsvExportRunner.h"
#include "buyers/FilterChip.h"
#include "buyers/PaginationBar.h"
#include "buyers/TagFlow.h"
#include "components/PageStateStack.h"
#include "components/StatePanel.h"
#include "table/ColumnSettings.h"
#include "components/Theme.h"
#include "table/PageSliceProxy.h"
#include "table/PagedSqlModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

int FilteredTablePage::searchDelayMs = 250;

FilteredTablePage::FilteredTablePage(const Texts& texts, QWidget* parent)
    : QWidget(parent)
    , m_texts(texts)
    , m_columnButton(new QToolButton)
    , m_columnMenu(new QMenu(this))
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
    setObjectName(texts.objectName);
    m_states->setObjectName(u"pageStates"_s);
    auto* heading = new QLabel(texts.title);
    heading->setObjectName(u"pageTitle"_s);
    Theme::setRole(heading, "h1");
    m_total->setObjectName(u"totalLabel"_s);
    Theme::setRole(m_total, "muted");
    m_search->setObjectName(texts.searchName);
    m_search->setPlaceholderText(texts.searchPlaceholder);
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

    m_columnButton->setObjectName(u"columnSettings"_s);
    m_columnButton->setText(tr("Columns"));
    m_columnButton->setToolTip(tr("Choose the columns to show"));
    m_columnButton->setPopupMode(QToolButton::InstantPopup);
    m_columnButton->setMenu(m_columnMenu);
    m_columnButton->setProperty("hasMenu", true);
    m_columnButton->hide();
    m_columnMenu->setObjectName(u"columnMenu"_s);
    m_columnMenu->setToolTipsVisible(true);
    m_chips->setSpacing(8);
    m_chips->addStretch(1);
    m_chips->addWidget(m_columnButton);
    m_tags->setObjectName(u"filterTags"_s);

    m_table->setObjectName(texts.tableName);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
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
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this] { editFilter(FilterEdit::Search, m_search->text().trimmed()); });
    connect(m_tags, &TagFlow::tagRemoved, this, [this](const QString& key) { editFilter(FilterEdit::RemoveTag, key); });
    connect(m_tags, &TagFlow::clearAllRequested, this, [this] { editFilter(FilterEdit::ClearAll, {}); });
    connect(m_nothingFound, &StatePanel::buttonClicked, this, [this] {
        clearSearchQuietly();
        editFilter(FilterEdit::ClearAll, {});
    });
    connect(m_states, &PageStateStack::retryRequested, this, [this] { refresh(); });
    connect(create, &QPushButton::clicked, this, &FilteredTablePage::createCommunicationRequested);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_model)
            CsvExportRunner::run(this, *m_model, visibleColumns());
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
    connect(model, &PagedSqlModel::totalCountChanged, this, &FilteredTablePage::updateState);
    connect(model, &PagedSqlModel::refreshed, this, &FilteredTablePage::updateState);
    connect(model, &PagedSqlModel::errorOccurred, this, &FilteredTablePage::updateState);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_pages->setPage(0);
        updateState();
    });
    updateState();
}

void FilteredTablePage::setColumnKeys(QSettings* settings, const QString& settingsKey, const QStringList& keys,
                                      const QString& mandatoryKey)
{
    m_columns = new ColumnSettings(settings, settingsKey, keys, mandatoryKey, {}, this);
    connect(m_columns, &ColumnSettings::changed, this, &FilteredTablePage::applyColumns);
    buildColumnMenu();
    applyColumns();
    m_columnButton->show();
}

void FilteredTablePage::buildColumnMenu()
{
    m_columnMenu->clear();
    for (int column = 0; column < m_columns->columnCount(); ++column) {
        QAction* action = m_columnMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(u"column:"_s + m_columns->key(column));
        action->setCheckable(true);
        action->setChecked(m_columns->isVisible(column));
        if (m_columns->isMandatory(column)) {
            // COM-2: at least one column stays; it cannot be hidden.
            action->setEnabled(false);
            action->setToolTip(tr("This column is always shown."));
        }
        connect(action, &QAction::toggled, this, [this, column](bool on) { m_columns->setVisible(column, on); });
    }
    m_columnMenu->addSeparator();
    m_resetColumns = m_columnMenu->addAction(tr("Reset to defaults"));
    m_resetColumns->setObjectName(u"resetColumns"_s);
    connect(m_resetColumns, &QAction::triggered, m_columns, &ColumnSettings::resetToDefaults);
}

void FilteredTablePage::applyColumns()
{
    for (int column = 0; column < m_columns->columnCount(); ++column) {
        m_table->setColumnHidden(column, !m_columns->isVisible(column));
        if (QAction* action = m_columnMenu->findChild<QAction*>(u"column:"_s + m_columns->key(column))) {
            const QSignalBlocker blocker(action);
            action->setChecked(m_columns->isVisible(column));
        }
    }
    // COM-2: "Reset to defaults" only when the choice differs from the defaults.
    m_resetColumns->setVisible(!m_columns->isDefault());
}

QList<int> FilteredTablePage::visibleColumns() const
{
    QList<int> columns;
    const int count = m_model ? m_model->columnCount() : 0;
    for (int column = 0; column < count; ++column) {
        if (!m_table->isColumnHidden(column))
            columns << column;
    }
    return columns;
}

void FilteredTablePage::refresh()
{
    if (m_model)
        m_model->onCacheChanged();
}

void FilteredTablePage::showTotal()
{
    const QLocale locale;
    m_total->setText(m_model->isCountKnown() ? tr("%1 in total").arg(locale.toString(m_model->totalCount()))
                                             : tr("Counting…"));
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

QString FilteredTablePage::searchText() const
{
    return m_search->text().trimmed();
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
    showTotal();
    if (!m_model->lastError().isEmpty()) {
        m_states->showError(m_model->lastError());
        return;
    }
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (m_model->totalCount() == 0 && !hasFilter() && !searching) {
        // STA-2: while the first sync is filling the cache the page is loading, not empty.
        if (m_model->isAwaitingFirstSync())
            m_states->showLoading();
        else
            m_states->showEmpty(m_texts.emptyTitle, m_texts.emptyText);
        return;
    }
    m_results->setCurrentWidget(m_model->totalCount() == 0 ? static_cast<QWidget*>(m_nothingFound) : m_table);
    m_export->setEnabled(m_model->totalCount() > 0);
    m_states->showContent();
}

} // namespace sellercrm
