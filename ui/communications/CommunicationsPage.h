#pragma once

#include "Outcome.h"
#include "buyers/FilteredTablePage.h"
#include "communications/CommunicationsFilter.h"

#include <QSqlDatabase>

#include <functional>

class QCheckBox;
class QDateEdit;
class QPushButton;
class QSettings;
class QTabBar;

namespace sellercrm {

class CommunicationsModel;
class FilterChip;
class SegmentTree;

// COM-1..COM-6: the seller's mailings and banners in tabs, 50 a page, with every COM-2 column
// (COM-3 offer titles, COM-4 target pages), column settings kept in QSettings, the COM-5 filters
// as chips and tags, search by name, copy of a product's SKU on click, and the row actions:
// details with the metrics chart, repeat (repeatRequested) and delete (on moderation only,
// confirmed through ConfirmDialog, then the delete handler — the outbox).
//
// Mounting (see FilteredTablePage for what both pages share):
//   auto* page = new CommunicationsPage(cache->connection(), appSettings->store());
//   page->setDeleteHandler([outbox](const QString& id) { return outbox->enqueueDeleteCommunication(id); });
//   connect(page, &CommunicationsPage::repeatRequested, ...);      // open the wizard prefilled
//   connect(page, &FilteredTablePage::createCommunicationRequested, ...);
//   after every sync: page->refresh().
// Without a delete handler (a read-only snapshot) Delete explains that it is not available.
// The column choice is kept under "communications/hiddenColumns"; Name is mandatory.
class CommunicationsPage final : public FilteredTablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationsPage)

public:
    enum class Tab { All, Mailings, Banners };
    // Enqueues the deletion of a communication (Outbox::enqueueDeleteCommunication); a failure's
    // message is shown to the seller.
    using DeleteHandler = std::function<Outcome<Done>(const QString& communicationId)>;

    // `cache`: the GUI thread's cache connection; `settings` keeps the column choice (COM-2; not
    // owned, may be null).
    CommunicationsPage(const QSqlDatabase& cache, QSettings* settings, QWidget* parent = nullptr);
    ~CommunicationsPage() override;

    CommunicationsModel* model() const { return m_model; }
    const CommunicationsFilter& filter() const;
    void setFilter(const CommunicationsFilter& filter);
    void setTab(Tab tab);
    // COM-6 delete goes through this (the outbox); without one, deleting is explained instead.
    void setDeleteHandler(DeleteHandler handler) { m_delete = std::move(handler); }

    // Row actions on a row of the current page.
    void openDetails(int row);
    void repeat(int row);
    // COM-6: true when the deletion was confirmed and handed to the delete handler.
    bool deleteRow(int row);

signals:
    // COM-6 repeat: the wizard opens prefilled with this communication.
    void repeatRequested(const QString& communicationId);

protected:
    void editFilter(FilterEdit edit, const QString& value) override;
    bool hasFilter() const override;

private:
    static void withoutTag(CommunicationsFilter& filter, const QString& key);
    QWidget* makeStatusEditor();
    QWidget* makeSendDateEditor();
    void applyAudience();
    void applyStatuses();
    void applySendDate();
    void showFilter();
    void updateActions();
    int currentRow() const;
    void onCellClicked(const QModelIndex& index);

    CommunicationsModel* m_model;
    DeleteHandler m_delete;
    QTabBar* m_tabs;
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
