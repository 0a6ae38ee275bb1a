#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace sellercrm {

class PagedSqlModel;

// The "Export to CSV" action of a table page: asks for the file through the Dialogs seam,
// writes the current filtered view (CsvExporter) under a progress dialog that appears for
// exports longer than half a second and can cancel, then says how it went (toast or message).
class CsvExportRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportRunner)

public:
    // Returns the number of rows written, or -1 when nothing was written.
    static qint64 run(QWidget* parent, const PagedSqlModel& model, const QList<int>& columns);
};

} // namespace sellercrm
