#include "ServeCommand.h"

#include <QTextStream>

namespace sellercrm::server {

int runServeCommand(const QStringList& arguments)
{
    Q_UNUSED(arguments)
    QTextStream(stderr) << "sellercrm-server serve: the REST API is not built yet (see the server issue).\n";
    return 2;
}

} // namespace sellercrm::server
