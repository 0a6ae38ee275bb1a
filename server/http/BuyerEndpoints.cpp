#include "BuyerEndpoints.h"

#include "BuyersQuery.h"
#include "CountCache.h"
#include "PageRequest.h"
#include "SqlRows.h"
#include "store/EntityJson.h"
#include "store/ServerStore.h"


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
    QString error;
    const StoreResult<qint64> version = ServerStore::currentRowVersion(db);
    std::optional<qint64> total =
        version ? buyerCounts().find(query.cacheKey, version.value()) : std::nullopt;
    if (!total) {
        QSqlQuery* count = SqlRows::runCached(db, u"SELECT COUNT(*)"_s + query.where, query.values, error);
        if (!count)
            return SqlRows::storeError(error);
        const bool counted = count->next();
        total = count->value(0).toLongLong();
        count->finish();
        if (!counted)
            return SqlRows::storeError(u"counting the buyers returned no row"_s);
        if (version)
            buyerCounts().insert(query.cacheKey, version.value(), *total);
    }

    QSqlQuery* rows = SqlRows::runCached(
        db, u"SELECT "_s + entity_json::buyerColumns() + query.where + query.orderBy + u" LIMIT ? OFFSET ?"_s,
        query.values + QVariantList{page.pageSize, page.offset()}, error);
    if (!rows)
        return SqlRows::storeError(error);
    // The page is written straight from the rows' positional values (keys in QJsonObject order:
    // items, page, page_size, total), about 400 bytes a buyer.
    QByteArray body;
    body.reserve(96 + page.pageSize * 420);
    entity_json::JsonWriter json(body);
    json.raw("{\"items\":[");
    bool first = true;
    while (rows->next()) {
        if (!first)
            json.raw(",");
        first = false;
        entity_json::writeBuyer(json, *rows, true);
    }
    rows->finish();
    json.raw("],\"page\":");
    json.number(page.page);
    json.raw(",\"page_size\":");
    json.number(page.pageSize);
    json.raw(",\"total\":");
    json.number(*total);
    json.raw("}");
    return ApiResponse::rawJson(200, std::move(body));
}

} // namespace sellercrm::server
