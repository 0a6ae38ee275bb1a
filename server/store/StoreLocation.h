#pragma once

#include "store/StoreResult.h"

#include <QString>

namespace sellercrm::server {

enum class SqlDialect
{
    Sqlite,
    Postgres
};

// Where the store lives, parsed from the `--db` argument: a file path (SQLite) or
// `postgresql://user[:password]@host[:port]/database` (PostgreSQL through QPSQL).
struct StoreLocation final
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static StoreResult<StoreLocation> parse(const QString& argument);
    // For messages: the path or the URL without the password.
    QString displayName() const;
};

} // namespace sellercrm::server
