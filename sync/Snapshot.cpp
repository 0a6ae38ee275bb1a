#include "Snapshot.h"

#include "CacheDb.h"
#include "CacheSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QScopeGuard>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sellercrm::Snapshot {

namespace {

// A plain connection for the snapshot file itself, removed when it goes out of scope.
class SnapshotConnection final
{
    Q_DISABLE_COPY_MOVE(SnapshotConnection)

public:
    SnapshotConnection(const QString& file, bool readOnly)
    {
        static QAtomicInteger<quint64> counter;
        m_name = u"sellercrm-snapshot-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(file);
        if (readOnly)
            m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = m_db.open();
    }
    ~SnapshotConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase& db() { return m_db; }
    Outcome<Done> exec(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return Outcome<Done>::failure(CacheDb::describe(query, sql.simplified()));
        return done();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

// Statements that rewrite a small table, so no stale bytes of earlier versions of its rows stay
// in its pages (the copy is page for page; with secure_delete the old pages are zeroed).
QStringList rewrite(const QString& table)
{
    return {u"CREATE TEMP TABLE scrubbed AS SELECT * FROM main."_s + table, u"DELETE FROM main."_s + table,
            u"INSERT INTO main."_s + table + u" SELECT * FROM scrubbed"_s, u"DROP TABLE temp.scrubbed"_s};
}

// Pages the cache had freed still hold what was on them: each is taken by a row of zeros, then
// freed again, which secure_delete zeroes.
Outcome<Done> zeroFreePages(SnapshotConnection& copy)
{
    QSqlQuery count(copy.db());
    if (!count.exec(u"PRAGMA freelist_count"_s) || !count.next())
        return Outcome<Done>::failure(CacheDb::describe(count, u"count the free pages"_s));
    const qint64 freePages = count.value(0).toLongLong();
    count.finish();
    if (freePages == 0)
        return done();
    if (auto created = copy.exec(u"CREATE TABLE snapshot_free_pages (zeros BLOB)"_s); !created)
        return created;
    QSqlQuery fill(copy.db());
    fill.prepare(uR"(WITH RECURSIVE page(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM page WHERE n < ?)
                     INSERT INTO snapshot_free_pages
                     SELECT zeroblob((SELECT page_size FROM pragma_page_size) - 128) FROM page)"_s);
    fill.addBindValue(freePages);
    if (!fill.exec())
        return Outcome<Done>::failure(CacheDb::describe(fill, u"overwrite the free pages"_s));
    return copy.exec(u"DROP TABLE snapshot_free_pages"_s);
}

Outcome<Done> scrub(SnapshotConnection& copy, const SnapshotManifest& manifest)
{
    QStringList statements{
        u"PRAGMA journal_mode = DELETE"_s,
        u"PRAGMA secure_delete = ON"_s,
        u"BEGIN"_s,
        u"DELETE FROM outbox"_s,
        u"UPDATE communications SET id = 'local:' || rowid WHERE id LIKE 'local:%'"_s,
        u"UPDATE communications SET idempotency_key = NULL"_s,
        u"UPDATE saved_audiences SET id = 'local:' || rowid WHERE id LIKE 'local:%'"_s,
        u"UPDATE saved_audiences SET idempotency_key = NULL"_s,
        u"DELETE FROM meta WHERE key NOT IN ('schema_version', 'seller_id')"_s,
        u"UPDATE sync_state SET last_error = NULL"_s,
    };
    for (const QString& table : {u"communications"_s, u"saved_audiences"_s, u"meta"_s, u"sync_state"_s})
        statements << rewrite(table);
    statements << u"CREATE TABLE snapshot_manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s;
    for (const QString& statement : statements) {
        if (auto result = copy.exec(statement); !result)
            return result;
    }
    if (auto zeroed = zeroFreePages(copy); !zeroed)
        return zeroed;
    QSqlQuery insert(copy.db());
    insert.prepare(u"INSERT INTO snapshot_manifest (key, value) VALUES (?, ?)"_s);
    const QList<QPair<QString, QString>> rows{
        {u"seller_id"_s, manifest.sellerId},
        {u"seller_name"_s, manifest.sellerName},
        {u"exported_at"_s, manifest.exportedAt.toString(Qt::ISODateWithMs)},
        {u"app_version"_s, manifest.appVersion},
        {u"schema_version"_s, QString::number(manifest.schemaVersion)},
    };
    for (const auto& row : rows) {
        insert.bindValue(0, row.first);
        insert.bindValue(1, row.second);
        if (!insert.exec())
            return Outcome<Done>::failure(CacheDb::describe(insert, u"write the manifest"_s));
    }
    return copy.exec(u"COMMIT"_s);
}

// Copies an open file into an empty one: in the kernel where it can (Linux copy_file_range: about a
// sixth of the processor time of reading and writing it), else through a buffer.
bool copyContents(QFile& source, QFile& target)
{
#ifdef Q_OS_LINUX
    const qint64 size = source.size();
    qint64 copied = 0;
    while (copied < size) {
        const ssize_t step = ::copy_file_range(source.handle(), nullptr, target.handle(), nullptr, size_t(size - copied), 0);
        if (step <= 0)
            break;
        copied += step;
    }
    if (copied == size)
        return true;
    if (!source.seek(0) || !target.resize(0) || !target.seek(0))
        return false;
#endif
    QByteArray block(8 << 20, Qt::Uninitialized);
    for (qint64 got = source.read(block.data(), block.size()); got != 0; got = source.read(block.data(), block.size())) {
        if (got < 0 || target.write(block.constData(), got) != got)
            return false;
    }
    return target.flush();
}

// Copies the cache file itself when all of the cache is in it: a checkpoint empties the WAL, and
// a read transaction that then sees an empty WAL keeps every checkpoint off the file until it
// ends (writers only append to the WAL). False when another connection is in the way; the
// caller copies through SQLite then.
bool copyCheckpointedFile(CacheDb& cache, const QString& file)
{
    QSqlDatabase db = cache.connection();
    QSqlQuery checkpoint(db);
    // Answers (busy, frames in the WAL, frames checkpointed); 0 frames = all in the file.
    if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !checkpoint.next() || checkpoint.value(0).toInt() != 0
        || checkpoint.value(1).toInt() != 0)
        return false;
    checkpoint.finish();
    if (!db.transaction())
        return false;
    const auto endRead = qScopeGuard([&db] { db.rollback(); });
    QSqlQuery snapshot(db);
    if (!snapshot.exec(u"SELECT COUNT(*) FROM sqlite_master"_s) || !snapshot.next())
        return false;
    if (QFileInfo(cache.path() + u"-wal"_s).size() > 0)
        return false;
    QFile source(cache.path());
    QFile target(file);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return copyContents(source, target);
}

// A consistent copy of the cache in `file`: the file itself when the WAL is empty, else SQLite's
// backup API, which copies the pages as they are in one read transaction (neither rebuilds the
// tables and indexes as VACUUM INTO does); VACUUM INTO when the Qt driver does not run the SQLite
// library linked here.
Outcome<Done> copyCache(CacheDb& cache, const QString& file)
{
    if (copyCheckpointedFile(cache, file))
        return done();
    QFile::remove(file);
    if (!cache.hasNativeAccess()) {
        QSqlQuery vacuum(cache.connection());
        vacuum.prepare(u"VACUUM INTO ?"_s);
        vacuum.addBindValue(file);
        if (!vacuum.exec())
            return Outcome<Done>::failure(vacuum.lastError().text());
        return done();
    }
    sqlite3* target = nullptr;
    const QByteArray name = QFile::encodeName(file);
    int rc = sqlite3_open_v2(name.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) // the copy is new: nothing to journal while it is written
        rc = sqlite3_exec(target, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", cache.nativeHandle(), "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            rc = rc == SQLITE_DONE ? sqlite3_backup_finish(backup) : (sqlite3_backup_finish(backup), rc);
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_OK)
        return Outcome<Done>::failure(message);
    return done();
}

} // namespace

Outcome<SnapshotManifest> exportTo(CacheDb& cache, const QString& file, const QString& appVersion)
{
    using Result = Outcome<SnapshotManifest>;
    SnapshotManifest manifest;
    manifest.exportedAt = QDateTime::currentDateTimeUtc();
    manifest.appVersion = appVersion;
    manifest.schemaVersion = cache.schemaVersion();
    if (const auto seller = cache.seller()) {
        manifest.sellerId = seller->id;
        manifest.sellerName = seller->data.value(u"name"_s).toString();
    }

    const QFileInfo target(file);
    if (!QDir().mkpath(target.absolutePath()))
        return Result::failure(QObject::tr("Cannot create the folder %1.").arg(target.absolutePath()));
    const QString partial = target.absoluteFilePath() + u".part"_s;
    QFile::remove(partial);

    if (auto copied = copyCache(cache, partial); !copied) {
        QFile::remove(partial);
        return Result::failure(QObject::tr("Cannot copy the cache to %1: %2").arg(partial, copied.error()));
    }

    Outcome<Done> scrubbed = done();
    {
        SnapshotConnection copy(partial, false);
        if (!copy.isOpen())
            scrubbed = Outcome<Done>::failure(QObject::tr("Cannot open %1.").arg(partial));
        else
            scrubbed = scrub(copy, manifest);
    }
    if (!scrubbed) {
        QFile::remove(partial);
        return Result::failure(QObject::tr("Cannot prepare the snapshot: %1").arg(scrubbed.error()));
    }
    QFile::remove(target.absoluteFilePath());
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return Result::failure(QObject::tr("Cannot write the snapshot %1.").arg(file));
    }
    return Result(manifest);
}

Outcome<SnapshotManifest> readManifest(const QString& file)
{
    using Result = Outcome<SnapshotManifest>;
    if (!QFileInfo::exists(file))
        return Result::failure(QObject::tr("The snapshot %1 does not exist.").arg(file));
    SnapshotConnection connection(file, true);
    if (!connection.isOpen())
        return Result::failure(QObject::tr("Cannot open the snapshot %1.").arg(file));
    QSqlQuery query(connection.db());
    if (!query.exec(u"SELECT key, value FROM snapshot_manifest"_s))
        return Result::failure(QObject::tr("%1 is not a Seller CRM snapshot (it has no manifest).").arg(file));
    SnapshotManifest manifest;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == u"seller_id"_s)
            manifest.sellerId = value;
        else if (key == u"seller_name"_s)
            manifest.sellerName = value;
        else if (key == u"exported_at"_s)
            manifest.exportedAt = QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
        else if (key == u"app_version"_s)
            manifest.appVersion = value;
        else if (key == u"schema_version"_s)
            manifest.schemaVersion = value.toInt();
    }
    if (manifest.schemaVersion <= 0)
        return Result::failure(QObject::tr("The snapshot %1 has no schema version in its manifest.").arg(file));
    return Result(manifest);
}

Outcome<std::unique_ptr<CacheDb>> open(const QString& file, SnapshotManifest* manifestOut)
{
    using Result = Outcome<std::unique_ptr<CacheDb>>;
    auto manifest = readManifest(file);
    if (!manifest)
        return Result::failure(manifest.error());
    if (manifest->schemaVersion > CacheSchema::currentVersion)
        return Result::failure(QObject::tr("The snapshot %1 was exported by a newer Seller CRM (%2, cache schema %3); "
                                           "this version reads snapshots up to schema %4. Open it with a newer "
                                           "Seller CRM.")
                                   .arg(file, manifest->appVersion)
                                   .arg(manifest->schemaVersion)
                                   .arg(CacheSchema::currentVersion));
    if (manifestOut)
        *manifestOut = manifest.value();
    if (manifest->schemaVersion == CacheSchema::currentVersion)
        return CacheDb::open(file, u"snapshot"_s, CacheDb::Access::ReadOnly);

    // An older snapshot is upgraded in a private copy; the file itself is never written.
    const QString copy = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(u"sellercrm-snapshot-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (!QFile::copy(file, copy))
        return Result::failure(QObject::tr("Cannot copy the snapshot %1 to upgrade it.").arg(file));
    {
        auto upgraded = CacheDb::open(copy, u"snapshot-upgrade"_s, CacheDb::Access::ReadWrite);
        if (!upgraded)
            return Result::failure(upgraded.error());
        upgraded.value()->exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    return CacheDb::open(copy, u"snapshot"_s, CacheDb::Access::ReadOnly);
}

} // namespace sellercrm::Snapshot
