#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace sellercrm::test {

// The real sellercrm-server (env SELLERCRM_SERVER) on an ephemeral loopback port with its own
// database made by `generate` + `import`, and helpers for the other processes of the
// integration tests: the fault proxy (SELLERCRM_FAULTPROXY) and the app's headless commands
// (SELLERCRM_APP, the built `sellercrm`).
class ServerProcess final
{
public:
    static constexpr const char* asOf = "2026-11-23";

    ~ServerProcess();

    // Generates demo data into `dir`, imports it, creates a token for `seller`.
    bool prepare(const QString& dir, const QString& seller, int buyers, int orders, QString* error);
    bool start(QString* error);
    void kill();

    QUrl url() const;
    quint16 port() const { return m_port; }
    QString token() const { return m_token; }
    QString tokenFile() const { return m_tokenFile; }
    QString seller() const { return m_seller; }
    QString database() const { return m_db; }

    // Runs a sellercrm-server subcommand to completion; its stdout, or an error in `error`.
    static QByteArray run(const QStringList& arguments, QString* error, int timeoutMs = 300000);
    // DAT-2: buyer_id -> "segment,subsegment" for every buyer known to the seller.
    QHash<QString, QString> segments(QString* error) const;

    static QString serverBinary();
    static QString proxyBinary();
    static QString clientBinary();

private:
    QString m_db;
    QString m_seller;
    QString m_token;
    QString m_tokenFile;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

// The fault proxy in front of a server; `command()` sends a control line.
class FaultProxyProcess final
{
public:
    ~FaultProxyProcess();
    bool start(quint16 targetPort, const QString& plan, QString* error);
    bool command(const QString& line);
    // The answer to "stats": {requests, faults injected} since the proxy started.
    QPair<int, int> stats();
    QUrl url() const;
    QByteArray log() const { return m_log; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    mutable QByteArray m_log;
};

// One run of the headless client: `sellercrm <arguments>` (--sync, --export-snapshot).
struct ClientRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
ClientRun runClient(const QStringList& arguments, int timeoutMs = 300000);

} // namespace sellercrm::test
