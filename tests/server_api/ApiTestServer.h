#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// One answer of the API as the tests see it.
struct HttpResult final
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const;
    QStringList fieldErrors() const; // "field:code" of error.fields
};

// The real `sellercrm-server` ($SELLERCRM_SERVER) on a loopback port 0 with its own store:
// a temporary SQLite file, or a fresh database on the PostgreSQL cluster of the `postgres`
// CTest fixture when $SELLERCRM_TEST_BACKEND is "postgres" (URL in $SELLERCRM_POSTGRES_URL_FILE).
// The store is loaded with `import` of tests/server_api/data, tokens come from `token create`.
// Every answer is also written to $SELLERCRM_API_SAMPLES_DIR for the OpenAPI response check.
class ApiTestServer final
{
public:
    ApiTestServer() = default;
    ~ApiTestServer();
    Q_DISABLE_COPY_MOVE(ApiTestServer)

    static constexpr auto asOf = "2026-11-20";

    // Creates and loads the store, then starts `serve` with `serveArguments` added.
    bool start(const QStringList& serveArguments = {});
    // A second server on the same store (other options); the store must have been created.
    bool startAnother(ApiTestServer& other, const QStringList& serveArguments) const;
    void stop();
    QString lastError() const { return m_error; }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    // What `serve` wrote to stderr so far (warnings, job errors).
    QByteArray standardError() const { return m_process ? m_process->readAllStandardError() : QByteArray(); }

    QString backend() const { return m_backend; }
    QString dbArgument() const { return m_dbArgument; }
    quint16 port() const { return m_port; }
    QString token(const QString& sellerId);

    // Runs a `sellercrm-server` subcommand; returns its exit code, stdout in `output`.
    int runCommand(const QStringList& arguments, QByteArray* output = nullptr,
                   QByteArray* errors = nullptr) const;

    HttpResult request(const QByteArray& method, const QString& pathAndQuery, const QString& token,
                       const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult get(const QString& pathAndQuery, const QString& token)
    {
        return request("GET", pathAndQuery, token);
    }

    // A direct connection to the same store for cross-checks (QSQLITE or QPSQL).
    QSqlDatabase sql();

private:
    bool createStore();
    bool launch(const QStringList& serveArguments);
    void record(const QByteArray& method, const QString& path, const HttpResult& result);

    QString m_backend = QStringLiteral("sqlite");
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbArgument;
    QString m_postgresAdminUrl;
    QString m_postgresDatabase;
    QString m_connectionName;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QHash<QString, QString> m_tokens;
    QNetworkAccessManager m_network;
    QString m_error;
};
