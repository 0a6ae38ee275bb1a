#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

const QString apiPrefix = u"/api/v1"_s;

ApiError::Kind kindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Cancelled;
    default:
        return ApiError::Kind::Network;
    }
}

} // namespace

QString ApiError::describe() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        text = u"HTTP %1"_s.arg(httpStatus);
        if (!code.isEmpty())
            text += u' ' + code;
        break;
    case Kind::Network:
        text = QObject::tr("network error");
        break;
    case Kind::Timeout:
        text = QObject::tr("timeout");
        break;
    case Kind::Tls:
        text = QObject::tr("TLS error");
        break;
    case Kind::BadResponse:
        text = QObject::tr("bad response");
        break;
    case Kind::TooLarge:
        text = QObject::tr("response too large");
        break;
    case Kind::Cancelled:
        text = QObject::tr("cancelled");
        break;
    }
    if (!message.isEmpty())
        text += u": "_s + message;
    QStringList fieldTexts;
    for (const ApiFieldError& field : fields)
        fieldTexts << u"%1: %2"_s.arg(field.field, field.message.isEmpty() ? field.code : field.message);
    if (!fieldTexts.isEmpty())
        text += u" ("_s + fieldTexts.join(u"; "_s) + u')';
    return text;
}

bool ApiRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    if (method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE")
        return true;
    return std::any_of(headers.cbegin(), headers.cend(), [](const QPair<QByteArray, QByteArray>& header) {
        return header.first.compare("Idempotency-Key", Qt::CaseInsensitive) == 0;
    });
}

ApiClient::ApiClient(const QUrl& baseUrl, const QString& token, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(baseUrl)
    , m_token(token)
{
    QString path = m_baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(apiPrefix))
        path.chop(apiPrefix.size());
    m_baseUrl.setPath(path);
    m_network->setAutoDeleteReplies(false);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

QUrl ApiClient::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + apiPrefix + path);
    url.setQuery(query);
    return url;
}

ApiCall* ApiClient::send(const ApiRequest& request)
{
    auto* call = new ApiCall(this, request);
    m_calls.removeAll(nullptr);
    m_calls.append(call);
    QTimer::singleShot(0, call, &ApiCall::startAttempt);
    return call;
}

void ApiClient::cancelAll()
{
    const auto calls = m_calls;
    for (const QPointer<ApiCall>& call : calls) {
        if (call)
            call->cancel();
    }
}

QNetworkReply* ApiClient::start(const ApiRequest& request)
{
    QNetworkRequest networkRequest(urlFor(request.path, request.query));
    networkRequest.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto& header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setTransferTimeout(m_options.timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return m_network->sendCustomRequest(networkRequest, request.method, request.body);
}

ApiError ApiClient::errorFromBody(int httpStatus, const QByteArray& body, const QString& reason)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    error.code = object.value(u"code"_s).toString();
    error.message = object.value(u"message"_s).toString();
    const QJsonArray fields = object.value(u"fields"_s).toArray();
    for (const QJsonValue& value : fields) {
        const QJsonObject field = value.toObject();
        error.fields.append({field.value(u"field"_s).toString(), field.value(u"code"_s).toString(),
                             field.value(u"message"_s).toString()});
    }
    if (error.message.isEmpty())
        error.message = reason;
    return error;
}

ApiCall::ApiCall(ApiClient* client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished reports Cancelled
        return;
    }
    ApiResponse response;
    response.attempts = m_attempt;
    response.error.kind = ApiError::Kind::Cancelled;
    finish(response);
}

void ApiCall::startAttempt()
{
    if (m_cancelled || m_finished)
        return;
    ++m_attempt;
    m_tooLarge = false;
    m_tlsErrors.clear();
    QNetworkReply* reply = m_client->start(m_request);
    m_reply = reply;
    const qint64 limit = m_client->options().maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, limit] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > limit) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, limit](qint64 received, qint64) {
        emit bytesReceived(received);
        if (received > limit && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& error : errors)
            texts << error.errorString();
        m_tlsErrors = texts.join(u"; "_s); // surfaced, never ignored: the handshake fails
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

int ApiCall::retryDelayMs(const QNetworkReply* reply) const
{
    const ApiClient::Options& options = m_client->options();
    const qint64 exponential =
        std::min<qint64>(options.backoffMaxMs, qint64(options.backoffBaseMs) << std::min(m_attempt - 1, 20));
    // Equal jitter: half fixed, half random, so clients that failed together retry apart.
    qint64 delay = exponential / 2 + QRandomGenerator::global()->bounded(exponential / 2 + 1);
    if (reply) {
        bool ok = false;
        const qint64 retryAfter = reply->rawHeader("Retry-After").toLongLong(&ok);
        if (ok && retryAfter > 0)
            delay = std::max<qint64>(delay, std::min<qint64>(retryAfter * 1000, options.backoffMaxMs));
    }
    return int(delay);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    ApiResponse response;
    response.attempts = m_attempt;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    if (m_tooLarge) {
        response.error.kind = ApiError::Kind::TooLarge;
        response.error.message = QObject::tr("the answer to %1 is larger than %2 bytes")
                                     .arg(m_request.path)
                                     .arg(m_client->options().maxResponseBytes);
    } else if (m_cancelled) {
        response.error.kind = ApiError::Kind::Cancelled;
    } else if (!m_tlsErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        response.error.kind = ApiError::Kind::Tls;
        response.error.message = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors;
    } else if (response.httpStatus >= 400) {
        response.body = reply->readAll();
        response.error = ApiClient::errorFromBody(
            response.httpStatus, response.body,
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (networkError != QNetworkReply::NoError || response.httpStatus == 0) {
        response.error.kind = kindOf(networkError);
        if (response.error.kind == ApiError::Kind::Cancelled) // aborted by the transfer timeout
            response.error.kind = ApiError::Kind::Timeout;
        response.error.message = reply->errorString();
    } else {
        response.body = reply->readAll();
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0 && response.body.size() < announced) {
            response.error.kind = ApiError::Kind::Network;
            response.error.message = QObject::tr("the answer was cut off after %1 of %2 bytes")
                                         .arg(response.body.size())
                                         .arg(announced);
        }
    }

    if (response.error.isTransient() && m_request.isIdempotent()
        && m_attempt < m_client->options().maxAttempts && !m_cancelled) {
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::startAttempt);
        }
        m_retryTimer->start(retryDelayMs(reply));
        return;
    }
    finish(response);
}

void ApiCall::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(response);
    deleteLater();
}

} // namespace sellercrm
