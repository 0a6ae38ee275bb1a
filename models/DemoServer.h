#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace sellercrm {

// "Open the demo": runs the bundled sellercrm-server on loopback with generated data. The first
// time it generates the DAT-1 CSV files, imports them into `<dataDir>/store.sqlite` and gives the
// demo seller its history of mailings and banners (`demo-history`, COM-1..COM-6); every
// time it creates a fresh API token for the demo seller and serves on a free port (127.0.0.1:0).
// Emits ready() with the URL and the token, or failed() with what went wrong (the server's own
// message included). The server process lives as long as this object. GUI thread only.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    struct Options
    {
        QString dataDir;
        QString serverExecutable; // empty: findServer()
        QString sellerId = QStringLiteral("S0001");
        int sellers = 12;
        int buyers = 60000;
        int orders = 400000;
        int seed = 42;
        // A demo has no moderator: new communications are approved after this many seconds.
        int moderationDelaySeconds = 20;
    };

    explicit DemoServer(Options options, QObject* parent = nullptr);
    ~DemoServer() override;

    // SELLERCRM_SERVER, then next to the app, then the build tree (../server), then PATH.
    static QString findServer();

    void start();
    void stop();
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }
    QString sellerId() const { return m_options.sellerId; }

signals:
    void progress(const QString& step);
    void ready(const QUrl& url, const QString& token);
    void failed(const QString& message);

private:
    enum class Step { Generate, Import, History, Token, Serve };
    void run(Step step);
    void onStepFinished(Step step, int exitCode, QProcess::ExitStatus status);
    void onServeOutput();
    QString storePath() const;

    Options m_options;
    QString m_executable;
    QProcess* m_step = nullptr;
    QProcess* m_serve = nullptr;
    QString m_serveLog;
    QUrl m_url;
    QString m_token;
};

} // namespace sellercrm
