#include "JsonScanner.h"

#include <array>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr int maxDepth = 512;
constexpr double maxExactInteger = 9.0e15;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits at `p` (already checked by the scanner).
char32_t hexUnit(const char* p)
{
    return char32_t(hexDigit(p[0]) << 12 | hexDigit(p[1]) << 8 | hexDigit(p[2]) << 4 | hexDigit(p[3]));
}

void appendUtf8(QByteArray* out, char32_t code)
{
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xC0 | (code >> 6)));
        out->append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(char(0xE0 | (code >> 12)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    } else {
        out->append(char(0xF0 | (code >> 18)));
        out->append(char(0x80 | ((code >> 12) & 0x3F)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    }
}

// Decodes the escapes of a checked string body; a lone surrogate becomes U+FFFD.
void decodeEscapes(QByteArrayView body, QByteArray* out)
{
    out->clear();
    const char* p = body.data();
    const char* end = p + body.size();
    while (p < end) {
        if (*p != '\\') {
            out->append(*p++);
            continue;
        }
        const char kind = p[1];
        p += 2;
        switch (kind) {
        case 'b':
            out->append('\b');
            break;
        case 'f':
            out->append('\f');
            break;
        case 'n':
            out->append('\n');
            break;
        case 'r':
            out->append('\r');
            break;
        case 't':
            out->append('\t');
            break;
        case 'u': {
            char32_t code = hexUnit(p);
            p += 4;
            if (code >= 0xD800 && code <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char32_t low = hexUnit(p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                code = 0xFFFD;
            appendUtf8(out, code);
            break;
        }
        default: // '"', '\\', '/'
            out->append(kind);
            break;
        }
    }
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_text(text)
{
}

bool JsonScanner::fail(const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = m_pos;
    }
    return false;
}

void JsonScanner::skipWhitespace()
{
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonScanner::expect(char c, const char* what)
{
    skipWhitespace();
    if (m_pos >= m_text.size() || m_text[m_pos] != c)
        return fail(m_pos >= m_text.size() ? u"unexpected end of the text"_s : u"expected %1"_s.arg(QLatin1StringView(what)));
    ++m_pos;
    return true;
}

JsonScanner::Token JsonScanner::peek()
{
    if (failed())
        return Token::Invalid;
    skipWhitespace();
    if (m_pos >= m_text.size())
        return Token::End;
    switch (m_text[m_pos]) {
    case 'n':
        return Token::Null;
    case 't':
    case 'f':
        return Token::Boolean;
    case '"':
        return Token::String;
    case '[':
        return Token::Array;
    case '{':
        return Token::Object;
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return Token::Number;
    default:
        return Token::Invalid;
    }
}

QString JsonScanner::describe(Token token)
{
    // In the order of Token.
    static const std::array<QLatin1StringView, 8> names{
        "nothing"_L1, "null"_L1, "a boolean"_L1, "a number"_L1, "a string"_L1, "an array"_L1, "an object"_L1, "nothing"_L1};
    return QString(names.at(size_t(token)));
}

bool JsonScanner::enter(char open, const char* what)
{
    if (failed() || !expect(open, what))
        return false;
    m_first.push_back(true);
    return true;
}

bool JsonScanner::advance(char close)
{
    if (failed() || m_first.empty())
        return fail(u"nothing is open"_s);
    skipWhitespace();
    if (m_pos < m_text.size() && m_text[m_pos] == close) {
        ++m_pos;
        m_first.pop_back();
        return false;
    }
    if (!m_first.back() && !expect(',', close == '}' ? "',' or '}'" : "',' or ']'"))
        return false;
    m_first.back() = false;
    return true;
}

bool JsonScanner::enterObject()
{
    return enter('{', "an object");
}

bool JsonScanner::nextMember(QByteArrayView* key)
{
    if (!advance('}'))
        return false;
    skipWhitespace();
    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
        return fail(u"expected a member name"_s);
    return readString(key, &m_keyScratch) && expect(':', "':'");
}

bool JsonScanner::enterArray()
{
    return enter('[', "an array");
}

bool JsonScanner::nextElement()
{
    return advance(']');
}

bool JsonScanner::scanString(QByteArray* decoded, qsizetype* begin, qsizetype* end)
{
    // At the opening quote.
    const char* data = m_text.data();
    const qsizetype size = m_text.size();
    qsizetype i = m_pos + 1;
    bool escaped = false;
    for (;;) {
        if (i >= size)
            return fail(u"unterminated string"_s);
        const auto c = uchar(data[i]);
        if (c == '"')
            break;
        if (c < 0x20) {
            m_pos = i;
            return fail(u"control character in a string"_s);
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        escaped = true;
        const char kind = i + 1 < size ? data[i + 1] : '\0';
        if (kind == 'u') {
            if (i + 6 > size || hexDigit(data[i + 2]) < 0 || hexDigit(data[i + 3]) < 0 || hexDigit(data[i + 4]) < 0
                || hexDigit(data[i + 5]) < 0) {
                m_pos = i;
                return fail(u"invalid \\u escape"_s);
            }
            i += 6;
            continue;
        }
        if (kind != '"' && kind != '\\' && kind != '/' && kind != 'b' && kind != 'f' && kind != 'n' && kind != 'r'
            && kind != 't') {
            m_pos = i;
            return fail(u"invalid escape"_s);
        }
        i += 2;
    }
    *begin = m_pos + 1;
    *end = i;
    m_pos = i + 1;
    if (escaped && decoded)
        decodeEscapes(m_text.sliced(*begin, *end - *begin), decoded);
    else if (decoded)
        decoded->clear();
    return true;
}

bool JsonScanner::readString(QByteArrayView* value, QByteArray* scratch)
{
    if (peek() != Token::String)
        return fail(u"expected a string"_s);
    qsizetype begin = 0;
    qsizetype end = 0;
    if (!scanString(scratch, &begin, &end))
        return false;
    // Every escape decodes to at least one byte: an empty scratch means the text had none.
    *value = scratch->isEmpty() ? m_text.sliced(begin, end - begin) : QByteArrayView(*scratch);
    return true;
}

bool JsonScanner::scanNumber(qsizetype* begin, qsizetype* end)
{
    const qsizetype size = m_text.size();
    const auto digitAt = [&](qsizetype i) { return i < size && m_text[i] >= '0' && m_text[i] <= '9'; };
    qsizetype i = m_pos;
    *begin = i;
    if (i < size && m_text[i] == '-')
        ++i;
    if (!digitAt(i))
        return fail(u"invalid number"_s);
    if (m_text[i] == '0')
        ++i;
    else
        while (digitAt(i))
            ++i;
    if (i < size && m_text[i] == '.') {
        ++i;
        if (!digitAt(i))
            return fail(u"invalid number"_s);
        while (digitAt(i))
            ++i;
    }
    if (i < size && (m_text[i] == 'e' || m_text[i] == 'E')) {
        ++i;
        if (i < size && (m_text[i] == '+' || m_text[i] == '-'))
            ++i;
        if (!digitAt(i))
            return fail(u"invalid number"_s);
        while (digitAt(i))
            ++i;
    }
    *end = i;
    m_pos = i;
    return true;
}

bool JsonScanner::readNumber(bool* integral, qint64* integer)
{
    if (peek() != Token::Number)
        return fail(u"expected a number"_s);
    qsizetype begin = 0;
    qsizetype end = 0;
    if (!scanNumber(&begin, &end))
        return false;
    const char* first = m_text.data() + begin;
    const char* last = m_text.data() + end;
    const bool negative = *first == '-';
    const char* digits = negative ? first + 1 : first;
    if (last - digits <= 16 && std::all_of(digits, last, [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 value = 0;
        for (const char* p = digits; p < last; ++p)
            value = value * 10 + (*p - '0');
        *integral = value <= qint64(maxExactInteger);
        *integer = negative ? -value : value;
        return true;
    }
    double value = 0;
    const auto parsed = std::from_chars(first, last, value);
    *integral = parsed.ec == std::errc() && std::trunc(value) == value && std::abs(value) <= maxExactInteger;
    *integer = *integral ? qint64(value) : 0;
    return true;
}

bool JsonScanner::scanLiteral(QByteArrayView literal)
{
    if (m_text.sliced(m_pos).startsWith(literal)) {
        m_pos += literal.size();
        return true;
    }
    return fail(u"invalid literal"_s);
}

bool JsonScanner::readBoolean(bool* value)
{
    if (peek() != Token::Boolean)
        return fail(u"expected a boolean"_s);
    *value = m_text[m_pos] == 't';
    return scanLiteral(*value ? QByteArrayView("true") : QByteArrayView("false"));
}

bool JsonScanner::readNull()
{
    if (peek() != Token::Null)
        return fail(u"expected null"_s);
    return scanLiteral("null");
}

bool JsonScanner::copyValue(QByteArray* out, int depth)
{
    if (depth > maxDepth)
        return fail(u"values nested too deeply"_s);
    const Token token = peek();
    const qsizetype start = m_pos;
    qsizetype begin = 0;
    qsizetype end = 0;
    switch (token) {
    case Token::Object:
    case Token::Array: {
        const bool object = token == Token::Object;
        ++m_pos;
        if (out)
            out->append(object ? '{' : '[');
        skipWhitespace();
        const char close = object ? '}' : ']';
        if (m_pos < m_text.size() && m_text[m_pos] == close) {
            ++m_pos;
            if (out)
                out->append(close);
            return true;
        }
        for (;;) {
            if (object) {
                skipWhitespace();
                const qsizetype keyStart = m_pos;
                if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                    return fail(u"expected a member name"_s);
                if (!scanString(nullptr, &begin, &end) || !expect(':', "':'"))
                    return false;
                if (out) {
                    out->append(m_text.sliced(keyStart, end + 1 - keyStart));
                    out->append(':');
                }
            }
            if (!copyValue(out, depth + 1))
                return false;
            skipWhitespace();
            if (m_pos >= m_text.size())
                return fail(u"unexpected end of the text"_s);
            const char next = m_text[m_pos++];
            if (out)
                out->append(next);
            if (next == close)
                return true;
            if (next != ',') {
                --m_pos;
                return fail(object ? u"expected ',' or '}'"_s : u"expected ',' or ']'"_s);
            }
        }
    }
    case Token::String:
        if (!scanString(nullptr, &begin, &end))
            return false;
        break;
    case Token::Number:
        if (!scanNumber(&begin, &end))
            return false;
        break;
    case Token::Boolean:
        if (!scanLiteral(m_text[m_pos] == 't' ? QByteArrayView("true") : QByteArrayView("false")))
            return false;
        break;
    case Token::Null:
        if (!scanLiteral("null"))
            return false;
        break;
    case Token::End:
        return fail(u"unexpected end of the text"_s);
    case Token::Invalid:
        return fail(u"expected a value"_s);
    }
    if (out)
        out->append(m_text.sliced(start, m_pos - start));
    return true;
}

bool JsonScanner::appendCompact(QByteArray* out)
{
    return copyValue(out, 0);
}

bool JsonScanner::skipValue()
{
    return copyValue(nullptr, 0);
}

bool JsonScanner::atEnd()
{
    skipWhitespace();
    return !failed() && m_pos >= m_text.size();
}

} // namespace sellercrm
