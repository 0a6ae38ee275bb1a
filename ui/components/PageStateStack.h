#pragma once

#include <QStackedWidget>
#include <QTimer>

namespace sellercrm {

class SkeletonView;
class StatePanel;

// The STA-2 states of one page around its content: loading (blank for the first second, then
// the skeleton), content, empty, and error with a retry button.
class PageStateStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStateStack)

public:
    enum class Shown { Blank, Skeleton, Content, Empty, Error };
    Q_ENUM(Shown)

    static int skeletonDelayMs; // 1000; tests may shorten it

    PageStateStack(QWidget* content, QWidget* parent = nullptr);

    void showLoading();
    void showContent();
    void showEmpty(const QString& title, const QString& text);
    void showError(const QString& text);
    Shown shown() const { return m_shown; }
    StatePanel* emptyPanel() const { return m_empty; }
    StatePanel* errorPanel() const { return m_error; }

signals:
    void retryRequested();

private:
    void show(Shown what);

    QWidget* m_blank;
    SkeletonView* m_skeleton;
    QWidget* m_content;
    StatePanel* m_empty;
    StatePanel* m_error;
    QTimer m_skeletonTimer;
    Shown m_shown = Shown::Blank;
};

} // namespace sellercrm
