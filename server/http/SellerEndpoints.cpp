#include "SellerEndpoints.h"

#include "SegmentationJson.h"
#include "SqlRows.h"
#include "store/EntityJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

void SellerEndpoints::addRoutes(ApiRouter& router)
{
    router.add("GET", u"/seller"_s, &SellerEndpoints::seller);
    router.add("GET", u"/segments"_s, &SellerEndpoints::segments);
}

namespace {
// The seller resource (STA-1); an empty object when the seller row is missing.
StoreResult<QJsonObject> sellerResource(const ApiContext& context)
{
    QSqlDatabase db = context.db;
    QSqlQuery query(db);
    if (!SqlRows::run(query,
                      u"SELECT "_s + entity_json::sellerColumns() + u" FROM sellers WHERE seller_id = ?"_s,
                      {context.sellerId}))
        return StoreResult<QJsonObject>::failure(query.lastError().text());
    if (!query.next())
        return QJsonObject();
    StoreResult<QJsonObject> data = entity_json::seller(db, query.record(), context.today);
    if (!data)
        return data;
    return SqlRows::withId(context.sellerId, std::move(data).value());
}
} // namespace

ApiResponse SellerEndpoints::seller(const ApiContext& context)
{
    const StoreResult<QJsonObject> seller = sellerResource(context);
    if (!seller)
        return SqlRows::storeError(seller.error());
    if (seller.value().isEmpty())
        return ApiResponse::notFound(u"Seller"_s);
    return ApiResponse::json(200, seller.value());
}

ApiResponse SellerEndpoints::segments(const ApiContext& context)
{
    const StoreResult<QJsonObject> seller = sellerResource(context);
    if (!seller)
        return SqlRows::storeError(seller.error());
    if (seller.value().isEmpty())
        return ApiResponse::notFound(u"Seller"_s);
    QSqlQuery query(context.db);
    if (!SqlRows::run(query, u"SELECT data_json FROM segmentation_runs WHERE seller_id = ?"_s,
                      {context.sellerId}))
        return SqlRows::storeError(query);
    QJsonObject data = query.next() ? QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()
                                    : SegmentationJson::empty(context.today);
    const QJsonObject& sellerData = seller.value();
    const Subscription subscription{
        planFromCode(sellerData.value(u"plan"_s).toString()).value_or(Plan::None),
        QDate::fromString(sellerData.value(u"subscription_end"_s).toString(), Qt::ISODate)};
    return ApiResponse::json(200, SegmentationJson::withExplanations(data, subscription, context.today));
}

} // namespace sellercrm::server
