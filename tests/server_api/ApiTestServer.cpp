#include "ApiTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

QString HttpResult::errorCode() const
{
    return object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QStringList HttpResult::fieldErrors() const
{
    QStringList result;
    const QJsonArray fields = object().value(u"error"_s).toObject().value(u"fields"_s).toArray();
    for (const QJsonValue& field : fields)
        result << field.toObject().value(u"field"_s).toString() + u':' +
                      field.toObject().value(u"code"_s).toString();
    return result;
}

ApiTestServer::~ApiTestServer()
{
    stop();
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_postgresDatabase.isEmpty()) {
        const QUrl admin(m_postgresAdminUrl);
        const QString name = u"drop-"_s + m_postgresDatabase;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(admin.host());
            db.setPort(admin.port(5432));
            db.setUserName(admin.userName());
            db.setPassword(admin.password());
            db.setDatabaseName(admin.path().mid(1));
            if (db.open())
                QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS "_s + m_postgresDatabase);
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int ApiTestServer::runCommand(const QStringList& arguments, QByteArray* output, QByteArray* errors) const
{
    QProcess process;
    process.start(qEnvironmentVariable("SELLERCRM_SERVER"), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool ApiTestServer::createStore()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (qEnvironmentVariable("SELLERCRM_TEST_BACKEND") == u"postgres") {
        m_backend = u"postgres"_s;
        QFile urlFile(qEnvironmentVariable("SELLERCRM_POSTGRES_URL_FILE"));
        if (!urlFile.open(QIODevice::ReadOnly)) {
            m_error = u"no PostgreSQL URL file: "_s + urlFile.fileName();
            return false;
        }
        m_postgresAdminUrl = QString::fromUtf8(urlFile.readAll()).trimmed();
        const QUrl admin(m_postgresAdminUrl);
        m_postgresDatabase = u"sellercrm_api_%1_%2"_s.arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->bounded(1000000));
        const QString name = u"create-"_s + m_postgresDatabase;
        bool created = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(admin.host());
            db.setPort(admin.port(5432));
            db.setUserName(admin.userName());
            db.setPassword(admin.password());
            db.setDatabaseName(admin.path().mid(1));
            QSqlQuery query(db);
            created = db.open() && query.exec(u"CREATE DATABASE "_s + m_postgresDatabase);
            if (!created)
                m_error =
                    u"cannot create the test database: "_s + db.lastError().text() + query.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        if (!created)
            return false;
        QUrl url = admin;
        url.setPath(u"/"_s + m_postgresDatabase);
        m_dbArgument = url.toString();
    } else {
        m_dbArgument = m_dir->filePath(u"store.db"_s);
    }
    QByteArray errors;
    const int imported =
        runCommand({u"import"_s, u"--db"_s, m_dbArgument, u"--as-of"_s, QString::fromLatin1(asOf),
                    QStringLiteral(SELLERCRM_SOURCE_DIR "/tests/server_api/data")},
                   nullptr, &errors);
    if (imported != 0) {
        m_error = u"import failed: "_s + QString::fromUtf8(errors);
        return false;
    }
    return true;
}

bool ApiTestServer::launch(const QStringList& serveArguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(qEnvironmentVariable("SELLERCRM_SERVER"),
                     QStringList{u"serve"_s, u"--db"_s, m_dbArgument, u"--listen"_s, u"127.0.0.1:0"_s,
                                 u"--as-of"_s, QString::fromLatin1(asOf)} +
                         serveArguments);
    if (!m_process->waitForStarted(10000)) {
        m_error = u"serve did not start"_s;
        return false;
    }
    static const QRegularExpression line(u"^listening on http://127\\.0\\.0\\.1:(\\d+)\\s*$"_s);
    QByteArray buffer;
    for (int i = 0; i < 200 && !buffer.contains('\n'); ++i) {
        if (!m_process->waitForReadyRead(100) && m_process->state() != QProcess::Running)
            break;
        buffer += m_process->readAllStandardOutput();
    }
    const QRegularExpressionMatch match =
        line.match(QString::fromUtf8(buffer.left(buffer.indexOf('\n') + 1)));
    if (!match.hasMatch()) {
        m_error = u"no `listening on` line; stdout: "_s + QString::fromUtf8(buffer) + u" stderr: "_s +
                  QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    return true;
}

bool ApiTestServer::start(const QStringList& serveArguments)
{
    return createStore() && launch(serveArguments);
}

bool ApiTestServer::startAnother(ApiTestServer& other, const QStringList& serveArguments) const
{
    other.m_backend = m_backend;
    other.m_dbArgument = m_dbArgument;
    other.m_tokens = m_tokens;
    return other.launch(serveArguments);
}

void ApiTestServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QString ApiTestServer::token(const QString& sellerId)
{
    if (!m_tokens.contains(sellerId)) {
        QByteArray output;
        if (runCommand({u"token"_s, u"create"_s, u"--db"_s, m_dbArgument, u"--seller"_s, sellerId},
                       &output) != 0)
            return {};
        m_tokens.insert(sellerId, QString::fromUtf8(output).trimmed());
    }
    return m_tokens.value(sellerId);
}

HttpResult ApiTestServer::request(const QByteArray& method, const QString& pathAndQuery, const QString& token,
                                  const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    record(method, QUrl(pathAndQuery).path(), result);
    return result;
}

void ApiTestServer::record(const QByteArray& method, const QString& path, const HttpResult& result)
{
    const QString directory = qEnvironmentVariable("SELLERCRM_API_SAMPLES_DIR");
    if (directory.isEmpty() || result.status == 0)
        return;
    QDir().mkpath(directory);
    static int counter = 0;
    const QByteArray contentType = result.headers.value("content-type");
    QJsonObject sample{{u"method"_s, QString::fromLatin1(method).toLower()},
                       {u"path"_s, path},
                       {u"status"_s, result.status},
                       {u"content_type"_s, QString::fromLatin1(contentType)}};
    if (contentType.startsWith("application/json"))
        sample.insert(u"body"_s, QJsonDocument::fromJson(result.body).isArray()
                                     ? QJsonValue(QJsonDocument::fromJson(result.body).array())
                                     : QJsonValue(QJsonDocument::fromJson(result.body).object()));
    QFile file(QDir(directory).filePath(u"%1-%2-%3.json"_s.arg(m_backend)
                                            .arg(QCoreApplication::applicationPid())
                                            .arg(++counter, 4, 10, QChar(u'0'))));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(sample).toJson(QJsonDocument::Indented));
}

QSqlDatabase ApiTestServer::sql()
{
    if (m_connectionName.isEmpty()) {
        m_connectionName = u"api-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (m_backend == u"postgres") {
            const QUrl url(m_dbArgument);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
            db.setDatabaseName(m_dbArgument);
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return db;
}
