#pragma once

#include "Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sellercrm {

class PagedSqlModel;

// Writes the current filtered and sorted view of a PagedSqlModel to a CSV file: UTF-8 with a
// byte order mark (so spreadsheet programs read Cyrillic correctly), comma-separated, RFC 4180
// quoting, a header row of the column titles, then the shown text of each column. Rows are
// streamed from SQL, never all held in memory. The file is written to a temporary name and
// renamed at the end, so a cancelled or failed export leaves no partial file.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    // Called every `progressEvery` rows and at the end with (rows written, rows in total);
    // returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr qint64 defaultProgressEvery = 2000;

    // `columns` are the model's columns to write, in order (the shown ones).
    static Outcome<qint64> write(const PagedSqlModel& model, const QList<int>& columns, const QString& path,
                                 const Progress& progress = {}, qint64 progressEvery = defaultProgressEvery);
    static QString quoted(const QString& field);
};

} // namespace sellercrm
