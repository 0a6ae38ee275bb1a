#pragma once

#include "ApiContext.h"
#include "ApiResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sellercrm::server {

// Maps "METHOD /path/{param}/..." to handlers. Immutable after the routes are added, so one
// router serves every worker thread.
class ApiRouter final
{
public:
    using Handler = std::function<ApiResponse(const ApiContext&)>;

    void add(QByteArray method, const QString& pattern, Handler handler);

    enum class Match
    {
        Found,
        WrongMethod,
        NoRoute
    };
    struct Lookup final
    {
        Match match = Match::NoRoute;
        const Handler* handler = nullptr;
        QStringList parameters;
    };
    Lookup find(const QByteArray& method, const QString& path) const;

private:
    struct Route final
    {
        QByteArray method;
        QStringList segments; // "{}" marks a parameter
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace sellercrm::server
