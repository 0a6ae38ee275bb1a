#include "HeadlessCommand.h"

#include "ApiClient.h"
#include "CacheDb.h"
#include "CacheLocation.h"
#include "Snapshot.h"
#include "SyncSession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

struct Account
{
    QUrl server;
    QString token;
    QString cachePath;
};

Outcome<Account> accountFrom(const QCommandLineParser& parser)
{
    using Result = Outcome<Account>;
    Account account;
    account.server = QUrl(parser.value(u"server"_s), QUrl::StrictMode);
    if (!parser.isSet(u"server"_s) || !account.server.isValid() || account.server.host().isEmpty()
        || (account.server.scheme() != u"http"_s && account.server.scheme() != u"https"_s))
        return Result::failure(u"--server URL is required (http://host:port or https://host)"_s);
    if (!parser.isSet(u"token-file"_s))
        return Result::failure(u"--token-file FILE is required"_s);
    QFile tokenFile(parser.value(u"token-file"_s));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return Result::failure(u"cannot read the token file %1: %2"_s.arg(tokenFile.fileName(), tokenFile.errorString()));
    account.token = QString::fromUtf8(tokenFile.read(4096)).trimmed();
    if (account.token.isEmpty())
        return Result::failure(u"the token file %1 is empty"_s.arg(tokenFile.fileName()));
    account.cachePath = CacheLocation::cachePath(parser.value(u"cache"_s), account.server, account.token);
    return Result(account);
}

int runSync(const Account& account, const QCommandLineParser& parser, HeadlessRun& run, QTextStream& out,
            QTextStream& err)
{
    QElapsedTimer clock;
    clock.start();
    auto cache = CacheDb::open(account.cachePath, u"headless"_s);
    if (!cache) {
        err << "sellercrm: " << cache.error() << '\n';
        return exitFailure;
    }
    ApiClient api(account.server, account.token);
    SyncSession session(*cache.value(), api);
    if (parser.isSet(u"page-size"_s))
        session.setPageLimit(parser.value(u"page-size"_s).toInt());
    session.setOutboxIgnoresBackoff(true);
    const SyncReport report = session.runToCompletion();
    run.sync = report;
    if (report.outbox.rejected > 0)
        err << "sellercrm: " << report.outbox.rejected << " outbox entries were rejected by the server\n";
    if (!report.ok) {
        err << "sellercrm: " << report.message << '\n';
        return exitFailure;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    out << "synced " << cache.value()->rowCount(u"buyers"_s) << " buyers, "
        << cache.value()->rowCount(u"communications"_s) << " communications in "
        << QString::number(seconds, 'f', 2) << " s\n";
    return 0;
}

int runExport(const Account& account, const QString& file, HeadlessRun& run, QTextStream& out, QTextStream& err)
{
    if (!QFile::exists(account.cachePath)) {
        err << "sellercrm: there is no cache for this account yet (" << account.cachePath << "); run --sync first\n";
        return exitFailure;
    }
    auto cache = CacheDb::open(account.cachePath, u"headless"_s);
    if (!cache) {
        err << "sellercrm: " << cache.error() << '\n';
        return exitFailure;
    }
    QElapsedTimer clock;
    clock.start();
    auto manifest = Snapshot::exportTo(*cache.value(), file, QStringLiteral(SELLERCRM_VERSION));
    if (!manifest) {
        err << "sellercrm: " << manifest.error() << '\n';
        return exitFailure;
    }
    run.exportMs = clock.elapsed();
    out << "exported snapshot of seller " << manifest->sellerId << " to " << file << " in "
        << QString::number(double(run.exportMs) / 1000.0, 'f', 2) << " s\n";
    return 0;
}

} // namespace

std::optional<int> runHeadlessCommand(const QStringList& arguments)
{
    if (const auto run = runHeadless(arguments))
        return run->exitCode;
    return std::nullopt;
}

std::optional<HeadlessRun> runHeadless(const QStringList& arguments)
{
    if (!arguments.contains(u"--sync"_s)
        && !std::any_of(arguments.cbegin(), arguments.cend(),
                        [](const QString& argument) { return argument.startsWith(u"--export-snapshot"_s); }))
        return std::nullopt;

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addOptions({
        {u"sync"_s, u"Run one sync without a window."_s},
        {u"export-snapshot"_s, u"Export a support snapshot of the cache to FILE."_s, u"FILE"_s},
        {u"server"_s, u"The server's URL."_s, u"URL"_s},
        {u"token-file"_s, u"A file holding the account's API token."_s, u"FILE"_s},
        {u"cache"_s, u"The folder of the cache files (default: the app-data folder)."_s, u"DIR"_s},
        {u"page-size"_s, u"Changes per sync page (1..5000)."_s, u"N"_s},
    });
    HeadlessRun run;
    if (!parser.parse(arguments)) {
        err << "sellercrm: " << parser.errorText() << '\n';
        run.exitCode = exitUsage;
        return run;
    }
    auto account = accountFrom(parser);
    if (!account) {
        err << "sellercrm: " << account.error() << '\n';
        run.exitCode = exitUsage;
        return run;
    }
    bool pageSizeValid = true;
    const int pageSize = parser.value(u"page-size"_s).toInt(&pageSizeValid);
    if (parser.isSet(u"page-size"_s) && (!pageSizeValid || pageSize < 1 || pageSize > 5000)) {
        err << "sellercrm: --page-size must be a number from 1 to 5000, got \"" << parser.value(u"page-size"_s)
            << "\"\n";
        run.exitCode = exitUsage;
        return run;
    }
    if (parser.isSet(u"sync"_s))
        run.exitCode = runSync(account.value(), parser, run, out, err);
    if (run.exitCode == 0 && parser.isSet(u"export-snapshot"_s))
        run.exitCode = runExport(account.value(), parser.value(u"export-snapshot"_s), run, out, err);
    return run;
}

} // namespace sellercrm
