// sellercrm-sync-bench: the headless commands of `sellercrm` (--sync, --export-snapshot) built with
// sync/ only, printing the process's peak resident memory (`peak_rss_mb N`) for bench/scripts/sync.sh.
#include "HeadlessCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sellercrm"));
    const int code = sellercrm::runHeadlessCommand(QCoreApplication::arguments()).value_or(2);
    QTextStream(stderr) << "peak_rss_mb " << (peakRssKb() + 512) / 1024 << Qt::endl;
    return code;
}
