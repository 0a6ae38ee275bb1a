#pragma once

#include "ApiRequest.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sellercrm::server {

// What a route handler gets: the request, the authenticated seller, the worker thread's
// database connection, the server's "today" and the `{...}` segments of the matched path.
struct ApiContext final
{
    const ApiRequest& request;
    QString sellerId;
    QSqlDatabase db;
    QDate today;
    QStringList pathParameters;
};

} // namespace sellercrm::server
