#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace sellercrm {

// A forward-only reader of one JSON text (RFC 8259) in UTF-8, for the sync feed's pages: it
// builds no tree, so a page of thousands of changes is read without an allocation per value.
// The caller walks the document it expects (enterObject / nextMember, enterArray / nextElement,
// read... for scalars) and skips what it does not need. The first syntax error stops the scanner:
// every later call returns false and error() / errorOffset() tell what and where.
// Strings come back as UTF-8 with their escapes decoded; the text must be valid UTF-8
// (isValidUtf8() is checked once for the whole text by the caller).
class JsonScanner final
{
public:
    enum class Token
    {
        End,
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
        Invalid,
    };

    explicit JsonScanner(QByteArrayView text);

    // The kind of the next value (whitespace skipped), without consuming it.
    Token peek();
    // "a string", "an array", ... for error messages.
    static QString describe(Token token);

    bool enterObject();
    // The next member's key of the object entered last: false at its end (consumed) or on an error.
    bool nextMember(QByteArrayView* key);
    bool enterArray();
    // True when the array entered last has another element; false at its end (consumed) or on an error.
    bool nextElement();

    // The string's content; a view of the text, or of `scratch` when it had escapes to decode.
    bool readString(QByteArrayView* value, QByteArray* scratch);
    // A number; `integral` tells whether it has an exact integer value within ±9·10¹⁵ (`integer`).
    bool readNumber(bool* integral, qint64* integer);
    bool readBoolean(bool* value);
    bool readNull();
    // Any value, checked, appended to `out` without the whitespace between its tokens.
    bool appendCompact(QByteArray* out);
    bool skipValue();
    // True when only whitespace is left.
    bool atEnd();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    // Where the scanner is in text() (to cut out a value for another scanner to read later).
    qsizetype position() const { return m_pos; }
    QByteArrayView text() const { return m_text; }

private:
    bool fail(const QString& message);
    bool enter(char open, const char* what);
    // At the end of the innermost open object/array (consumed): false; else past the separator.
    bool advance(char close);
    void skipWhitespace();
    bool expect(char c, const char* what);
    bool scanString(QByteArray* decoded, qsizetype* begin, qsizetype* end);
    bool scanNumber(qsizetype* begin, qsizetype* end);
    bool scanLiteral(QByteArrayView literal);
    bool copyValue(QByteArray* out, int depth);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    std::vector<bool> m_first; // per open object/array: no member/element read yet
    QByteArray m_keyScratch;    // a member name with escapes, decoded
    QString m_error;
    qsizetype m_errorOffset = -1;
};

} // namespace sellercrm
