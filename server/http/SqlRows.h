#pragma once

#include "ApiResponse.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace sellercrm::server {

// Small helpers for the API's read queries (a prepared statement run with positional values)
// around the store's entity builders (store/EntityJson.h), whose `data` objects carry no id.
struct SqlRows final
{
    // Prepares and runs `sql` with `values`; false on failure (then `storeError` answers 500).
    static bool run(QSqlQuery& query, const QString& sql, const QVariantList& values);
    // The same with a statement prepared once per thread and connection and kept (preparing
    // costs about as much as running a small indexed query). The query stays valid until the
    // next runCached() call on this thread; call finish() on it when done, so SQLite ends the
    // statement's read snapshot. nullptr and `error` set on failure.
    static QSqlQuery* runCached(QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                QString& error);
    static ApiResponse storeError(const QSqlQuery& query);
    static ApiResponse storeError(const QString& message);

    // `%text%` for a case-insensitive `LOWER(column) LIKE ? ESCAPE '\\'` search.
    static QString likePattern(const QString& text);

    // The current row of `query` in `record`, which holds the query's record from an earlier
    // row: the fields are reused, only their values change (QSqlQuery::record() rebuilds every
    // field's metadata on each call, a large share of a 50-row page).
    static void refill(QSqlRecord& record, const QSqlQuery& query);

    // A REST resource: the feed's `data` object with its `id` first.
    static QJsonObject withId(const QString& id, QJsonObject data);
};

} // namespace sellercrm::server
