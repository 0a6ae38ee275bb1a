#include "table/PagedSqlModel.h"

#include "table/SqliteRowReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sellercrm {

SqlCondition SqlCondition::in(const QString& column, const QStringList& values)
{
    SqlCondition condition;
    QStringList marks;
    for (const QString& value : values) {
        marks << u"?"_s;
        condition.binds << value;
    }
    condition.sql = column + u" IN ("_s + marks.join(u", "_s) + u')';
    return condition;
}

SqlCondition SqlCondition::contains(const QString& column, const QString& text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return {QString(column + u" LIKE ? ESCAPE '\\'"_s), {QString(u'%' + escaped + u'%')}};
}

PagedSqlModel::PagedSqlModel(const QSqlDatabase& db, const QString& table, const QStringList& selectColumns,
                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_table(table)
    , m_selectColumns(selectColumns)
{
    QStringList list{u"id"_s};
    list << selectColumns;
    m_selectList = list.join(u", "_s);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PagedSqlModel::refreshNow);
    m_counter.setMaxThreadCount(1);
}

PagedSqlModel::~PagedSqlModel()
{
    // A count still running posts its answer to this object: let it finish first.
    m_countGeneration->store(0);
    m_counter.waitForDone();
}

int PagedSqlModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

Qt::ItemFlags PagedSqlModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant PagedSqlModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->value(0);
    return rowData(*row, index.column(), role);
}

QString PagedSqlModel::exportText(const QVariantList& row, int column) const
{
    const QVariant text = rowData(row, column, ExportRole);
    return text.isValid() ? text.toString() : rowData(row, column, Qt::DisplayRole).toString();
}

PagedSqlModel::ExportSource PagedSqlModel::exportSource(int) const
{
    return {};
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || sortSqlColumn(column).isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PagedSqlModel::setConditions(const QList<SqlCondition>& conditions)
{
    m_conditions = conditions;
    reload();
}

void PagedSqlModel::configure(int sortColumn, Qt::SortOrder order, const QList<SqlCondition>& conditions)
{
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    m_conditions = conditions;
    reload();
}

void PagedSqlModel::reload()
{
    beginResetModel();
    clearPages();
    m_error.clear();
    // The first page is read now, so the rows paint before the total is known.
    ++m_pageLoads;
    std::optional<QList<Row>> first = fetchFrom(std::nullopt, fetchPageSize);
    if (first && first->size() == fetchPageSize)
        m_pageStart.insert(1, keyOf(first->last()));
    const qint64 rows = first ? first->size() : 0;
    if (first) {
        m_pages.insert(0, *first);
        m_recent.append(0);
    }
    m_count = rows;
    m_countKnown = rows < fetchPageSize;
    m_awaitingFirstSync = rows == 0 && first && readAwaitingFirstSync();
    endResetModel();
    if (m_countKnown) {
        m_countGeneration->fetch_add(1); // an older count in flight is no longer wanted
        emit totalCountChanged(m_count);
    } else {
        startCount(false);
    }
}

void PagedSqlModel::onCacheChanged()
{
    readLookups();
    emit lookupsRead();
    scheduleRefresh();
}

void PagedSqlModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void PagedSqlModel::refreshNow()
{
    m_refreshTimer.stop();
    m_error.clear();
    // The rows shown are read again at once; the count follows from the worker.
    clearPages();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count) - 1, columnCount() - 1));
    startCount(true);
}

QString PagedSqlModel::countSql() const
{
    return u"SELECT COUNT(*) FROM "_s + m_table + whereClause({});
}

void PagedSqlModel::startCount(bool refreshing)
{
    const quint64 generation = m_countGeneration->fetch_add(1) + 1;
    const std::shared_ptr<std::atomic<quint64>> latest = m_countGeneration;
    const QString path = m_db.databaseName();
    const QString sql = countSql();
    const QVariantList binds = whereBinds({});
    const QString table = m_table;
    m_counter.start([this, latest, generation, refreshing, path, sql, binds, table] {
        if (latest->load() != generation)
            return; // superseded before it started
        std::optional<qint64> count;
        QString error;
        const QString connection = u"sellercrm-count-%1"_s.arg(quintptr(QThread::currentThreadId()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open()) {
                error = tr("Reading %1 failed: %2").arg(table, db.lastError().text());
            } else {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                query.prepare(sql);
                for (int i = 0; i < binds.size(); ++i)
                    query.bindValue(i, binds.at(i));
                if (query.exec() && query.next())
                    count = query.value(0).toLongLong();
                else
                    error = tr("Reading %1 failed: %2").arg(table, query.lastError().text());
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (latest->load() != generation)
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, refreshing, count, error] { countFinished(generation, refreshing, count, error); },
            Qt::QueuedConnection);
    });
}

void PagedSqlModel::countFinished(quint64 generation, bool refreshing, std::optional<qint64> count,
                                  const QString& error)
{
    if (generation != m_countGeneration->load())
        return;
    if (!count) {
        fail(error);
        if (refreshing)
            emit refreshed();
        return;
    }
    const bool changed = *count != m_count;
    if (refreshing && changed) {
        beginResetModel();
        clearPages();
        m_count = *count;
        m_countKnown = true;
        endResetModel();
    } else if (*count > m_count) {
        beginInsertRows({}, int(m_count), int(*count) - 1);
        m_count = *count;
        m_countKnown = true;
        endInsertRows();
    } else if (changed) {
        beginResetModel();
        clearPages();
        m_count = *count;
        m_countKnown = true;
        endResetModel();
    }
    m_countKnown = true;
    if (m_count == 0)
        m_awaitingFirstSync = readAwaitingFirstSync();
    emit totalCountChanged(m_count);
    if (refreshing)
        emit refreshed();
}

qint64 PagedSqlModel::exactCount() const
{
    if (m_countKnown)
        return m_count;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(countSql());
    const QVariantList binds = whereBinds({});
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec() || !query.next()) {
        fail(tr("Reading %1 failed: %2").arg(m_table, query.lastError().text()));
        return m_count;
    }
    return query.value(0).toLongLong();
}

bool PagedSqlModel::readAwaitingFirstSync() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    return query.exec(u"SELECT full_sync_done FROM sync_state WHERE id = 1"_s) && query.next() &&
           query.value(0).toInt() == 0;
}

void PagedSqlModel::clearPages()
{
    m_pages.clear();
    m_recent.clear();
    m_pageStart.clear();
}

int PagedSqlModel::valueIndex(const QString& selectColumn) const
{
    if (selectColumn == u"id"_s)
        return 0;
    const qsizetype at = m_selectColumns.indexOf(selectColumn);
    return at < 0 ? -1 : int(at) + 1;
}

const PagedSqlModel::Row* PagedSqlModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / fetchPageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        std::optional<QList<Row>> loaded = loadPage(page);
        if (!loaded)
            return nullptr;
        if (m_pages.size() >= cachedPageCount && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        found = m_pages.insert(page, *loaded);
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int inPage = row % fetchPageSize;
    return inPage < found->size() ? &found->at(inPage) : nullptr;
}

std::optional<QList<PagedSqlModel::Row>> PagedSqlModel::loadPage(int page) const
{
    ++m_pageLoads;
    std::optional<Key> start;
    if (page > 0) {
        const auto known = m_pageStart.constFind(page);
        if (known != m_pageStart.cend())
            start = *known;
        else
            start = keyAtOffset(qint64(page) * fetchPageSize);
        if (!start)
            return std::nullopt;
    }
    std::optional<QList<Row>> rows = fetchFrom(start, fetchPageSize);
    if (rows && rows->size() == fetchPageSize) {
        Key next = keyOf(rows->last());
        next.inclusive = false;
        m_pageStart.insert(page + 1, next);
    }
    return rows;
}

QString PagedSqlModel::sortSql() const
{
    const QString column = sortSqlColumn(m_sortColumn);
    return column.isEmpty() ? u"id"_s : column;
}

QString PagedSqlModel::orderBy() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString column = sortSql();
    if (column == u"id"_s)
        return u"id"_s + direction;
    return column + direction + u", id"_s + direction;
}

PagedSqlModel::Key PagedSqlModel::keyOf(const Row& row) const
{
    const QString column = sortSql();
    Key key;
    key.id = row.value(0).toString();
    key.value = column == u"id"_s ? QVariant(key.id) : row.value(valueIndex(column));
    return key;
}

QString PagedSqlModel::whereClause(const QStringList& extra) const
{
    QStringList parts;
    for (const SqlCondition& condition : m_conditions)
        parts << u'(' + condition.sql + u')';
    parts << extra;
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

QVariantList PagedSqlModel::whereBinds(const QVariantList& extra) const
{
    QVariantList binds;
    for (const SqlCondition& condition : m_conditions)
        binds << condition.binds;
    binds << extra;
    return binds;
}

void PagedSqlModel::fail(const QString& message) const
{
    m_error = message;
    emit const_cast<PagedSqlModel*>(this)->errorOccurred(message);
}

bool PagedSqlModel::runSelect(const QString& sql, const QVariantList& binds, QList<Row>& out) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        fail(tr("Reading %1 failed: %2").arg(m_table, query.lastError().text()));
        return false;
    }
    const int columns = int(m_selectColumns.size()) + 1;
    while (query.next()) {
        Row row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        out << row;
    }
    return true;
}

// Up to `limit` filtered rows that also meet `extra` (the keyset), in `order`. With a scan
// budget the page is first taken from the next m_scanBudget rows of the sort index alone (a
// co-routine that SQLite reads in its ORDER BY and stops once the page is full), so a filter
// that matches many rows never sorts all of them; a filter that matches few fills the page only
// by SQLite's own plan, which then starts from the filter's index.
bool PagedSqlModel::selectRows(const QStringList& extra, const QVariantList& extraBinds, const QString& order,
                               int limit, QList<Row>& out) const
{
    const QString limitSql = u" LIMIT "_s + QString::number(limit);
    if (m_scanBudget > 0 && !m_conditions.isEmpty()) {
        const QString window = u"(SELECT * FROM "_s + m_table +
                               (extra.isEmpty() ? QString() : u" WHERE "_s + extra.join(u" AND "_s)) +
                               u" ORDER BY "_s + order + u" LIMIT "_s + QString::number(m_scanBudget) + u')';
        QList<Row> rows;
        if (!runSelect(u"SELECT "_s + m_selectList + u" FROM "_s + window + whereClause({}) + limitSql,
                       extraBinds + whereBinds({}), rows))
            return false;
        if (rows.size() == limit) {
            out << rows;
            return true;
        }
    }
    return runSelect(u"SELECT "_s + m_selectList + u" FROM "_s + m_table + whereClause(extra) + u" ORDER BY "_s +
                         order + limitSql,
                     whereBinds(extraBinds), out);
}

// The rows from `start` in the current order. The order is the NULL block (by id) then the
// non-NULL values ascending, or the reverse descending, so a key in one block continues in it
// and then, if the page is not full, in the next block.
std::optional<QList<PagedSqlModel::Row>> PagedSqlModel::fetchFrom(const std::optional<Key>& start, int limit) const
{
    QList<Row> rows;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString column = sortSql();
    const QString direction = ascending ? u" ASC"_s : u" DESC"_s;
    if (!start) {
        if (!selectRows({}, {}, orderBy(), limit, rows))
            return std::nullopt;
        return rows;
    }
    const QString compare = ascending ? (start->inclusive ? u">="_s : u">"_s) : (start->inclusive ? u"<="_s : u"<"_s);
    if (column == u"id"_s) {
        if (!selectRows({u"id "_s + compare + u" ?"_s}, {start->id}, orderBy(), limit, rows))
            return std::nullopt;
        return rows;
    }
    const QString nullBlock = column + u" IS NULL AND id "_s + compare + u" ?"_s;
    const QString valueBlock = u"("_s + column + u", id) "_s + compare + u" (?, ?)"_s;
    const QString idOrder = u"id"_s + direction;
    if (start->value.isNull()) {
        if (!selectRows({nullBlock}, {start->id}, idOrder, limit, rows))
            return std::nullopt;
        if (ascending && rows.size() < limit &&
            !selectRows({column + u" IS NOT NULL"_s}, {}, orderBy(), limit - int(rows.size()), rows))
            return std::nullopt;
        return rows;
    }
    if (!selectRows({valueBlock}, {start->value, start->id}, orderBy(), limit, rows))
        return std::nullopt;
    if (!ascending && rows.size() < limit &&
        !selectRows({column + u" IS NULL"_s}, {}, idOrder, limit - int(rows.size()), rows))
        return std::nullopt;
    return rows;
}

std::optional<PagedSqlModel::Key> PagedSqlModel::keyAtOffset(qint64 offset) const
{
    const QString column = sortSql();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + (column == u"id"_s ? u"id, id"_s : column + u", id"_s) + u" FROM "_s + m_table +
                  whereClause({}) + u" ORDER BY "_s + orderBy() + u" LIMIT 1 OFFSET "_s + QString::number(offset));
    const QVariantList binds = whereBinds({});
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        fail(tr("Reading %1 failed: %2").arg(m_table, query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Key{query.value(0), query.value(1).toString(), true};
}

bool PagedSqlModel::forEachRow(const std::function<bool(const SqliteRowReader& row)>& visit) const
{
    auto reader = SqliteRowReader::open(m_db.databaseName(),
                                        u"SELECT "_s + m_selectList + u" FROM "_s + m_table +
                                            whereClause({}) + u" ORDER BY "_s + orderBy(),
                                        whereBinds({}));
    QString error = reader.error();
    if (reader) {
        SqliteRowReader& rows = *reader.value();
        while (rows.next() && visit(rows)) {
        }
        error = rows.error();
    }
    if (!error.isEmpty()) {
        fail(tr("Reading %1 failed: %2").arg(m_table, error));
        return false;
    }
    return true;
}

} // namespace sellercrm
