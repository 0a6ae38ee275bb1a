#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "FieldError.h"

namespace sellercrm::server {

// One HTTP answer: status, content type and the body bytes (already serialised, so the
// server thread only copies bytes to the socket).
struct ApiResponse final
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    static ApiResponse json(int status, const QJsonObject& object);
    static ApiResponse json(int status, const QJsonArray& array);
    static ApiResponse rawJson(int status, QByteArray body);
    static ApiResponse noContent();
    static ApiResponse binary(QByteArray contentType, QByteArray body);
    // `{"error":{"code","message","fields":[...]}}` (fields always present, possibly empty).
    static ApiResponse error(int status, const QString& code, const QString& message,
                             const QList<FieldError>& fields = {});

    static ApiResponse badRequest(const QString& message, const QList<FieldError>& fields = {});
    static ApiResponse notFound(const QString& what);
    static ApiResponse unprocessable(const QList<FieldError>& fields);
};

} // namespace sellercrm::server
