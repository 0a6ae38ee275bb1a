#include "CacheDb.h"

#include "CacheSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QString nextConnectionName(const QString& role)
{
    static QAtomicInteger<quint64> counter;
    return u"sellercrm-cache-%1-%2"_s.arg(role).arg(counter.fetchAndAddRelaxed(1));
}

QJsonValue jsonValue(const QVariant& value, CacheSchema::FieldKind kind)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (kind) {
    case CacheSchema::FieldKind::Integer:
        return QJsonValue(value.toLongLong());
    case CacheSchema::FieldKind::Boolean:
        return QJsonValue(value.toLongLong() != 0);
    case CacheSchema::FieldKind::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isArray())
            return document.array();
        if (document.isObject())
            return document.object();
        return QJsonValue(QJsonValue::Null);
    }
    case CacheSchema::FieldKind::Text:
        break;
    }
    return QJsonValue(value.toString());
}

// The driver's sqlite3 handle when the driver runs the SQLite library linked here (same
// version: the system library both use), else null and the writers keep to QSqlQuery.
sqlite3* nativeHandleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* native = *static_cast<sqlite3* const*>(handle.constData());
    QSqlQuery version(db);
    if (!native || !version.exec(u"SELECT sqlite_version()"_s) || !version.next()
        || version.value(0).toString() != QLatin1StringView(sqlite3_libversion()))
        return nullptr;
    return native;
}

QDateTime utcTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

} // namespace

CacheDb::CacheDb(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
{
}

CacheDb::~CacheDb()
{
    m_statements.clear();
    for (sqlite3_stmt* statement : std::as_const(m_nativeStatements))
        sqlite3_finalize(statement);
    m_nativeStatements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Outcome<std::unique_ptr<CacheDb>> CacheDb::open(const QString& path, const QString& role, Access access)
{
    using Result = Outcome<std::unique_ptr<CacheDb>>;
    const QFileInfo info(path);
    if (access == Access::ReadOnly && !info.exists())
        return Result::failure(QObject::tr("The cache file %1 does not exist.").arg(path));
    if (access == Access::ReadWrite && !QDir().mkpath(info.absolutePath()))
        return Result::failure(QObject::tr("Cannot create the folder %1.").arg(info.absolutePath()));

    std::unique_ptr<CacheDb> cache(new CacheDb(info.absoluteFilePath(), access));
    cache->m_connectionName = nextConnectionName(role);
    cache->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, cache->m_connectionName);
    cache->m_db.setDatabaseName(cache->m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
    if (access == Access::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    cache->m_db.setConnectOptions(options);
    if (!cache->m_db.open())
        return Result::failure(
            QObject::tr("Cannot open the cache %1: %2").arg(path, cache->m_db.lastError().text()));
    if (auto configured = cache->configure(); !configured)
        return Result::failure(configured.error());
    cache->m_native = nativeHandleOf(cache->m_db);
    if (auto ready = cache->createOrUpgrade(); !ready)
        return Result::failure(ready.error());
    return Result(std::move(cache));
}

namespace {
const QString usualCacheSize = u"PRAGMA cache_size = -32768"_s;
}

Outcome<Done> CacheDb::configure()
{
    if (m_access == Access::ReadOnly)
        return exec(u"PRAGMA query_only = ON"_s);
    for (const QString& pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA temp_store = MEMORY"_s, usualCacheSize}) {
        if (auto result = exec(pragma); !result)
            return result;
    }
    return done();
}

int CacheDb::readSchemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Outcome<Done> CacheDb::createOrUpgrade()
{
    const bool hasMeta = m_db.tables().contains(u"meta"_s);
    const bool empty = m_db.tables().isEmpty();
    m_schemaVersion = hasMeta ? readSchemaVersion() : 0;
    if (!hasMeta && !empty)
        return Outcome<Done>::failure(
            QObject::tr("%1 is not a Seller CRM cache (it has no meta table).").arg(m_path));
    if (hasMeta && m_schemaVersion <= 0)
        return Outcome<Done>::failure(QObject::tr("%1 has no valid schema version.").arg(m_path));
    if (m_schemaVersion > CacheSchema::currentVersion)
        return Outcome<Done>::failure(
            QObject::tr("%1 was written by a newer Seller CRM (cache schema %2; this version reads up to %3).")
                .arg(m_path)
                .arg(m_schemaVersion)
                .arg(CacheSchema::currentVersion));
    if (m_access == Access::ReadOnly) {
        if (m_schemaVersion != CacheSchema::currentVersion)
            return Outcome<Done>::failure(
                QObject::tr("%1 has cache schema %2 and must be upgraded to %3 before it can be read.")
                    .arg(m_path)
                    .arg(m_schemaVersion)
                    .arg(CacheSchema::currentVersion));
        return done();
    }
    if (empty) {
        auto created = inTransaction([this]() -> Outcome<Done> {
            for (const QString& statement : CacheSchema::createStatements()) {
                if (auto result = exec(statement); !result)
                    return result;
            }
            return done();
        });
        if (!created)
            return created;
        m_schemaVersion = CacheSchema::currentVersion;
        return ensureIndexes();
    }
    if (m_schemaVersion < CacheSchema::currentVersion) {
        if (auto migrated = migrate(m_schemaVersion); !migrated)
            return migrated;
        return ensureIndexes();
    }
    return done();
}

Outcome<Done> CacheDb::migrate(int fromVersion)
{
    if (fromVersion < 1 || fromVersion > CacheSchema::currentVersion)
        return Outcome<Done>::failure(QObject::tr("Cannot upgrade a cache from schema %1.").arg(fromVersion));
    auto migrated = inTransaction([this, fromVersion]() -> Outcome<Done> {
        for (int version = fromVersion; version < CacheSchema::currentVersion; ++version) {
            const QStringList step = CacheSchema::migrationStep(version);
            if (step.isEmpty())
                return Outcome<Done>::failure(
                    QObject::tr("No upgrade step from cache schema %1.").arg(version));
            for (const QString& statement : step) {
                if (auto result = exec(statement); !result)
                    return Outcome<Done>::failure(QObject::tr("Upgrading %1 from schema %2 failed: %3")
                                                      .arg(m_path)
                                                      .arg(version)
                                                      .arg(result.error()));
            }
        }
        if (readSchemaVersion() != CacheSchema::currentVersion)
            return Outcome<Done>::failure(
                QObject::tr("Upgrading %1 did not reach schema %2.").arg(m_path).arg(CacheSchema::currentVersion));
        return done();
    });
    if (migrated)
        m_schemaVersion = CacheSchema::currentVersion;
    return migrated;
}

Outcome<Done> CacheDb::ensureIndexes()
{
    return inTransaction([this]() -> Outcome<Done> {
        const QString actionKey = CacheSchema::actionKeyIndexStatement();
        if (!exec(actionKey)) {
            if (auto removed = exec(CacheSchema::removeRepeatedActions()); !removed)
                return removed;
        }
        for (const QString& statement : CacheSchema::indexStatements()) {
            if (auto result = exec(statement); !result)
                return result;
        }
        return done();
    });
}

Outcome<Done> CacheDb::dropActionKeyIndex()
{
    return exec(u"DROP INDEX IF EXISTS "_s + CacheSchema::actionKeyIndexName());
}

bool CacheDb::hasIndex(const QString& name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next();
}

Outcome<Done> CacheDb::beginBulkLoad(int cacheMb)
{
    // An error here (another connection holds the file) only keeps WAL.
    QSqlQuery journal(m_db);
    journal.exec(u"PRAGMA journal_mode = TRUNCATE"_s);
    // The index build's sorter may sort on a second thread (the server is idle by then).
    if (auto threads = exec(u"PRAGMA threads = 2"_s); !threads)
        return threads;
    return exec(u"PRAGMA cache_size = -%1"_s.arg(qint64(cacheMb) * 1024));
}

Outcome<Done> CacheDb::endBulkLoad()
{
    if (auto wal = exec(u"PRAGMA journal_mode = WAL"_s); !wal)
        return wal;
    if (auto threads = exec(u"PRAGMA threads = 0"_s); !threads)
        return threads;
    return exec(usualCacheSize);
}

Outcome<Done> CacheDb::dropBuyerIndexes()
{
    return inTransaction([this]() -> Outcome<Done> {
        for (const QString& name : CacheSchema::buyerIndexNames()) {
            if (auto result = exec(u"DROP INDEX IF EXISTS "_s + name); !result)
                return result;
        }
        return done();
    });
}

Outcome<Done> CacheDb::inTransaction(const std::function<Outcome<Done>()>& work)
{
    if (!m_db.transaction())
        return Outcome<Done>::failure(
            QObject::tr("Cannot start a transaction on %1: %2").arg(m_path, m_db.lastError().text()));
    Outcome<Done> result = work();
    if (!result) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        return Outcome<Done>::failure(QObject::tr("Cannot commit to %1: %2").arg(m_path, message));
    }
    return result;
}

QSqlQuery& CacheDb::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            qWarning("cache: cannot prepare %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

sqlite3_stmt* CacheDb::nativeStatement(const QByteArray& sql, QString* error)
{
    if (!m_native)
        return nullptr;
    if (sqlite3_stmt* kept = m_nativeStatements.value(sql))
        return kept;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_native, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        *error = u"cannot prepare %1: %2"_s.arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(m_native)));
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_nativeStatements.insert(sql, statement);
    return statement;
}

Outcome<Done> CacheDb::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Outcome<Done>::failure(describe(query, sql.simplified()));
    return done();
}

QString CacheDb::describe(const QSqlQuery& query, const QString& what)
{
    return u"%1: %2"_s.arg(what, query.lastError().text());
}

std::optional<CachedEntity> CacheDb::readEntity(const QString& type, const QString& id) const
{
    const CacheSchema::EntityTable* table = CacheSchema::tableForType(type);
    if (!table)
        return std::nullopt;
    QStringList columns{u"id"_s};
    for (const CacheSchema::Field& field : table->fields)
        columns << CacheSchema::quotedColumn(field.name);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table->table;
    sql += id.isEmpty() ? u" ORDER BY id LIMIT 1"_s : u" WHERE id = ?"_s;
    query.prepare(sql);
    if (!id.isEmpty())
        query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    CachedEntity entity;
    entity.id = query.value(0).toString();
    for (qsizetype i = 0; i < table->fields.size(); ++i) {
        const CacheSchema::Field& field = table->fields.at(i);
        entity.data.insert(field.name, jsonValue(query.value(int(i) + 1), field.kind));
    }
    return entity;
}

std::optional<CachedEntity> CacheDb::seller() const
{
    return readEntity(u"seller"_s, {});
}

std::optional<CachedEntity> CacheDb::segmentation() const
{
    return readEntity(u"segmentation"_s, u"current"_s);
}

qint64 CacheDb::rowCount(const QString& table) const
{
    if (!CacheSchema::tableForName(table) && table != u"outbox"_s && table != u"drafts"_s)
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

SyncState CacheDb::syncState() const
{
    SyncState state;
    QSqlQuery query(m_db);
    if (!query.exec(
            u"SELECT cursor, full_sync_done, last_success_at, last_attempt_at, last_error FROM sync_state WHERE id = 1"_s)
        || !query.next())
        return state;
    state.cursor = query.value(0).toString();
    state.fullSyncDone = query.value(1).toInt() != 0;
    state.lastSuccessAt = utcTime(query.value(2));
    state.lastAttemptAt = utcTime(query.value(3));
    state.lastError = query.value(4).toString();
    return state;
}

QString CacheDb::metaValue(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Outcome<Done> CacheDb::setMetaValue(const QString& key, const QString& value)
{
    QSqlQuery& query = prepared(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    query.bindValue(0, key);
    query.bindValue(1, value);
    if (!query.exec())
        return Outcome<Done>::failure(describe(query, u"meta "_s + key));
    return done();
}

} // namespace sellercrm
