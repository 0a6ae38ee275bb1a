#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <optional>

namespace sellercrm {

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
// (ARCHITECTURE.md "Large tables"): rowCount() is a COUNT(*) of the filtered rows; rows are
// loaded in fixed-size pages by keyset queries `(sortcol, id) > (?, ?) ORDER BY sortcol, id
// LIMIT n` on the `(sortcol, id)` indexes of the cache, the last pages kept in a small LRU; a page
// whose start key is not known yet (a jump) finds its start with one OFFSET query on the
// covering index. Sorting is a new ORDER BY and a model reset. NULL values sort first ascending
// and last descending, as SQLite orders them. Sync changes are coalesced: scheduleRefresh()
// re-reads the count and the pages once after a short delay, with a reset only if the count
// changed and one dataChanged() otherwise.
// Threading: GUI thread (the thread that opened the cache connection).
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

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 totalCount() const { return m_count; }
    QString lastError() const { return m_error; }
    // Pages loaded from SQL since the model was made (tests and benchmarks).
    int pageLoads() const { return m_pageLoads; }

    // Streams every filtered row in the current order (CSV export): `visit` gets the row's
    // values and returns false to stop. Returns false when the query fails.
    bool forEachRow(const std::function<bool(const QVariantList& row)>& visit) const;
    // Display text of a column for one row of forEachRow() (the ExportRole text).
    QString exportText(const QVariantList& row, int column) const;

public slots:
    // Coalesces bursts of sync changes into one refresh after refreshDelayMs.
    void scheduleRefresh();
    void refreshNow();

signals:
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString& message);
    void refreshed();

protected:
    // The SQL column a view column sorts on (an indexed `(column, id)`), empty when the column
    // cannot be sorted.
    virtual QString sortSqlColumn(int column) const = 0;
    // What a view column shows for a row (`row` = id then the select columns).
    virtual QVariant rowData(const QVariantList& row, int column, int role) const = 0;
    // Replaces the filter conditions: a model reset.
    void setConditions(const QList<SqlCondition>& conditions);
    // The first state of a subclass: sort and conditions, one count and one reset.
    void configure(int sortColumn, Qt::SortOrder order, const QList<SqlCondition>& conditions);
    int valueIndex(const QString& selectColumn) const;
    QSqlDatabase database() const { return m_db; }
    // Runs the count and the first page again (after the subclass changed how it shows rows).
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
    std::optional<Key> keyAtOffset(qint64 offset) const;
    bool runSelect(const QString& where, const QVariantList& binds, const QString& orderBy, int limit,
                   QList<Row>& out) const;
    QString whereClause(const QStringList& extra) const;
    QVariantList whereBinds(const QVariantList& extra) const;
    QString orderBy() const;
    QString sortSql() const;
    Key keyOf(const Row& row) const;
    qint64 queryCount() const;
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
    mutable QString m_error;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recent; // LRU order of m_pages, most recent last
    mutable QHash<int, Key> m_pageStart; // page -> where it starts
    mutable int m_pageLoads = 0;
    QTimer m_refreshTimer;
};

} // namespace sellercrm
