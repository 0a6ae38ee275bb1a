// sellercrm-sync-cli: the window-less commands of `sellercrm` (--sync, --export-snapshot) in a
// binary that links only sync/, so the integration tests can run and SIGKILL a client process.
#include "HeadlessCommand.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sellercrm"));
    return sellercrm::runHeadlessCommand(QCoreApplication::arguments()).value_or(2);
}
