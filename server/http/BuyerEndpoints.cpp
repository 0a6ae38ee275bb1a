#include "BuyerEndpoints.h"

#include "BuyersQuery.h"
#include "CountCache.h"
#include "PageRequest.h"
#include "SqlRows.h"
#include "store/EntityJson.h"
#include "store/ServerStore.h"

#include <QJsonArray>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {
CountCache& buyerCounts()
{
    static CountCache cache;
    return cache;
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

    QSqlDatabase db = context.db;
    const StoreResult<qint64> version = ServerStore::currentRowVersion(db);
    std::optional<qint64> total =
        version ? buyerCounts().find(query.cacheKey, version.value()) : std::nullopt;
    if (!total) {
        QSqlQuery count(db);
        if (!SqlRows::run(count, u"SELECT COUNT(*)"_s + query.where, query.values) || !count.next())
            return SqlRows::storeError(count);
        total = count.value(0).toLongLong();
        if (version)
            buyerCounts().insert(query.cacheKey, version.value(), *total);
    }

    QSqlQuery rows(db);
    if (!SqlRows::run(rows,
                      u"SELECT "_s + entity_json::buyerColumns() + query.where + query.orderBy +
                          u" LIMIT ? OFFSET ?"_s,
                      query.values + QVariantList{page.pageSize, page.offset()}))
        return SqlRows::storeError(rows);
    QJsonArray items;
    QSqlRecord row;
    while (rows.next()) {
        SqlRows::refill(row, rows);
        items.append(SqlRows::withId(row.value(0).toString(), entity_json::buyer(row)));
    }
    return ApiResponse::json(200, QJsonObject{{u"page"_s, page.page},
                                              {u"page_size"_s, page.pageSize},
                                              {u"total"_s, *total},
                                              {u"items"_s, items}});
}

} // namespace sellercrm::server
