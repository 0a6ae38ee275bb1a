#pragma once

#include <QPushButton>
#include <QTimer>

class QAbstractScrollArea;

namespace sellercrm {

// COM-1 "back to top": appears over a scrolled table after 3 s without scrolling, and scrolls it
// back to the first row. Hidden while the table is at the top or being scrolled.
class BackToTopButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackToTopButton)

public:
    static int idleMs; // 3000; tests may shorten it

    explicit BackToTopButton(QAbstractScrollArea* area);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onScrolled(int value);
    void place();

    QAbstractScrollArea* m_area;
    QTimer m_idle;
};

} // namespace sellercrm
