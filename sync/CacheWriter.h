#pragma once

#include "FeedPage.h"
#include "Outcome.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

struct sqlite3_stmt;

namespace sellercrm {

class CacheDb;

// Writes feed changes into a read-write CacheDb, on the cache's thread.
// Invariants: a page's changes and its cursor are committed in one transaction, so the cache is
// always the server's state as of the stored cursor; rows the seller made offline
// (`local:` ids, `local_state`) are never overwritten by the feed.
class CacheWriter final
{
    Q_DISABLE_COPY_MOVE(CacheWriter)

public:
    explicit CacheWriter(CacheDb& cache);

    Outcome<Done> applyPage(const FeedPage& page);
    // One change; the caller holds the transaction.
    Outcome<Done> applyChange(const FeedChange& change);
    // Drops every row that came from the server and the cursor (409 cursor_expired): the next
    // sync is a full one. Outbox, drafts and offline rows stay.
    Outcome<Done> clearServerData();
    Outcome<Done> recordAttempt(const QDateTime& when, const QString& error);
    Outcome<Done> recordSuccess(const QDateTime& when);

    // The first segment (`singular` "segment") or sub-segment of an audience, for the COM-5
    // filter columns: `{"segment": "x"}` or `{"segments": ["x", ...]}`.
    static QString audienceCode(const QJsonObject& audience, const QString& singular);

private:
    // One change of a page written through SQLite's own API (tables without local effects).
    Outcome<Done> applyRow(const FeedPage& page, const FeedRow& row);
    sqlite3_stmt* nativeStatement(const CacheSchema::EntityTable& table, bool remove, QString* error);

    CacheDb& m_cache;
    QHash<const CacheSchema::EntityTable*, QString> m_upsertSql;
    QHash<const CacheSchema::EntityTable*, sqlite3_stmt*> m_nativeUpserts; // owned by m_cache
    QHash<const CacheSchema::EntityTable*, sqlite3_stmt*> m_nativeDeletes;
};

} // namespace sellercrm
