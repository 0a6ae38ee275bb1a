#include "SqlRows.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

bool SqlRows::run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
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
