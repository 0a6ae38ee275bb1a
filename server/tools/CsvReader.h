#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <vector>

namespace sellercrm::server {

// A streaming RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas,
// line breaks and doubled quotes (""), records end with LF or CRLF; a UTF-8 BOM is skipped and
// every record is checked to be valid UTF-8. Reads the file in 4 MB blocks; fields are views into
// the block (no copy) except quoted fields with doubled quotes, which are decoded into a side
// buffer. Memory stays at one read block plus one record.
class CsvReader final
{
public:
    enum class Status
    {
        Record,
        End,
        Error
    };

    explicit CsvReader(const QString& path);
    Q_DISABLE_COPY_MOVE(CsvReader)

    bool open();
    // Reads the next record. On Error, errorMessage() says why (line() is where the record began).
    Status next();

    // The fields of the last record: views valid until the next call of next().
    const std::vector<QByteArrayView>& fields() const { return m_fields; }
    // 1-based line on which the last record (or the failing one) begins.
    qint64 line() const { return m_recordLine; }
    const QString& errorMessage() const { return m_error; }

    static bool isValidUtf8(QByteArrayView bytes);

private:
    enum class Parse
    {
        Complete,
        NeedMore,
        Failed
    };
    // Where a field's bytes are: in the read block, or decoded in m_decoded.
    struct FieldSpan
    {
        qsizetype offset = 0;
        qsizetype size = 0;
        bool decoded = false;
    };
    Parse parseRecord();
    Parse parseQuoted(qsizetype& pos, qint64& lines);
    bool fill();

    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QByteArray m_decoded; // quoted fields with doubled quotes, unescaped
    std::vector<FieldSpan> m_spans;
    std::vector<QByteArrayView> m_fields;
    QString m_error;
};

} // namespace sellercrm::server
