#include "BuyerEndpoints.h"

#include "BuyersQuery.h"
#include "CountCache.h"
#include "PageRequest.h"
#include "SqlRows.h"
#include "SqliteRows.h"
#include "store/EntityJson.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

CountCache& buyerCounts()
{
    static CountCache cache;
    return cache;
}

const QString rowVersionSql = u"SELECT value FROM counters WHERE name = 'row_version'"_s;

// Reads the page through QtSql with this thread's prepared statements (PostgreSQL).
class QtSqlReader final
{
public:
    explicit QtSqlReader(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The first column of the first row; nullopt and `error` set on failure or no row.
    std::optional<qint64> integer(const QString& sql, const QVariantList& values, QString& error)
    {
        QSqlQuery* query = SqlRows::runCached(m_db, sql, values, error);
        if (!query)
            return std::nullopt;
        std::optional<qint64> value;
        if (query->next())
            value = query->value(0).toLongLong();
        else
            error = u"the query returned no row"_s;
        query->finish();
        return value;
    }

    // Calls writeRow(row) for each row; false and `error` set on failure.
    template <typename WriteRow>
    bool rows(const QString& sql, const QVariantList& values, WriteRow&& writeRow, QString& error)
    {
        QSqlQuery* query = SqlRows::runCached(m_db, sql, values, error);
        if (!query)
            return false;
        while (query->next())
            writeRow(*query);
        query->finish();
        return true;
    }

private:
    QSqlDatabase m_db;
};

// The same through SQLite's C API on the connection's own handle (see SqliteRows).
class SqliteReader final
{
public:
    explicit SqliteReader(sqlite3* db)
        : m_db(db)
    {}

    std::optional<qint64> integer(const QString& sql, const QVariantList& values, QString& error)
    {
        SqliteRows query(m_db, sql, values);
        if (query.next())
            return query.integer(0);
        error = query.isValid() ? u"the query returned no row"_s : query.error();
        return std::nullopt;
    }

    template <typename WriteRow>
    bool rows(const QString& sql, const QVariantList& values, WriteRow&& writeRow, QString& error)
    {
        SqliteRows query(m_db, sql, values);
        while (query.next())
            writeRow(query);
        if (!query.isValid())
            error = query.error();
        return query.isValid();
    }

private:
    sqlite3* m_db;
};

// The page body, written straight from the rows (keys in QJsonObject order: items, page,
// page_size, total), about 400 bytes a buyer. The total is counted once per filter and store
// version (CountCache).
template <typename Reader>
ApiResponse buyersPage(Reader& reader, const BuyersQuery& query, const PageRequest& page)
{
    QString error;
    const std::optional<qint64> version = reader.integer(rowVersionSql, {}, error);
    std::optional<qint64> total = version ? buyerCounts().find(query.cacheKey, *version) : std::nullopt;
    if (!total) {
        total = reader.integer(u"SELECT COUNT(*)"_s + query.where, query.values, error);
        if (!total)
            return SqlRows::storeError(u"counting the buyers: "_s + error);
        if (version)
            buyerCounts().insert(query.cacheKey, *version, *total);
    }

    QByteArray body;
    body.reserve(96 + page.pageSize * 420);
    entity_json::JsonWriter json(body);
    json.raw("{\"items\":[");
    bool first = true;
    const bool read = reader.rows(
        u"SELECT "_s + entity_json::buyerColumns() + query.where + query.orderBy + u" LIMIT ? OFFSET ?"_s,
        query.values + QVariantList{page.pageSize, page.offset()},
        [&](const auto& row) {
            if (!first)
                json.raw(",");
            first = false;
            if constexpr (std::is_same_v<std::decay_t<decltype(row)>, QSqlQuery>)
                entity_json::writeBuyer(json, row, true);
            else
                entity_json::writeBuyerFields(json, row, true);
        },
        error);
    if (!read)
        return SqlRows::storeError(error);
    json.raw("],\"page\":");
    json.number(page.page);
    json.raw(",\"page_size\":");
    json.number(page.pageSize);
    json.raw(",\"total\":");
    json.number(*total);
    json.raw("}");
    return ApiResponse::rawJson(200, std::move(body));
}

} // namespace

void BuyerEndpoints::addRoutes(ApiRouter& router)
{
    router.add("GET", u"/buyers"_s, &BuyerEndpoints::buyers);
}

ApiResponse BuyerEndpoints::buyers(const ApiContext& context)
{
    FieldErrors malformed;
    FieldErrors invalid;
    const PageRequest page = PageRequest::from(context.request, malformed);
    const BuyersQuery query =
        BuyersQuery::from(context.request, context.sellerId, context.today, malformed, invalid);
    if (!malformed.isEmpty())
        return ApiResponse::badRequest(u"Invalid query parameters"_s, malformed);
    if (!invalid.isEmpty())
        return ApiResponse::unprocessable(invalid);

    if (sqlite3* native = SqliteRows::nativeHandle(context.db)) {
        SqliteReader reader(native);
        return buyersPage(reader, query, page);
    }
    QtSqlReader reader(context.db);
    return buyersPage(reader, query, page);
}

} // namespace sellercrm::server
