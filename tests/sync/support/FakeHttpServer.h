#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace sellercrm::test {

struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool drop = false;            // close the connection without an answer
    qint64 announcedLength = -1;  // Content-Length to announce (truncation when > body size)
};

// A tiny HTTP/1.1 server on an ephemeral loopback port for unit tests of single classes: every
// request goes to `handler`; one request per connection.
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;
    explicit FakeHttpServer(Handler handler, QObject* parent = nullptr);

    QUrl url() const;
    const QList<FakeRequest>& requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static FakeResponse json(int status, const QByteArray& body);

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

} // namespace sellercrm::test
