#pragma once

#include "Segmentation.h"
#include "components/DashboardPage.h"

namespace sellercrm {

// HOM-1: the key metrics per segment (buyers and dynamics) with the key segment highlighted and
// explained, the key segment's recommended actions, and the promo card for sellers who have not
// made a communication yet.
class HomePage final : public DashboardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(DashboardModel* model, QWidget* parent = nullptr);

protected:
    bool buildBody(QVBoxLayout* body, const DashboardData& dashboard) override;
    QString title() const override;

private:
    QWidget* makeSegmentTile(Segment segment, const DashboardData& dashboard, bool key, QWidget* parent);
    QWidget* makeKeyActions(Segment key, const DashboardData& dashboard, QWidget* parent);
    QWidget* makePromo(QWidget* parent);
};

} // namespace sellercrm
