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

// The feed's columns of a table (id first, then the fields) and, for communications, the local
// audience columns the writer fills.
QStringList writtenColumns(const CacheSchema::EntityTable& table)
{
    QStringList columns{u"id"_s};
    for (const CacheSchema::Field& field : table.fields)
        columns << CacheSchema::quotedColumn(field.name);
    if (table.table == u"communications"_s)
        columns << u"audience_segment"_s << u"audience_subsegment"_s;
    return columns;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
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

int bindValue(sqlite3_stmt* statement, int position, const FeedPage& page, const FeedValue& value)
{
    switch (value.kind) {
    case FeedValue::Kind::Null:
        break;
    case FeedValue::Kind::Integer:
        return sqlite3_bind_int64(statement, position, value.integer);
    case FeedValue::Kind::Text:
        return bindText(statement, position, page.textOf(value));
    }
    return sqlite3_bind_null(statement, position);
}

// Binds a row's field values from `position` on; returns the first error.
int bindValues(sqlite3_stmt* statement, int position, const FeedPage& page, const FeedRow& row)
{
    int bound = SQLITE_OK;
    for (qsizetype i = 0; i < row.table->fields.size() && bound == SQLITE_OK; ++i)
        bound = bindValue(statement, position++, page, page.values.at(row.firstValue + i));
    return bound;
}

// Binds the id and the field values of an insert or upsert (writtenColumns() order).
int bindRow(sqlite3_stmt* statement, const FeedPage& page, const FeedRow& row)
{
    const int bound = bindText(statement, 1, page.textOf(row.id));
    return bound == SQLITE_OK ? bindValues(statement, 2, page, row) : bound;
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

void CacheWriter::setBulkLoad(bool on)
{
    m_bulkLoad = on;
    m_appendedRows.clear();
    m_appendedRows.squeeze();
}

QString CacheWriter::sqlFor(const CacheSchema::EntityTable& table, Sql kind)
{
    const QStringList columns = writtenColumns(table);
    switch (kind) {
    case Sql::Upsert: {
        const QString key = CacheSchema::keyColumns(table);
        QStringList updates;
        for (const QString& column : columns) {
            if (!key.split(u", "_s).contains(column))
                updates << column + u" = excluded."_s + column;
        }
        return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5"_s.arg(
            table.table, columns.join(u", "_s), placeholders(columns.size()), key, updates.join(u", "_s));
    }
    case Sql::Insert:
        return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table.table, columns.join(u", "_s),
                                                        placeholders(columns.size()));
    case Sql::DeleteByKey:
        return u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table.table,
                                                    CacheSchema::keyColumns(table).split(u", "_s).join(u" = ? AND "_s));
    case Sql::DeleteById:
        return u"DELETE FROM %1 WHERE id = ?"_s.arg(table.table);
    case Sql::IdAtRow:
        return u"SELECT id FROM %1 WHERE rowid = ?"_s.arg(table.table);
    case Sql::UpdateAtRow:
        return u"UPDATE %1 SET (%2) = (%3) WHERE rowid = ?"_s.arg(table.table, columns.join(u", "_s),
                                                                   placeholders(columns.size()));
    case Sql::DeleteAtRow:
        return u"DELETE FROM %1 WHERE rowid = ?"_s.arg(table.table);
    case Sql::FieldsById:
        return u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.mid(1, table.fields.size()).join(u", "_s), table.table);
    }
    return {};
}

Outcome<Done> CacheWriter::applyChange(const FeedChange& change)
{
    const CacheSchema::EntityTable& table = *change.table;
    if (change.remove) {
        QSqlQuery& remove = m_cache.prepared(sqlFor(table, Sql::DeleteById));
        remove.bindValue(0, change.id);
        if (!remove.exec())
            return Outcome<Done>::failure(CacheDb::describe(remove, u"delete %1 %2"_s.arg(table.type, change.id)));
        return done();
    }
    const Sql kind = m_bulkLoad && CacheSchema::isKeyedByIndex(table) ? Sql::Insert : Sql::Upsert;
    auto sql = m_sql.constFind({&table, int(kind)});
    if (sql == m_sql.cend())
        sql = m_sql.insert({&table, int(kind)}, sqlFor(table, kind));
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
        QSqlQuery& placeholder = m_cache.prepared(sqlFor(table, Sql::DeleteById));
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

sqlite3_stmt* CacheWriter::nativeStatement(const CacheSchema::EntityTable& table, Sql kind, QString* error)
{
    const std::pair<const CacheSchema::EntityTable*, int> key{&table, int(kind)};
    if (sqlite3_stmt* statement = m_native.value(key))
        return statement;
    sqlite3_stmt* statement = m_cache.nativeStatement(sqlFor(table, kind).toUtf8(), error);
    if (statement)
        m_native.insert(key, statement);
    return statement;
}

Outcome<Done> CacheWriter::step(sqlite3_stmt* statement, int bound, const FeedPage& page, const FeedRow& row)
{
    const int stepped = bound == SQLITE_OK ? sqlite3_step(statement) : bound;
    sqlite3_reset(statement);
    if (stepped != SQLITE_DONE)
        return Outcome<Done>::failure(u"%1 %2 %3: %4"_s.arg(row.remove ? u"delete"_s : u"store"_s, row.table->type,
                                                            QString::fromUtf8(page.textOf(row.id)),
                                                            QString::fromUtf8(sqlite3_errmsg(m_cache.nativeHandle()))));
    return done();
}

Outcome<Done> CacheWriter::applyRow(const FeedPage& page, const FeedRow& row)
{
    const CacheSchema::EntityTable& table = *row.table;
    if (m_bulkLoad && CacheSchema::isKeyedByIndex(table))
        return appendRow(page, row);
    if (row.remove)
        return removeRow(page, row);
    if (!m_bulkLoad && !CacheSchema::isKeyedByIndex(table))
        return updateChangedFields(page, row);
    QString error;
    sqlite3_stmt* statement = nativeStatement(table, Sql::Upsert, &error);
    if (!statement)
        return Outcome<Done>::failure(error);
    return step(statement, bindRow(statement, page, row), page, row);
}

std::optional<quint64> CacheWriter::changedFields(const FeedPage& page, const FeedRow& row, QString* error)
{
    sqlite3_stmt* statement = nativeStatement(*row.table, Sql::FieldsById, error);
    if (!statement || bindText(statement, 1, page.textOf(row.id)) != SQLITE_OK
        || sqlite3_step(statement) != SQLITE_ROW) {
        if (statement)
            sqlite3_reset(statement);
        return std::nullopt;
    }
    quint64 changed = 0;
    for (int i = 0; i < int(row.table->fields.size()); ++i) {
        const FeedValue& value = page.values.at(row.firstValue + i);
        const int stored = sqlite3_column_type(statement, i);
        bool same = false;
        switch (value.kind) {
        case FeedValue::Kind::Null:
            same = stored == SQLITE_NULL;
            break;
        case FeedValue::Kind::Integer:
            same = stored == SQLITE_INTEGER && sqlite3_column_int64(statement, i) == value.integer;
            break;
        case FeedValue::Kind::Text:
            same = stored == SQLITE_TEXT
                && QByteArrayView(static_cast<const char*>(sqlite3_column_blob(statement, i)),
                                  sqlite3_column_bytes(statement, i))
                       == page.textOf(value);
            break;
        }
        if (!same)
            changed |= quint64(1) << i;
    }
    sqlite3_reset(statement);
    return changed;
}

Outcome<Done> CacheWriter::updateChangedFields(const FeedPage& page, const FeedRow& row)
{
    const CacheSchema::EntityTable& table = *row.table;
    QString error;
    const std::optional<quint64> changed = changedFields(page, row, &error);
    if (!error.isEmpty())
        return Outcome<Done>::failure(error);
    if (changed && *changed == 0)
        return done();
    sqlite3_stmt* statement = nullptr;
    if (!changed) {
        statement = nativeStatement(table, Sql::Upsert, &error);
    } else if (!(statement = m_updates.value({&table, *changed}))) {
        QStringList assignments;
        for (qsizetype i = 0; i < table.fields.size(); ++i) {
            if (*changed & (quint64(1) << i))
                assignments << CacheSchema::quotedColumn(table.fields.at(i).name) + u" = ?"_s;
        }
        const QString sql = u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table.table, assignments.join(u", "_s));
        if ((statement = m_cache.nativeStatement(sql.toUtf8(), &error)))
            m_updates.insert({&table, *changed}, statement);
    }
    if (!statement)
        return Outcome<Done>::failure(error);
    if (!changed)
        return step(statement, bindRow(statement, page, row), page, row);
    int bound = SQLITE_OK;
    int position = 1;
    for (qsizetype i = 0; i < table.fields.size() && bound == SQLITE_OK; ++i) {
        if (*changed & (quint64(1) << i))
            bound = bindValue(statement, position++, page, page.values.at(row.firstValue + i));
    }
    if (bound == SQLITE_OK)
        bound = bindText(statement, position, page.textOf(row.id));
    return step(statement, bound, page, row);
}

Outcome<Done> CacheWriter::removeRow(const FeedPage& page, const FeedRow& row)
{
    // By the key the id spells (an index lookup); an id of another shape can only match by
    // itself, which for a table keyed by an index reads the whole table.
    const QList<QByteArrayView> key = CacheSchema::keyOfId(*row.table, page.textOf(row.id));
    QString error;
    sqlite3_stmt* statement = nativeStatement(*row.table, key.isEmpty() ? Sql::DeleteById : Sql::DeleteByKey, &error);
    if (!statement)
        return Outcome<Done>::failure(error);
    int bound = SQLITE_OK;
    if (key.isEmpty())
        bound = bindText(statement, 1, page.textOf(row.id));
    for (qsizetype i = 0; i < key.size() && bound == SQLITE_OK; ++i)
        bound = bindText(statement, int(i) + 1, key.at(i));
    return step(statement, bound, page, row);
}

qint64 CacheWriter::rowOfId(const CacheSchema::EntityTable& table, size_t hash, QByteArrayView id)
{
    const auto seen = m_appendedRows.constFind(hash);
    if (seen == m_appendedRows.cend())
        return 0;
    QString error;
    sqlite3_stmt* statement = nativeStatement(table, Sql::IdAtRow, &error);
    if (!statement || sqlite3_bind_int64(statement, 1, seen.value()) != SQLITE_OK)
        return 0;
    qint64 rowid = 0;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        const QByteArrayView stored(static_cast<const char*>(sqlite3_column_blob(statement, 0)),
                                    sqlite3_column_bytes(statement, 0));
        rowid = stored == id ? seen.value() : 0; // another id with the same hash: not this row
    }
    sqlite3_reset(statement);
    return rowid;
}

Outcome<Done> CacheWriter::appendRow(const FeedPage& page, const FeedRow& row)
{
    const CacheSchema::EntityTable& table = *row.table;
    const QByteArrayView id = page.textOf(row.id);
    const size_t hash = qHashBits(id.data(), size_t(id.size()));
    const qint64 rowid = rowOfId(table, hash, id);
    if (row.remove && !rowid)
        return removeRow(page, row);
    const Sql kind = row.remove ? Sql::DeleteAtRow : (rowid ? Sql::UpdateAtRow : Sql::Insert);
    QString error;
    sqlite3_stmt* statement = nativeStatement(table, kind, &error);
    if (!statement)
        return Outcome<Done>::failure(error);
    int bound = SQLITE_OK;
    int position = 1;
    if (!row.remove) {
        bound = bindRow(statement, page, row);
        position += 1 + int(table.fields.size());
    }
    if (rowid && bound == SQLITE_OK)
        bound = sqlite3_bind_int64(statement, position, rowid);
    if (auto stepped = step(statement, bound, page, row); !stepped)
        return stepped;
    if (row.remove)
        m_appendedRows.remove(hash);
    else if (!m_appendedRows.contains(hash))
        m_appendedRows.insert(hash, sqlite3_last_insert_rowid(m_cache.nativeHandle()));
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
