#pragma once

#include <QWidget>

namespace sellercrm {

// STA-2 skeleton: grey placeholders in the shape of a page (a title, three cards, a wide block),
// shown when loading takes longer than a second.
class SkeletonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkeletonView)

public:
    explicit SkeletonView(QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace sellercrm
