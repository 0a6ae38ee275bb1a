#include "tools/CsvReader.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace sellercrm::server {

namespace {
constexpr qsizetype readBlock = 4 * 1024 * 1024;
}

CsvReader::CsvReader(const QString& path)
    : m_file(path)
{}

bool CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + readBlock);
    const qint64 got = m_file.read(m_buffer.data() + kept, readBlock);
    m_buffer.resize(kept + std::max<qint64>(got, 0));
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    return true;
}

bool CsvReader::isValidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Eight ASCII bytes at a time (the CSV files are mostly ASCII).
        if (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, data + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > size)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800) ||
                              (length == 4 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

CsvReader::Parse CsvReader::parseQuoted(qsizetype& pos, qint64& lines)
{
    // pos is at the opening quote. The field is a view into the block unless it holds doubled
    // quotes; then it is unescaped into m_decoded.
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype start = ++pos;
    FieldSpan span{start, 0, false};
    while (true) {
        const void* found =
            pos < size ? std::memchr(data + pos, '"', static_cast<size_t>(size - pos)) : nullptr;
        if (!found) {
            if (!m_eof)
                return Parse::NeedMore;
            m_error = QStringLiteral("bad quoting: a quoted field is not closed");
            return Parse::Failed;
        }
        const qsizetype quote = static_cast<const char*>(found) - data;
        lines += std::count(data + pos, data + quote, '\n');
        if (quote + 1 >= size && !m_eof)
            return Parse::NeedMore;
        if (quote + 1 < size && data[quote + 1] == '"') {
            if (!span.decoded) {
                span.decoded = true;
                span.offset = m_decoded.size();
            }
            m_decoded.append(data + pos, quote - pos).append('"');
            pos = quote + 2;
            continue;
        }
        if (span.decoded) {
            m_decoded.append(data + pos, quote - pos);
            span.size = m_decoded.size() - span.offset;
        } else {
            span.size = quote - start;
        }
        pos = quote + 1;
        break;
    }
    m_spans.push_back(span);
    return Parse::Complete;
}

CsvReader::Parse CsvReader::parseRecord()
{
    // Parses one record starting at m_pos; on NeedMore nothing is consumed.
    m_decoded.clear();
    m_spans.clear();
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype pos = m_pos;
    qint64 lines = 0;
    while (true) {
        // One field.
        if (pos < size && data[pos] == '"') {
            const Parse quoted = parseQuoted(pos, lines);
            if (quoted != Parse::Complete)
                return quoted;
            if (pos < size && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
                m_error = QStringLiteral("bad quoting: unexpected character after a closing quote");
                return Parse::Failed;
            }
        } else {
            const qsizetype start = pos;
            for (; pos < size; ++pos) {
                const char c = data[pos];
                if (c == ',' || c == '\n' || c == '\r')
                    break;
                if (c == '"') {
                    m_error = QStringLiteral("bad quoting: a quote inside an unquoted field");
                    return Parse::Failed;
                }
            }
            if (pos >= size && !m_eof)
                return Parse::NeedMore;
            m_spans.push_back({start, pos - start, false});
        }
        // After the field: a comma, a line end or the end of the file.
        if (pos >= size) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (data[pos] == ',') {
            ++pos;
            continue;
        }
        if (data[pos] == '\r') {
            if (pos + 1 >= size && !m_eof)
                return Parse::NeedMore;
            if (pos + 1 < size && data[pos + 1] == '\n')
                ++pos;
        }
        ++pos;
        ++lines;
        break;
    }
    m_pos = pos;
    m_line += lines;
    return Parse::Complete;
}

CsvReader::Status CsvReader::next()
{
    if (!m_started) {
        m_started = true;
        fill();
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    while (true) {
        if (m_pos >= m_buffer.size()) {
            if (!fill())
                return Status::End;
            continue;
        }
        m_recordLine = m_line;
        const qsizetype recordStart = m_pos;
        const Parse parse = parseRecord();
        if (parse == Parse::NeedMore) {
            fill(); // reads more, or sets m_eof so that the next parse completes or fails
            continue;
        }
        if (parse == Parse::Failed)
            return Status::Error;
        // Quotes and separators are ASCII: the raw record is valid UTF-8 exactly when its fields are.
        if (!isValidUtf8(QByteArrayView(m_buffer.constData() + recordStart, m_pos - recordStart))) {
            m_error = QStringLiteral("not valid UTF-8");
            return Status::Error;
        }
        m_fields.clear();
        for (const FieldSpan& span : m_spans)
            m_fields.emplace_back((span.decoded ? m_decoded.constData() : m_buffer.constData()) + span.offset,
                                  span.size);
        return Status::Record;
    }
}

} // namespace sellercrm::server
