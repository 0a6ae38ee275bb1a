#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

QString ServerProcess::serverBinary()
{
    return qEnvironmentVariable("SELLERCRM_SERVER");
}

QString ServerProcess::proxyBinary()
{
    return qEnvironmentVariable("SELLERCRM_FAULTPROXY");
}

QString ServerProcess::clientBinary()
{
    return qEnvironmentVariable("SELLERCRM_APP");
}

namespace {

// Reads `process`'s stdout until `pattern` (with the port as its first group) matches; 0 when
// the process ends or the time runs out first.
quint16 waitForPort(QProcess& process, const QString& pattern, int timeoutMs, QByteArray* output)
{
    const QRegularExpression listening(pattern);
    quint16 port = 0;
    const bool seen = QTest::qWaitFor(
        [&] {
            *output += process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(*output));
            if (match.hasMatch())
                port = quint16(match.captured(1).toUInt());
            return port != 0 || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return seen ? port : 0;
}

} // namespace

ServerProcess::~ServerProcess()
{
    kill();
}

QByteArray ServerProcess::run(const QStringList& arguments, QString* error, int timeoutMs)
{
    QProcess process;
    process.start(serverBinary(), arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"sellercrm-server %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

bool ServerProcess::prepare(const QString& dir, const QString& seller, int buyers, int orders, QString* error)
{
    if (serverBinary().isEmpty() || !QFile::exists(serverBinary())) {
        *error = u"SELLERCRM_SERVER does not name the built sellercrm-server"_s;
        return false;
    }
    const QString data = QDir(dir).filePath(u"data"_s);
    m_db = QDir(dir).filePath(u"server.sqlite"_s);
    m_seller = seller;
    run({u"generate"_s, u"--out"_s, data, u"--sellers"_s, u"7"_s, u"--buyers"_s, QString::number(buyers), u"--orders"_s,
         QString::number(orders), u"--seed"_s, u"11"_s, u"--end-date"_s, QString::fromLatin1(asOf)},
        error);
    if (!error->isEmpty())
        return false;
    run({u"import"_s, u"--db"_s, m_db, u"--as-of"_s, QString::fromLatin1(asOf), data}, error);
    if (!error->isEmpty())
        return false;
    m_token = QString::fromUtf8(run({u"token"_s, u"create"_s, u"--db"_s, m_db, u"--seller"_s, seller}, error)).trimmed();
    if (!error->isEmpty() || m_token.isEmpty())
        return false;
    m_tokenFile = QDir(dir).filePath(u"token.txt"_s);
    QFile file(m_tokenFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the token file"_s;
        return false;
    }
    file.write(m_token.toUtf8() + '\n');
    return true;
}

bool ServerProcess::start(QString* error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(serverBinary(), {u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--as-of"_s,
                                      QString::fromLatin1(asOf)});
    QByteArray output;
    m_port = waitForPort(*m_process, u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s, 60000, &output);
    if (m_port == 0) {
        *error = u"the server did not start: %1 %2"_s.arg(QString::fromUtf8(output),
                                                           QString::fromUtf8(m_process->readAllStandardError()));
        return false;
    }
    return true;
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process.reset();
    m_port = 0;
}

QUrl ServerProcess::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QHash<QString, QString> ServerProcess::segments(QString* error) const
{
    QHash<QString, QString> result;
    const QByteArray csv = run({u"segments"_s, u"--db"_s, m_db, u"--seller"_s, m_seller, u"--as-of"_s,
                                QString::fromLatin1(asOf)},
                               error);
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        if (fields.size() == 3)
            result.insert(QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1) + ',' + fields.at(2)));
    }
    return result;
}

FaultProxyProcess::~FaultProxyProcess()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool FaultProxyProcess::start(quint16 targetPort, const QString& plan, QString* error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel); // its per-request log
    QStringList arguments{u"--target"_s, u"127.0.0.1:%1"_s.arg(targetPort)};
    if (!plan.isEmpty())
        arguments << u"--plan"_s << plan;
    m_process->start(ServerProcess::proxyBinary(), arguments);
    QByteArray output;
    m_port = waitForPort(*m_process, u"listening on 127\\.0\\.0\\.1:(\\d+)"_s, 20000, &output);
    if (m_port == 0) {
        *error = u"the fault proxy did not start: "_s + QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }
    return true;
}

QPair<int, int> FaultProxyProcess::stats()
{
    m_process->readAllStandardOutput();
    m_process->write("stats\n");
    QByteArray answer;
    if (!QTest::qWaitFor(
            [&] {
                answer += m_process->readAllStandardOutput();
                return answer.contains('\n');
            },
            10000))
        return {-1, -1};
    const QList<QByteArray> words = answer.trimmed().split(' ');
    return {words.value(1).toInt(), words.value(3).toInt()};
}

bool FaultProxyProcess::command(const QString& line)
{
    m_process->readAllStandardOutput();
    m_process->write(line.toUtf8() + '\n');
    QByteArray answer;
    const bool answered = QTest::qWaitFor(
        [&] {
            answer += m_process->readAllStandardOutput();
            return answer.contains('\n');
        },
        10000);
    return answered && answer.trimmed() == "ok";
}

QUrl FaultProxyProcess::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

ClientRun runClient(const QStringList& arguments, int timeoutMs)
{
    ClientRun run;
    if (ServerProcess::clientBinary().isEmpty() || !QFile::exists(ServerProcess::clientBinary())) {
        run.err = u"SELLERCRM_APP does not name the built sellercrm"_s;
        return run;
    }
    QProcess process;
    process.start(ServerProcess::clientBinary(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"timeout"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace sellercrm::test
