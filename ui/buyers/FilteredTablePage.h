#pragma once

#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace sellercrm {

class BackToTopButton;
class FilterChip;
class PageSliceProxy;
class PageStateStack;
class PagedSqlModel;
class PaginationBar;
class StatePanel;
class TagFlow;

// The frame the Buyers and Communications pages share (BUY-1..BUY-2, COM-1, COM-5, STA-2): a
// title with the total, search, "Export to CSV" and "Create a mailing or banner"; a row of filter
// chips; the chosen values as tags; the table, 50 rows a page, its header always on top (the
// table scrolls, not the page) and "back to top"; the pagination; the empty, nothing-found and
// error states. A subclass supplies the model, the chips and what its tags and search mean.
class FilteredTablePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilteredTablePage)

public:
    static int searchDelayMs; // 250: typing is applied once it pauses

    QTableView* table() const { return m_table; }
    PageSliceProxy* pages() const { return m_pages; }
    PageStateStack* states() const { return m_states; }
    TagFlow* tags() const { return m_tags; }
    QLineEdit* searchField() const { return m_search; }
    PaginationBar* pagination() const { return m_pagination; }
    bool isNothingFound() const;
    void showNextPage();

public slots:
    // Reads the cache again (after a sync).
    virtual void refresh() = 0;

signals:
    void createCommunicationRequested();

protected:
    FilteredTablePage(const QString& objectName, const QString& title, const QString& searchPlaceholder,
                      QWidget* parent);

    // Call once the model exists: puts it behind the page slice and into the table.
    void setTableModel(PagedSqlModel* model, int sortColumn, Qt::SortOrder order);
    FilterChip* addChip(const QString& objectName, const QString& title, QWidget* editor);
    QHBoxLayout* headerRow() const { return m_headerRow; }
    QVBoxLayout* bodyLayout() const { return m_body; }
    // After the filter changed: shows the state that fits and goes back to the first page.
    void filterChanged();
    // The state for the current rows (no rows at all, nothing found, error, the table).
    void updateState();
    void setTags(const QList<QPair<QString, QString>>& tags);
    QWidget* contentArea() const { return m_content; }
    // Empties the search field without applying it (the caller sets the filter).
    void clearSearchQuietly();

    virtual void applySearch(const QString& text) = 0;
    virtual void removeTag(const QString& key) = 0;
    virtual void clearFilters() = 0;
    virtual bool hasFilter() const = 0;
    virtual QList<int> exportColumns() const = 0;
    virtual QString emptyTitle() const = 0;
    virtual QString emptyText() const = 0;

private:
    PagedSqlModel* m_model = nullptr;
    PageSliceProxy* m_pages;
    QWidget* m_content;
    PageStateStack* m_states;
    QHBoxLayout* m_headerRow;
    QLabel* m_total;
    QLineEdit* m_search;
    QPushButton* m_export;
    QHBoxLayout* m_chips;
    TagFlow* m_tags;
    QStackedWidget* m_results;
    QTableView* m_table;
    StatePanel* m_nothingFound;
    PaginationBar* m_pagination;
    BackToTopButton* m_backToTop;
    QVBoxLayout* m_body;
    QTimer m_searchTimer;
};

} // namespace sellercrm
