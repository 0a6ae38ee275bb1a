#pragma once

#include "FeedPage.h"
#include "Outcome.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

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
    // A first full sync into bare tables (the action key index dropped): buyer actions are
    // appended in the feed's order, and an action the session wrote before is found through the
    // hash of its id (kept in memory; 16 bytes an action). An action written before a restart is
    // not known: the key index build removes the older copy (CacheDb::ensureIndexes).
    void setBulkLoad(bool on);
    bool isBulkLoad() const { return m_bulkLoad; }
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
    enum class Sql
    {
        Upsert,      // insert or update by the table's key
        Insert,      // append (bulk load of a table keyed by an index)
        DeleteByKey, // the key columns spelled by the id
        DeleteById,
        IdAtRow,     // bulk load: the id of a rowid, an update and a delete by rowid
        UpdateAtRow,
        DeleteAtRow,
        FieldsById, // the stored fields of a row, to update only the changed ones
    };
    static QString sqlFor(const CacheSchema::EntityTable& table, Sql kind);
    // One change of a page written through SQLite's own API (tables without local effects).
    Outcome<Done> applyRow(const FeedPage& page, const FeedRow& row);
    Outcome<Done> removeRow(const FeedPage& page, const FeedRow& row);
    Outcome<Done> appendRow(const FeedPage& page, const FeedRow& row);
    // An upsert that rewrites only the columns whose value changed (and so only the indexes that
    // hold them): 1 000 changed buyers otherwise rewrite all 14 buyers indexes each.
    Outcome<Done> updateChangedFields(const FeedPage& page, const FeedRow& row);
    // Bit i set: field i of the row differs from the stored one; nullopt: no stored row.
    std::optional<quint64> changedFields(const FeedPage& page, const FeedRow& row, QString* error);
    qint64 rowOfId(const CacheSchema::EntityTable& table, size_t hash, QByteArrayView id);
    sqlite3_stmt* nativeStatement(const CacheSchema::EntityTable& table, Sql kind, QString* error);
    Outcome<Done> step(sqlite3_stmt* statement, int bound, const FeedPage& page, const FeedRow& row);

    CacheDb& m_cache;
    bool m_bulkLoad = false;
    QHash<size_t, qint64> m_appendedRows; // bulk load: hash of a buyer action's id → its rowid
    QHash<std::pair<const CacheSchema::EntityTable*, int>, QString> m_sql;
    QHash<std::pair<const CacheSchema::EntityTable*, int>, sqlite3_stmt*> m_native; // owned by m_cache
    QHash<std::pair<const CacheSchema::EntityTable*, quint64>, sqlite3_stmt*> m_updates; // by changed fields
};

} // namespace sellercrm
