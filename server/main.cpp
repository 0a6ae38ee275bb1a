#include "ServerCommand.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return sellercrm::server::runServerCommand(QCoreApplication::arguments());
}
