#include "CacheWriter.h"

#include "CacheDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QString upsertSql(const CacheSchema::EntityTable& table)
{
    QStringList columns{u"id"_s};
    QStringList placeholders{u"?"_s};
    QStringList updates;
    for (const CacheSchema::Field& field : table.fields) {
        const QString column = CacheSchema::quotedColumn(field.name);
        columns << column;
        placeholders << u"?"_s;
        updates << column + u" = excluded."_s + column;
    }
    if (table.table == u"communications"_s) {
        for (const QString& local : {u"audience_segment"_s, u"audience_subsegment"_s}) {
            columns << local;
            placeholders << u"?"_s;
            updates << local + u" = excluded."_s + local;
        }
    }
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4"_s.arg(
        table.table, columns.join(u", "_s), placeholders.join(u", "_s), updates.join(u", "_s));
}

// Tables whose rows do more than land in their table: a seller row also names the account's
// seller in `meta`, a communication row fills the audience columns, and communication and saved
// audience rows complete outbox entries.
bool hasLocalEffects(const CacheSchema::EntityTable& table)
{
    return table.table == u"communications"_s || table.table == u"seller"_s || table.table == u"saved_audiences"_s;
}

int bindText(sqlite3_stmt* statement, int position, QByteArrayView text)
{
    // An empty view may have no data pointer; SQLite would bind that as NULL.
    return sqlite3_bind_text(statement, position, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
}

} // namespace

QString CacheWriter::audienceCode(const QJsonObject& audience, const QString& singular)
{
    const QJsonValue single = audience.value(singular);
    if (single.isString())
        return single.toString();
    return audience.value(singular + u's').toArray().first().toString();
}

CacheWriter::CacheWriter(CacheDb& cache)
    : m_cache(cache)
{
}

Outcome<Done> CacheWriter::applyChange(const FeedChange& change)
{
    const CacheSchema::EntityTable& table = *change.table;
    if (change.remove) {
        QSqlQuery& remove = m_cache.prepared(u"DELETE FROM "_s + table.table + u" WHERE id = ?"_s);
        remove.bindValue(0, change.id);
        if (!remove.exec())
            return Outcome<Done>::failure(CacheDb::describe(remove, u"delete %1 %2"_s.arg(table.type, change.id)));
        return done();
    }
    auto sql = m_upsertSql.constFind(&table);
    if (sql == m_upsertSql.cend())
        sql = m_upsertSql.insert(&table, upsertSql(table));
    QSqlQuery& upsert = m_cache.prepared(*sql);
    int position = 0;
    upsert.bindValue(position++, change.id);
    for (const QVariant& value : change.values)
        upsert.bindValue(position++, value);
    const auto valueOf = [&](const QString& name) {
        for (qsizetype i = 0; i < table.fields.size(); ++i) {
            if (table.fields.at(i).name == name)
                return change.values.at(i);
        }
        return QVariant();
    };
    const bool isCommunication = table.table == u"communications"_s;
    // Writes the seller makes through the outbox: communications and saved audiences (POR-2).
    const bool completesOutbox = isCommunication || table.table == u"saved_audiences"_s;
    const QString idempotencyKey = completesOutbox ? valueOf(u"idempotency_key"_s).toString() : QString();
    if (isCommunication) {
        const QJsonObject audience = QJsonDocument::fromJson(valueOf(u"audience"_s).toString().toUtf8()).object();
        const QString segment = audienceCode(audience, u"segment"_s);
        const QString subsegment = audienceCode(audience, u"subsegment"_s);
        upsert.bindValue(position++, segment.isEmpty() ? QVariant() : QVariant(segment));
        upsert.bindValue(position++, subsegment.isEmpty() ? QVariant() : QVariant(subsegment));
    }
    if (!upsert.exec())
        return Outcome<Done>::failure(CacheDb::describe(upsert, u"store %1 %2"_s.arg(table.type, change.id)));
    if (table.table == u"seller"_s) {
        if (auto stored = m_cache.setMetaValue(u"seller_id"_s, change.id); !stored)
            return stored;
    }
    if (!idempotencyKey.isEmpty()) {
        // The server has the communication (or audience) the seller created offline: the
        // placeholder goes and the outbox entry is done, even when the client never saw the
        // answer to its POST.
        QSqlQuery& placeholder = m_cache.prepared(u"DELETE FROM "_s + table.table + u" WHERE id = ?"_s);
        placeholder.bindValue(0, QString(u"local:"_s + idempotencyKey));
        QSqlQuery& outbox = m_cache.prepared(
            u"UPDATE outbox SET state = 'sent', result_id = ?, updated_at = ? WHERE idempotency_key = ? AND state = 'waiting'"_s);
        outbox.bindValue(0, change.id);
        outbox.bindValue(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        outbox.bindValue(2, idempotencyKey);
        if (!placeholder.exec() || !outbox.exec())
            return Outcome<Done>::failure(CacheDb::describe(outbox, u"outbox entry %1"_s.arg(idempotencyKey)));
    }
    return done();
}

sqlite3_stmt* CacheWriter::nativeStatement(const CacheSchema::EntityTable& table, bool remove, QString* error)
{
    auto& kept = remove ? m_nativeDeletes : m_nativeUpserts;
    if (sqlite3_stmt* statement = kept.value(&table))
        return statement;
    const QString sql = remove ? u"DELETE FROM "_s + table.table + u" WHERE id = ?"_s : upsertSql(table);
    sqlite3_stmt* statement = m_cache.nativeStatement(sql.toUtf8(), error);
    if (statement)
        kept.insert(&table, statement);
    return statement;
}

Outcome<Done> CacheWriter::applyRow(const FeedPage& page, const FeedRow& row)
{
    const CacheSchema::EntityTable& table = *row.table;
    QString error;
    sqlite3_stmt* statement = nativeStatement(table, row.remove, &error);
    if (!statement)
        return Outcome<Done>::failure(error);
    int position = 1;
    int bound = bindText(statement, position++, page.textOf(row.id));
    if (!row.remove) {
        for (qsizetype i = 0; i < table.fields.size() && bound == SQLITE_OK; ++i) {
            const FeedValue& value = page.values.at(row.firstValue + i);
            switch (value.kind) {
            case FeedValue::Kind::Null:
                bound = sqlite3_bind_null(statement, position++);
                break;
            case FeedValue::Kind::Integer:
                bound = sqlite3_bind_int64(statement, position++, value.integer);
                break;
            case FeedValue::Kind::Text:
                bound = bindText(statement, position++, page.textOf(value));
                break;
            }
        }
    }
    const int stepped = bound == SQLITE_OK ? sqlite3_step(statement) : bound;
    sqlite3_reset(statement);
    if (stepped != SQLITE_DONE)
        return Outcome<Done>::failure(u"%1 %2 %3: %4"_s.arg(row.remove ? u"delete"_s : u"store"_s, table.type,
                                                            QString::fromUtf8(page.textOf(row.id)),
                                                            QString::fromUtf8(sqlite3_errmsg(m_cache.nativeHandle()))));
    return done();
}

Outcome<Done> CacheWriter::applyPage(const FeedPage& page)
{
    return m_cache.inTransaction([this, &page]() -> Outcome<Done> {
        for (qsizetype i = 0; i < page.changeCount(); ++i) {
            const FeedRow& row = page.rows.at(i);
            auto applied = m_cache.hasNativeAccess() && !hasLocalEffects(*row.table) ? applyRow(page, row)
                                                                                     : applyChange(page.change(i));
            if (!applied)
                return applied;
        }
        QSqlQuery& cursor = m_cache.prepared(
            u"UPDATE sync_state SET cursor = ?, full_sync_done = CASE WHEN ? THEN 1 ELSE full_sync_done END WHERE id = 1"_s);
        cursor.bindValue(0, page.cursor);
        cursor.bindValue(1, page.hasMore ? 0 : 1);
        if (!cursor.exec())
            return Outcome<Done>::failure(CacheDb::describe(cursor, u"store the sync cursor"_s));
        return done();
    });
}

Outcome<Done> CacheWriter::clearServerData()
{
    return m_cache.inTransaction([this]() -> Outcome<Done> {
        for (const CacheSchema::EntityTable& table : CacheSchema::entityTables()) {
            const bool keepsOfflineRows = table.table == u"communications"_s || table.table == u"saved_audiences"_s;
            const QString sql = u"DELETE FROM "_s + table.table +
                                (keepsOfflineRows ? u" WHERE local_state IS NULL OR local_state = 'deleting'"_s
                                                  : QString());
            if (auto cleared = m_cache.exec(sql); !cleared)
                return cleared;
        }
        return m_cache.exec(u"UPDATE sync_state SET cursor = NULL, full_sync_done = 0 WHERE id = 1"_s);
    });
}

Outcome<Done> CacheWriter::recordAttempt(const QDateTime& when, const QString& error)
{
    QSqlQuery& query = m_cache.prepared(u"UPDATE sync_state SET last_attempt_at = ?, last_error = ? WHERE id = 1"_s);
    query.bindValue(0, when.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(1, error.isEmpty() ? QVariant() : QVariant(error));
    if (!query.exec())
        return Outcome<Done>::failure(CacheDb::describe(query, u"record the sync attempt"_s));
    return done();
}

Outcome<Done> CacheWriter::recordSuccess(const QDateTime& when)
{
    QSqlQuery& query = m_cache.prepared(
        u"UPDATE sync_state SET last_success_at = ?, last_attempt_at = ?, last_error = NULL WHERE id = 1"_s);
    const QString time = when.toUTC().toString(Qt::ISODateWithMs);
    query.bindValue(0, time);
    query.bindValue(1, time);
    if (!query.exec())
        return Outcome<Done>::failure(CacheDb::describe(query, u"record the sync"_s));
    return done();
}

} // namespace sellercrm
