#pragma once

#include "store/StoreLocation.h"
#include "store/StoreResult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace sellercrm::server {

// The server's store: SQLite (WAL, synchronous=NORMAL) or PostgreSQL, behind QtSql.
//
// Threading: a QSqlDatabase connection belongs to the thread that opened it. Every thread calls
// connectionForThisThread(), which opens (once per thread and store) a connection named
// `sellercrm-<role>-<store serial>-<thread id>` (role = the thread's objectName, or "thread"),
// and closes it when the thread ends. The ServerStore object itself is immutable after open()
// and can be shared between threads (std::shared_ptr).
//
// Invariants:
// - the schema is at schemaVersion() == currentSchemaVersion() after open() (migrations run
//   each step in one transaction that rolls back on failure);
// - every syncable row (sellers, categories, products, promotions, collections, orders, events,
//   segment_results, segmentation_runs, communications) carries `row_version`, taken from one
//   global, monotonically increasing counter (allocateRowVersions) inside the writing transaction;
//   a deleted syncable row leaves a tombstone with a fresh version (addTombstone). SQLite has one
//   writer at a time and PostgreSQL holds the counter row locked until commit, so versions become
//   visible in increasing order: a feed reader never skips a version that commits later.
class ServerStore final
{
public:
    // Opens (creating a SQLite file when missing) and migrates to the current schema.
    static StoreResult<std::shared_ptr<ServerStore>> open(const QString& dbArgument);
    ~ServerStore();
    Q_DISABLE_COPY_MOVE(ServerStore)

    static int currentSchemaVersion();

    const StoreLocation& location() const { return m_location; }
    SqlDialect dialect() const { return m_location.dialect; }

    // The calling thread's connection to this store (opened on first use). Check isOpen().
    QSqlDatabase connectionForThisThread() const;

    StoreResult<int> schemaVersion() const;

    // Reserves `count` consecutive row versions in the caller's open transaction on `db`;
    // returns the first. Use them in increasing order.
    static StoreResult<qint64> allocateRowVersions(QSqlDatabase& db, qint64 count);
    // The highest row version handed out so far (the sync feed's "now").
    static StoreResult<qint64> currentRowVersion(QSqlDatabase& db);
    // Next value of a named counter (e.g. "communication_id"), in the caller's transaction.
    static StoreResult<qint64> nextCounterValue(QSqlDatabase& db, const QString& counter);

    // Records the deletion of a syncable entity for the feed (seller "" = every seller).
    static StoreStatus addTombstone(QSqlDatabase& db, const QString& sellerId, const QString& entityType,
                                    const QString& entityId, qint64 rowVersion);

    // SQLite bulk load of a store that holds no data yet (`import`): a rollback journal instead
    // of the WAL (pages appended to the file are not journaled, so the journal stays tiny and
    // nothing is written twice; a rollback still restores the store), synchronous=OFF and a
    // 256 MB page cache. Needs the only connection to the store; returns false (and changes
    // nothing) when SQLite keeps the WAL, e.g. because another process has the store open.
    // endSqliteBulkLoad() restores the usual settings (WAL, synchronous=NORMAL, 64 MB cache).
    static StoreResult<bool> beginSqliteBulkLoad(QSqlDatabase& db);
    static StoreStatus endSqliteBulkLoad(QSqlDatabase& db);

    // Key/value settings in the `meta` table (e.g. "moderation_delay_seconds").
    static StoreResult<QString> metaValue(QSqlDatabase& db, const QString& key, const QString& fallback = {});
    static StoreStatus setMetaValue(QSqlDatabase& db, const QString& key, const QString& value);

private:
    explicit ServerStore(StoreLocation location);
    StoreStatus migrate();

    StoreLocation m_location;
    int m_serial = 0;
};

// Small QtSql helpers shared by the store's repositories: each returns an error message naming
// the statement's purpose and the driver's text.
StoreStatus execSql(QSqlDatabase& db, const QString& sql);
StoreStatus execPrepared(QSqlQuery& query, const QString& purpose);
QString sqlError(const QSqlQuery& query, const QString& purpose);

// Runs `work` inside one transaction on `db`; commits when it succeeds, rolls back otherwise.
template <typename Work> StoreStatus inTransaction(QSqlDatabase& db, Work&& work)
{
    if (!db.transaction())
        return StoreStatus::failure(
            QStringLiteral("cannot begin a transaction: %1").arg(db.lastError().text()));
    StoreStatus status = work();
    if (!status.ok()) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return StoreStatus::failure(QStringLiteral("cannot commit: %1").arg(message));
    }
    return status;
}

} // namespace sellercrm::server
