#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sellercrm {

class PagedSqlModel;

// Writes the current filtered and sorted view of a PagedSqlModel to a CSV file: UTF-8 with a
// byte order mark (so spreadsheet programs read Cyrillic correctly), comma-separated, RFC 4180
// quoting, a header row of the column titles, then the ExportRole text of each column. Rows are
// streamed from one SQL query (PagedSqlModel::forEachRow), never all held in memory, and
// formatted straight into a byte buffer the way each column's PagedSqlModel::ExportSource
// says; the buffer goes to the file in large writes. The file is written to a temporary name
// and renamed at the end, so a cancelled or failed export leaves no partial file.
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

    // One field as RFC 4180 writes it: in double quotes, its quotes doubled, when it holds a
    // comma, a quote or a line break; else as it is.
    static QString quoted(const QString& field);
    static void appendQuoted(QByteArrayView utf8, QByteArray& out);
    // Money in an export: kopecks as roubles with a point and two digits ("-1234.05").
    static void appendMoney(qint64 kopecks, QByteArray& out);
    static QString moneyText(qint64 kopecks);
};

} // namespace sellercrm
