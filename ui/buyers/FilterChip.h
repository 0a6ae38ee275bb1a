#pragma once

#include <QFrame>
#include <QToolButton>

namespace sellercrm {

// A filter chip of the Buyers and Communications pages (BUY-2, COM-5): a button with the
// filter's title and, when something is chosen, the count ("Status · 2"); a click opens its
// popup (the filter's editor, given by the page).
class FilterChip final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChip)

public:
    FilterChip(const QString& title, QWidget* editor, QWidget* parent = nullptr);

    void setCount(int count);
    int count() const { return m_count; }
    QFrame* popup() const { return m_popup; }
    void openPopup();
    void closePopup();

private:
    QString m_title;
    int m_count = 0;
    QFrame* m_popup;
};

} // namespace sellercrm
