// sellercrm-sync-bench: the headless commands of `sellercrm` (--sync, --export-snapshot) in a
// binary that links only sync/ (no widget libraries to load), followed by what the run cost the
// client, as `key value` lines on stderr for bench/scripts/sync.sh: the sync session's wall time
// from its start to its last commit, the client's own processing within it (parse, validate,
// write, build indexes), the process's processor time and peak resident memory.
#include "HeadlessCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

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

qint64 processorMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& time) { return qint64(time.tv_sec) * 1000 + time.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SellerCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("sellercrm"));
    const auto run = sellercrm::runHeadless(QCoreApplication::arguments());
    QTextStream err(stderr);
    if (run && run->sync) {
        const sellercrm::SyncReport& report = *run->sync;
        err << "session_ms " << report.elapsedMs << "\nprocessing_ms " << report.processingMs << "\nindexing_ms "
            << report.indexingMs << "\nindexing_cpu_ms " << report.indexingCpuMs << "\nchanges " << report.items << "\npages " << report.pages << "\nbytes "
            << report.bytes << '\n';
    }
    if (run && run->exportMs >= 0)
        err << "export_ms " << run->exportMs << '\n';
    err << "cpu_ms " << processorMs() << "\npeak_rss_mb " << (peakRssKb() + 512) / 1024 << Qt::endl;
    return run ? run->exitCode : 2;
}
