#include "ServeCommand.h"

#include "ApiService.h"
#include "HttpServerAdapter.h"
#include "jobs/ServerJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

struct ListenAddress final
{
    QHostAddress host;
    quint16 port = 0;
};

std::optional<ListenAddress> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    QHostAddress host;
    QString hostText = text.left(colon);
    if (hostText == u"localhost")
        hostText = u"127.0.0.1"_s;
    if (!ok || port > 65535 || !host.setAddress(hostText))
        return std::nullopt;
    return ListenAddress{host, static_cast<quint16>(port)};
}

int fail(const QString& message)
{
    QTextStream(stderr) << "sellercrm-server serve: " << message << '\n';
    return 2;
}

} // namespace

int runServeCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Serves the REST API /api/v1 (docs/api/openapi.yaml) over HTTP."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"SQLite file or postgresql:// URL of the store."_s, u"DB"_s);
    const QCommandLineOption listenOption(u"listen"_s, u"Address and port; port 0 picks a free one."_s,
                                          u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption asOfOption(u"as-of"_s, u"Fixes \"today\" (SEG-1) for demos and tests."_s,
                                        u"YYYY-MM-DD"_s);
    const QCommandLineOption moderationOption(
        u"moderation-delay"_s, u"Approve new communications automatically after this many seconds."_s,
        u"SECONDS"_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"Worker threads answering requests."_s, u"N"_s);
    const QCommandLineOption rateOption(u"rate-limit"_s, u"Requests per second per seller (0 = unlimited)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption idleOption(
        u"idle-timeout"_s, u"Close idle connections after this many seconds."_s, u"SECONDS"_s, u"30"_s);
    parser.addOptions(
        {dbOption, listenOption, asOfOption, moderationOption, threadsOption, rateOption, idleOption});
    if (!parser.parse(QStringList{u"sellercrm-server serve"_s} + arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(dbOption))
        return fail(u"--db is required"_s);
    const std::optional<ListenAddress> listen = parseListen(parser.value(listenOption));
    if (!listen)
        return fail(u"--listen must be HOST:PORT, e.g. 127.0.0.1:0"_s);

    ServiceConfig config;
    if (parser.isSet(asOfOption)) {
        config.asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!config.asOf.isValid())
            return fail(u"--as-of must be a date YYYY-MM-DD"_s);
    }
    bool ok = true;
    if (parser.isSet(moderationOption)) {
        config.moderationDelaySeconds = parser.value(moderationOption).toInt(&ok);
        if (!ok || config.moderationDelaySeconds < 0)
            return fail(u"--moderation-delay must be a non-negative number of seconds"_s);
    }
    config.rateLimitPerSecond = parser.value(rateOption).toInt(&ok);
    if (!ok || config.rateLimitPerSecond < 0)
        return fail(u"--rate-limit must be a non-negative integer"_s);
    HttpServerAdapter::Options options;
    options.idleTimeoutMs = parser.value(idleOption).toInt(&ok) * 1000;
    if (!ok || options.idleTimeoutMs <= 0)
        return fail(u"--idle-timeout must be a positive number of seconds"_s);
    options.workerThreads = qMax(4, QThread::idealThreadCount() * 2);
    if (parser.isSet(threadsOption)) {
        options.workerThreads = parser.value(threadsOption).toInt(&ok);
        if (!ok || options.workerThreads < 1)
            return fail(u"--threads must be a positive integer"_s);
    }

    StoreResult<std::shared_ptr<ServerStore>> store = ServerStore::open(parser.value(dbOption));
    if (!store)
        return fail(store.error());
    config.store = std::move(store).value();

    auto service = std::make_shared<ApiService>(config);
    HttpServerAdapter server([service](const ApiRequest& request) { return service->handle(request); },
                             options);
    QString error;
    const quint16 port = server.listen(listen->host, listen->port, &error);
    if (port == 0)
        return fail(u"cannot listen on %1: %2"_s.arg(parser.value(listenOption), error));
    // Moderation, deliveries and the daily segmentation run on their own thread.
    ServerJobsOptions jobOptions;
    jobOptions.moderationDelaySeconds = config.moderationDelaySeconds;
    if (config.asOf.isValid())
        jobOptions.fixedToday = config.asOf;
    ServerJobs jobs(config.store, jobOptions);
    jobs.start();
    QTextStream out(stdout);
    out << "listening on http://" << listen->host.toString() << ':' << port << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace sellercrm::server
