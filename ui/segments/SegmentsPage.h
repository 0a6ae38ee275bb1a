#pragma once

#include "Segmentation.h"
#include "components/DashboardPage.h"

namespace sellercrm {

// The Segments summary: Regular, New and Potential with description, size, dynamics (SEG-5)
// and recommended actions (SEG-8); the key segment (SEG-6) broken down into its sub-segments
// with their actions; a chart of every sub-segment's size.
class SegmentsPage final : public DashboardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsPage)

public:
    explicit SegmentsPage(DashboardModel* model, QWidget* parent = nullptr);

protected:
    bool buildBody(QVBoxLayout* body, const DashboardData& dashboard) override;
    QString title() const override;

private:
    QWidget* makeSegmentCard(Segment segment, const DashboardData& dashboard, bool key, QWidget* parent);
    QWidget* makeKeyBlock(Segment key, const DashboardData& dashboard, QWidget* parent);
    QWidget* makeChart(const DashboardData& dashboard, QWidget* parent);
};

} // namespace sellercrm
