#include "SyncTestData.h"

#include "CacheDb.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

QJsonObject validMailing(const QString& name)
{
    return QJsonObject{{u"name"_s, name},
                       {u"audience"_s, QJsonObject{{u"segments"_s, QJsonArray{u"regular"_s, u"new"_s}}}},
                       {u"offer"_s, QJsonObject{{u"type"_s, u"product_promotion"_s}}},
                       {u"format"_s, QJsonObject{{u"type"_s, u"mailing"_s},
                                                 {u"target"_s, QJsonObject{{u"kind"_s, u"showcase"_s}}},
                                                 {u"recipients"_s, 10},
                                                 {u"send_date"_s, u"2026-11-25"_s},
                                                 {u"title"_s, u"New arrivals"_s},
                                                 {u"text"_s, u"Check out the new phone cases in our store"_s}}}};
}

QHash<QString, QString> cachedSegments(const CacheDb& cache)
{
    QHash<QString, QString> result;
    QSqlQuery query(cache.connection());
    query.exec(u"SELECT id, segment, subsegment FROM buyers"_s);
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString() + u',' + query.value(2).toString());
    return result;
}

} // namespace sellercrm::test
