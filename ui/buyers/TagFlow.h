#pragma once

#include <QWidget>

class QToolButton;
class QPushButton;

namespace sellercrm {

// The chosen filter values as removable tags (BUY-2, COM-5), laid out in lines: collapsed it
// shows at most two lines and a "Show more" button for the rest; expanded, every tag and
// "Show less". "Clear all" ends the flow. Tags are identified by a key the page chooses.
class TagFlow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagFlow)

public:
    static constexpr int collapsedLines = 2;

    explicit TagFlow(QWidget* parent = nullptr);

    // Replaces the tags: (key, text) pairs in order.
    void setTags(const QList<QPair<QString, QString>>& tags);
    int tagCount() const { return int(m_tags.size()); }
    int visibleTagCount() const;
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    QWidget* tagWidget(const QString& key) const;
    int lineCount() const { return m_lines; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void tagRemoved(const QString& key);
    void clearAllRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int arrange(int width, bool apply) const; // returns the height
    void relayout();

    QList<QWidget*> m_tags;
    QPushButton* m_more;
    QPushButton* m_clear;
    bool m_expanded = false;
    mutable int m_lines = 0;
};

} // namespace sellercrm
