#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sellercrm {

// The window's command line: --server URL --token-file FILE, --snapshot FILE, --demo, --lang,
// --grab PAGE OUT.png, --cache FILE. (--sync and --export-snapshot are window-less and handled
// by runHeadlessCommand before.)
struct AppOptions final
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    QUrl server;
    QString tokenFile;
    QString snapshot;
    QString language; // ru, en or empty
    QString grabPage; // home, segments, segment:<code>, optionally with :empty/:error/:offline/:loading
    QString grabOutput;
    QString cacheFile;
    bool demo = false;
    bool reportPainted = false; // print "painted" once the first page shows its data

    // nullopt with `error` set when the arguments are wrong (the message says which).
    static std::optional<AppOptions> parse(const QStringList& arguments, QString* error, QString* help);
};

} // namespace sellercrm
