#pragma once

#include "Segmentation.h"
#include "components/DashboardPage.h"

class QLabel;

namespace sellercrm {

// The page of one sub-segment: description and the rule with this seller's thresholds (SEG-4),
// metrics (SEG-7) and dynamics (SEG-5), recommended actions (SEG-8), and the entries to the
// buyer portrait and the buyers list. An empty sub-segment shows its empty state without the
// create action.
class SegmentPage final : public DashboardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentPage)

public:
    SegmentPage(DashboardModel* model, SubSegment subSegment, QWidget* parent = nullptr);

    SubSegment subSegment() const { return m_subSegment; }

protected:
    bool buildBody(QVBoxLayout* body, const DashboardData& dashboard) override;
    QString title() const override;
    QString subtitle(const DashboardData& dashboard) const override;
    QString emptyTitle() const override;
    QString emptyText() const override;
    void updateHeaderExtras(const DashboardData* dashboard) override;

private:
    QWidget* makeMetrics(const SegmentFigures& figures, QWidget* parent);

    SubSegment m_subSegment;
    QLabel* m_description;
    QLabel* m_rule;
};

} // namespace sellercrm
