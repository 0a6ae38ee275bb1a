#include "table/CsvExporter.h"

#include "table/PagedSqlModel.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sellercrm {

QString CsvExporter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

Outcome<qint64> CsvExporter::write(const PagedSqlModel& model, const QList<int>& columns, const QString& path,
                                   const Progress& progress, qint64 progressEvery)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray buffer("\xEF\xBB\xBF");
    buffer.reserve(1 << 20);
    QStringList header;
    for (int column : columns)
        header << quoted(model.headerData(column, Qt::Horizontal).toString());
    buffer += header.join(u',').toUtf8() + "\r\n";

    const qint64 total = model.exactCount();
    qint64 written = 0;
    bool cancelled = false;
    bool writeFailed = false;
    QString line;
    const bool read = model.forEachRow([&](const QVariantList& row) {
        line.clear();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                line += u',';
            line += quoted(model.exportText(row, columns.at(i)));
        }
        line += u"\r\n"_s;
        buffer += line.toUtf8();
        ++written;
        if (buffer.size() > (1 << 20)) {
            writeFailed = file.write(buffer) != buffer.size();
            buffer.clear();
        }
        if (progress && progressEvery > 0 && written % progressEvery == 0 && !progress(written, total))
            cancelled = true;
        return !cancelled && !writeFailed;
    });
    if (!read)
        return Outcome<qint64>::failure(model.lastError());
    if (cancelled) {
        file.cancelWriting();
        return Outcome<qint64>::failure(tr("The export was cancelled."));
    }
    if (writeFailed || file.write(buffer) != buffer.size() || !file.commit())
        return Outcome<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(written, total);
    return Outcome<qint64>(written);
}

} // namespace sellercrm
