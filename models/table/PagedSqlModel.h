#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sellercrm {

class SqliteRowReader;

// A piece of a WHERE clause with its bound values; the model ANDs the pieces together.
struct SqlCondition final
{
    QString sql;
    QVariantList binds;

    // `column IN (?, ?, ...)` over `values` (not empty).
    static SqlCondition in(const QString& column, const QStringList& values);
    // `column LIKE '%text%'`, with LIKE's wildcards in `text` taken literally.
    static SqlCondition contains(const QString& column, const QString& text);
};

// A read-only table over one cache table that never holds more than a few pages in memory
// (ARCHITECTURE.md "Large tables"). Rows are loaded in fixed-size pages by keyset queries
// `(sortcol, id) > (?, ?) ORDER BY sortcol, id LIMIT n` on the `(sortcol, id)` indexes of the
// cache, the last pages kept in a small LRU; a page whose start key is not known yet (a jump)
// finds its start with one OFFSET query on the covering index. With a scan budget
// (setScanBudget), a filtered page is first read from the next `budget` rows of the sort index
// (a bounded scan that cannot fall into a sort of every matching row) and only when that does
// not fill the page by the query SQLite plans itself (docs/tables.md "Query plans").
// Sorting is a new ORDER BY and a model reset. NULL values sort first ascending and last
// descending, as SQLite orders them.
// The total is counted lazily: a reset reads the first page at once; when it is full, rowCount()
// is that page until COUNT(*) — run on a worker thread over its own read-only connection to the
// same file — arrives and the remaining rows are inserted (isCountKnown(), totalCountChanged()).
// Sync changes are coalesced: scheduleRefresh() drops the pages once after a short delay (one
// dataChanged()), counts again and resets only if the count changed.
// Threading: GUI thread (the thread that opened the cache connection); only the count runs
// elsewhere, and the destructor waits for it.
class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedSqlModel)

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the cache value the column sorts on
        IdRole,                          // the row's id
        ExportRole,                      // the text written to CSV
        FirstSubclassRole = Qt::UserRole + 32,
    };

    static constexpr int fetchPageSize = 50;
    static constexpr int cachedPageCount = 8;
    static constexpr int refreshDelayMs = 200;

    // `selectColumns` are SQL columns of `table`; `id` is always selected first, so a row's
    // values are `id` followed by them.
    PagedSqlModel(const QSqlDatabase& db, const QString& table, const QStringList& selectColumns,
                  QObject* parent = nullptr);
    ~PagedSqlModel() override;

    static constexpr int defaultScanBudget = 4000;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The rows known so far: the total once isCountKnown(), else the first page.
    qint64 totalCount() const { return m_count; }
    bool isCountKnown() const { return m_countKnown; }
    // The total now: the known count, or COUNT(*) read on this thread (an export needs it).
    qint64 exactCount() const;
    QString lastError() const { return m_error; }
    // True while the cache has no rows because its first full sync has not finished (the page
    // shows its loading state, not "No … yet").
    bool isAwaitingFirstSync() const { return m_awaitingFirstSync; }
    // Rows of the sort index a filtered page may scan before the query falls back to SQLite's
    // own plan; 0 turns the bounded scan off (small tables).
    void setScanBudget(int rows) { m_scanBudget = rows; }
    // Pages loaded from SQL since the model was made (tests and benchmarks).
    int pageLoads() const { return m_pageLoads; }

    // Streams every filtered row in the current order (CSV export) in one query on a
    // connection of its own to the cache file (SqliteRowReader): `visit` gets the reader at
    // each row (`id` then the select columns) and returns false to stop. Returns false when the
    // query fails (lastError(), errorOccurred()).
    bool forEachRow(const std::function<bool(const SqliteRowReader& row)>& visit) const;
    // Display text of a column for one row of values (the ExportRole text).
    QString exportText(const QVariantList& row, int column) const;

    // How the CSV export reads a column. Each way gives the ExportRole text; all but RowText
    // avoid making the row's QVariants, for the tables of a million rows.
    struct ExportSource
    {
        enum Kind
        {
            RowText,    // exportText() of the whole row
            StoredText, // the text of one value as stored (a value that is not text: RowText)
            Kopecks,    // one integer value of kopecks as CsvExporter::appendMoney() writes it
            PerValue,   // a function of one value alone: exportText() once per distinct value
        };
        Kind kind = RowText;
        int valueIndex = -1; // the value read (0 is `id`), for all but RowText
    };
    virtual ExportSource exportSource(int column) const;

public slots:
    // After a sync changed the cache: lookups read again, rows refreshed (coalesced).
    void onCacheChanged();
    // Coalesces bursts of sync changes into one refresh after refreshDelayMs.
    void scheduleRefresh();
    void refreshNow();

signals:
    // The total of the filtered rows is known (after every filter, sort or refresh).
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString& message);
    void refreshed();
    // onCacheChanged() read the lookups again (a page refreshes the choices it offers).
    void lookupsRead();

protected:
    // The SQL column a view column sorts on (an indexed `(column, id)`), empty when the column
    // cannot be sorted.
    virtual QString sortSqlColumn(int column) const = 0;
    // What a view column shows for a row (`row` = id then the select columns).
    virtual QVariant rowData(const QVariantList& row, int column, int role) const = 0;
    // Reads the small name tables a subclass shows (categories, products, ...): on a cache change.
    virtual void readLookups() {}
    // Replaces the filter conditions: a model reset.
    void setConditions(const QList<SqlCondition>& conditions);
    // The first state of a subclass: sort and conditions, one count and one reset.
    void configure(int sortColumn, Qt::SortOrder order, const QList<SqlCondition>& conditions);
    int valueIndex(const QString& selectColumn) const;
    QSqlDatabase database() const { return m_db; }
    // Reads the first page again and counts again (after the subclass changed how it shows rows).
    void reload();

private:
    struct Key
    {
        QVariant value; // the sort column's value (null in the NULL block)
        QString id;
        bool inclusive = false; // a page start: the row itself (a jump) or the row after it
    };
    using Row = QVariantList;

    const Row* rowAt(int row) const;
    std::optional<QList<Row>> loadPage(int page) const;
    std::optional<QList<Row>> fetchFrom(const std::optional<Key>& start, int limit) const;
    bool selectRows(const QStringList& extra, const QVariantList& extraBinds, const QString& order, int limit,
                    QList<Row>& out) const;
    std::optional<Key> keyAtOffset(qint64 offset) const;
    bool runSelect(const QString& sql, const QVariantList& binds, QList<Row>& out) const;
    QString whereClause(const QStringList& extra) const;
    QVariantList whereBinds(const QVariantList& extra) const;
    QString orderBy() const;
    QString sortSql() const;
    Key keyOf(const Row& row) const;
    QString countSql() const;
    // Counts on the worker thread; countFinished() takes the answer of the latest request only.
    void startCount(bool refreshing);
    void countFinished(quint64 generation, bool refreshing, std::optional<qint64> count, const QString& error);
    bool readAwaitingFirstSync() const;
    void fail(const QString& message) const;
    void clearPages();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_selectColumns;
    QString m_selectList;
    QList<SqlCondition> m_conditions;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_count = 0;
    bool m_countKnown = true;
    bool m_awaitingFirstSync = false;
    int m_scanBudget = 0;
    mutable QString m_error;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recent; // LRU order of m_pages, most recent last
    mutable QHash<int, Key> m_pageStart; // page -> where it starts
    mutable int m_pageLoads = 0;
    QTimer m_refreshTimer;
    std::shared_ptr<std::atomic<quint64>> m_countGeneration = std::make_shared<std::atomic<quint64>>(0);
    QThreadPool m_counter; // one thread: a superseded count is skipped before it starts
};

} // namespace sellercrm
