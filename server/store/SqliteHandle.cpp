#include "store/SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace sellercrm::server {

sqlite3* driverSqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool runsLinkedSqlite(const QSqlDatabase& db)
{
    QSqlQuery version(db);
    return version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next() &&
           version.value(0).toString() == QLatin1StringView(sqlite3_libversion());
}

sqlite3* nativeSqliteHandle(const QSqlDatabase& db)
{
    sqlite3* native = driverSqliteHandle(db);
    return native && runsLinkedSqlite(db) ? native : nullptr;
}

} // namespace sellercrm::server
