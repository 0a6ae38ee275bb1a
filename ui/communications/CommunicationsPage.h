#pragma once

#include "Outcome.h"
#include "buyers/FilteredTablePage.h"
#include "communications/CommunicationsFilter.h"

#include <QSqlDatabase>

#include <functional>

class QAction;
class QCheckBox;
class QDateEdit;
class QMenu;
class QPushButton;
class QSettings;
class QTabBar;
class QToolButton;

namespace sellercrm {

class ColumnSettings;
class CommunicationsModel;
class FilterChip;
class SegmentTree;

// COM-1..COM-6: the seller's mailings and banners in tabs, 50 a page, with every COM-2 column
// (COM-3 offer titles, COM-4 target pages), column settings kept in QSettings, the COM-5 filters
// as chips and tags, search by name, copy of a product's SKU on click, and the row actions:
// details with the metrics chart, repeat (repeatRequested) and delete (on moderation only,
// confirmed, through the outbox handler the composition root sets).
class CommunicationsPage final : public FilteredTablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationsPage)

public:
    enum class Tab { All, Mailings, Banners };
    using DeleteHandler = std::function<Outcome<Done>(const QString& communicationId)>;

    // `settings` keeps the column choice (COM-2); the page does not own it.
    CommunicationsPage(const QSqlDatabase& db, QSettings* settings, QWidget* parent = nullptr);
    ~CommunicationsPage() override;

    CommunicationsModel* model() const { return m_model; }
    ColumnSettings* columnSettings() const { return m_columns; }
    const CommunicationsFilter& filter() const;
    void setFilter(const CommunicationsFilter& filter);
    void setTab(Tab tab);
    // COM-6 delete goes through this (the outbox); without one, deleting is explained instead.
    void setDeleteHandler(DeleteHandler handler) { m_delete = std::move(handler); }
    QMenu* columnMenu() const { return m_columnMenu; }

    // Row actions on a row of the current page.
    void openDetails(int row);
    void repeat(int row);
    bool deleteRow(int row);

public slots:
    void refresh() override;

signals:
    // COM-6 repeat: the wizard opens prefilled with this communication.
    void repeatRequested(const QString& communicationId);

protected:
    void applySearch(const QString& text) override;
    void removeTag(const QString& key) override;
    void clearFilters() override;
    bool hasFilter() const override;
    QList<int> exportColumns() const override;
    QString emptyTitle() const override;
    QString emptyText() const override;

private:
    QWidget* makeStatusEditor();
    QWidget* makeSendDateEditor();
    void buildColumnMenu();
    void applyColumns();
    void applyAudience();
    void applyStatuses();
    void applySendDate();
    void showFilter();
    void updateActions();
    int currentRow() const;
    void onCellClicked(const QModelIndex& index);

    CommunicationsModel* m_model;
    ColumnSettings* m_columns;
    DeleteHandler m_delete;
    QTabBar* m_tabs;
    QToolButton* m_columnButton;
    QMenu* m_columnMenu;
    QAction* m_resetColumns = nullptr;
    QPushButton* m_details;
    QPushButton* m_repeat;
    QPushButton* m_remove;
    FilterChip* m_audienceChip = nullptr;
    FilterChip* m_statusChip = nullptr;
    FilterChip* m_sendDateChip = nullptr;
    SegmentTree* m_audienceTree = nullptr;
    QList<QCheckBox*> m_statusBoxes;
    QDateEdit* m_sendFrom = nullptr;
    QDateEdit* m_sendTo = nullptr;
};

} // namespace sellercrm
