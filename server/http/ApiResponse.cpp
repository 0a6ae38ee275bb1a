#include "ApiResponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    return rawJson(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ApiResponse ApiResponse::json(int status, const QJsonArray& array)
{
    return rawJson(status, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

ApiResponse ApiResponse::rawJson(int status, QByteArray body)
{
    ApiResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

ApiResponse ApiResponse::binary(QByteArray contentType, QByteArray body)
{
    ApiResponse response;
    response.contentType = std::move(contentType);
    response.body = std::move(body);
    return response;
}

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message,
                               const QList<FieldError>& fields)
{
    QJsonArray fieldArray;
    for (const FieldError& field : fields) {
        fieldArray.append(
            QJsonObject{{u"field"_s, field.field}, {u"code"_s, field.code}, {u"message"_s, field.message}});
    }
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}, {u"fields"_s, fieldArray}};
    return json(status, QJsonObject{{u"error"_s, error}});
}

ApiResponse ApiResponse::badRequest(const QString& message, const QList<FieldError>& fields)
{
    return error(400, u"bad_request"_s, message, fields);
}

ApiResponse ApiResponse::notFound(const QString& what)
{
    return error(404, u"not_found"_s, what + u" not found"_s);
}

ApiResponse ApiResponse::unprocessable(const QList<FieldError>& fields)
{
    return error(422, u"validation_failed"_s, u"The request breaks a rule; see fields"_s, fields);
}

} // namespace sellercrm::server
