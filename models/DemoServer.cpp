#include "DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sellercrm {

DemoServer::DemoServer(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findServer()
{
    const QString fromEnv = qEnvironmentVariable("SELLERCRM_SERVER");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = { appDir + u"/sellercrm-server"_s, appDir + u"/../server/sellercrm-server"_s,
                                     appDir + u"/../../server/sellercrm-server"_s };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"sellercrm-server"_s);
}

QString DemoServer::storePath() const
{
    return m_options.dataDir + u"/store.sqlite"_s;
}

void DemoServer::start()
{
    m_executable = m_options.serverExecutable.isEmpty() ? findServer() : m_options.serverExecutable;
    if (m_executable.isEmpty()) {
        emit failed(tr("The demo server (sellercrm-server) was not found next to the app. Reinstall the app or "
                       "set SELLERCRM_SERVER to its path."));
        return;
    }
    if (!QDir().mkpath(m_options.dataDir)) {
        emit failed(tr("Cannot create the demo folder %1.").arg(QDir::toNativeSeparators(m_options.dataDir)));
        return;
    }
    run(QFileInfo(storePath()).size() > 0 ? Step::Token : Step::Generate);
}

void DemoServer::stop()
{
    for (QProcess* process : { m_step, m_serve }) {
        if (process && process->state() != QProcess::NotRunning) {
            process->disconnect(this);
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
        }
    }
}

void DemoServer::run(Step step)
{
    QStringList arguments;
    const QString csvDir = m_options.dataDir + u"/csv"_s;
    switch (step) {
    case Step::Generate:
        emit progress(tr("Generating the demo store…"));
        QDir(csvDir).removeRecursively();
        arguments = { u"generate"_s, u"--out"_s, csvDir, u"--sellers"_s, QString::number(m_options.sellers),
                      u"--buyers"_s, QString::number(m_options.buyers), u"--orders"_s,
                      QString::number(m_options.orders), u"--seed"_s, QString::number(m_options.seed) };
        break;
    case Step::Import:
        emit progress(tr("Loading the demo data…"));
        arguments = { u"import"_s, u"--db"_s, storePath(), csvDir };
        break;
    case Step::History:
        emit progress(tr("Adding the demo seller's mailings and banners…"));
        arguments = { u"demo-history"_s, u"--db"_s, storePath(), u"--seller"_s, m_options.sellerId, u"--seed"_s,
                      QString::number(m_options.seed) };
        break;
    case Step::Token:
        emit progress(tr("Signing in to the demo store…"));
        arguments = { u"token"_s, u"create"_s, u"--db"_s, storePath(), u"--seller"_s, m_options.sellerId };
        break;
    case Step::Serve:
        emit progress(tr("Starting the demo server…"));
        m_serve = new QProcess(this);
        m_serve->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_serve, &QProcess::readyRead, this, &DemoServer::onServeOutput);
        connect(m_serve, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
            if (m_url.isEmpty())
                emit failed(tr("The demo server stopped (exit code %1): %2").arg(code).arg(m_serveLog.trimmed()));
        });
        m_serve->start(m_executable, { u"serve"_s, u"--db"_s, storePath(), u"--listen"_s, u"127.0.0.1:0"_s,
                                       u"--moderation-delay"_s, QString::number(m_options.moderationDelaySeconds) });
        return;
    }
    delete m_step;
    m_step = new QProcess(this);
    connect(m_step, &QProcess::finished, this,
            [this, step](int code, QProcess::ExitStatus status) { onStepFinished(step, code, status); });
    connect(m_step, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The demo server could not be started: %1").arg(m_step->errorString()));
    });
    m_step->start(m_executable, arguments);
}

void DemoServer::onStepFinished(Step step, int exitCode, QProcess::ExitStatus status)
{
    const QString output = QString::fromUtf8(m_step->readAllStandardOutput());
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString error = QString::fromUtf8(m_step->readAllStandardError()).trimmed();
        if (step == Step::Import || step == Step::History)
            QFile::remove(storePath()); // the next start prepares the store again
        emit failed(tr("Preparing the demo failed: %1").arg(error.isEmpty() ? output.trimmed() : error));
        return;
    }
    switch (step) {
    case Step::Generate: run(Step::Import); return;
    case Step::Import: run(Step::History); return;
    case Step::History: run(Step::Token); return;
    case Step::Token: {
        const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
        m_token = lines.isEmpty() ? QString() : lines.constLast().trimmed();
        if (m_token.isEmpty()) {
            emit failed(tr("The demo server did not issue a token."));
            return;
        }
        run(Step::Serve);
        return;
    }
    case Step::Serve: return;
    }
}

void DemoServer::onServeOutput()
{
    m_serveLog += QString::fromUtf8(m_serve->readAll());
    if (!m_url.isEmpty())
        return;
    static const QRegularExpression listening(u"http://127\\.0\\.0\\.1:\\d+"_s);
    const QRegularExpressionMatch match = listening.match(m_serveLog);
    if (!match.hasMatch())
        return;
    m_url = QUrl(match.captured(0));
    emit ready(m_url, m_token);
}

} // namespace sellercrm
