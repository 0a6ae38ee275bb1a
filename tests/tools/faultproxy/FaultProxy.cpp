#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

namespace {

// Index just past the end of a complete HTTP message in `data`, or -1 while it is incomplete.
// `untilClose`: a response without Content-Length ends when the connection does.
qsizetype messageEnd(const QByteArray& data, bool* untilClose = nullptr)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qsizetype length = 0;
    bool hasLength = false;
    for (const QByteArray& line : data.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            length = line.mid(colon + 1).trimmed().toLongLong();
            hasLength = true;
        }
    }
    if (untilClose)
        *untilClose = !hasLength;
    if (!hasLength)
        return data.startsWith("HTTP/") ? -1 : headerEnd + 4;
    return data.size() >= headerEnd + 4 + length ? headerEnd + 4 + length : -1;
}

// Replaces the Connection header with "Connection: close".
QByteArray withConnectionClose(const QByteArray& message)
{
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    QList<QByteArray> lines = message.left(headerEnd).split('\n');
    QByteArray head;
    for (const QByteArray& line : lines) {
        if (line.trimmed().toLower().startsWith("connection:") || line.trimmed().toLower().startsWith("keep-alive:"))
            continue;
        head += line.trimmed() + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    return head + message.mid(headerEnd + 4);
}

QByteArray statusAnswer(int status)
{
    const QByteArray body = R"({"error":{"code":"injected","message":"fault proxy"}})";
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 503 ? " Service Unavailable" : " Internal Server Error")
         + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
         + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

bool Fault::parse(const QString& text, Fault* fault)
{
    const QStringList parts = text.trimmed().split(u':');
    const QString name = parts.value(0);
    *fault = Fault{};
    if (name == u"none"_s)
        return true;
    if (name == u"drop"_s)
        fault->kind = Kind::Drop;
    else if (name == u"drop-after"_s)
        fault->kind = Kind::DropAfter;
    else if (name == u"truncate"_s)
        fault->kind = Kind::Truncate;
    else if (name == u"delay"_s || name == u"delay-after"_s) {
        fault->kind = name == u"delay"_s ? Kind::Delay : Kind::DelayAfter;
        bool ok = false;
        fault->ms = parts.value(1).toInt(&ok);
        return ok && fault->ms >= 0;
    } else if (name == u"500"_s || name == u"503"_s) {
        fault->kind = Kind::Status;
        fault->status = name.toInt();
    } else
        return false;
    return true;
}

QString Fault::describe() const
{
    switch (kind) {
    case Kind::None:
        return u"pass"_s;
    case Kind::Drop:
        return u"drop"_s;
    case Kind::DropAfter:
        return u"drop-after"_s;
    case Kind::Delay:
        return u"delay:%1"_s.arg(ms);
    case Kind::DelayAfter:
        return u"delay-after:%1"_s.arg(ms);
    case Kind::Truncate:
        return u"truncate"_s;
    case Kind::Status:
        return QString::number(status);
    }
    return {};
}

FaultProxy::FaultProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

bool FaultProxy::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void FaultProxy::setTarget(const QString& host, quint16 port)
{
    m_targetHost = host;
    m_targetPort = port;
}

bool FaultProxy::setPlan(const QString& plan, QString* error)
{
    m_byNumber.clear();
    m_byMethodNumber.clear();
    m_byMethod.clear();
    m_methodCounts.clear(); // request numbers of a plan count from the moment it is set
    m_planStart = m_requests;
    for (const QString& entry : plan.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString key = entry.left(equals).trimmed();
        Fault fault;
        if (equals < 0 || !Fault::parse(entry.mid(equals + 1), &fault)) {
            *error = u"bad plan entry \"%1\""_s.arg(entry);
            return false;
        }
        bool isNumber = false;
        const int number = key.toInt(&isNumber);
        if (isNumber)
            m_byNumber.insert(number, fault);
        else if (key.endsWith(u'*'))
            m_byMethod.insert(key.chopped(1).toUpper().toLatin1(), fault);
        else if (key.contains(u'#'))
            m_byMethodNumber.insert(key.toUpper(), fault);
        else {
            *error = u"bad plan key \"%1\""_s.arg(key);
            return false;
        }
    }
    return true;
}

void FaultProxy::setRandom(double rate, quint32 seed)
{
    m_randomRate = rate;
    m_random.seed(seed);
}

QString FaultProxy::command(const QString& line)
{
    const QStringList words = line.simplified().split(u' ');
    const QString verb = words.value(0);
    if (verb == u"target"_s) {
        const QString target = words.value(1);
        const qsizetype colon = target.lastIndexOf(u':');
        setTarget(target.left(colon), quint16(target.mid(colon + 1).toUInt()));
        return u"ok"_s;
    }
    if (verb == u"plan"_s) {
        QString error;
        return setPlan(words.mid(1).join(u' '), &error) ? u"ok"_s : error;
    }
    if (verb == u"random"_s) {
        setRandom(words.value(1).toDouble(), words.value(2).toUInt());
        return u"ok"_s;
    }
    if (verb == u"stats"_s)
        return u"requests %1 faults %2"_s.arg(m_requests).arg(m_faults);
    if (verb == u"off"_s) {
        QString error;
        setPlan({}, &error);
        m_randomRate = 0;
        return u"ok"_s;
    }
    return u"unknown command"_s;
}

Fault FaultProxy::faultFor(const QByteArray& method)
{
    const int number = ++m_requests;
    const int methodNumber = ++m_methodCounts[method];
    if (m_byNumber.contains(number - m_planStart))
        return m_byNumber.value(number - m_planStart);
    const QString methodKey = QString::fromLatin1(method) + u'#' + QString::number(methodNumber);
    if (m_byMethodNumber.contains(methodKey))
        return m_byMethodNumber.value(methodKey);
    if (m_byMethod.contains(method))
        return m_byMethod.value(method);
    if (m_randomRate > 0 && m_random.generateDouble() < m_randomRate) {
        static const char* const kinds[] = {"drop", "drop-after", "truncate", "500", "503", "delay:300"};
        Fault fault;
        Fault::parse(QString::fromLatin1(kinds[m_random.bounded(6)]), &fault);
        return fault;
    }
    return Fault{};
}

void FaultProxy::onConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setProperty("buffer", QByteArray());
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
    }
}

void FaultProxy::onClientData(QTcpSocket* client)
{
    if (client->property("busy").toBool()) {
        client->readAll(); // one request per connection
        return;
    }
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    const qsizetype end = messageEnd(buffer);
    if (end < 0) {
        client->setProperty("buffer", buffer);
        return;
    }
    client->setProperty("busy", true);
    const QByteArray request = buffer.left(end);
    const QByteArray requestLine = request.left(request.indexOf("\r\n"));
    const QByteArray method = requestLine.left(requestLine.indexOf(' '));
    const Fault fault = faultFor(method);
    if (fault.kind != Fault::Kind::None)
        ++m_faults;
    QTextStream(stderr) << "faultproxy: #" << m_requests << ' ' << requestLine << " -> " << fault.describe() << Qt::endl;
    switch (fault.kind) {
    case Fault::Kind::Drop:
        client->abort();
        return;
    case Fault::Kind::Status:
        client->write(statusAnswer(fault.status));
        client->disconnectFromHost();
        return;
    case Fault::Kind::Delay:
        QTimer::singleShot(fault.ms, client, [this, client, request, fault] { forward(client, request, fault); });
        return;
    default:
        forward(client, request, fault);
    }
}

void FaultProxy::forward(QTcpSocket* client, const QByteArray& request, const Fault& fault)
{
    auto* upstream = new QTcpSocket(client);
    auto response = std::make_shared<QByteArray>();
    auto delivered = std::make_shared<bool>(false);
    const auto finish = [this, client, upstream, response, delivered, fault](bool closed) {
        if (*delivered)
            return;
        bool untilClose = false;
        const qsizetype end = messageEnd(*response, &untilClose);
        if (end < 0 && !(closed && untilClose && !response->isEmpty())) {
            if (closed)
                client->abort(); // the server went away mid-answer
            return;
        }
        *delivered = true;
        upstream->disconnect(this);
        upstream->abort();
        deliver(client, end < 0 ? *response : response->left(end), fault);
    };
    connect(upstream, &QTcpSocket::connected, this, [upstream, request] { upstream->write(withConnectionClose(request)); });
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, response, finish] {
        response->append(upstream->readAll());
        finish(false);
    });
    connect(upstream, &QTcpSocket::disconnected, this, [finish] { finish(true); });
    connect(upstream, &QTcpSocket::errorOccurred, this, [finish](QAbstractSocket::SocketError) { finish(true); });
    upstream->connectToHost(m_targetHost, m_targetPort);
}

void FaultProxy::deliver(QTcpSocket* client, const QByteArray& response, const Fault& fault)
{
    switch (fault.kind) {
    case Fault::Kind::DropAfter:
        client->abort();
        return;
    case Fault::Kind::Truncate: {
        const QByteArray rewritten = withConnectionClose(response);
        const qsizetype headerEnd = rewritten.indexOf("\r\n\r\n") + 4;
        client->write(rewritten.left(headerEnd + (rewritten.size() - headerEnd) / 2));
        client->flush();
        QTimer::singleShot(50, client, [client] { client->abort(); });
        return;
    }
    case Fault::Kind::DelayAfter:
        QTimer::singleShot(fault.ms, client, [client, response] {
            client->write(withConnectionClose(response));
            client->disconnectFromHost();
        });
        return;
    default:
        client->write(withConnectionClose(response));
        client->disconnectFromHost();
    }
}

} // namespace sellercrm::test
