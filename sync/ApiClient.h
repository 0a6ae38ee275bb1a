#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMetaType>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sellercrm {

struct ApiRequest final
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // below the base URL: "/sync"
    QUrlQuery query;
    QByteArray body; // JSON for POST
    QList<QPair<QByteArray, QByteArray>> headers;
    // Retried on transient errors only when idempotent. Unset: GET, HEAD, PUT and DELETE are, a
    // POST is when it carries an Idempotency-Key.
    std::optional<bool> idempotent;

    bool isIdempotent() const;
};

struct ApiResponse final
{
    int httpStatus = 0;
    QByteArray body;
    ApiError error;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
};

class ApiClient;

// One request in flight, with its retries. Emits finished() exactly once, then deletes itself.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    void cancel();
    const ApiRequest& request() const { return m_request; }

signals:
    void finished(const sellercrm::ApiResponse& response);
    void bytesReceived(qint64 bytes);

private:
    friend class ApiClient;
    ApiCall(ApiClient* client, ApiRequest request);
    void startAttempt();
    void onReplyFinished();
    void finish(ApiResponse response);
    int retryDelayMs(const QNetworkReply* reply) const;

    ApiClient* m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    int m_attempt = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_finished = false;
    QString m_tlsErrors;
};

// The only user of QNetworkAccessManager in the client (CODING_GUIDELINES): base URL, bearer
// token, timeouts, TLS errors surfaced (never ignored), retries with exponential backoff and
// jitter for idempotent requests, the server's JSON errors parsed into ApiError, cancellation.
// Threading: lives on one thread (the sync thread in the app) and is used only there.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    struct Options
    {
        int timeoutMs = 30000;        // no data for this long fails the attempt
        int maxAttempts = 4;          // for idempotent requests; others are sent once
        int backoffBaseMs = 250;      // first retry after 125..250 ms, then doubling
        int backoffMaxMs = 8000;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
    };

    ApiClient(const QUrl& baseUrl, const QString& token, QObject* parent = nullptr);
    ~ApiClient() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString& token) { m_token = token; }

    // Starts the request; the call reports through ApiCall::finished on this thread.
    ApiCall* send(const ApiRequest& request);
    void cancelAll();

    // The URL of `path` below the base (".../api/v1" + path).
    QUrl urlFor(const QString& path, const QUrlQuery& query) const;
    // Parses `{"error":{...}}` of a failed answer; falls back to the HTTP status.
    static ApiError errorFromBody(int httpStatus, const QByteArray& body, const QString& reason);

private:
    friend class ApiCall;
    QNetworkReply* start(const ApiRequest& request);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    Options m_options;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace sellercrm

Q_DECLARE_METATYPE(sellercrm::ApiResponse)
