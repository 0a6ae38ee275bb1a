#include "store/ServerStore.h"

#include "store/SchemaMigrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QThread>

#include <vector>

namespace sellercrm::server {

namespace {

QAtomicInt nextStoreSerial;

// The connections this thread opened; closed and removed when the thread ends.
struct ThreadConnections final
{
    std::vector<QString> names;
    ~ThreadConnections()
    {
        for (const QString& name : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

thread_local ThreadConnections threadConnections;

QString connectionName(int serial)
{
    QString role = QThread::currentThread()->objectName();
    if (role.isEmpty())
        role = QStringLiteral("thread");
    return QStringLiteral("sellercrm-%1-%2-%3")
        .arg(role)
        .arg(serial)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

StoreStatus configureSqlite(QSqlDatabase& db)
{
    // Only a new (empty) file takes the page size, and only before the WAL pragma below.
    const StoreStatus paged =
        execSql(db, QStringLiteral("PRAGMA page_size=%1").arg(SchemaMigrations::sqlitePageSize()));
    if (!paged.ok())
        return paged;
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536",
          "PRAGMA temp_store=FILE", "PRAGMA foreign_keys=OFF"}) {
        const StoreStatus status = execSql(db, QString::fromLatin1(pragma));
        if (!status.ok())
            return status;
    }
    return {};
}

} // namespace

StoreStatus execSql(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return StoreStatus::failure(QStringLiteral("%1: %2").arg(sql.left(80), query.lastError().text()));
    return {};
}

QString sqlError(const QSqlQuery& query, const QString& purpose)
{
    return QStringLiteral("%1: %2").arg(purpose, query.lastError().text());
}

StoreStatus execPrepared(QSqlQuery& query, const QString& purpose)
{
    if (!query.exec())
        return StoreStatus::failure(sqlError(query, purpose));
    return {};
}

ServerStore::ServerStore(StoreLocation location)
    : m_location(std::move(location))
    , m_serial(nextStoreSerial.fetchAndAddRelaxed(1))
{}

ServerStore::~ServerStore()
{
    // This thread's connection goes with the store; other threads close theirs when they end.
    const QString name = connectionName(m_serial);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    std::erase(threadConnections.names, name);
}

int ServerStore::currentSchemaVersion()
{
    return SchemaMigrations::latestVersion();
}

StoreResult<std::shared_ptr<ServerStore>> ServerStore::open(const QString& dbArgument)
{
    StoreResult<StoreLocation> location = StoreLocation::parse(dbArgument);
    if (!location)
        return StoreResult<std::shared_ptr<ServerStore>>::failure(location.error());
    if (location.value().dialect == SqlDialect::Sqlite) {
        const QFileInfo file(location.value().sqlitePath);
        if (!file.absoluteDir().exists())
            return StoreResult<std::shared_ptr<ServerStore>>::failure(
                QStringLiteral("%1: the folder does not exist").arg(location.value().sqlitePath));
    }
    std::shared_ptr<ServerStore> store(new ServerStore(std::move(location).value()));
    QSqlDatabase db = store->connectionForThisThread();
    if (!db.isOpen())
        return StoreResult<std::shared_ptr<ServerStore>>::failure(
            QStringLiteral("cannot open %1: %2").arg(store->m_location.displayName(), db.lastError().text()));
    const StoreStatus migrated = store->migrate();
    if (!migrated)
        return StoreResult<std::shared_ptr<ServerStore>>::failure(migrated.error());
    return store;
}

QSqlDatabase ServerStore::connectionForThisThread() const
{
    const QString name = connectionName(m_serial);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const bool sqlite = m_location.dialect == SqlDialect::Sqlite;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    threadConnections.names.push_back(name);
    if (sqlite) {
        db.setDatabaseName(m_location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        return db;
    // PostgreSQL: no NOTICE chatter ("relation already exists, skipping") on stderr.
    const StoreStatus configured =
        sqlite ? configureSqlite(db) : execSql(db, QStringLiteral("SET client_min_messages TO WARNING"));
    if (!configured)
        db.close();
    return db;
}

StoreResult<int> ServerStore::schemaVersion() const
{
    QSqlDatabase db = connectionForThisThread();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return StoreResult<int>::failure(sqlError(query, QStringLiteral("reading the schema version")));
    return query.next() ? query.value(0).toString().toInt() : 0;
}

StoreStatus ServerStore::migrate()
{
    QSqlDatabase db = connectionForThisThread();
    StoreStatus status = execSql(
        db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    if (!status)
        return status;
    const StoreResult<int> current = schemaVersion();
    if (!current)
        return StoreStatus::from(current);
    if (current.value() > SchemaMigrations::latestVersion())
        return StoreStatus::failure(QStringLiteral("%1 has schema version %2, newer than this server's %3")
                                        .arg(m_location.displayName())
                                        .arg(current.value())
                                        .arg(SchemaMigrations::latestVersion()));
    for (int version = current.value() + 1; version <= SchemaMigrations::latestVersion(); ++version) {
        status = inTransaction(db, [&]() -> StoreStatus {
            const QStringList statements = SchemaMigrations::step(version, m_location.dialect);
            for (const QString& sql : statements) {
                const StoreStatus step = execSql(db, sql);
                if (!step)
                    return StoreStatus::failure(
                        QStringLiteral("migration to schema %1 failed: %2").arg(version).arg(step.error()));
            }
            return setMetaValue(db, QStringLiteral("schema_version"), QString::number(version));
        });
        if (!status)
            return status;
    }
    return {};
}

StoreResult<qint64> ServerStore::allocateRowVersions(QSqlDatabase& db, qint64 count)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE counters SET value = value + ? WHERE name = 'row_version' RETURNING value"));
    query.addBindValue(count);
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failure(sqlError(query, QStringLiteral("allocating row versions")));
    return query.value(0).toLongLong() - count + 1;
}

StoreResult<qint64> ServerStore::currentRowVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'row_version'")) || !query.next())
        return StoreResult<qint64>::failure(sqlError(query, QStringLiteral("reading the row version")));
    return query.value(0).toLongLong();
}

StoreResult<qint64> ServerStore::nextCounterValue(QSqlDatabase& db, const QString& counter)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1)"
                       " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value"));
    query.addBindValue(counter);
    if (!query.exec() || !query.next())
        return StoreResult<qint64>::failure(
            sqlError(query, QStringLiteral("advancing counter %1").arg(counter)));
    return query.value(0).toLongLong();
}

StoreStatus ServerStore::addTombstone(QSqlDatabase& db, const QString& sellerId, const QString& entityType,
                                      const QString& entityId, qint64 rowVersion)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO tombstones (seller_id, entity_type, entity_id, row_version) VALUES (?, ?, ?, ?)"));
    query.addBindValue(sellerId);
    query.addBindValue(entityType);
    query.addBindValue(entityId);
    query.addBindValue(rowVersion);
    return execPrepared(query, QStringLiteral("recording the deletion of %1 %2").arg(entityType, entityId));
}

StoreResult<bool> ServerStore::beginSqliteBulkLoad(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !query.next())
        return StoreResult<bool>::failure(sqlError(query, QStringLiteral("leaving WAL mode for the import")));
    const bool switched = query.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    query.finish();
    if (!switched)
        return false;
    for (const char* pragma : {"PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144"}) {
        const StoreStatus status = execSql(db, QString::fromLatin1(pragma));
        if (!status)
            return StoreResult<bool>::failure(status.error());
    }
    return true;
}

StoreStatus ServerStore::endSqliteBulkLoad(QSqlDatabase& db)
{
    return configureSqlite(db);
}

StoreResult<QString> ServerStore::metaValue(QSqlDatabase& db, const QString& key, const QString& fallback)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return StoreResult<QString>::failure(sqlError(query, QStringLiteral("reading setting %1").arg(key)));
    return query.next() ? query.value(0).toString() : fallback;
}

StoreStatus ServerStore::setMetaValue(QSqlDatabase& db, const QString& key, const QString& value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                 "SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return execPrepared(query, QStringLiteral("writing setting %1").arg(key));
}

} // namespace sellercrm::server
