#pragma once

#include "store/StoreResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sellercrm::server {

// Rows for one table, filled value by value (columns() values a row): a self-contained batch that
// owns its text bytes, so it can be filled on one thread and written on another. Text is UTF-8.
class BulkRows final
{
public:
    explicit BulkRows(int columns);

    void addText(QByteArrayView utf8);
    void addInteger(qint64 value);
    void addReal(double value);
    void addNull();
    // A QtSql value: null (also a null QString/QByteArray) -> NULL, integers and bools -> INTEGER,
    // floating point -> REAL, anything else -> its text.
    void add(const QVariant& value);

    int columns() const { return m_columns; }
    qsizetype rowCount() const { return static_cast<qsizetype>(m_values.size()) / m_columns; }
    bool isEmpty() const { return m_values.empty(); }
    // Empties the batch and keeps its memory for the next one (reset: with another column count).
    void clear();
    void reset(int columns);

    enum class Kind : quint8
    {
        Null,
        Integer,
        Real,
        Text
    };
    struct Value
    {
        Kind kind = Kind::Null;
        qint32 textSize = 0;
        union {
            qint64 integer; // also the text's offset in textBytes()
            double real;
        };
    };
    const Value& value(qsizetype row, int column) const
    {
        return m_values[static_cast<size_t>(row * m_columns + column)];
    }
    QByteArrayView text(const Value& value) const
    {
        return QByteArrayView(m_text.constData() + value.integer, value.textSize);
    }
    QVariant toVariant(const Value& value) const;

private:
    int m_columns = 1;
    std::vector<Value> m_values;
    QByteArray m_text;
};

// Inserts many rows into one table in the caller's transaction; not thread-safe (one per
// connection). On SQLite it binds through SQLite's C API on the driver's own handle (prepared
// multi-row `INSERT ... VALUES (...), (...)` statements reused, text bound without copying from
// the BulkRows that own it): no QVariant or UTF-16 conversion per value. On PostgreSQL (or when
// the QSQLITE driver does not run the SQLite library linked here) it uses QtSql with the same
// multi-row statements. Either way the per-statement cost, which dominates, is paid once per
// batch of rows.
//
// Use write() for a whole batch, or add()/endRow() row by row and finish() for the last rows.
class BulkInserter final
{
public:
    BulkInserter(QSqlDatabase db, const QString& table, const QStringList& columns,
                 const QString& conflictClause = {});
    ~BulkInserter();
    Q_DISABLE_COPY_MOVE(BulkInserter)

    // Appends one value of the current row; the row is complete after columns().size() values.
    void add(const QVariant& value) { m_pending.add(value); }
    // Call after the last value of each row: writes a full batch.
    StoreStatus endRow();
    StoreStatus finish();

    // Writes every row of `rows` (same columns). On failure the rows before the failing statement
    // (through SQLite's C API: before the refused row) may be in the table: roll the transaction
    // back. Through SQLite's C API `*failedRow` (when given) is then the index of the row SQLite
    // refused (a constraint); otherwise -1.
    StoreStatus write(const BulkRows& rows, qsizetype* failedRow = nullptr);

    qint64 rowsWritten() const { return m_rowsWritten; }
    // True when the rows go through SQLite's C API.
    bool usesSqliteApi() const { return m_native != nullptr; }

private:
    QString statement(int rows, bool failKeepsEarlierRows) const;
    StoreStatus writeNative(const BulkRows& rows, qsizetype* failedRow);
    StoreStatus writeQtSql(const BulkRows& rows);
    sqlite3_stmt* nativeStatement(int rows, QString* error);
    // Binds `count` rows starting at `first` and runs the statement once.
    StoreStatus stepNative(sqlite3_stmt* statement, const BulkRows& rows, qsizetype first, int count,
                           qsizetype* failedRow);
    StoreStatus execQtSql(QSqlQuery& query, const BulkRows& rows, qsizetype first, int count);
    QString failure(const QString& detail) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_conflictClause;
    int m_rowsPerStatement = 1;
    qint64 m_rowsWritten = 0;
    BulkRows m_pending;
    sqlite3* m_native = nullptr;
    sqlite3_stmt* m_nativeBatch = nullptr;
    sqlite3_stmt* m_nativeSingle = nullptr;
    QSqlQuery m_fullBatch;
    bool m_fullBatchPrepared = false;
};

} // namespace sellercrm::server
