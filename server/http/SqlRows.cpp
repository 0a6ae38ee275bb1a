#include "SqlRows.h"

#include <QCache>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

// This thread's prepared statements, for one connection (the worker threads each keep theirs).
// Constructed after the thread's connection was opened, so destroyed before it is closed.
struct StatementCache final
{
    QString connection;
    QCache<QString, QSqlQuery> statements{64};
};

thread_local StatementCache statementCache;

} // namespace

bool SqlRows::run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

QSqlQuery* SqlRows::runCached(QSqlDatabase& db, const QString& sql, const QVariantList& values, QString& error)
{
    StatementCache& cache = statementCache;
    if (cache.connection != db.connectionName()) {
        cache.statements.clear();
        cache.connection = db.connectionName();
    }
    QSqlQuery* query = cache.statements.object(sql);
    if (!query) {
        auto prepared = std::make_unique<QSqlQuery>(db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            error = prepared->lastError().text();
            return nullptr;
        }
        query = prepared.get();
        cache.statements.insert(sql, prepared.release());
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(static_cast<int>(i), values.at(i));
    if (!query->exec()) {
        error = query->lastError().text();
        query->finish();
        return nullptr;
    }
    return query;
}

ApiResponse SqlRows::storeError(const QSqlQuery& query)
{
    return storeError(query.lastError().text());
}

ApiResponse SqlRows::storeError(const QString& message)
{
    return ApiResponse::error(500, u"store_error"_s, message);
}

QString SqlRows::likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

void SqlRows::refill(QSqlRecord& record, const QSqlQuery& query)
{
    if (record.isEmpty()) {
        record = query.record();
        return;
    }
    for (int i = 0; i < record.count(); ++i)
        record.setValue(i, query.value(i));
}

QJsonObject SqlRows::withId(const QString& id, QJsonObject data)
{
    data.insert(u"id"_s, id);
    return data;
}

} // namespace sellercrm::server
