#pragma once

#include "buyers/BuyersFilter.h"
#include "buyers/FilteredTablePage.h"

#include <QDate>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace sellercrm {

class BuyersModel;
class ChatButtonDelegate;
class FilterChip;
class SegmentTree;

// BUY-1..BUY-3: the seller's buyers, 50 a page, sortable by every column, with the BUY-2
// filters (segment tree, average check with "Apply", buyer actions with product and date or
// period, last communication no earlier than 3 months back) as chips with counts and removable
// tags, search by buyer ID, the chat button of each buyer (BUY-3), column settings and CSV
// export.
//
// Mounting (see FilteredTablePage for what both pages share):
//   auto* page = new BuyersPage(cache->connection(), appSettings->store());
//   connect(page, &BuyersPage::chatRequested, ...);                  // BUY-3 "Write"
//   connect(page, &FilteredTablePage::createCommunicationRequested, ...);
//   after every sync: page->refresh();   from a segment page: page->showSegment("top");
// The column choice is kept under "buyers/hiddenColumns"; the Buyer column is mandatory.
class BuyersPage final : public FilteredTablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyersPage)

public:
    // The buyer-action period choices.
    enum class ActionPeriod { AnyTime, Last7Days, Last30Days, Last90Days, OneDay, Range };
    Q_ENUM(ActionPeriod)

    // `cache`: the GUI thread's cache connection; `settings` keeps the column choice (not owned,
    // may be null).
    explicit BuyersPage(const QSqlDatabase& cache, QSettings* settings = nullptr, QWidget* parent = nullptr);
    ~BuyersPage() override;

    BuyersModel* model() const { return m_model; }
    const BuyersFilter& filter() const;
    void setFilter(const BuyersFilter& filter);
    // The seller's today: no date after it can be picked; last communication goes back 3 months.
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

public slots:
    // Opened from a segment page: only that sub-segment, every other filter cleared.
    void showSegment(const QString& subsegmentCode);

signals:
    // BUY-3: "Write" pressed for a buyer the seller can write to.
    void chatRequested(const QString& buyerId);

protected:
    void editFilter(FilterEdit edit, const QString& value) override;
    bool hasFilter() const override;

private:
    static void withoutTag(BuyersFilter& filter, const QString& key);
    QWidget* makeSegmentEditor();
    QWidget* makeAvgCheckEditor();
    QWidget* makeActionEditor();
    QWidget* makeLastCommunicationEditor();
    void applySegments();
    void applyAvgCheck();
    void applyAction();
    void applyLastCommunication();
    void updateActionDates();
    void showFilter(); // editors, chips and tags from m_model->filter()
    void loadProducts();

    BuyersModel* m_model;
    ChatButtonDelegate* m_chatDelegate;
    QDate m_today;

    FilterChip* m_segmentChip = nullptr;
    FilterChip* m_avgChip = nullptr;
    FilterChip* m_actionChip = nullptr;
    FilterChip* m_lastCommunicationChip = nullptr;

    SegmentTree* m_segmentTree = nullptr;
    QSpinBox* m_avgFrom = nullptr;
    QSpinBox* m_avgTo = nullptr;
    QLabel* m_avgError = nullptr;
    QList<QCheckBox*> m_actionTypes;
    QComboBox* m_actionProduct = nullptr;
    QComboBox* m_actionPeriod = nullptr;
    QDateEdit* m_actionFrom = nullptr;
    QDateEdit* m_actionTo = nullptr;
    QDateEdit* m_lastCommunicationFrom = nullptr;
};

} // namespace sellercrm
