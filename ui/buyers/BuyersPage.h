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
// tags, search by buyer ID, the chat button of each buyer (BUY-3) and CSV export.
class BuyersPage final : public FilteredTablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyersPage)

public:
    // The buyer-action period choices.
    enum class ActionPeriod { AnyTime, Last7Days, Last30Days, Last90Days, OneDay, Range };
    Q_ENUM(ActionPeriod)

    explicit BuyersPage(const QSqlDatabase& db, QWidget* parent = nullptr);
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
    void refresh() override;

signals:
    void chatRequested(const QString& buyerId);

protected:
    void applySearch(const QString& text) override;
    void removeTag(const QString& key) override;
    void clearFilters() override;
    bool hasFilter() const override;
    QList<int> exportColumns() const override;
    QString emptyTitle() const override;
    QString emptyText() const override;

private:
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
