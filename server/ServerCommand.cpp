#include "ServerCommand.h"

#include "ServeCommand.h"
#include "tools/AdminCommands.h"
#include "tools/DemoHistory.h"

#include <QTextStream>

#include <functional>
#include <utility>

namespace sellercrm::server {

namespace {

struct Subcommand
{
    const char* name;
    const char* summary;
    std::function<int(const QStringList&)> run;
};

const Subcommand subcommands[] = {
    {"serve", "serve --db DB --listen 127.0.0.1:PORT [--as-of DATE]  run the REST API", runServeCommand},
    {"import", "import --db DB DIR  load DAT-1 CSV files in one transaction, then segment", runImportCommand},
    {"generate", "generate --out DIR --sellers N --buyers N --orders N --seed S  write demo data (DAT-1)",
     runGenerateCommand},
    {"segments", "segments --db DB --seller ID [--as-of DATE]  print DAT-2 segment membership",
     runSegmentsCommand},
    {"segmentation",
     "segmentation --db DB [--seller ID] [--as-of DATE]  run the segmentation job and store it",
     runSegmentationCommand},
    {"token", "token create --db DB --seller ID | token revoke --db DB TOKEN  manage API tokens",
     runTokenCommand},
    {"moderate", "moderate --db DB --communication ID --approve|--reject REASON  decide a moderation",
     runModerateCommand},
    {"demo-history",
     "demo-history --db DB --seller ID [--as-of DATE] [--count N] [--seed S]  give a demo seller its "
     "mailings and banners",
     runDemoHistoryCommand},
};

void printUsage(QTextStream& out)
{
    out << "Usage: sellercrm-server <subcommand> [options]  (each subcommand has --help)\n\nSubcommands:\n";
    for (const Subcommand& subcommand : subcommands)
        out << "  " << subcommand.summary << '\n';
}

} // namespace

int runServerCommand(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    for (const Subcommand& subcommand : subcommands)
        if (name == QLatin1String(subcommand.name))
            return subcommand.run(arguments.mid(2));
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") || name == QStringLiteral("help")) {
        QTextStream out(stdout);
        printUsage(out);
        return 0;
    }
    QTextStream err(stderr);
    if (!name.isEmpty())
        err << "sellercrm-server: unknown subcommand \"" << name << "\"\n";
    printUsage(err);
    return 2;
}

} // namespace sellercrm::server
