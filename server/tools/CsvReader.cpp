#include "tools/CsvReader.h"

#include <algorithm>
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
    if (!m_file.open(QIODevice::ReadOnly)) {
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

CsvReader::Parse CsvReader::parseRecord()
{
    // Parses one record starting at m_pos; on NeedMore nothing is consumed.
    m_record.clear();
    m_fieldEnds.clear();
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype pos = m_pos;
    qint64 lines = 0;
    while (true) {
        // One field.
        if (pos < size && data[pos] == '"') {
            ++pos;
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
                for (qsizetype k = pos; k < quote; ++k)
                    lines += data[k] == '\n' ? 1 : 0;
                m_record.append(data + pos, quote - pos);
                if (quote + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                if (quote + 1 < size && data[quote + 1] == '"') {
                    m_record.append('"');
                    pos = quote + 2;
                    continue;
                }
                pos = quote + 1;
                break;
            }
            if (pos < size && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
                m_error = QStringLiteral("bad quoting: unexpected character after a closing quote");
                return Parse::Failed;
            }
        } else {
            const qsizetype start = pos;
            while (pos < size && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r') {
                if (data[pos] == '"') {
                    m_error = QStringLiteral("bad quoting: a quote inside an unquoted field");
                    return Parse::Failed;
                }
                ++pos;
            }
            if (pos >= size && !m_eof)
                return Parse::NeedMore;
            m_record.append(data + start, pos - start);
        }
        m_fieldEnds.push_back(m_record.size());
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
        const Parse parse = parseRecord();
        if (parse == Parse::NeedMore) {
            fill(); // reads more, or sets m_eof so that the next parse completes or fails
            continue;
        }
        if (parse == Parse::Failed)
            return Status::Error;
        m_fields.clear();
        qsizetype start = 0;
        for (const qsizetype end : m_fieldEnds) {
            m_fields.emplace_back(m_record.constData() + start, end - start);
            start = end;
        }
        if (!isValidUtf8(QByteArrayView(m_record))) {
            m_error = QStringLiteral("not valid UTF-8");
            return Status::Error;
        }
        return Status::Record;
    }
}

} // namespace sellercrm::server
