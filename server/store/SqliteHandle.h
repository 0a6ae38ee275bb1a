#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace sellercrm::server {

// The QSQLITE driver's sqlite3 handle, unchecked: null for another driver or a closed connection.
sqlite3* driverSqliteHandle(const QSqlDatabase& db);

// Whether the connection's driver runs the SQLite library this program links: the C API may
// touch the driver's handle only then (checked by version; one query).
bool runsLinkedSqlite(const QSqlDatabase& db);

// The driver's handle when the C API may use it (both of the above), else null.
sqlite3* nativeSqliteHandle(const QSqlDatabase& db);

} // namespace sellercrm::server
