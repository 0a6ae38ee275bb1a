#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace sellercrm {

// STA-2 toast: closes itself after 5 s; hovering holds the timer and shows the close button,
// leaving restarts the full 5 s. Shown at the bottom centre of its parent window.
class Toast final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Toast)

public:
    static constexpr int lifetimeMs = 5000;

    static Toast* show(QWidget* window, const QString& text);

    QString text() const;
    bool isHeld() const { return m_held; }
    QToolButton* closeButton() const { return m_close; }
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : 0; }

protected:
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Toast(QWidget* window, const QString& text);
    void place();

    QLabel* m_label;
    QToolButton* m_close;
    QTimer m_timer;
    bool m_held = false;
};

} // namespace sellercrm
