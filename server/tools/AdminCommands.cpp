#include "tools/AdminCommands.h"

#include "jobs/CommunicationLifecycle.h"
#include "jobs/SegmentationJob.h"
#include "jobs/ServerJobs.h"
#include "store/ApiTokens.h"
#include "store/ServerStore.h"
#include "tools/CsvImporter.h"
#include "tools/DemoGenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <optional>

namespace sellercrm::server {

namespace {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("SQLite file or postgresql://user@host:port/db URL."),
                              QStringLiteral("DB"));
}

QCommandLineOption asOfOption(const QString& what)
{
    return QCommandLineOption(QStringLiteral("as-of"), what, QStringLiteral("YYYY-MM-DD"));
}

// The --as-of value, or today in Europe/Moscow; nullopt when malformed.
std::optional<QDate> asOfValue(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return SegmentationJob::today();
    const QDate date = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// One subcommand's command line: parsing with --help, and usage errors and failures that name
// the subcommand.
class Command final
{
public:
    explicit Command(QString name)
        : m_name(std::move(name))
    {}

    QCommandLineParser parser;

    // Parses `arguments` (without the program and subcommand names). Returns the exit code when
    // the command must stop (after --help: 0, a usage error: 2), nullopt to go on.
    std::optional<int> parse(const QString& description, const QList<QCommandLineOption>& options,
                             const QStringList& arguments)
    {
        parser.setApplicationDescription(description);
        parser.addOptions(options);
        parser.addHelpOption();
        if (!parser.parse(QStringList{QStringLiteral("sellercrm-server ") + m_name} + arguments)) {
            err() << "sellercrm-server " << m_name << ": " << parser.errorText() << "\n\n"
                  << parser.helpText();
            return exitUsage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            return 0;
        }
        return std::nullopt;
    }

    int usageError(const QString& message) const
    {
        err() << "sellercrm-server " << m_name << ": " << message << "\n\n" << parser.helpText();
        return exitUsage;
    }

    int failure(const QString& message) const
    {
        err() << "sellercrm-server " << m_name << ": " << message << '\n';
        err().flush();
        return exitFailure;
    }

    // Checks --as-of (when `asOf` is given) and opens --db. Returns the exit code when the command
    // must stop (the message is printed), nullopt when `store` is ready.
    std::optional<int> openStore(std::shared_ptr<ServerStore>& store, QDate* asOf = nullptr) const
    {
        if (asOf) {
            const std::optional<QDate> date = asOfValue(parser);
            if (!date)
                return usageError(QStringLiteral("--as-of must be YYYY-MM-DD"));
            *asOf = *date;
        }
        auto opened = ServerStore::open(parser.value(QStringLiteral("db")));
        if (!opened)
            return failure(opened.error());
        store = std::move(opened).value();
        return std::nullopt;
    }

private:
    QString m_name;
};

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

int runImportCommand(const QStringList& arguments)
{
    Command command(QStringLiteral("import"));
    QCommandLineParser& parser = command.parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Directory of DAT-1 CSV files."));
    if (const std::optional<int> stop = command.parse(
            QStringLiteral(
                "Loads a directory of DAT-1 CSV files in one transaction (a bad row changes nothing and is "
                "reported as file:line: reason), then runs the segmentation of every seller."),
            {dbOption(),
             asOfOption(QStringLiteral(
                 "Date the segmentation after the import is computed as of (default: today).")),
             {QStringLiteral("skip-segmentation"),
              QStringLiteral("Load the data only; do not run the segmentation job.")}},
            arguments))
        return *stop;
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().size() != 1)
        return command.usageError(QStringLiteral("needs --db DB and one DIR"));
    std::shared_ptr<ServerStore> store;
    QDate asOf;
    if (const std::optional<int> stop = command.openStore(store, &asOf))
        return *stop;
    QElapsedTimer timer;
    timer.start();
    CsvImporter importer(store);
    const auto summary = importer.importDirectory(parser.positionalArguments().first());
    if (!summary)
        return command.failure(summary.error() + QStringLiteral(" (nothing was imported)"));
    for (const CsvImporter::FileCount& file : summary.value())
        out() << file.file << ": " << file.rows << " rows\n";
    out() << "imported in " << timer.elapsed() << " ms\n";
    out().flush();
    if (parser.isSet(QStringLiteral("skip-segmentation")))
        return 0;
    timer.restart();
    SegmentationJob job(store);
    const auto segmented = job.runAll(asOf);
    if (!segmented)
        return command.failure(QStringLiteral("the data was imported, but the segmentation failed: ") +
                               segmented.error());
    QSqlDatabase db = store->connectionForThisThread();
    ServerStore::setMetaValue(db, ServerJobs::segmentedAsOfKey(), asOf.toString(Qt::ISODate));
    out() << "segmented " << segmented.value().sellers << " sellers, " << segmented.value().buyers
          << " buyers as of " << asOf.toString(Qt::ISODate) << " in " << timer.elapsed() << " ms\n";
    return 0;
}

int runSegmentsCommand(const QStringList& arguments)
{
    Command command(QStringLiteral("segments"));
    QCommandLineParser& parser = command.parser;
    if (const std::optional<int> stop = command.parse(
            QStringLiteral(
                "Prints DAT-2 CSV buyer_id,segment,subsegment: every buyer known to the seller, sorted by "
                "buyer_id, as of the date."),
            {dbOption(),
             {QStringLiteral("seller"), QStringLiteral("Seller ID."), QStringLiteral("ID")},
             asOfOption(QStringLiteral("Compute the segments as of this date (default: today)."))},
            arguments))
        return *stop;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("seller")) ||
        !parser.positionalArguments().isEmpty())
        return command.usageError(QStringLiteral("needs --db DB and --seller ID"));
    std::shared_ptr<ServerStore> store;
    QDate asOf;
    if (const std::optional<int> stop = command.openStore(store, &asOf))
        return *stop;
    SegmentationJob job(store);
    const auto result = job.compute(parser.value(QStringLiteral("seller")), asOf);
    if (!result)
        return command.failure(result.error());
    QTextStream& stream = out();
    stream << "buyer_id,segment,subsegment\n";
    for (const SegmentedBuyer& buyer : result.value().buyers)
        stream << csvField(buyer.buyerId) << ',' << segmentCode(segmentOf(buyer.subSegment)) << ','
               << subSegmentCode(buyer.subSegment) << '\n';
    stream.flush();
    return 0;
}

int runSegmentationCommand(const QStringList& arguments)
{
    Command command(QStringLiteral("segmentation"));
    QCommandLineParser& parser = command.parser;
    if (const std::optional<int> stop = command.parse(
            QStringLiteral(
                "Runs the segmentation job and stores memberships, thresholds, metrics and dynamics "
                "(what `serve` does daily)."),
            {dbOption(),
             {QStringLiteral("seller"), QStringLiteral("Only this seller (default: every seller)."),
              QStringLiteral("ID")},
             asOfOption(QStringLiteral("Segment as of this date (default: today)."))},
            arguments))
        return *stop;
    if (!parser.isSet(QStringLiteral("db")) || !parser.positionalArguments().isEmpty())
        return command.usageError(QStringLiteral("needs --db DB"));
    std::shared_ptr<ServerStore> store;
    QDate asOf;
    if (const std::optional<int> stop = command.openStore(store, &asOf))
        return *stop;
    QElapsedTimer timer;
    timer.start();
    SegmentationJob job(store);
    const auto summary = parser.isSet(QStringLiteral("seller"))
                             ? job.runSeller(parser.value(QStringLiteral("seller")), asOf)
                             : job.runAll(asOf);
    if (!summary)
        return command.failure(summary.error());
    if (!parser.isSet(QStringLiteral("seller"))) {
        QSqlDatabase db = store->connectionForThisThread();
        ServerStore::setMetaValue(db, ServerJobs::segmentedAsOfKey(), asOf.toString(Qt::ISODate));
    }
    out() << "segmented " << summary.value().sellers << " sellers, " << summary.value().buyers
          << " buyers as of " << asOf.toString(Qt::ISODate) << ": " << summary.value().rowsWritten
          << " rows written, " << summary.value().rowsDeleted << " removed in " << timer.elapsed() << " ms\n";
    return 0;
}

int runTokenCommand(const QStringList& arguments)
{
    Command command(QStringLiteral("token"));
    QCommandLineParser& parser = command.parser;
    parser.addPositionalArgument(QStringLiteral("create|revoke"),
                                 QStringLiteral("create: print a new token for --seller; "
                                                "revoke TOKEN: revoke it."));
    if (const std::optional<int> stop = command.parse(
            QStringLiteral("Manages per-seller API tokens; only a token's SHA-256 hash is stored."),
            {dbOption(),
             {QStringLiteral("seller"), QStringLiteral("Seller ID (create)."), QStringLiteral("ID")}},
            arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("db")) || positional.isEmpty())
        return command.usageError(QStringLiteral("needs create or revoke and --db DB"));
    const QString action = positional.first();
    const bool create = action == QStringLiteral("create");
    if (!create && action != QStringLiteral("revoke"))
        return command.usageError(QStringLiteral("unknown action \"%1\"").arg(action));
    if (create ? !parser.isSet(QStringLiteral("seller")) || positional.size() != 1 : positional.size() != 2)
        return command.usageError(create ? QStringLiteral("token create needs --seller ID")
                                         : QStringLiteral("token revoke needs the TOKEN"));
    std::shared_ptr<ServerStore> store;
    if (const std::optional<int> stop = command.openStore(store))
        return *stop;
    QSqlDatabase db = store->connectionForThisThread();
    // What to print: the new token, or "revoked".
    StoreResult<QString> done = QStringLiteral("revoked");
    if (create) {
        done = ApiTokens::create(db, parser.value(QStringLiteral("seller")));
    } else if (const StoreStatus revoked = ApiTokens::revoke(db, positional.at(1)); !revoked) {
        done = StoreResult<QString>::failure(revoked.error());
    }
    if (!done)
        return command.failure(done.error());
    out() << done.value() << '\n';
    return 0;
}

int runModerateCommand(const QStringList& arguments)
{
    Command command(QStringLiteral("moderate"));
    QCommandLineParser& parser = command.parser;
    if (const std::optional<int> stop = command.parse(
            QStringLiteral("Decides the moderation of a communication that is on moderation "
                           "(`serve --moderation-delay SECONDS` approves automatically for demos)."),
            {dbOption(),
             {QStringLiteral("communication"), QStringLiteral("Communication ID."), QStringLiteral("ID")},
             {QStringLiteral("approve"), QStringLiteral("Approve it (it becomes scheduled).")},
             {QStringLiteral("reject"), QStringLiteral("Reject it with this reason."),
              QStringLiteral("REASON")}},
            arguments))
        return *stop;
    const bool approve = parser.isSet(QStringLiteral("approve"));
    const bool reject = parser.isSet(QStringLiteral("reject"));
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("communication")) ||
        approve == reject || !parser.positionalArguments().isEmpty())
        return command.usageError(
            QStringLiteral("needs --db DB, --communication ID and one of --approve, --reject REASON"));
    std::shared_ptr<ServerStore> store;
    if (const std::optional<int> stop = command.openStore(store))
        return *stop;
    QSqlDatabase db = store->connectionForThisThread();
    const StoreStatus status = CommunicationLifecycle::moderate(
        db, parser.value(QStringLiteral("communication")), approve, parser.value(QStringLiteral("reject")));
    if (!status)
        return command.failure(status.error());
    out() << (approve ? "approved\n" : "rejected\n");
    return 0;
}

} // namespace sellercrm::server

namespace sellercrm::server {

int runGenerateCommand(const QStringList& arguments)
{
    Command command(QStringLiteral("generate"));
    QCommandLineParser& parser = command.parser;
    if (const std::optional<int> stop = command.parse(
            QStringLiteral(
                "Writes deterministic demo data in the DAT-1 format: S0001 is the main demo seller with "
                "every "
                "sub-segment non-empty, S0002..S0006 hit each key-segment rule, every plan is present."),
            {{QStringLiteral("out"), QStringLiteral("Output directory (created when missing)."),
              QStringLiteral("DIR")},
             {QStringLiteral("sellers"), QStringLiteral("Number of sellers (>= 7)."), QStringLiteral("N"),
              QStringLiteral("20")},
             {QStringLiteral("buyers"), QStringLiteral("Number of buyers (>= 200)."), QStringLiteral("N"),
              QStringLiteral("20000")},
             {QStringLiteral("orders"), QStringLiteral("Number of orders (>= 1000)."), QStringLiteral("N"),
              QStringLiteral("200000")},
             {QStringLiteral("seed"), QStringLiteral("Random seed: the same seed gives the same bytes."),
              QStringLiteral("S"), QStringLiteral("1")},
             {QStringLiteral("end-date"),
              QStringLiteral("Last day of the generated history (default 2026-11-23)."),
              QStringLiteral("YYYY-MM-DD"), QStringLiteral("2026-11-23")}},
            arguments))
        return *stop;
    if (!parser.isSet(QStringLiteral("out")) || !parser.positionalArguments().isEmpty())
        return command.usageError(QStringLiteral("needs --out DIR"));
    bool sellersOk = false, buyersOk = false, ordersOk = false, seedOk = false;
    DemoGeneratorOptions options;
    options.outputDirectory = parser.value(QStringLiteral("out"));
    options.sellers = parser.value(QStringLiteral("sellers")).toInt(&sellersOk);
    options.buyers = parser.value(QStringLiteral("buyers")).toInt(&buyersOk);
    options.orders = parser.value(QStringLiteral("orders")).toLongLong(&ordersOk);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    options.endDate = QDate::fromString(parser.value(QStringLiteral("end-date")), Qt::ISODate);
    if (!sellersOk || !buyersOk || !ordersOk || !seedOk || !options.endDate.isValid())
        return command.usageError(
            QStringLiteral("--sellers, --buyers, --orders and --seed take whole numbers, --end-date a date"));
    if (options.sellers < DemoGenerator::minimumSellers || options.sellers > 60000 ||
        options.buyers < DemoGenerator::minimumBuyers || options.orders < 1000)
        return command.usageError(
            QStringLiteral("needs 7..60000 sellers, at least 200 buyers and 1000 orders"));
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(options);
    const StoreStatus status = generator.run();
    if (!status)
        return command.failure(status.error());
    out() << "generated " << options.sellers << " sellers, " << options.buyers << " buyers, "
          << options.orders << " orders into " << options.outputDirectory << " in " << timer.elapsed()
          << " ms\n";
    return 0;
}

} // namespace sellercrm::server
