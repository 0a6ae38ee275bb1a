#include "store/StoreLocation.h"

#include <QUrl>

namespace sellercrm::server {

StoreResult<StoreLocation> StoreLocation::parse(const QString& argument)
{
    StoreLocation location;
    if (argument.isEmpty())
        return StoreResult<StoreLocation>::failure(
            QStringLiteral("no database given (--db PATH or postgresql://user@host:port/db)"));
    if (!argument.startsWith(QStringLiteral("postgresql://")) &&
        !argument.startsWith(QStringLiteral("postgres://"))) {
        location.dialect = SqlDialect::Sqlite;
        location.sqlitePath = argument;
        return location;
    }
    const QUrl url(argument, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return StoreResult<StoreLocation>::failure(
            QStringLiteral("invalid PostgreSQL URL: %1").arg(argument));
    location.dialect = SqlDialect::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    if (location.database.isEmpty())
        return StoreResult<StoreLocation>::failure(
            QStringLiteral("PostgreSQL URL names no database: %1").arg(argument));
    return location;
}

QString StoreLocation::displayName() const
{
    if (dialect == SqlDialect::Sqlite)
        return sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace sellercrm::server
