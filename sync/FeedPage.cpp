#include "FeedPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

Outcome<QVariant> columnValue(const CacheSchema::Field& field, const QJsonValue& value)
{
    using Result = Outcome<QVariant>;
    if (value.isNull() || value.isUndefined())
        return Result(QVariant());
    const auto wrong = [&](const QString& expected) {
        return Result::failure(u"%1 must be %2, got %3"_s.arg(field.name, expected, typeName(value)));
    };
    switch (field.kind) {
    case CacheSchema::FieldKind::Text:
        if (!value.isString())
            return wrong(u"a string"_s);
        return Result(QVariant(value.toString()));
    case CacheSchema::FieldKind::Integer: {
        if (!value.isDouble())
            return wrong(u"an integer"_s);
        const double number = value.toDouble();
        if (std::trunc(number) != number || std::abs(number) > 9.0e15)
            return wrong(u"an integer"_s);
        return Result(QVariant(qint64(number)));
    }
    case CacheSchema::FieldKind::Boolean:
        if (value.isBool())
            return Result(QVariant(value.toBool() ? 1 : 0));
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return Result(QVariant(int(value.toDouble())));
        return wrong(u"a boolean"_s);
    case CacheSchema::FieldKind::Json:
        if (value.isArray())
            return Result(QVariant(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))));
        if (value.isObject())
            return Result(
                QVariant(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))));
        return wrong(u"an array or an object"_s);
    }
    return wrong(u"known"_s);
}

} // namespace

Outcome<FeedChange> FeedPage::parseEntity(const QString& type, const QString& id, const QJsonObject& data)
{
    using Result = Outcome<FeedChange>;
    FeedChange change;
    change.table = CacheSchema::tableForType(type);
    if (!change.table)
        return Result::failure(u"unknown entity type \"%1\""_s.arg(type));
    if (id.isEmpty())
        return Result::failure(u"the id is missing"_s);
    change.id = id;
    change.values.reserve(change.table->fields.size());
    for (const CacheSchema::Field& field : change.table->fields) {
        auto value = columnValue(field, data.value(field.name));
        if (!value)
            return Result::failure(value.error());
        change.values.append(std::move(value).value());
    }
    return Result(std::move(change));
}

Outcome<FeedPage> FeedPage::parse(const QByteArray& body)
{
    using Result = Outcome<FeedPage>;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(QObject::tr("The sync page is not valid JSON (%1 at byte %2).")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!document.isObject())
        return Result::failure(QObject::tr("The sync page is not a JSON object."));
    const QJsonObject root = document.object();

    FeedPage page;
    const QJsonValue version = root.value(u"schema_version"_s);
    if (!version.isDouble() || version.toDouble() < 1 || std::trunc(version.toDouble()) != version.toDouble())
        return Result::failure(QObject::tr("The sync page has no valid schema_version (got %1).").arg(typeName(version)));
    page.schemaVersion = version.toInt();
    if (page.schemaVersion > supportedSchemaVersion)
        return Result::failure(QObject::tr("The server sends sync schema version %1, but this Seller CRM understands "
                                           "only up to version %2. Update Seller CRM; nothing was changed.")
                                   .arg(page.schemaVersion)
                                   .arg(supportedSchemaVersion));
    const QJsonValue cursor = root.value(u"cursor"_s);
    if (!cursor.isString() || cursor.toString().isEmpty())
        return Result::failure(QObject::tr("The sync page has no cursor (got %1).").arg(typeName(cursor)));
    page.cursor = cursor.toString();
    const QJsonValue hasMore = root.value(u"has_more"_s);
    if (!hasMore.isBool())
        return Result::failure(QObject::tr("The sync page's has_more must be a boolean, got %1.").arg(typeName(hasMore)));
    page.hasMore = hasMore.toBool();
    const QJsonValue changes = root.value(u"changes"_s);
    if (!changes.isArray())
        return Result::failure(QObject::tr("The sync page's changes must be an array, got %1.").arg(typeName(changes)));

    const QJsonArray array = changes.toArray();
    page.changes.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QJsonObject change = item.toObject();
        const QString type = change.value(u"type"_s).toString();
        const QString id = change.value(u"id"_s).toString();
        const QString op = change.value(u"op"_s).toString();
        const auto fail = [&](const QString& why) {
            return Result::failure(
                QObject::tr("Change %1 (%2 %3) of the sync page: %4").arg(i + 1).arg(type, id, why));
        };
        if (!item.isObject())
            return fail(u"not an object"_s);
        if (op == u"delete"_s) {
            FeedChange removal;
            removal.table = CacheSchema::tableForType(type);
            removal.id = id;
            removal.remove = true;
            if (!removal.table)
                return fail(u"unknown entity type \"%1\""_s.arg(type));
            if (id.isEmpty())
                return fail(u"the id is missing"_s);
            page.changes.append(std::move(removal));
            continue;
        }
        if (op != u"upsert"_s)
            return fail(u"unknown op \"%1\""_s.arg(op));
        const QJsonValue data = change.value(u"data"_s);
        if (!data.isObject())
            return fail(u"data must be an object, got %1"_s.arg(typeName(data)));
        auto parsed = parseEntity(type, id, data.toObject());
        if (!parsed)
            return fail(parsed.error());
        page.changes.append(std::move(parsed).value());
    }
    return Result(std::move(page));
}

} // namespace sellercrm
