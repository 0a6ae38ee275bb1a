#pragma once

#include "Outcome.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sellercrm {

// One row of an entity table read back in the shape of the feed's `data` (SYNC.md), so the
// models parse the cache exactly as they would parse the feed.
struct CachedEntity final
{
    QString id;
    QJsonObject data;
};

// What the status bar shows about the last sync (SYN-2).
struct SyncState final
{
    QString cursor;          // empty before the first page of a full sync
    bool fullSyncDone = false;
    QDateTime lastSuccessAt; // UTC; invalid before the first successful sync
    QDateTime lastAttemptAt;
    QString lastError;
};

// The local SQLite cache of one seller account (docs/sync.md).
//
// Threading: a CacheDb owns one QtSql connection and is used only on the thread that opened it
// (QtSql binds a connection to its thread). The GUI thread opens its own (usually read-only),
// the sync thread its own; SQLite's WAL lets readers go on while the sync thread writes.
// Invariants: the file's `meta.schema_version` equals CacheSchema::currentVersion once open()
// returns a read-write cache; every write the data layer does is one transaction; prepared
// statements are kept per connection and reused.
class CacheDb final
{
    Q_DISABLE_COPY_MOVE(CacheDb)

public:
    enum class Access
    {
        ReadWrite, // creates the file if missing and upgrades an older schema
        ReadOnly,  // never writes; refuses a file of another schema version
    };

    // `role` names the connection ("gui", "sync", "outbox"): one connection per thread and role.
    static Outcome<std::unique_ptr<CacheDb>> open(const QString& path, const QString& role,
                                                  Access access = Access::ReadWrite);
    ~CacheDb();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The connection of this cache, for the models' SELECTs on the opening thread.
    QSqlDatabase connection() const { return m_db; }

    // Typed readers for the GUI (Home, Segments, status bar).
    std::optional<CachedEntity> readEntity(const QString& type, const QString& id) const;
    std::optional<CachedEntity> seller() const;
    std::optional<CachedEntity> segmentation() const;
    qint64 rowCount(const QString& table) const;
    SyncState syncState() const;
    QString metaValue(const QString& key) const;

    // Writers (read-write caches only).
    Outcome<Done> setMetaValue(const QString& key, const QString& value);
    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    Outcome<Done> inTransaction(const std::function<Outcome<Done>()>& work);
    // Upgrades the file from `fromVersion` to CacheSchema::currentVersion, every step in one
    // transaction that rolls back on failure (the file keeps `fromVersion` then).
    Outcome<Done> migrate(int fromVersion);
    // Builds every missing index (CacheSchema::indexStatements()). When the action key index
    // cannot be built because a bulk load left repeated actions, the older ones go first.
    Outcome<Done> ensureIndexes();
    // Drops the indexes of `buyers` and `buyer_actions`; the actions stay keyed (upserts work).
    Outcome<Done> dropBuyerIndexes();
    // Drops the action key index too, for a bulk load (CacheWriter::setBulkLoad).
    Outcome<Done> dropActionKeyIndex();
    bool hasIndex(const QString& name) const;
    // A first full sync into bare tables: a rollback journal instead of WAL (pages appended to the
    // file are not journaled; every transaction stays atomic) and a page cache of `cacheMb` for
    // the index build. Stays in WAL when another connection has the file open. endBulkLoad()
    // returns to WAL and the usual page cache.
    Outcome<Done> beginBulkLoad(int cacheMb);
    Outcome<Done> endBulkLoad();

    // A prepared statement kept for the life of the connection; bind and exec it.
    QSqlQuery& prepared(const QString& sql);
    // The same through SQLite's own API, for bulk writes that bind UTF-8 and integers directly
    // (the sync's pages): reset, bind and step it on this thread. Null with `error` set when the
    // statement does not compile; always null when hasNativeAccess() is false.
    sqlite3_stmt* nativeStatement(const QByteArray& sql, QString* error);
    // True when the Qt driver's connection is a handle of the SQLite library this build links.
    bool hasNativeAccess() const { return m_native != nullptr; }
    sqlite3* nativeHandle() const { return m_native; }
    Outcome<Done> exec(const QString& sql);
    // "what: driver message" for a failed query.
    static QString describe(const QSqlQuery& query, const QString& what);

private:
    CacheDb(QString path, Access access);
    Outcome<Done> configure();
    Outcome<Done> createOrUpgrade();
    int readSchemaVersion() const;

    QString m_path;
    Access m_access;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QHash<QString, QSqlQuery> m_statements;
    sqlite3* m_native = nullptr;
    QHash<QByteArray, sqlite3_stmt*> m_nativeStatements;
};

} // namespace sellercrm
