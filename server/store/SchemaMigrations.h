#pragma once

#include "store/StoreLocation.h"

#include <QStringList>

namespace sellercrm::server {

// The versioned schema. Step N brings the schema from version N-1 to N; ServerStore runs each
// step in one transaction together with the `meta.schema_version` update. The SQL is the same for
// SQLite and PostgreSQL (TEXT, INTEGER, BIGINT, REAL, ON CONFLICT, RETURNING); the few dialect
// differences live in dialectSpecific().
struct SchemaMigrations final
{
    static int latestVersion();
    static QStringList step(int version, SqlDialect dialect);

    // The page size of a new SQLite store (bytes). 16 KB pages instead of SQLite's default 4 KB
    // cut the page writes of a bulk import to about a quarter and make the big B-trees shallower.
    // A store created with another page size keeps it (SQLite fixes it when the file is created).
    static int sqlitePageSize();

    // Indexes that bulk import drops before loading and recreates afterwards (faster than
    // maintaining them row by row).
    static QStringList bulkIndexNames();
    static QStringList createBulkIndexes();
};

} // namespace sellercrm::server
