#pragma once

#include "CacheSchema.h"
#include "Outcome.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace sellercrm {

// One change of the sync feed, validated and converted to the column values of its table.
struct FeedChange final
{
    const CacheSchema::EntityTable* table = nullptr;
    QString id;
    bool remove = false;
    QVariantList values; // one per table->fields, in order (upserts only)
};

// One column value of a page's change, as the cache stores it: NULL, an INTEGER (booleans 0/1)
// or TEXT (strings; arrays and objects as compact JSON) held in the page's text buffer.
struct FeedValue final
{
    enum class Kind : quint8
    {
        Null,
        Integer,
        Text,
    };
    Kind kind = Kind::Null;
    qint64 integer = 0;   // Integer
    qsizetype offset = 0; // Text: the bytes [offset, offset + size) of FeedPage::text
    qsizetype size = 0;
};

// One change of a page: its table, id and, for an upsert, its values
// FeedPage::values[firstValue .. firstValue + table->fields.size()).
struct FeedRow final
{
    const CacheSchema::EntityTable* table = nullptr;
    FeedValue id;
    bool remove = false;
    qsizetype firstValue = 0;
};

// One page of `GET /api/v1/sync` (docs/api/SYNC.md), fully validated before anything is applied.
// The page is read by a streaming scanner into flat buffers (no JSON tree, no QVariant per
// value), so the writer can bind the values to SQLite as they are.
struct FeedPage final
{
    static constexpr int supportedSchemaVersion = 1;

    int schemaVersion = 0;
    QString cursor;
    bool hasMore = false;
    QList<FeedRow> rows;
    QList<FeedValue> values;
    QByteArray text; // UTF-8 of every Text value, one after the other

    qsizetype changeCount() const { return rows.size(); }
    QByteArrayView textOf(const FeedValue& value) const { return QByteArrayView(text).sliced(value.offset, value.size); }
    // Row `index` as a FeedChange (QString id, QVariant values).
    FeedChange change(qsizetype index) const;

    // Parses and checks a page: JSON shape, schema version, every change's type, op, id and the
    // type of every field. The error names the change and the field ("change 17 (buyer B12):
    // orders_90d must be an integer, got a string").
    static Outcome<FeedPage> parse(const QByteArray& body);
    // Converts one entity's `data` (a feed change, or the body the server returns for a write).
    static Outcome<FeedChange> parseEntity(const QString& type, const QString& id, const QJsonObject& data);
};

} // namespace sellercrm
