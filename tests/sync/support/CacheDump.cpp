#include "CacheDump.h"

#include "CacheDb.h"
#include "CacheSchema.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

QString dumpCache(const CacheDb& cache)
{
    QStringList tables;
    for (const CacheSchema::EntityTable& table : CacheSchema::entityTables())
        tables << table.table;
    tables << u"outbox"_s << u"sync_state"_s << u"meta"_s;
    QString dump;
    for (const QString& table : tables) {
        QSqlQuery query(cache.connection());
        query.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
        while (query.next()) {
            dump += table + u':';
            for (int i = 0; i < query.record().count(); ++i) {
                if (table == u"sync_state"_s && query.record().fieldName(i).startsWith(u"last_"_s))
                    continue; // the attempt time and error change with every failed sync
                dump += u'|' + (query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
            }
            dump += u'\n';
        }
    }
    return dump;
}

} // namespace sellercrm::test
