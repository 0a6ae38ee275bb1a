#include "DraftStore.h"

#include "CacheDb.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

Draft draftFrom(const QSqlQuery& query)
{
    Draft draft;
    draft.id = query.value(0).toString();
    draft.kind = query.value(1).toString();
    draft.title = query.value(2).toString();
    draft.data = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    draft.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
    draft.updatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).toUTC();
    return draft;
}

const QString selectDrafts = u"SELECT id, kind, title, data, created_at, updated_at FROM drafts"_s;

} // namespace

DraftStore::DraftStore(CacheDb& cache)
    : m_cache(cache)
{
}

Outcome<QString> DraftStore::save(const QString& id, const QString& kind, const QString& title, const QJsonObject& data)
{
    const QString draftId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery& query = m_cache.prepared(
        u"INSERT INTO drafts (id, kind, title, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title, data = excluded.data, "
        "updated_at = excluded.updated_at"_s);
    query.bindValue(0, draftId);
    query.bindValue(1, kind);
    query.bindValue(2, title);
    query.bindValue(3, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    query.bindValue(4, now);
    query.bindValue(5, now);
    if (!query.exec())
        return Outcome<QString>::failure(CacheDb::describe(query, u"save the draft"_s));
    return Outcome<QString>(draftId);
}

std::optional<Draft> DraftStore::load(const QString& id) const
{
    QSqlQuery query(m_cache.connection());
    query.prepare(selectDrafts + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return draftFrom(query);
}

QList<Draft> DraftStore::list() const
{
    QList<Draft> drafts;
    QSqlQuery query(m_cache.connection());
    if (!query.exec(selectDrafts + u" ORDER BY updated_at DESC, id"_s))
        return drafts;
    while (query.next())
        drafts.append(draftFrom(query));
    return drafts;
}

Outcome<Done> DraftStore::remove(const QString& id)
{
    QSqlQuery& query = m_cache.prepared(u"DELETE FROM drafts WHERE id = ?"_s);
    query.bindValue(0, id);
    if (!query.exec())
        return Outcome<Done>::failure(CacheDb::describe(query, u"delete the draft"_s));
    return done();
}

} // namespace sellercrm
