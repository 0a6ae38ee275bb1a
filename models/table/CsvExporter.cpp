#include "table/CsvExporter.h"

#include "table/PagedSqlModel.h"
#include "table/SqliteRowReader.h"

#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr qsizetype writeBytes = 1 << 20;    // the buffer goes to the file once it holds this much
constexpr qsizetype distinctLimit = 1 << 17; // texts kept per PerValue column before starting over

// The QVariants of the walk's current row, made only when a column needs them, and then once.
class RowValues final
{
public:
    explicit RowValues(const SqliteRowReader& reader)
        : m_reader(reader)
    {}
    const QVariantList& values()
    {
        if (!m_made) {
            m_values = m_reader.values();
            m_made = true;
        }
        return m_values;
    }

private:
    const SqliteRowReader& m_reader;
    QVariantList m_values;
    bool m_made = false;
};

// Appends one column's quoted UTF-8 field for the current row, the way the model's
// ExportSource says; every way gives the bytes of the ExportRole text.
class FieldWriter final
{
public:
    FieldWriter(const PagedSqlModel& model, int column)
        : m_model(model)
        , m_column(column)
        , m_source(model.exportSource(column))
    {}

    void append(const SqliteRowReader& row, RowValues& values, QByteArray& out)
    {
        const int at = m_source.valueIndex;
        switch (m_source.kind) {
        case PagedSqlModel::ExportSource::StoredText:
            if (row.isText(at) || row.isNull(at)) {
                CsvExporter::appendQuoted(row.text(at), out);
                return;
            }
            break;
        case PagedSqlModel::ExportSource::Kopecks:
            if (row.isInteger(at) || row.isNull(at)) {
                CsvExporter::appendMoney(row.integer(at), out);
                return;
            }
            break;
        case PagedSqlModel::ExportSource::PerValue:
            appendPerValue(row, values, out);
            return;
        case PagedSqlModel::ExportSource::RowText:
            break;
        }
        appendRowText(values, out);
    }

private:
    void appendRowText(RowValues& values, QByteArray& out) const
    {
        CsvExporter::appendQuoted(m_model.exportText(values.values(), m_column).toUtf8(), out);
    }

    // The text of a value is made once and then found by the value's type and bytes. Numbers
    // are keyed by their bits, never converted to text: two reals may print alike, and SQLite's
    // type of a converted value is no longer what it was.
    void appendPerValue(const SqliteRowReader& row, RowValues& values, QByteArray& out)
    {
        const int at = m_source.valueIndex;
        m_key.resize(0);
        if (row.isNull(at)) {
            m_key.append('n');
        } else if (row.isText(at)) {
            m_key.append('t').append(row.text(at));
        } else if (row.isInteger(at)) {
            const qint64 integer = row.integer(at);
            m_key.append('i').append(reinterpret_cast<const char*>(&integer), sizeof integer);
        } else if (const QVariant value = row.value(at); value.typeId() == QMetaType::Double) {
            const double real = value.toDouble();
            m_key.append('f').append(reinterpret_cast<const char*>(&real), sizeof real);
        } else {
            m_key.append('b').append(value.toByteArray());
        }
        const auto known = m_texts.constFind(m_key);
        if (known != m_texts.cend()) {
            out += *known;
            return;
        }
        QByteArray field;
        appendRowText(values, field);
        if (m_texts.size() >= distinctLimit)
            m_texts.clear();
        m_texts.insert(m_key, field);
        out += field;
    }

    const PagedSqlModel& m_model;
    int m_column;
    PagedSqlModel::ExportSource m_source;
    QHash<QByteArray, QByteArray> m_texts; // PerValue: the field of each value met
    QByteArray m_key;
};

} // namespace

QString CsvExporter::quoted(const QString& field)
{
    QByteArray out;
    appendQuoted(field.toUtf8(), out);
    return QString::fromUtf8(out);
}

void CsvExporter::appendQuoted(QByteArrayView utf8, QByteArray& out)
{
    // In UTF-8 these bytes never occur inside a multi-byte character.
    const auto special = [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; };
    if (std::none_of(utf8.begin(), utf8.end(), special)) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void CsvExporter::appendMoney(qint64 kopecks, QByteArray& out)
{
    quint64 magnitude = kopecks < 0 ? 0 - quint64(kopecks) : quint64(kopecks);
    char text[24];
    char* const end = text + sizeof text;
    char* at = end;
    const auto cents = unsigned(magnitude % 100);
    *--at = char('0' + cents % 10);
    *--at = char('0' + cents / 10);
    *--at = '.';
    magnitude /= 100;
    do {
        *--at = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (kopecks < 0)
        *--at = '-';
    out.append(at, end - at);
}

QString CsvExporter::moneyText(qint64 kopecks)
{
    QByteArray text;
    appendMoney(kopecks, text);
    return QString::fromLatin1(text);
}

Outcome<qint64> CsvExporter::write(const PagedSqlModel& model, const QList<int>& columns, const QString& path,
                                   const Progress& progress, qint64 progressEvery)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray buffer("\xEF\xBB\xBF");
    buffer.reserve(writeBytes + (writeBytes >> 2));
    std::vector<FieldWriter> fields;
    for (int column : columns) {
        if (!fields.empty())
            buffer.append(',');
        appendQuoted(model.headerData(column, Qt::Horizontal).toString().toUtf8(), buffer);
        fields.emplace_back(model, column);
    }
    buffer.append("\r\n");

    const qint64 total = model.exactCount();
    qint64 written = 0;
    bool cancelled = false;
    bool writeFailed = false;
    const bool read = model.forEachRow([&](const SqliteRowReader& row) {
        RowValues values(row);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                buffer.append(',');
            fields[i].append(row, values, buffer);
        }
        buffer.append("\r\n");
        ++written;
        if (buffer.size() >= writeBytes) {
            writeFailed = file.write(buffer) != buffer.size();
            buffer.resize(0);
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
