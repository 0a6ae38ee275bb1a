// ApiClient against a tiny local server: bearer and base URL, the server's error body, retries
// with backoff for idempotent requests only, timeouts, cancellation, size limit, cut-off
// answers and TLS errors (SYN-1).
#include "ApiClient.h"
#include "support/FakeHttpServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using sellercrm::test::FakeHttpServer;
using sellercrm::test::FakeResponse;

namespace {

ApiResponse sendAndWait(ApiClient& client, const ApiRequest& request, int timeoutMs = 10000)
{
    ApiResponse result;
    bool done = false;
    ApiCall* call = client.send(request);
    QObject::connect(call, &ApiCall::finished, &client, [&](const ApiResponse& response) {
        result = response;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        result.error.message = QStringLiteral("no answer within the test timeout");
    return result;
}

ApiClient::Options fastOptions()
{
    ApiClient::Options options;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 40;
    options.timeoutMs = 5000;
    return options;
}

} // namespace

class ApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void sendsBearerTokenBelowApiPrefix()
    {
        FakeHttpServer server([](const auto&) { return FakeHttpServer::json(200, R"({"ok":true})"); });
        ApiClient client(server.url(), u"secret-token"_s);
        ApiRequest request;
        request.path = u"/sync"_s;
        request.query.addQueryItem(u"cursor"_s, u"a+b/c=="_s);
        const ApiResponse response = sendAndWait(client, request);
        QVERIFY(response.ok());
        QCOMPARE(response.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path, u"/api/v1/sync"_s);
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer secret-token"));
        // The opaque cursor arrives verbatim.
        QCOMPARE(server.requests().first().query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded), u"a+b/c=="_s);
    }

    void parsesServerErrorWithFieldErrors()
    {
        FakeHttpServer server([](const auto&) {
            return FakeHttpServer::json(
                422, R"({"error":{"code":"validation_failed","message":"The communication is invalid",
                    "fields":[{"field":"content.text","code":"too_short","message":"at least 10 characters"},
                              {"field":"send_date","code":"in_past","message":"not in the past"}]}})");
        });
        ApiClient client(server.url(), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.method = "POST";
        request.path = u"/communications"_s;
        request.body = "{}";
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.kind, ApiError::Kind::Http);
        QCOMPARE(response.error.httpStatus, 422);
        QCOMPARE(response.error.code, u"validation_failed"_s);
        QCOMPARE(response.error.message, u"The communication is invalid"_s);
        QCOMPARE(response.error.fields.size(), 2);
        QCOMPARE(response.error.fields.at(0).field, u"content.text"_s);
        QCOMPARE(response.error.fields.at(1).code, u"in_past"_s);
        QVERIFY(!response.error.isTransient());
        QVERIFY(response.error.describe().contains(u"send_date: not in the past"_s));
        QCOMPARE(server.requests().size(), 1);
    }

    void retriesIdempotentRequestsWithBackoff()
    {
        int calls = 0;
        FakeHttpServer server([&](const auto&) {
            ++calls;
            if (calls < 3)
                return FakeHttpServer::json(503, R"({"error":{"code":"unavailable","message":"busy"}})");
            return FakeHttpServer::json(200, "{}");
        });
        ApiClient client(server.url(), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.path = u"/seller"_s;
        const ApiResponse response = sendAndWait(client, request);
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
    }

    void givesUpAfterMaxAttempts()
    {
        FakeHttpServer server([](const auto&) { return FakeHttpServer::json(500, "oops"); });
        ApiClient client(server.url(), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.path = u"/seller"_s;
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.kind, ApiError::Kind::Http);
        QCOMPARE(response.error.httpStatus, 500);
        QCOMPARE(response.attempts, fastOptions().maxAttempts);
        QCOMPARE(server.requests().size(), fastOptions().maxAttempts);
    }

    void postWithoutIdempotencyKeyIsSentOnce()
    {
        FakeHttpServer server([](const auto&) { return FakeHttpServer::json(503, "{}"); });
        ApiClient client(server.url(), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.method = "POST";
        request.path = u"/communications"_s;
        request.body = "{}";
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.httpStatus, 503);
        QCOMPARE(server.requests().size(), 1);
    }

    void postWithIdempotencyKeyIsRetried()
    {
        int calls = 0;
        FakeHttpServer server([&](const auto&) {
            return ++calls == 1 ? FakeHttpServer::json(503, "{}") : FakeHttpServer::json(201, R"({"id":"C1"})");
        });
        ApiClient client(server.url(), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.method = "POST";
        request.path = u"/communications"_s;
        request.body = "{}";
        request.headers.append(qMakePair(QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("key-1")));
        const ApiResponse response = sendAndWait(client, request);
        QVERIFY(response.ok());
        QCOMPARE(response.httpStatus, 201);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).headers.value("idempotency-key"), QByteArray("key-1"));
    }

    void clientErrorsAreNotRetried()
    {
        FakeHttpServer server([](const auto&) { return FakeHttpServer::json(404, R"({"error":{"code":"not_found"}})"); });
        ApiClient client(server.url(), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.path = u"/communications/X"_s;
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.code, u"not_found"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void timesOutWhenTheServerIsSilent()
    {
        FakeHttpServer server([](const auto&) {
            FakeResponse response = FakeHttpServer::json(200, "{}");
            response.delayMs = 3000;
            return response;
        });
        ApiClient client(server.url(), u"t"_s);
        ApiClient::Options options = fastOptions();
        options.timeoutMs = 200;
        options.maxAttempts = 2;
        client.setOptions(options);
        ApiRequest request;
        request.path = u"/seller"_s;
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
        QVERIFY(response.error.isTransient());
        QCOMPARE(response.attempts, 2);
    }

    void cancelEndsTheCallAtOnce()
    {
        FakeHttpServer server([](const auto&) {
            FakeResponse response = FakeHttpServer::json(200, "{}");
            response.delayMs = 3000;
            return response;
        });
        ApiClient client(server.url(), u"t"_s);
        ApiRequest request;
        request.path = u"/sync"_s;
        ApiCall* call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(server.requests().size(), 1);
        QElapsedTimer clock;
        clock.start();
        call->cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(finished.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
    }

    void refusesAnswersAboveTheLimit()
    {
        FakeHttpServer server([](const auto&) { return FakeHttpServer::json(200, QByteArray(200000, 'x')); });
        ApiClient client(server.url(), u"t"_s);
        ApiClient::Options options = fastOptions();
        options.maxResponseBytes = 1000;
        client.setOptions(options);
        ApiRequest request;
        request.path = u"/sync"_s;
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(server.requests().size(), 1); // not retried
    }

    void cutOffAnswerIsANetworkErrorAndRetried()
    {
        int calls = 0;
        FakeHttpServer server([&](const auto&) {
            FakeResponse response = FakeHttpServer::json(200, R"({"schema_version":1,)");
            if (++calls == 1)
                response.announcedLength = 5000; // the connection closes after the first bytes
            else
                response.body = R"({"schema_version":1})";
            return response;
        });
        ApiClient client(server.url(), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.path = u"/sync"_s;
        const ApiResponse response = sendAndWait(client, request);
        QVERIFY2(response.ok(), qPrintable(response.error.describe()));
        QCOMPARE(response.body, QByteArray(R"({"schema_version":1})"));
        QCOMPARE(response.attempts, 2);
    }

    void connectionRefusedIsTransient()
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();
        ApiClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"t"_s);
        ApiClient::Options options = fastOptions();
        options.maxAttempts = 2;
        client.setOptions(options);
        ApiRequest request;
        request.path = u"/sync"_s;
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.kind, ApiError::Kind::Network);
        QVERIFY(response.error.isTransient());
        QCOMPARE(response.attempts, 2);
    }

    void untrustedCertificateIsSurfaced()
    {
        QFile certFile(QStringLiteral(SELLERCRM_SOURCE_DIR "/tests/sync/tls/selfsigned.crt"));
        QFile keyFile(QStringLiteral(SELLERCRM_SOURCE_DIR "/tests/sync/tls/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server] {
            while (QTcpSocket* socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        ApiClient client(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())), u"t"_s);
        client.setOptions(fastOptions());
        ApiRequest request;
        request.path = u"/sync"_s;
        const ApiResponse response = sendAndWait(client, request);
        QCOMPARE(response.error.kind, ApiError::Kind::Tls);
        QVERIFY2(response.error.message.contains(u"self signed"_s, Qt::CaseInsensitive)
                     || response.error.message.contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(response.error.message));
        QCOMPARE(response.attempts, 1); // a TLS problem is not retried
    }
};

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_api_client.moc"
