#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

class QTcpSocket;

namespace sellercrm::test {

// What the proxy does to one HTTP request.
struct Fault
{
    enum class Kind
    {
        None,
        Drop,       // close the client's connection; the server never sees the request
        DropAfter,  // forward, let the server answer, close the client's connection unanswered
        Delay,      // wait `ms`, then forward
        DelayAfter, // forward, hold the answer `ms`, then pass it on
        Truncate,   // forward, pass on the headers and half of the body, then close
        Status,     // answer `status` (500, 503) without forwarding
    };
    Kind kind = Kind::None;
    int ms = 0;
    int status = 0;

    static bool parse(const QString& text, Fault* fault);
    QString describe() const;
};

// A TCP proxy that speaks just enough HTTP/1.1 to count requests and inject faults between the
// client and sellercrm-server: one request per client connection (answers carry
// "Connection: close"), one upstream connection per request.
//
// Plan entries "KEY=FAULT": KEY is N (the N-th request since the plan was set), METHOD#N (the
// N-th request of that method since then) or METHOD* (every request of that method); FAULT is drop, drop-after, delay:MS,
// delay-after:MS, truncate, 500 or 503. Requests no entry matches get a random fault with
// probability `randomRate`.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(QObject* parent = nullptr);

    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(const QString& host, quint16 port);
    bool setPlan(const QString& plan, QString* error);
    void setRandom(double rate, quint32 seed);
    // One line of the control protocol on stdin: "target HOST:PORT", "plan ...", "random RATE SEED", "off",
    // "stats" (answers "requests N faults M").
    QString command(const QString& line);

private:
    struct Exchange;
    void onConnection();
    void onClientData(QTcpSocket* client);
    Fault faultFor(const QByteArray& method);
    void forward(QTcpSocket* client, const QByteArray& request, const Fault& fault);
    void deliver(QTcpSocket* client, const QByteArray& response, const Fault& fault);

    QTcpServer m_server;
    QString m_targetHost = QStringLiteral("127.0.0.1");
    quint16 m_targetPort = 0;
    QHash<int, Fault> m_byNumber;
    QHash<QString, Fault> m_byMethodNumber;
    QHash<QByteArray, Fault> m_byMethod;
    QHash<QByteArray, int> m_methodCounts;
    double m_randomRate = 0;
    QRandomGenerator m_random;
    int m_requests = 0;
    int m_faults = 0;
    int m_planStart = 0;
};

} // namespace sellercrm::test
