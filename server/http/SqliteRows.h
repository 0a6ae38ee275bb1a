#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace sellercrm::server {

namespace entity_json {
class JsonWriter;
}

// The hot read paths of the API on SQLite, through SQLite's C API on the worker thread's own
// QtSql connection: no QVariant per value, no UTF-16 round trip of every text, statements
// prepared once per thread. PostgreSQL stores keep the QtSql path (nativeHandle() is null).
class SqliteRows final
{
public:
    // The connection's sqlite3 handle when it is a SQLite connection run by the SQLite library
    // this program links (the same version); null otherwise.
    static sqlite3* nativeHandle(const QSqlDatabase& db);

    // Runs `sql` with `values` bound by position, on this thread's statement for (db, sql),
    // prepared on first use. Read the rows with next(); the statement is reset (its read
    // snapshot ended) when this object goes away. On failure isValid() is false and error()
    // names the problem.
    SqliteRows(sqlite3* db, const QString& sql, const QVariantList& values);
    ~SqliteRows();
    Q_DISABLE_COPY_MOVE(SqliteRows)

    bool isValid() const { return m_statement != nullptr; }
    const QString& error() const { return m_error; }

    // Steps to the next row; false at the end or on an error (then isValid() is false).
    bool next();

    // The current row's values, converted as the QtSql SQLite driver and QVariant would.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    // The value as text, UTF-8 (a NULL is empty); valid until the next call on this column.
    QByteArrayView text(int column) const;

    // Writers for entity_json::writeBuyerFields (store/EntityJson.h).
    void text(entity_json::JsonWriter& json, int column) const;
    void textOrNull(entity_json::JsonWriter& json, int column) const;
    void storedArray(entity_json::JsonWriter& json, int column) const;

private:
    void fail(const char* what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
    mutable QByteArray m_converted;
};

} // namespace sellercrm::server
