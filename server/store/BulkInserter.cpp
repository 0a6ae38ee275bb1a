#include "store/BulkInserter.h"

#include "store/ServerStore.h"
#include "store/SqliteHandle.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

namespace sellercrm::server {

namespace {

bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    default:
        return false;
    }
}

} // namespace

BulkRows::BulkRows(int columns)
    : m_columns(std::max(1, columns))
{}

void BulkRows::addText(QByteArrayView utf8)
{
    Value value;
    value.kind = Kind::Text;
    value.integer = m_text.size();
    value.textSize = static_cast<qint32>(utf8.size());
    m_text.append(utf8);
    m_values.push_back(value);
}

void BulkRows::addInteger(qint64 number)
{
    Value value;
    value.kind = Kind::Integer;
    value.integer = number;
    m_values.push_back(value);
}

void BulkRows::addReal(double number)
{
    Value value;
    value.kind = Kind::Real;
    value.real = number;
    m_values.push_back(value);
}

void BulkRows::addNull()
{
    Value value;
    value.integer = 0;
    m_values.push_back(value);
}

void BulkRows::add(const QVariant& value)
{
    if (isNullValue(value))
        return addNull();
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return addInteger(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return addReal(value.toDouble());
    default:
        return addText(value.toString().toUtf8());
    }
}

void BulkRows::clear()
{
    m_values.clear();
    m_text.resize(0);
}

void BulkRows::reset(int columns)
{
    clear();
    m_columns = std::max(1, columns);
}

QVariant BulkRows::toVariant(const Value& value) const
{
    switch (value.kind) {
    case Kind::Null:
        return QVariant(QMetaType::fromType<QString>());
    case Kind::Integer:
        return QVariant(value.integer);
    case Kind::Real:
        return QVariant(value.real);
    case Kind::Text:
        return QVariant(QString::fromUtf8(text(value)));
    }
    return {};
}

BulkInserter::BulkInserter(QSqlDatabase db, const QString& table, const QStringList& columns,
                           const QString& conflictClause)
    : m_db(std::move(db))
    , m_table(table)
    , m_columns(columns)
    , m_conflictClause(conflictClause)
    , m_rowsPerStatement(
          std::max(1, std::min(256, 30000 / static_cast<int>(std::max<qsizetype>(1, columns.size())))))
    , m_pending(static_cast<int>(columns.size()))
    , m_native(nativeSqliteHandle(m_db))
    , m_fullBatch(m_db)
{}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_nativeBatch);
    sqlite3_finalize(m_nativeSingle);
}

QString BulkInserter::statement(int rows, bool failKeepsEarlierRows) const
{
    QString row = QStringLiteral("(");
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    row += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT %1INTO %2 (%3) VALUES ")
                      .arg(failKeepsEarlierRows ? QStringLiteral("OR FAIL ") : QString(), m_table,
                           m_columns.join(QLatin1Char(',')));
    sql.reserve(sql.size() + rows * (row.size() + 1) + m_conflictClause.size() + 1);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    if (!m_conflictClause.isEmpty())
        sql += QLatin1Char(' ') + m_conflictClause;
    return sql;
}

QString BulkInserter::failure(const QString& detail) const
{
    return QStringLiteral("inserting into %1: %2").arg(m_table, detail);
}

StoreStatus BulkInserter::endRow()
{
    if (m_pending.rowCount() < m_rowsPerStatement)
        return {};
    const StoreStatus status = write(m_pending);
    m_pending.clear();
    return status;
}

StoreStatus BulkInserter::finish()
{
    if (m_pending.isEmpty())
        return {};
    const StoreStatus status = write(m_pending);
    m_pending.clear();
    return status;
}

StoreStatus BulkInserter::write(const BulkRows& rows, qsizetype* failedRow)
{
    if (failedRow)
        *failedRow = -1;
    if (rows.columns() != m_columns.size())
        return StoreStatus::failure(failure(
            QStringLiteral("%1 values a row, expected %2").arg(rows.columns()).arg(m_columns.size())));
    const StoreStatus status = m_native ? writeNative(rows, failedRow) : writeQtSql(rows);
    if (status)
        m_rowsWritten += rows.rowCount();
    return status;
}

sqlite3_stmt* BulkInserter::nativeStatement(int rows, QString* error)
{
    sqlite3_stmt*& kept = rows == 1 ? m_nativeSingle : m_nativeBatch;
    if (kept)
        return kept;
    // OR FAIL (without an upsert clause): a refused row ends the statement and keeps the rows
    // before it, so SQLite needs no statement journal. A multi-row INSERT that could abort would
    // copy every page it touches to one (a temporary file: ~12 page writes per 256 rows).
    const QByteArray sql = statement(rows, m_conflictClause.isEmpty()).toUtf8();
    if (sqlite3_prepare_v3(m_native, sql.constData(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &kept, nullptr) != SQLITE_OK) {
        *error =
            failure(QStringLiteral("cannot prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_native))));
        sqlite3_finalize(kept);
        kept = nullptr;
    }
    return kept;
}

StoreStatus BulkInserter::stepNative(sqlite3_stmt* statement, const BulkRows& rows, qsizetype first,
                                     int count, qsizetype* failedRow)
{
    const int columns = rows.columns();
    int parameter = 1;
    int bound = SQLITE_OK;
    for (qsizetype row = first; row < first + count && bound == SQLITE_OK; ++row) {
        for (int column = 0; column < columns && bound == SQLITE_OK; ++column, ++parameter) {
            const BulkRows::Value& value = rows.value(row, column);
            switch (value.kind) {
            case BulkRows::Kind::Null:
                bound = sqlite3_bind_null(statement, parameter);
                break;
            case BulkRows::Kind::Integer:
                bound = sqlite3_bind_int64(statement, parameter, value.integer);
                break;
            case BulkRows::Kind::Real:
                bound = sqlite3_bind_double(statement, parameter, value.real);
                break;
            case BulkRows::Kind::Text:
                // `rows` outlives the step: no copy.
                bound = sqlite3_bind_text(statement, parameter, rows.text(value).data(), value.textSize,
                                          SQLITE_STATIC);
                break;
            }
        }
    }
    const int stepped = bound == SQLITE_OK ? sqlite3_step(statement) : bound;
    if (stepped == SQLITE_DONE) {
        sqlite3_reset(statement);
        return {};
    }
    // A refused row (constraint): the rows before it went in (OR FAIL), sqlite3_changes() counts them.
    if (failedRow && (stepped & 0xff) == SQLITE_CONSTRAINT && m_conflictClause.isEmpty())
        *failedRow = first + sqlite3_changes(m_native);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_native));
    sqlite3_reset(statement);
    return StoreStatus::failure(failure(message));
}

StoreStatus BulkInserter::writeNative(const BulkRows& rows, qsizetype* failedRow)
{
    QString error;
    const qsizetype count = rows.rowCount();
    qsizetype row = 0;
    if (count >= m_rowsPerStatement) {
        sqlite3_stmt* batch = nativeStatement(m_rowsPerStatement, &error);
        if (!batch)
            return StoreStatus::failure(error);
        for (; row + m_rowsPerStatement <= count; row += m_rowsPerStatement)
            if (const StoreStatus status = stepNative(batch, rows, row, m_rowsPerStatement, failedRow);
                !status)
                return status;
    }
    if (row == count)
        return {};
    sqlite3_stmt* single = nativeStatement(1, &error);
    if (!single)
        return StoreStatus::failure(error);
    for (; row < count; ++row)
        if (const StoreStatus status = stepNative(single, rows, row, 1, failedRow); !status)
            return status;
    return {};
}

StoreStatus BulkInserter::execQtSql(QSqlQuery& query, const BulkRows& rows, qsizetype first, int count)
{
    int parameter = 0;
    for (qsizetype row = first; row < first + count; ++row)
        for (int column = 0; column < rows.columns(); ++column)
            query.bindValue(parameter++, rows.toVariant(rows.value(row, column)));
    if (!query.exec())
        return StoreStatus::failure(sqlError(query, QStringLiteral("inserting into %1").arg(m_table)));
    return {};
}

StoreStatus BulkInserter::writeQtSql(const BulkRows& rows)
{
    const qsizetype count = rows.rowCount();
    qsizetype row = 0;
    if (count >= m_rowsPerStatement) {
        if (!m_fullBatchPrepared && !m_fullBatch.prepare(statement(m_rowsPerStatement, false)))
            return StoreStatus::failure(
                sqlError(m_fullBatch, QStringLiteral("preparing the insert into %1").arg(m_table)));
        m_fullBatchPrepared = true;
        for (; row + m_rowsPerStatement <= count; row += m_rowsPerStatement)
            if (const StoreStatus status = execQtSql(m_fullBatch, rows, row, m_rowsPerStatement); !status)
                return status;
    }
    if (row == count)
        return {};
    QSqlQuery tail(m_db);
    const int tailRows = static_cast<int>(count - row);
    if (!tail.prepare(statement(tailRows, false)))
        return StoreStatus::failure(
            sqlError(tail, QStringLiteral("preparing the insert into %1").arg(m_table)));
    return execQtSql(tail, rows, row, tailRows);
}

} // namespace sellercrm::server
