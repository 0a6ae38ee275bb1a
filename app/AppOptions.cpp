#include "AppOptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace sellercrm {

std::optional<AppOptions> AppOptions::parse(const QStringList& arguments, QString* error, QString* help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Seller CRM: buyer segments and targeted communications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, tr("Connect to the server at <url>."), u"url"_s);
    const QCommandLineOption tokenFile(u"token-file"_s, tr("Read the API token from <file>."), u"file"_s);
    const QCommandLineOption snapshot(u"snapshot"_s, tr("Open a support snapshot read-only."), u"file"_s);
    const QCommandLineOption demo(u"demo"_s, tr("Open the demo store (starts the bundled server)."));
    const QCommandLineOption lang(u"lang"_s, tr("Interface language: ru or en."), u"language"_s);
    const QCommandLineOption grab(u"grab"_s,
                                  tr("Render <page> at 1440×900 to the PNG file given after it and exit. Pages: home, "
                                     "segments, segment:<sub-segment>, portrait, buyers, communications, wizard:goal, "
                                     "wizard:1, wizard:2, wizard:3, wizard:review; add :empty, :error, :offline or "
                                     ":loading for a state."),
                                  u"page"_s);
    const QCommandLineOption cache(u"cache"_s, tr("Use this cache file instead of the account's."), u"file"_s);
    const QCommandLineOption reportPainted(
        u"report-painted"_s, tr("Print “painted” on standard output once the first page is painted with its data, "
                                "and “warmed” once the pages made in the background have read their data "
                                "(start-up benchmarks)."));
    parser.addOptions({ server, tokenFile, snapshot, demo, lang, grab, cache, reportPainted });
    parser.addPositionalArgument(u"out.png"_s, tr("With --grab: the PNG file to write."), u"[out.png]"_s);
    if (help)
        *help = parser.helpText();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s)) {
        *error = parser.isSet(u"help"_s) ? parser.helpText()
                                         : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return std::nullopt;
    }
    AppOptions options;
    if (parser.isSet(server)) {
        options.server = QUrl(parser.value(server));
        if (!options.server.isValid() || (options.server.scheme() != u"http"_s && options.server.scheme() != u"https"_s)) {
            *error = tr("--server needs an http:// or https:// URL, got “%1”.").arg(parser.value(server));
            return std::nullopt;
        }
        if (!parser.isSet(tokenFile)) {
            *error = tr("--server needs --token-file with the API token.");
            return std::nullopt;
        }
    }
    options.tokenFile = parser.value(tokenFile);
    options.snapshot = parser.value(snapshot);
    options.demo = parser.isSet(demo);
    options.cacheFile = parser.value(cache);
    options.reportPainted = parser.isSet(reportPainted);
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (options.language != u"ru"_s && options.language != u"en"_s) {
            *error = tr("--lang must be ru or en, got “%1”.").arg(options.language);
            return std::nullopt;
        }
    }
    if (parser.isSet(grab)) {
        options.grabPage = parser.value(grab);
        if (parser.positionalArguments().size() != 1) {
            *error = tr("--grab needs the page and the output file: --grab home out.png");
            return std::nullopt;
        }
        options.grabOutput = parser.positionalArguments().constFirst();
    } else if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    return options;
}

} // namespace sellercrm
