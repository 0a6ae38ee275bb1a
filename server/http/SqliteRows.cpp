#include "SqliteRows.h"

#include "store/EntityJson.h"
#include "store/SqliteHandle.h"

#include <QHash>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

// This thread's prepared statements, for one connection at a time (a worker thread keeps its
// connection for its whole life). Constructed after the thread's connection was opened, so
// destroyed (statements finalized) before the connection is closed at thread exit.
struct PreparedStatements final
{
    sqlite3* db = nullptr;
    QHash<QString, sqlite3_stmt*> statements;
    sqlite3* verifiedHandle = nullptr;

    PreparedStatements() = default;
    ~PreparedStatements() { clear(); }
    Q_DISABLE_COPY_MOVE(PreparedStatements)

    void clear()
    {
        for (sqlite3_stmt* statement : std::as_const(statements))
            sqlite3_finalize(statement);
        statements.clear();
    }

    sqlite3_stmt* statementFor(sqlite3* handle, const QString& sql, QString& error)
    {
        if (handle != db) {
            clear();
            db = handle;
        }
        if (sqlite3_stmt* cached = statements.value(sql))
            return cached;
        if (statements.size() >= maxStatements)
            clear();
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* prepared = nullptr;
        if (sqlite3_prepare_v3(handle, utf8.constData(), static_cast<int>(utf8.size()),
                               SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
            != SQLITE_OK) {
            error = u"preparing a query: "_s + QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(prepared);
            return nullptr;
        }
        statements.insert(sql, prepared);
        return prepared;
    }

    static constexpr qsizetype maxStatements = 64;
};

thread_local PreparedStatements preparedStatements;

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

} // namespace

sqlite3* SqliteRows::nativeHandle(const QSqlDatabase& db)
{
    sqlite3* native = driverSqliteHandle(db);
    if (!native)
        return nullptr;
    // The library check is a query: once per thread's connection, not per request.
    PreparedStatements& prepared = preparedStatements;
    if (native == prepared.verifiedHandle)
        return native;
    if (!runsLinkedSqlite(db))
        return nullptr;
    prepared.verifiedHandle = native;
    return native;
}

SqliteRows::SqliteRows(sqlite3* db, const QString& sql, const QVariantList& values)
    : m_db(db)
{
    sqlite3_stmt* statement = preparedStatements.statementFor(db, sql, m_error);
    if (!statement)
        return;
    m_statement = statement;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        int bound = SQLITE_OK;
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            bound = sqlite3_bind_null(statement, i + 1);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            bound = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            bound = sqlite3_bind_double(statement, i + 1, value.toDouble());
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text64(statement, i + 1, text.constData(),
                                        static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                                        SQLITE_UTF8);
        }
        }
        if (bound != SQLITE_OK) {
            fail("binding a value");
            return;
        }
    }
}

SqliteRows::~SqliteRows()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

void SqliteRows::fail(const char* what)
{
    m_error = QString::fromLatin1(what) + u": "_s + QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    m_statement = nullptr;
}

bool SqliteRows::next()
{
    if (!m_statement)
        return false;
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        fail("reading rows");
    return false;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
    case SQLITE_NULL:
        return sqlite3_column_int64(m_statement, column);
    case SQLITE_FLOAT:
        return qRound64(sqlite3_column_double(m_statement, column));
    default:
        return QString::fromUtf8(text(column)).toLongLong();
    }
}

QByteArrayView SqliteRows::text(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_FLOAT:
        // What QVariant(double).toString() gives, not SQLite's own "%!.15g".
        m_converted = QString::number(sqlite3_column_double(m_statement, column), 'g',
                                      QLocale::FloatingPointShortest)
                          .toUtf8();
        return m_converted;
    default: {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
    }
    }
}

void SqliteRows::text(entity_json::JsonWriter& json, int column) const
{
    json.string(text(column));
}

void SqliteRows::textOrNull(entity_json::JsonWriter& json, int column) const
{
    const QByteArrayView value = text(column);
    if (value.isEmpty())
        json.null();
    else
        json.string(value);
}

void SqliteRows::storedArray(entity_json::JsonWriter& json, int column) const
{
    if (isNull(column)) {
        json.null();
        return;
    }
    QByteArrayView value = text(column);
    while (!value.isEmpty() && isAsciiSpace(value.front()))
        value = value.sliced(1);
    while (!value.isEmpty() && isAsciiSpace(value.back()))
        value.chop(1);
    // Text that starts or ends with a non-ASCII character may hold Unicode white space, which
    // QString::trimmed() removes: that rare case takes the QString way.
    if (!value.isEmpty() && (static_cast<unsigned char>(value.front()) >= 0x80
                             || static_cast<unsigned char>(value.back()) >= 0x80)) {
        json.storedArray(QVariant(QString::fromUtf8(value)));
        return;
    }
    if (value.startsWith('[') && value.endsWith(']'))
        json.raw(value);
    else
        json.null();
}

} // namespace sellercrm::server
