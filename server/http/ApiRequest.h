#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sellercrm::server {

// One HTTP request as the API sees it, independent of the HTTP library that received it.
// Plain value: built on the server thread, handled on a worker thread.
struct ApiRequest final
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, e.g. "/api/v1/buyers"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The value of a header (case-insensitive name); empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (name.compare(key, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto& entry : headers) {
            if (name.compare(entry.first, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace sellercrm::server
