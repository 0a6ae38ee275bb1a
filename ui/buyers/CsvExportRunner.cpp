#include "buyers/CsvExportRunner.h"

#include "components/Dialogs.h"
#include "components/Toast.h"
#include "table/CsvExporter.h"
#include "table/PagedSqlModel.h"

#include <QLocale>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace sellercrm {

qint64 CsvExportRunner::run(QWidget* parent, const PagedSqlModel& model, const QList<int>& columns)
{
    QString path = Dialogs::saveFile(parent, tr("Export to CSV"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return -1;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    QProgressDialog progress(tr("Exporting %1 rows…").arg(QLocale().toString(model.exactCount())), tr("Cancel"), 0,
                             100, parent);
    progress.setObjectName(u"csvExportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(true);
    const auto written = CsvExporter::write(model, columns, path, [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 100);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        if (!progress.wasCanceled())
            Dialogs::message(parent, Dialogs::Kind::Warning, tr("Export to CSV"), written.error());
        return -1;
    }
    Toast::show(parent->window(), tr("Exported %n rows to %1", nullptr, int(written.value())).arg(path));
    return written.value();
}

} // namespace sellercrm
