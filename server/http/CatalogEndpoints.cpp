#include "CatalogEndpoints.h"

#include "PageRequest.h"
#include "SqlRows.h"
#include "store/EntityJson.h"

#include <QJsonArray>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

using RowToJson = QJsonObject (*)(const QSqlRecord&);

const QString categoryColumns = u"category_id, name, parent_id"_s;
const QString productColumns = u"product_id, sku, name, category_id, price_kopecks"_s;
const QString collectionColumns = u"collection_id, name"_s;
const QString promotionColumns = u"promotion_id, name, mechanic, start_date, end_date, status"_s;

// The first column is the id; `row` carries the record from row to row.
QJsonObject resource(const QSqlQuery& query, QSqlRecord& row, RowToJson toJson)
{
    SqlRows::refill(row, query);
    return SqlRows::withId(row.value(0).toString(), toJson(row));
}

ApiResponse listOf(const ApiContext& context, const QString& sql, const QVariantList& values,
                   RowToJson toJson)
{
    QSqlQuery query(context.db);
    if (!SqlRows::run(query, sql, values))
        return SqlRows::storeError(query);
    QJsonArray items;
    QSqlRecord row;
    while (query.next())
        items.append(resource(query, row, toJson));
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

} // namespace

void CatalogEndpoints::addRoutes(ApiRouter& router)
{
    router.add("GET", u"/categories"_s, &CatalogEndpoints::categories);
    router.add("GET", u"/products"_s, &CatalogEndpoints::products);
    router.add("GET", u"/collections"_s, &CatalogEndpoints::collections);
    router.add("GET", u"/promotions"_s, &CatalogEndpoints::promotions);
}

ApiResponse CatalogEndpoints::categories(const ApiContext& context)
{
    return listOf(context, u"SELECT "_s + categoryColumns + u" FROM categories ORDER BY category_id"_s, {},
                  &entity_json::category);
}

ApiResponse CatalogEndpoints::products(const ApiContext& context)
{
    FieldErrors errors;
    const PageRequest page = PageRequest::from(context.request, errors);
    if (!errors.isEmpty())
        return ApiResponse::badRequest(u"Invalid query parameters"_s, errors);
    QString where = u" FROM products WHERE seller_id = ?"_s;
    QVariantList values{context.sellerId};
    const QString search = context.request.queryValue(u"search"_s).trimmed();
    if (!search.isEmpty()) {
        where += u" AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(sku) LIKE ? ESCAPE '\\')"_s;
        values << SqlRows::likePattern(search) << SqlRows::likePattern(search);
    }
    const QString category = context.request.queryValue(u"category_id"_s);
    if (!category.isEmpty()) {
        where += u" AND category_id = ?"_s;
        values << category;
    }
    QSqlQuery count(context.db);
    if (!SqlRows::run(count, u"SELECT COUNT(*)"_s + where, values) || !count.next())
        return SqlRows::storeError(count);
    QSqlQuery query(context.db);
    if (!SqlRows::run(query,
                      u"SELECT "_s + productColumns + where +
                          u" ORDER BY LOWER(name), product_id LIMIT ? OFFSET ?"_s,
                      values + QVariantList{page.pageSize, page.offset()}))
        return SqlRows::storeError(query);
    QJsonArray items;
    QSqlRecord row;
    while (query.next())
        items.append(resource(query, row, &entity_json::product));
    return ApiResponse::json(200, QJsonObject{{u"page"_s, page.page},
                                              {u"page_size"_s, page.pageSize},
                                              {u"total"_s, count.value(0).toLongLong()},
                                              {u"items"_s, items}});
}

ApiResponse CatalogEndpoints::collections(const ApiContext& context)
{
    return listOf(context,
                  u"SELECT "_s + collectionColumns +
                      u" FROM collections WHERE seller_id = ? ORDER BY LOWER(name), collection_id"_s,
                  {context.sellerId}, &entity_json::collection);
}

ApiResponse CatalogEndpoints::promotions(const ApiContext& context)
{
    QString sql = u"SELECT "_s + promotionColumns + u" FROM promotions WHERE seller_id = ?"_s;
    QVariantList values{context.sellerId};
    const QString search = context.request.queryValue(u"search"_s).trimmed();
    if (!search.isEmpty()) {
        sql += u" AND LOWER(name) LIKE ? ESCAPE '\\'"_s;
        values << SqlRows::likePattern(search);
    }
    const QString status = context.request.queryValue(u"status"_s);
    if (!status.isEmpty()) {
        sql += u" AND status = ?"_s;
        values << status;
    }
    return listOf(context, sql + u" ORDER BY start_date DESC, promotion_id"_s, values,
                  &entity_json::promotion);
}

} // namespace sellercrm::server
