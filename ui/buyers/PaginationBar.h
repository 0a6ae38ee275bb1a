#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sellercrm {

class PageSliceProxy;

// BUY-1 / COM-1 pagination under a table of 50 rows a page: "Previous", "Page 2 of 40",
// "Next" and the rows shown ("51–100 of 1 000 000").
class PaginationBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaginationBar)

public:
    PaginationBar(PageSliceProxy* pages, QWidget* parent = nullptr);

    QString pageText() const;
    QString rowsText() const;

private:
    void update(int page, int pageCount);

    PageSliceProxy* m_pages;
    QPushButton* m_first;
    QPushButton* m_previous;
    QLabel* m_page;
    QPushButton* m_next;
    QPushButton* m_last;
    QLabel* m_rows;
};

} // namespace sellercrm
