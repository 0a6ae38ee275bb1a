#include "HttpServerAdapter.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#error "sellercrm-server builds against Qt 6.4 or Qt 6.8 and later (QtHttpServer API)"
#endif

#include <exception>
#include <map>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

ApiResponse payloadTooLarge(qint64 limit)
{
    return ApiResponse::error(413, u"payload_too_large"_s,
                              u"The request body is larger than %1 bytes"_s.arg(limit));
}

ApiResponse runHandler(const HttpServerAdapter::Handler& handler, const ApiRequest& request)
{
    try {
        return handler(request);
    } catch (const std::exception& e) {
        return ApiResponse::error(500, u"internal"_s, QString::fromUtf8(e.what()));
    } catch (...) {
        return ApiResponse::error(500, u"internal"_s, u"Unexpected server error"_s);
    }
}

QByteArray serialise(const ApiResponse& response, bool closeAfter)
{
    QByteArray out;
    out.reserve(response.body.size() + 160);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto& [name, value] : response.extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

// The declared body length of the request whose headers start `head`, -1 when not yet known.
qint64 declaredContentLength(const QByteArray& head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return 0;
}

// Per-connection state, a child of its socket: answers wait here until every earlier request
// of the connection has been answered, and the idle timer closes forgotten connections.
class ConnectionState final : public QObject
{
public:
    explicit ConnectionState(QTcpSocket* socket, int idleTimeoutMs)
        : QObject(socket)
    {
        idle.setSingleShot(true);
        idle.setInterval(idleTimeoutMs);
        QObject::connect(&idle, &QTimer::timeout, socket, [this, socket] {
            if (nextSequence == nextToWrite)
                socket->abort();
            else
                idle.start();
        });
        idle.start();
    }

    QTimer idle;
    quint64 nextSequence = 0;
    quint64 nextToWrite = 0;
    std::map<quint64, std::pair<QByteArray, bool>> ready;
    bool rejecting = false;
    qint64 drained = 0;
};

ConnectionState* stateOf(QTcpSocket* socket)
{
    return static_cast<ConnectionState*>(socket->property("sellercrm.connection").value<void*>());
}

// Accepts sockets and puts the body-size guard and the idle timer on them before the HTTP
// parser of QtHttpServer sees any byte.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(const HttpServerAdapter::Options& options, QObject* parent)
        : QTcpServer(parent)
        , m_options(options)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto* state = new ConnectionState(socket, m_options.idleTimeoutMs);
        socket->setProperty("sellercrm.connection", QVariant::fromValue(static_cast<void*>(state)));
        const qint64 limit = m_options.maxBodyBytes;
        QObject::connect(socket, &QTcpSocket::readyRead, state, [socket, state, limit] {
            state->idle.start();
            if (state->rejecting)
                return;
            const QByteArray head = socket->peek(qMin<qint64>(socket->bytesAvailable(), 65536));
            if (head.isEmpty() || head.at(0) < 'A' || head.at(0) > 'Z')
                return;
            if (declaredContentLength(head) <= limit)
                return;
            // 413 from the headers: stop the HTTP parser, answer, and drain what the client
            // still sends (closing with unread data would reset the connection before the
            // client reads the answer).
            state->rejecting = true;
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            QObject::connect(socket, &QTcpSocket::readyRead, state, [socket, state] {
                state->idle.start();
                state->drained += socket->readAll().size();
                if (state->drained > 256LL * 1024 * 1024)
                    socket->disconnectFromHost();
            });
            socket->readAll();
            socket->write(serialise(payloadTooLarge(limit), true));
            QTimer::singleShot(5000, socket, [socket] { socket->disconnectFromHost(); });
        });
        addPendingConnection(socket);
    }

private:
    HttpServerAdapter::Options m_options;
};

ApiRequest toApiRequest(const QHttpServerRequest& request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    for (const auto& [name, value] : request.headers().toListOfPairs())
        api.headers.append({name, value});
#else
    api.headers = request.headers();
#endif
    api.body = request.body();
    return api;
}

bool wantsClose(const ApiRequest& request)
{
    return request.header("connection").compare("close", Qt::CaseInsensitive) == 0;
}

} // namespace

class HttpServerAdapter::Server final : public QAbstractHttpServer
{
public:
    Server(Handler handler, Options options)
        : m_handler(std::move(handler))
        , m_options(options)
    {
        m_pool.setMaxThreadCount(qMax(1, options.workerThreads));
        m_pool.setExpiryTimeout(-1); // workers keep their database connections
    }
    ~Server() override { m_pool.waitForDone(); }
    Q_DISABLE_COPY_MOVE(Server)

    quint16 listen(const QHostAddress& address, quint16 port, QString* errorMessage)
    {
        auto* tcp = new GuardedTcpServer(m_options, this);
        if (!tcp->listen(address, port)) {
            if (errorMessage)
                *errorMessage = tcp->errorString();
            delete tcp;
            return 0;
        }
        bind(tcp);
        return tcp->serverPort();
    }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt >= 6.8 answers one request of a connection at a time, so order is kept by Qt.
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override
    {
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        ApiRequest api = toApiRequest(request);
        if (api.body.size() > m_options.maxBodyBytes) {
            writeTo(*shared, payloadTooLarge(m_options.maxBodyBytes));
            return true;
        }
        m_pool.start([this, shared, api = std::move(api)] {
            ApiResponse response = runHandler(m_handler, api);
            QMetaObject::invokeMethod(
                this, [shared, response = std::move(response)] { writeTo(*shared, response); },
                Qt::QueuedConnection);
        });
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QHttpServerResponder& responder) override
    {
        writeTo(responder, ApiResponse::notFound(u"Resource"_s));
    }
    static void writeTo(QHttpServerResponder& responder, const ApiResponse& response)
    {
        QHttpHeaders headers;
        if (!response.contentType.isEmpty())
            headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
        for (const auto& [name, value] : response.extraHeaders)
            headers.append(name, value);
        responder.write(response.body, headers,
                        static_cast<QHttpServerResponder::StatusCode>(response.status));
    }
#else
    // Qt 6.4 hands over pipelined requests before earlier answers are written: every answer is
    // numbered per connection and written in order.
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        ConnectionState* state = stateOf(socket);
        if (!state)
            return false;
        const quint64 sequence = state->nextSequence++;
        ApiRequest api = toApiRequest(request);
        const bool close = wantsClose(api);
        QPointer<QTcpSocket> target(socket);
        if (api.body.size() > m_options.maxBodyBytes) {
            deliver(target, sequence, serialise(payloadTooLarge(m_options.maxBodyBytes), true), true);
            return true;
        }
        m_pool.start([this, target, sequence, close, api = std::move(api)] {
            QByteArray bytes = serialise(runHandler(m_handler, api), close);
            QMetaObject::invokeMethod(
                this,
                [this, target, sequence, close, bytes = std::move(bytes)] {
                    deliver(target, sequence, bytes, close);
                },
                Qt::QueuedConnection);
        });
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket* socket) override
    {
        socket->write(serialise(ApiResponse::notFound(u"Resource"_s), true));
        socket->disconnectFromHost();
    }
    static void deliver(const QPointer<QTcpSocket>& socket, quint64 sequence, const QByteArray& bytes,
                        bool close)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        ConnectionState* state = stateOf(socket);
        state->ready.emplace(sequence, std::make_pair(bytes, close));
        for (auto it = state->ready.find(state->nextToWrite); it != state->ready.end();
             it = state->ready.find(state->nextToWrite)) {
            socket->write(it->second.first);
            const bool closeNow = it->second.second;
            state->ready.erase(it);
            ++state->nextToWrite;
            if (closeNow) {
                socket->disconnectFromHost();
                return;
            }
        }
        state->idle.start();
    }
#endif

private:
    Handler m_handler;
    Options m_options;
    QThreadPool m_pool;
};

HttpServerAdapter::HttpServerAdapter(Handler handler, Options options, QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<Server>(std::move(handler), options))
{}

HttpServerAdapter::~HttpServerAdapter() = default;

quint16 HttpServerAdapter::listen(const QHostAddress& address, quint16 port, QString* errorMessage)
{
    return m_server->listen(address, port, errorMessage);
}

} // namespace sellercrm::server
