#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace sellercrm {

class BackToTopButton;
class ColumnSettings;
class FilterChip;
class PageSliceProxy;
class PageStateStack;
class PagedSqlModel;
class PaginationBar;
class StatePanel;
class TagFlow;

// The frame the Buyers and Communications pages share (BUY-1..BUY-2, COM-1, COM-2, COM-5, STA-2):
// a title with the total ("Counting…" until the lazy COUNT(*) arrives), search, "Export to CSV"
// and "Create a mailing or banner"; a row of filter chips and the Columns menu (show/hide,
// a mandatory column, "Reset to defaults" only when changed, kept in QSettings); the chosen
// values as tags; the table, 50 rows a page, its header always on top (the table scrolls, not
// the page) and "back to top"; the pagination; the states: loading (the first sync has not
// filled the cache yet: blank, then the skeleton after 1 s), "No … yet", "Nothing found" and
// the error with Retry. A subclass supplies the model, the chips and what its tags and search
// mean.
//
// Public API the main window uses (the same for both pages):
//   - construct with the GUI thread's cache connection (CacheDb::connection()) and the app's
//     QSettings (AppSettings::store(); nullptr keeps the column choice for the session only);
//   - refresh(): after every sync (and after the outbox changed a row); bursts are coalesced
//     into one re-read after PagedSqlModel::refreshDelayMs;
//   - createCommunicationRequested(): "Create a mailing or banner" was pressed;
//   - object names: the create button is "createCommunication", the state stack "pageStates".
// A page reads one cache file for its life: for another file (account, snapshot) make a new page.
class FilteredTablePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilteredTablePage)

public:
    static int searchDelayMs; // 250: typing is applied once it pauses

    // What differs between the pages: object names and texts.
    struct Texts
    {
        QString objectName;        // the page
        QString tableName;         // the table view
        QString searchName;        // the search field
        QString title;
        QString searchPlaceholder;
        QString emptyTitle;        // "No buyers yet"
        QString emptyText;
    };

    QTableView* table() const { return m_table; }
    PageSliceProxy* pages() const { return m_pages; }
    PageStateStack* states() const { return m_states; }
    TagFlow* tags() const { return m_tags; }
    QLineEdit* searchField() const { return m_search; }
    PaginationBar* pagination() const { return m_pagination; }
    ColumnSettings* columnSettings() const { return m_columns; }
    QMenu* columnMenu() const { return m_columnMenu; }
    QLabel* totalLabel() const { return m_total; }
    bool isNothingFound() const;
    void showNextPage();
    // The shown columns, in order (the CSV export writes these).
    QList<int> visibleColumns() const;

public slots:
    // Reads the cache again after a sync, coalesced.
    void refresh();

signals:
    void createCommunicationRequested();

protected:
    FilteredTablePage(const Texts& texts, QWidget* parent);

    // Call once the model exists: puts it behind the page slice and into the table.
    void setTableModel(PagedSqlModel* model, int sortColumn, Qt::SortOrder order);
    // COM-2 column settings under `settingsKey` of `settings` (may be null): one key a model
    // column, `mandatoryKey` never hidden.
    void setColumnKeys(QSettings* settings, const QString& settingsKey, const QStringList& keys,
                       const QString& mandatoryKey);
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

    // What the frame changes in the page's filter: the search text (applied after the pause), a
    // removed tag (its key), or everything but the search ("Clear all", "Clear filters").
    enum class FilterEdit { Search, RemoveTag, ClearAll };
    virtual void editFilter(FilterEdit edit, const QString& value) = 0;
    // `filter` after one edit; `withoutTag(filter, key)` removes what a tag stands for.
    template <typename Filter, typename WithoutTag>
    Filter edited(Filter filter, FilterEdit edit, const QString& value, WithoutTag withoutTag) const
    {
        switch (edit) {
        case FilterEdit::Search:
            filter.search = value;
            break;
        case FilterEdit::RemoveTag:
            withoutTag(filter, value);
            break;
        case FilterEdit::ClearAll:
            filter = Filter{};
            filter.search = searchText();
            break;
        }
        return filter;
    }
    // The search as typed, trimmed.
    QString searchText() const;
    // Any filter besides the search is set (tells "Nothing found" from "No … yet").
    virtual bool hasFilter() const = 0;

private:
    void buildColumnMenu();
    void applyColumns();
    void showTotal();

    Texts m_texts;
    PagedSqlModel* m_model = nullptr;
    ColumnSettings* m_columns = nullptr;
    QToolButton* m_columnButton;
    QMenu* m_columnMenu;
    QAction* m_resetColumns = nullptr;
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
