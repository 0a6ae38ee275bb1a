#include "SyncFeed.h"

#include "store/ChangeFeed.h"


using namespace Qt::StringLiterals;

namespace sellercrm::server {

void SyncFeed::addRoutes(ApiRouter& router)
{
    router.add("GET", u"/sync"_s, &SyncFeed::page);
}

ApiResponse SyncFeed::page(const ApiContext& context)
{
    const ApiRequest& request = context.request;
    int limit = defaultLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return ApiResponse::badRequest(u"Invalid query parameters"_s,
                                           {{u"limit"_s, FieldErrorCode::outOfRange.toString(),
                                             u"limit must be an integer from 1 to %1"_s.arg(maxLimit)}});
    }
    qint64 cursor = 0;
    const QString cursorText = request.queryValue(u"cursor"_s);
    if (!cursorText.isEmpty()) {
        bool ok = false;
        cursor = cursorText.toLongLong(&ok);
        if (!ok || cursor < 0)
            return ApiResponse::badRequest(u"Invalid query parameters"_s,
                                           {{u"cursor"_s, FieldErrorCode::invalidValue.toString(),
                                             u"The cursor was not made by this server"_s}});
    }

    QSqlDatabase db = context.db;
    // One read transaction: every source of the page sees the same snapshot.
    const bool inTransaction = db.transaction();
    const auto finish = qScopeGuard([&db, inTransaction] {
        if (inTransaction)
            db.rollback();
    });
    const StoreResult<bool> expired = ChangeFeed::isCursorExpired(db, cursor);
    if (!expired)
        return ApiResponse::error(500, u"store_error"_s, expired.error());
    if (expired.value())
        return ApiResponse::error(
            409, u"cursor_expired"_s,
            u"The server can no longer serve changes since this cursor; sync from the beginning"_s);
    const StoreResult<SyncPage> page =
        ChangeFeed::changesSince(db, context.sellerId, cursor, limit, context.today);
    if (!page)
        return ApiResponse::error(500, u"store_error"_s, page.error());
    // The page is written change by change straight into the body (each change's `data` is
    // already JSON bytes): no document-sized QJsonArray for 5000 entities.
    const QList<SyncChange>& changes = page.value().changes;
    qsizetype size = 128;
    for (const SyncChange& change : changes)
        size += change.data.size() + change.id.size() + 64;
    QByteArray body;
    body.reserve(size);
    body += "{\"changes\":[";
    bool first = true;
    for (const SyncChange& change : changes) {
        if (!first)
            body += ',';
        first = false;
        change.appendJson(body);
    }
    body += "],\"cursor\":\"" + QByteArray::number(page.value().cursor) + "\",\"has_more\":" +
            (page.value().hasMore ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) +
            ",\"schema_version\":" + QByteArray::number(schemaVersion) + '}';
    return ApiResponse::rawJson(200, std::move(body));
}

} // namespace sellercrm::server
