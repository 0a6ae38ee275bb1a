#pragma once

#include <QWidget>

class QFrame;

namespace sellercrm {

// SEG-8: the Premium Plus benefits drawer, opened by a premium-only action. Slides over the
// right side of the window above a shade; the shade, the close button or Esc close it.
class BenefitsDrawer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenefitsDrawer)

public:
    static BenefitsDrawer* open(QWidget* window);
    static BenefitsDrawer* find(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    explicit BenefitsDrawer(QWidget* window);
    void place();

    QFrame* m_panel;
};

} // namespace sellercrm
