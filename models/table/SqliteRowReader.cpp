#include "table/SqliteRowReader.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

// Map the whole file (SQLite caps it at its compile-time limit): a walk in index order then
// reads its rows' pages from memory instead of one read() each.
constexpr qint64 mappedBytes = qint64(1) << 31;

int bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

Outcome<std::unique_ptr<SqliteRowReader>> SqliteRowReader::open(const QString& path, const QString& sql,
                                                                const QVariantList& binds)
{
    using Result = Outcome<std::unique_ptr<SqliteRowReader>>;
    std::unique_ptr<SqliteRowReader> reader(new SqliteRowReader);
    reader->m_path = path;
    if (sqlite3_open_v2(path.toUtf8().constData(), &reader->m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return Result::failure(reader->describe());
    const QByteArray mmap = "PRAGMA mmap_size = " + QByteArray::number(mappedBytes);
    if (sqlite3_exec(reader->m_db, mmap.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return Result::failure(reader->describe());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(reader->m_db, utf8.constData(), int(utf8.size()), &reader->m_statement, nullptr) !=
        SQLITE_OK)
        return Result::failure(reader->describe());
    for (int i = 0; i < binds.size(); ++i) {
        if (bindValue(reader->m_statement, i + 1, binds.at(i)) != SQLITE_OK)
            return Result::failure(reader->describe());
    }
    reader->m_columns = sqlite3_column_count(reader->m_statement);
    return Result(std::move(reader));
}

SqliteRowReader::~SqliteRowReader()
{
    sqlite3_finalize(m_statement);
    sqlite3_close(m_db);
}

QString SqliteRowReader::describe() const
{
    // sqlite3_errmsg() answers "out of memory" for the null handle of a failed allocation.
    return QString::fromUtf8(sqlite3_errmsg(m_db)) + u" ("_s + m_path + u')';
}

bool SqliteRowReader::next()
{
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        m_error = describe();
    return false;
}

bool SqliteRowReader::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqliteRowReader::isInteger(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
}

bool SqliteRowReader::isText(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_TEXT;
}

qint64 SqliteRowReader::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteRowReader::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

QVariant SqliteRowReader::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString::fromUtf8(text(column));
    }
}

QVariantList SqliteRowReader::values() const
{
    QVariantList row;
    row.reserve(m_columns);
    for (int i = 0; i < m_columns; ++i)
        row << value(i);
    return row;
}

} // namespace sellercrm
