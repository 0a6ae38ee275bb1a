#include "ServerCommand.h"

#include "ServeCommand.h"

#include <QTextStream>

namespace sellercrm::server {

int runServerCommand(const QStringList& arguments)
{
    if (arguments.value(1) == QStringLiteral("serve"))
        return runServeCommand(arguments.mid(2));
    QTextStream(stderr) << "sellercrm-server: no subcommands are built yet (see the server issue).\n";
    return 2;
}

} // namespace sellercrm::server
