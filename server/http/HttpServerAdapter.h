#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace sellercrm::server {

// The only class that knows the HTTP library (QtHttpServer). It accepts connections on the
// thread that owns it, turns each request into an ApiRequest, runs the handler on a worker pool
// and writes the answers back per connection in request order (pipelining safe on Qt 6.4).
//
// Limits it enforces before the handler runs: a body over `maxBodyBytes` is answered 413 from
// the request headers (the body is drained, not parsed); a connection idle for
// `idleTimeoutMs` with nothing pending is closed; a client that disconnects mid-request or
// before its answer is ready is dropped silently.
//
// Threading: listen() and the object live on one thread (the server thread); the handler is
// called concurrently from `workerThreads` pool threads and must be thread-safe.
class HttpServerAdapter final : public QObject
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;
    struct Options final
    {
        qint64 maxBodyBytes = 12LL * 1024 * 1024;
        int idleTimeoutMs = 30000;
        int workerThreads = 4;
    };

    HttpServerAdapter(Handler handler, Options options, QObject* parent = nullptr);
    ~HttpServerAdapter() override;
    Q_DISABLE_COPY_MOVE(HttpServerAdapter)

    // Listens on address:port (port 0 picks a free one). Returns the port, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port, QString* errorMessage);

private:
    class Server;
    std::unique_ptr<Server> m_server;
};

} // namespace sellercrm::server
