#pragma once

#include "Outcome.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sellercrm {

// Walks the rows of one SELECT through SQLite's C API, on a read-only connection of its own to
// the cache file: the long walks of an export, where a QVariant per value and QtSql's row cache
// cost more than the query. The file is memory-mapped, so the table lookups of a walk in index
// order read pages without a system call each. A row's values are read in place and are valid
// until the next call of next().
// Threading: one thread; the statement and the connection are closed with the reader. The
// walk is one statement, so it reads one consistent snapshot while a sync writes (WAL).
class SqliteRowReader final
{
    Q_DISABLE_COPY_MOVE(SqliteRowReader)

public:
    // `binds` are bound in order: null, integers and booleans as integers, doubles as reals,
    // byte arrays as blobs, everything else as its text (as QtSql binds them).
    static Outcome<std::unique_ptr<SqliteRowReader>> open(const QString& path, const QString& sql,
                                                          const QVariantList& binds);
    ~SqliteRowReader();

    // Failures are SQLite's message and the file, for the caller to put in its own words.
    // Steps to the next row: false at the end and on an error (then error() is not empty).
    bool next();
    QString error() const { return m_error; }

    int columnCount() const { return m_columns; }
    bool isNull(int column) const;
    bool isInteger(int column) const;
    bool isText(int column) const;
    qint64 integer(int column) const;
    // The value as UTF-8 text (NULL is empty). A number is converted by SQLite, after which the
    // is...() answers for it are no longer reliable: read numbers with integer() or value().
    QByteArrayView text(int column) const;
    // The value as QtSql's SQLite driver gives it: qint64, double, QString, QByteArray, or a
    // null QString for NULL.
    QVariant value(int column) const;
    // Every value of the row, as value() gives them.
    QVariantList values() const;

private:
    SqliteRowReader() = default;
    // SQLite's message for the last failure, and the file.
    QString describe() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_columns = 0;
    QString m_path;
    QString m_error;
};

} // namespace sellercrm
