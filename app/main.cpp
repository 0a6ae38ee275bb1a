#include "HeadlessCommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (const auto exitCode = sellercrm::runHeadlessCommand(QCoreApplication::arguments()))
        return *exitCode;
    QTextStream(stderr) << "sellercrm: the desktop window is not built yet (see the app issue).\n";
    return 2;
}
