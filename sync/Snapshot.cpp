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

Outcome<Done> scrub(SnapshotConnection& copy, const SnapshotManifest& manifest)
{
    const QStringList statements{
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
        u"CREATE TABLE snapshot_manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s,
    };
    for (const QString& statement : statements) {
        if (auto result = copy.exec(statement); !result)
            return result;
    }
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

    QSqlQuery vacuum(cache.connection());
    vacuum.prepare(u"VACUUM INTO ?"_s);
    vacuum.addBindValue(partial);
    if (!vacuum.exec())
        return Result::failure(QObject::tr("Cannot copy the cache to %1: %2").arg(partial, vacuum.lastError().text()));
    vacuum.finish();

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
