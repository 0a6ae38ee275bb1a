#include "store/ChangeFeed.h"

#include "store/EntityJson.h"
#include "store/SavedAudiences.h"
#include "store/ServerStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

namespace sellercrm::server {

namespace {

// One table (or join) of the feed: its rows in version order after the cursor.
//
// Two ways to turn a row into a change. The generic one, for the small entity kinds (a seller,
// its categories, products, ...; a new kind is one more source with `simpleEntity`): `convert`
// gets the row as a QSqlRecord after every row has been read, so it may run queries of its own.
// The fast one, for the kinds that come in thousands (buyers, buyer actions): `write` reads the
// current row's positional values while the query runs and writes the JSON bytes directly; it
// must not run queries.
struct FeedSource final
{
    // Converts one row to a change; returns false with `error` set on failure.
    using Convert = std::function<bool(const QSqlRecord&, SyncChange&, QString&)>;
    using Write = std::function<void(const QSqlQuery&, SyncChange&)>;

    FeedSource(QString query, bool forSeller, QVariantList binds, Convert converter)
        : sql(std::move(query))
        , perSeller(forSeller)
        , extraBinds(std::move(binds))
        , convert(std::move(converter))
    {}
    FeedSource(QString query, bool forSeller, QVariantList binds, Write writer, bool groups = false)
        : sql(std::move(query))
        , perSeller(forSeller)
        , extraBinds(std::move(binds))
        , write(std::move(writer))
        , versionGroups(groups)
    {}

    QString sql; // binds: [seller], cursor, current version, [extra binds...], limit
    bool perSeller = true;
    QVariantList extraBinds;
    Convert convert;
    Write write;
    // Rows sharing a version belong together (an order's items): a page never splits them.
    bool versionGroups = false;
};

struct Fetched final
{
    std::vector<SyncChange> changes;
    qint64 bound = std::numeric_limits<qint64>::max(); // versions above it were not read
};

StoreResult<Fetched> fetch(QSqlDatabase& db, const FeedSource& source, const QString& sellerId, qint64 cursor,
                           qint64 current, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(source.sql))
        return StoreResult<Fetched>::failure(sqlError(query, QStringLiteral("preparing the feed query")));
    if (source.perSeller)
        query.addBindValue(sellerId);
    query.addBindValue(cursor);
    query.addBindValue(current);
    for (const QVariant& bind : source.extraBinds)
        query.addBindValue(bind);
    query.addBindValue(limit);
    if (!query.exec())
        return StoreResult<Fetched>::failure(sqlError(query, QStringLiteral("reading the feed")));
    Fetched fetched;
    if (source.write) {
        while (query.next()) {
            SyncChange& change = fetched.changes.emplace_back();
            source.write(query, change);
        }
    } else {
        // Every row is read before any is converted: converters may run their own queries, and
        // on PostgreSQL a forward-only result ends as soon as another query runs on the connection.
        std::vector<QSqlRecord> rows;
        while (query.next())
            rows.push_back(query.record());
        query.finish();
        fetched.changes.reserve(rows.size());
        QString error;
        for (const QSqlRecord& row : rows) {
            SyncChange change;
            if (!source.convert(row, change, error))
                return StoreResult<Fetched>::failure(error);
            fetched.changes.push_back(std::move(change));
        }
    }
    query.finish();
    if (static_cast<int>(fetched.changes.size()) >= limit)
        fetched.bound = fetched.changes.back().version;
    return fetched;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The generic path: a small entity kind whose first column is the id, with `row_version`, and a
// QJsonObject builder (store/EntityJson.h).
std::function<bool(const QSqlRecord&, SyncChange&, QString&)> simpleEntity(const char* type,
                                                                    QJsonObject (*build)(const QSqlRecord&))
{
    return [type, build](const QSqlRecord& row, SyncChange& change, QString&) {
        change.type = QString::fromLatin1(type);
        change.id = row.value(0).toString();
        change.version = row.value(QStringLiteral("row_version")).toLongLong();
        change.data = compact(build(row));
        return true;
    };
}

// The generic path for builders that read more of the store (and can fail).
std::function<bool(const QSqlRecord&, SyncChange&, QString&)>
storeEntity(const char* type, std::function<StoreResult<QJsonObject>(const QSqlRecord&)> build)
{
    return [type, build = std::move(build)](const QSqlRecord& row, SyncChange& change, QString& error) {
        StoreResult<QJsonObject> data = build(row);
        if (!data) {
            error = data.error();
            return false;
        }
        change.type = QString::fromLatin1(type);
        change.id = row.value(0).toString();
        change.version = row.value(QStringLiteral("row_version")).toLongLong();
        change.data = compact(data.value());
        return true;
    };
}

// Buyer actions: columns buyer_id, product_id, type, date, row_version; id buyer:product:type:date.
void writeBuyerAction(const QSqlQuery& row, SyncChange& change)
{
    static const QString action = QStringLiteral("buyer_action");
    change.type = action;
    change.id = row.value(0).toString() + QLatin1Char(':') + row.value(1).toString() + QLatin1Char(':') +
                row.value(2).toString() + QLatin1Char(':') + row.value(3).toString();
    change.version = row.value(4).toLongLong();
    entity_json::JsonWriter json(change.data);
    entity_json::writeBuyerAction(json, row);
}

void writeBuyer(const QSqlQuery& row, SyncChange& change)
{
    static const QString buyer = QStringLiteral("buyer");
    change.type = buyer;
    change.id = row.value(entity_json::buyerIdColumn).toString();
    change.version = row.value(entity_json::buyerRowVersionColumn).toLongLong();
    change.data.reserve(384);
    entity_json::JsonWriter json(change.data);
    entity_json::writeBuyer(json, row, false);
}

} // namespace

void SyncChange::appendJson(QByteArray& out) const
{
    // Keys in QJsonObject order (sorted).
    entity_json::JsonWriter json(out);
    bool first = true;
    json.raw("{");
    if (!deleted) {
        json.key("data", first);
        json.raw(data);
    }
    json.key("id", first);
    json.string(id);
    json.key("op", first);
    json.raw(deleted ? QByteArrayView("\"delete\"") : QByteArrayView("\"upsert\""));
    json.key("type", first);
    json.string(type);
    json.raw("}");
}

StoreResult<SyncPage> ChangeFeed::changesSince(QSqlDatabase& db, const QString& sellerId, qint64 cursor,
                                               int limit, QDate asOf)
{
    limit = std::clamp(limit, 1, maxPageChanges);
    const StoreResult<qint64> current = ServerStore::currentRowVersion(db);
    if (!current)
        return StoreResult<SyncPage>::failure(current.error());
    const QString windowStart = asOf.addDays(-89).toString(Qt::ISODate);
    const QString windowEnd = asOf.toString(Qt::ISODate);
    const QString range = QStringLiteral(" row_version > ? AND row_version <= ?");

    std::vector<FeedSource> sources;
    sources.push_back(
        {QStringLiteral("SELECT %1 FROM sellers WHERE seller_id = ? AND%2 ORDER BY row_version LIMIT ?")
             .arg(entity_json::sellerColumns(), range),
         true,
         {},
         storeEntity("seller", [&db, asOf](const QSqlRecord& row) { return entity_json::seller(db, row, asOf); })});
    sources.push_back(
        {QStringLiteral("SELECT data_json, row_version FROM segmentation_runs WHERE seller_id = ? AND%1"
                        " ORDER BY row_version LIMIT ?")
             .arg(range),
         true,
         {},
         [](const QSqlRecord& row, SyncChange& change, QString&) {
             change.type = QStringLiteral("segmentation");
             change.id = QStringLiteral("current");
             change.version = row.value(1).toLongLong();
             change.data = compact(QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
             return true;
         }});
    sources.push_back(
        {QStringLiteral(
             "SELECT %1 FROM segment_results WHERE seller_id = ? AND%2 ORDER BY row_version LIMIT ?")
             .arg(entity_json::buyerColumns(), range),
         true,
         {},
         writeBuyer});
    sources.push_back(
        {QStringLiteral("SELECT buyer_id, product_id, event_type, event_date, row_version FROM events"
                        " WHERE seller_id = ? AND%1 AND event_date >= ? AND event_date <= ?"
                        " ORDER BY row_version LIMIT ?")
             .arg(range),
         true,
         {windowStart, windowEnd},
         writeBuyerAction});
    sources.push_back(
        {QStringLiteral("SELECT o.buyer_id, i.product_id, 'order', o.order_date, o.row_version FROM orders o"
                        " JOIN order_items i ON i.order_id = o.order_id"
                        " WHERE o.seller_id = ? AND o.row_version > ? AND o.row_version <= ?"
                        " AND o.order_date >= ? AND o.order_date <= ?"
                        " AND o.status IN ('delivered', 'in_progress')"
                        " ORDER BY o.row_version, i.product_id LIMIT ?"),
         true,
         {windowStart, windowEnd},
         writeBuyerAction,
         true});
    sources.push_back(
        {QStringLiteral("SELECT category_id, name, parent_id, row_version FROM categories WHERE%1"
                        " ORDER BY row_version LIMIT ?")
             .arg(range),
         false,
         {},
         simpleEntity("category", entity_json::category)});
    sources.push_back(
        {QStringLiteral("SELECT product_id, sku, name, category_id, price_kopecks, row_version FROM products"
                        " WHERE seller_id = ? AND%1 ORDER BY row_version LIMIT ?")
             .arg(range),
         true,
         {},
         simpleEntity("product", entity_json::product)});
    sources.push_back({QStringLiteral("SELECT collection_id, name, row_version FROM collections"
                                      " WHERE seller_id = ? AND%1 ORDER BY row_version LIMIT ?")
                           .arg(range),
                       true,
                       {},
                       simpleEntity("collection", entity_json::collection)});
    sources.push_back(
        {QStringLiteral("SELECT promotion_id, name, mechanic, start_date, end_date, status, row_version"
                        " FROM promotions WHERE seller_id = ? AND%1 ORDER BY row_version LIMIT ?")
             .arg(range),
         true,
         {},
         simpleEntity("promotion", entity_json::promotion)});
    sources.push_back(
        {QStringLiteral(
             "SELECT %1 FROM communications WHERE seller_id = ? AND%2 ORDER BY row_version LIMIT ?")
             .arg(entity_json::communicationColumns(), range),
         true,
         {},
         storeEntity("communication",
                     [&db](const QSqlRecord& row) { return entity_json::communication(db, row); })});
    sources.push_back({QStringLiteral("SELECT %1 FROM saved_audiences WHERE seller_id = ? AND%2"
                                      " ORDER BY row_version LIMIT ?")
                           .arg(saved_audiences::columns(), range),
                       true,
                       {},
                       simpleEntity("audience", saved_audiences::data)});
    sources.push_back({QStringLiteral("SELECT entity_type, entity_id, row_version FROM tombstones"
                                      " WHERE seller_id IN (?, '') AND%1 ORDER BY row_version LIMIT ?")
                           .arg(range),
                       true,
                       {},
                       [](const QSqlRecord& row, SyncChange& change, QString&) {
                           change.type = row.value(0).toString();
                           change.id = row.value(1).toString();
                           change.version = row.value(2).toLongLong();
                           change.deleted = true;
                           return true;
                       }});

    std::vector<SyncChange> all;
    qint64 bound = current.value();
    for (const FeedSource& source : sources) {
        StoreResult<Fetched> fetched = fetch(db, source, sellerId, cursor, current.value(), limit);
        if (!fetched)
            return StoreResult<SyncPage>::failure(fetched.error());
        Fetched& rows = fetched.value();
        if (source.versionGroups && rows.bound != std::numeric_limits<qint64>::max()) {
            // The last order may be cut short by LIMIT: leave it for the next page, unless it is
            // the only one, then read all of its items.
            const qint64 last = rows.bound;
            if (rows.changes.front().version != last) {
                std::erase_if(rows.changes,
                              [last](const SyncChange& change) { return change.version == last; });
                rows.bound = last - 1;
            } else {
                StoreResult<Fetched> whole =
                    fetch(db, source, sellerId, last - 1, last, std::numeric_limits<int>::max());
                if (!whole)
                    return StoreResult<SyncPage>::failure(whole.error());
                rows.changes = std::move(whole.value().changes);
            }
        }
        bound = std::min(bound, rows.bound);
        for (SyncChange& change : rows.changes)
            all.push_back(std::move(change));
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const SyncChange& a, const SyncChange& b) { return a.version < b.version; });

    SyncPage page;
    size_t taken = 0;
    while (taken < all.size() && all[taken].version <= bound) {
        size_t groupEnd = taken + 1;
        while (groupEnd < all.size() && all[groupEnd].version == all[taken].version)
            ++groupEnd;
        if (taken > 0 && static_cast<int>(groupEnd) > limit)
            break;
        taken = groupEnd;
        if (static_cast<int>(taken) >= limit)
            break;
    }
    const bool complete = taken == all.size() && bound == current.value();
    page.hasMore = !complete;
    page.cursor =
        complete ? std::max(cursor, current.value()) : (taken > 0 ? all[taken - 1].version : cursor);
    page.changes.reserve(static_cast<qsizetype>(taken));
    for (size_t i = 0; i < taken; ++i)
        page.changes.append(std::move(all[i]));
    return page;
}

StoreResult<bool> ChangeFeed::isCursorExpired(QSqlDatabase& db, qint64 cursor)
{
    const StoreResult<QString> prunedBefore =
        ServerStore::metaValue(db, QStringLiteral("tombstones_pruned_before"), QStringLiteral("0"));
    if (!prunedBefore)
        return StoreResult<bool>::failure(prunedBefore.error());
    const StoreResult<qint64> current = ServerStore::currentRowVersion(db);
    if (!current)
        return StoreResult<bool>::failure(current.error());
    return cursor < 0 || cursor > current.value() ||
           (cursor > 0 && cursor < prunedBefore.value().toLongLong());
}

StoreStatus ChangeFeed::pruneTombstones(QSqlDatabase& db, qint64 version)
{
    return inTransaction(db, [&]() -> StoreStatus {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM tombstones WHERE row_version < ?"));
        query.addBindValue(version);
        const StoreStatus deleted = execPrepared(query, QStringLiteral("pruning tombstones"));
        if (!deleted)
            return deleted;
        return ServerStore::setMetaValue(db, QStringLiteral("tombstones_pruned_before"),
                                         QString::number(version));
    });
}

} // namespace sellercrm::server
