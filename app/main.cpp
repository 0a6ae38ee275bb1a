#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << "sellercrm: the desktop app is not built yet (see the app issue).\n";
    return 2;
}
