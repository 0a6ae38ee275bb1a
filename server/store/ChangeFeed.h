#pragma once

#include "store/StoreResult.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sellercrm::server {

// One change of the sync feed (docs/api/SYNC.md): an upsert with the entity's `data`, or a
// deletion (tombstone) with empty data.
struct SyncChange final
{
    QString type; // seller, segmentation, buyer, buyer_action, category, product, collection, promotion,
                  // communication
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QByteArray data; // the entity's `data` object as compact JSON (empty for a deletion)

    // Appends {"data"?,"id","op":"upsert"|"delete","type"} (SYNC.md) as compact JSON.
    void appendJson(QByteArray& out) const;
};

struct SyncPage final
{
    QList<SyncChange> changes;
    qint64 cursor = 0; // the next cursor (store it verbatim as a decimal string)
    bool hasMore = false;
};

// The change feed of one seller, read from the `row_version` columns and `tombstones`.
// Stateless; call from any thread with that thread's connection (ServerStore::connectionForThisThread).
class ChangeFeed final
{
public:
    // The largest page: 50 000 changes (≈ 20 MB of JSON) keep a first full sync of a million
    // buyers to a few dozen round trips while one page still fits comfortably in memory.
    static constexpr int maxPageChanges = 50000;

    // Changes with cursor < version <= (current version), oldest first, at most `limit` of them
    // (a page never splits the items of one order, so it can be a few longer when one order has
    // more items than the room left). cursor 0 = from the beginning. `asOf` is the server's today:
    // buyer actions are those of [asOf - 89, asOf] (BUY-2), the seller's quota month is asOf's.
    static StoreResult<SyncPage> changesSince(QSqlDatabase& db, const QString& sellerId, qint64 cursor,
                                              int limit, QDate asOf);

    // True when changes since `cursor` can no longer be served (tombstones pruned past it):
    // answer 409 cursor_expired. A cursor above the current version is also not valid.
    static StoreResult<bool> isCursorExpired(QSqlDatabase& db, qint64 cursor);
    // Drops tombstones older than `version` (cursors below it then expire).
    static StoreStatus pruneTombstones(QSqlDatabase& db, qint64 version);
};

} // namespace sellercrm::server
