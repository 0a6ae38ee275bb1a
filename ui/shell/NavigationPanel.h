#pragma once

#include <QFrame>
#include <QHash>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace sellercrm {

// The left navigation: the brand with the seller's name and one entry per page.
class NavigationPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationPanel)

public:
    explicit NavigationPanel(QWidget* parent = nullptr);

    // Checks the entry of a page id ("segment:top" checks Segments).
    void setCurrent(const QString& pageId);
    void setSellerName(const QString& name);
    QToolButton* button(const QString& pageId) const { return m_buttons.value(pageId); }

signals:
    void pageRequested(const QString& pageId);

private:
    void addEntry(const QString& pageId, const QString& icon, const QString& text);

    QButtonGroup* m_group;
    QHash<QString, QToolButton*> m_buttons;
    QLabel* m_seller;
};

} // namespace sellercrm
