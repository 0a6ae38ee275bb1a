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

// One page of `GET /api/v1/sync` (docs/api/SYNC.md), fully validated before anything is applied.
struct FeedPage final
{
    static constexpr int supportedSchemaVersion = 1;

    int schemaVersion = 0;
    QString cursor;
    bool hasMore = false;
    QList<FeedChange> changes;

    // Parses and checks a page: JSON shape, schema version, every change's type, op, id and the
    // type of every field. The error names the change and the field ("change 17 (buyer B12):
    // orders_90d must be an integer, got a string").
    static Outcome<FeedPage> parse(const QByteArray& body);
    // Converts one entity's `data` (a feed change, or the body the server returns for a write).
    static Outcome<FeedChange> parseEntity(const QString& type, const QString& id, const QJsonObject& data);
};

} // namespace sellercrm
