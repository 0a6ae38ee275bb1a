#include "ServerCommand.h"

#include <QTextStream>

namespace sellercrm::server {

int runServerCommand(const QStringList& arguments)
{
    Q_UNUSED(arguments)
    QTextStream(stderr) << "sellercrm-server: no subcommands are built yet (see the server issue).\n";
    return 2;
}

} // namespace sellercrm::server
