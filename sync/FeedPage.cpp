#include "FeedPage.h"

#include "JsonScanner.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

using Token = JsonScanner::Token;

// A feed table with its field names in UTF-8, so a change's keys are matched without turning
// them into QStrings.
struct TableFields final
{
    const CacheSchema::EntityTable* table = nullptr;
    QByteArray type;
    QList<QByteArray> names;
};

const QList<TableFields>& allTableFields()
{
    static const QList<TableFields> all = [] {
        QList<TableFields> tables;
        for (const CacheSchema::EntityTable& table : CacheSchema::entityTables()) {
            TableFields fields{&table, table.type.toUtf8(), {}};
            for (const CacheSchema::Field& field : table.fields)
                fields.names << field.name.toUtf8();
            tables << fields;
        }
        return tables;
    }();
    return all;
}

const TableFields* fieldsOfType(QByteArrayView type)
{
    for (const TableFields& fields : allTableFields()) {
        if (fields.type == type)
            return &fields;
    }
    return nullptr;
}

const TableFields* fieldsOfTable(const CacheSchema::EntityTable* table)
{
    for (const TableFields& fields : allTableFields()) {
        if (fields.table == table)
            return &fields;
    }
    return nullptr;
}

// Members of a change usually come in the schema's order: the search starts after the last match.
qsizetype fieldIndex(const TableFields& fields, QByteArrayView key, qsizetype hint)
{
    const qsizetype count = fields.names.size();
    for (qsizetype step = 0; step < count; ++step) {
        const qsizetype index = (hint + step) % count;
        if (fields.names.at(index) == key)
            return index;
    }
    return -1;
}

// Reads changes into a FeedPage's flat buffers.
class PageReader final
{
public:
    explicit PageReader(FeedPage& page)
        : m_page(page)
    {
    }

    FeedValue storeText(QByteArrayView text)
    {
        FeedValue value;
        value.kind = FeedValue::Kind::Text;
        value.offset = m_page.text.size();
        value.size = text.size();
        m_page.text.append(text);
        return value;
    }

    // Reads the `data` object of an upsert into page.values[first ..]: every known field checked
    // against its kind, unknown members skipped. False with `why` empty on a syntax error.
    bool readData(JsonScanner& scanner, const TableFields& fields, qsizetype first, QString* why)
    {
        const Token token = scanner.peek();
        if (token != Token::Object) {
            *why = u"data must be an object, got %1"_s.arg(JsonScanner::describe(token));
            return false;
        }
        scanner.enterObject();
        qsizetype hint = 0;
        QByteArrayView key;
        while (scanner.nextMember(&key)) {
            const qsizetype index = fieldIndex(fields, key, hint);
            if (index < 0) {
                if (!scanner.skipValue())
                    return false;
                continue;
            }
            hint = index + 1;
            if (!readValue(scanner, fields.table->fields.at(index), &m_page.values[first + index], why))
                return false;
        }
        return !scanner.failed();
    }

private:
    bool readValue(JsonScanner& scanner, const CacheSchema::Field& field, FeedValue* value, QString* why)
    {
        const Token token = scanner.peek();
        const auto wrong = [&](const QString& expected) {
            *why = u"%1 must be %2, got %3"_s.arg(field.name, expected, JsonScanner::describe(token));
            return false;
        };
        if (token == Token::Null) {
            *value = FeedValue{};
            return scanner.readNull();
        }
        bool integral = false;
        qint64 number = 0;
        switch (field.kind) {
        case CacheSchema::FieldKind::Text: {
            if (token != Token::String)
                return wrong(u"a string"_s);
            QByteArrayView text;
            if (!scanner.readString(&text, &m_scratch))
                return false;
            *value = storeText(text);
            return true;
        }
        case CacheSchema::FieldKind::Integer:
            if (token != Token::Number)
                return wrong(u"an integer"_s);
            if (!scanner.readNumber(&integral, &number))
                return false;
            if (!integral)
                return wrong(u"an integer"_s);
            *value = FeedValue{FeedValue::Kind::Integer, number, 0, 0};
            return true;
        case CacheSchema::FieldKind::Boolean: {
            bool flag = false;
            if (token == Token::Boolean) {
                if (!scanner.readBoolean(&flag))
                    return false;
            } else if (token == Token::Number) {
                if (!scanner.readNumber(&integral, &number))
                    return false;
                if (!integral || (number != 0 && number != 1))
                    return wrong(u"a boolean"_s);
                flag = number == 1;
            } else {
                return wrong(u"a boolean"_s);
            }
            *value = FeedValue{FeedValue::Kind::Integer, flag ? 1 : 0, 0, 0};
            return true;
        }
        case CacheSchema::FieldKind::Json: {
            if (token != Token::Array && token != Token::Object)
                return wrong(u"an array or an object"_s);
            const qsizetype offset = m_page.text.size();
            if (!scanner.appendCompact(&m_page.text))
                return false;
            *value = FeedValue{FeedValue::Kind::Text, 0, offset, m_page.text.size() - offset};
            return true;
        }
        }
        return wrong(u"known"_s);
    }

    FeedPage& m_page;
    QByteArray m_scratch;
};

// Reads the `changes` array. The first invalid change stops the reading: the page is refused
// with that change's error (or with the schema version's, when it came first and is too new).
class ChangesReader final
{
public:
    ChangesReader(FeedPage& page, JsonScanner& scanner)
        : m_page(page)
        , m_scanner(scanner)
        , m_reader(page)
    {
    }

    void read(QString* invalid)
    {
        m_scanner.enterArray();
        qsizetype number = 0;
        while (invalid->isEmpty() && m_scanner.nextElement())
            readChange(++number, invalid);
    }

private:
    void readChange(qsizetype number, QString* invalid)
    {
        QByteArrayView type;
        QByteArrayView id;
        QByteArrayView op;
        QByteArray typeBuffer;
        QByteArray idBuffer;
        QByteArray opBuffer;
        const auto describeChange = [&](const QString& why) {
            *invalid = QObject::tr("Change %1 (%2 %3) of the sync page: %4")
                           .arg(number)
                           .arg(QString::fromUtf8(type), QString::fromUtf8(id), why);
        };
        if (m_scanner.peek() != Token::Object) {
            if (m_scanner.skipValue())
                describeChange(u"not an object"_s);
            return;
        }
        const TableFields* fields = nullptr;
        qsizetype firstValue = -1; // the values' slots, once `data` is read
        QByteArrayView deferredData;
        m_scanner.enterObject();
        QByteArrayView key;
        while (m_scanner.nextMember(&key)) {
            const auto readText = [&](QByteArrayView* target, QByteArray* buffer) {
                if (m_scanner.peek() == Token::String)
                    return m_scanner.readString(target, buffer);
                *target = {};
                return m_scanner.skipValue();
            };
            bool read = true;
            if (key == "type") {
                read = readText(&type, &typeBuffer);
                fields = fieldsOfType(type);
            } else if (key == "id") {
                read = readText(&id, &idBuffer);
            } else if (key == "op") {
                read = readText(&op, &opBuffer);
            } else if (key == "data" && fields && op != "delete") {
                firstValue = m_page.values.size();
                m_page.values.resize(firstValue + fields->names.size());
                QString why;
                if (!m_reader.readData(m_scanner, *fields, firstValue, &why))
                    return describeChange(why.isEmpty() ? m_scanner.error() : why);
            } else if (key == "data") { // before `type`: read once the type is known
                const qsizetype begin = m_scanner.position();
                read = m_scanner.skipValue();
                deferredData = m_scanner.text().sliced(begin, m_scanner.position() - begin);
            } else {
                read = m_scanner.skipValue();
            }
            if (!read)
                return;
        }
        if (m_scanner.failed())
            return;

        const bool remove = op == "delete";
        if (!remove && op != "upsert")
            return describeChange(u"unknown op \"%1\""_s.arg(QString::fromUtf8(op)));
        if (!fields)
            return describeChange(u"unknown entity type \"%1\""_s.arg(QString::fromUtf8(type)));
        if (id.isEmpty())
            return describeChange(u"the id is missing"_s);
        if (!remove && firstValue < 0) {
            firstValue = m_page.values.size();
            m_page.values.resize(firstValue + fields->names.size());
            JsonScanner data(deferredData.isEmpty() ? QByteArrayView("null") : deferredData);
            QString why;
            if (!m_reader.readData(data, *fields, firstValue, &why))
                return describeChange(why.isEmpty() ? data.error() : why);
        }
        FeedRow row;
        row.table = fields->table;
        row.remove = remove;
        row.firstValue = remove ? m_page.values.size() : firstValue;
        row.id = m_reader.storeText(id);
        m_page.rows.append(row);
    }

    FeedPage& m_page;
    JsonScanner& m_scanner;
    PageReader m_reader;
};

QVariant variantOf(const FeedPage& page, const FeedValue& value)
{
    switch (value.kind) {
    case FeedValue::Kind::Integer:
        return QVariant(value.integer);
    case FeedValue::Kind::Text:
        return QVariant(QString::fromUtf8(page.textOf(value)));
    case FeedValue::Kind::Null:
        break;
    }
    return QVariant();
}

} // namespace

FeedChange FeedPage::change(qsizetype index) const
{
    const FeedRow& row = rows.at(index);
    FeedChange change;
    change.table = row.table;
    change.id = QString::fromUtf8(textOf(row.id));
    change.remove = row.remove;
    if (!row.remove) {
        change.values.reserve(row.table->fields.size());
        for (qsizetype i = 0; i < row.table->fields.size(); ++i)
            change.values.append(variantOf(*this, values.at(row.firstValue + i)));
    }
    return change;
}

Outcome<FeedChange> FeedPage::parseEntity(const QString& type, const QString& id, const QJsonObject& data)
{
    using Result = Outcome<FeedChange>;
    const CacheSchema::EntityTable* table = CacheSchema::tableForType(type);
    if (!table)
        return Result::failure(u"unknown entity type \"%1\""_s.arg(type));
    if (id.isEmpty())
        return Result::failure(u"the id is missing"_s);
    FeedPage page;
    page.values.resize(table->fields.size());
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    JsonScanner scanner(json);
    QString why;
    if (!PageReader(page).readData(scanner, *fieldsOfTable(table), 0, &why))
        return Result::failure(why.isEmpty() ? scanner.error() : why);
    FeedChange change;
    change.table = table;
    change.id = id;
    change.values.reserve(table->fields.size());
    for (const FeedValue& value : std::as_const(page.values))
        change.values.append(variantOf(page, value));
    return Result(std::move(change));
}

Outcome<FeedPage> FeedPage::parse(const QByteArray& body)
{
    using Result = Outcome<FeedPage>;
    const auto invalidJson = [](const QString& why, qsizetype offset) {
        return Result::failure(QObject::tr("The sync page is not valid JSON (%1 at byte %2).").arg(why).arg(offset));
    };
    if (!QByteArrayView(body).isValidUtf8())
        return invalidJson(u"invalid UTF-8"_s, 0);
    JsonScanner scanner(body);
    if (scanner.peek() != Token::Object) {
        if (!scanner.skipValue() || !scanner.atEnd())
            return invalidJson(scanner.failed() ? scanner.error() : u"text after the value"_s, scanner.errorOffset());
        return Result::failure(QObject::tr("The sync page is not a JSON object."));
    }

    FeedPage page;
    page.values.reserve(body.size() / 16);
    page.text.reserve(body.size() / 2);
    Token version = Token::End;
    bool versionValid = false;
    Token cursor = Token::End;
    Token hasMore = Token::End;
    Token changes = Token::End;
    QString invalidChange;
    scanner.enterObject();
    QByteArrayView key;
    QByteArray scratch;
    while (scanner.nextMember(&key)) {
        const Token token = scanner.peek();
        if (key == "schema_version" && token == Token::Number) {
            version = token;
            bool integral = false;
            qint64 number = 0;
            scanner.readNumber(&integral, &number);
            versionValid = integral && number >= 1 && number <= std::numeric_limits<int>::max();
            page.schemaVersion = versionValid ? int(number) : 0;
        } else if (key == "cursor" && token == Token::String) {
            cursor = token;
            QByteArrayView text;
            scanner.readString(&text, &scratch);
            page.cursor = QString::fromUtf8(text);
        } else if (key == "has_more" && token == Token::Boolean) {
            hasMore = token;
            scanner.readBoolean(&page.hasMore);
        } else if (key == "changes" && token == Token::Array) {
            changes = token;
            ChangesReader(page, scanner).read(&invalidChange);
            if (!invalidChange.isEmpty())
                break;
        } else {
            if (key == "schema_version")
                version = token;
            else if (key == "cursor")
                cursor = token;
            else if (key == "has_more")
                hasMore = token;
            else if (key == "changes")
                changes = token;
            scanner.skipValue();
        }
    }
    if (scanner.failed())
        return invalidJson(scanner.error(), scanner.errorOffset());
    if (invalidChange.isEmpty() && !scanner.atEnd())
        return invalidJson(u"text after the object"_s, scanner.position());

    if (!invalidChange.isEmpty() && !(versionValid && page.schemaVersion > supportedSchemaVersion))
        return Result::failure(invalidChange);
    if (!versionValid)
        return Result::failure(
            QObject::tr("The sync page has no valid schema_version (got %1).").arg(JsonScanner::describe(version)));
    if (page.schemaVersion > supportedSchemaVersion)
        return Result::failure(QObject::tr("The server sends sync schema version %1, but this Seller CRM understands "
                                           "only up to version %2. Update Seller CRM; nothing was changed.")
                                   .arg(page.schemaVersion)
                                   .arg(supportedSchemaVersion));
    if (cursor != Token::String || page.cursor.isEmpty())
        return Result::failure(QObject::tr("The sync page has no cursor (got %1).").arg(JsonScanner::describe(cursor)));
    if (hasMore != Token::Boolean)
        return Result::failure(
            QObject::tr("The sync page's has_more must be a boolean, got %1.").arg(JsonScanner::describe(hasMore)));
    if (changes != Token::Array)
        return Result::failure(
            QObject::tr("The sync page's changes must be an array, got %1.").arg(JsonScanner::describe(changes)));
    return Result(std::move(page));
}

} // namespace sellercrm
