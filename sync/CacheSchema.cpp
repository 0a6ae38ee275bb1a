#include "CacheSchema.h"

using namespace Qt::StringLiterals;

namespace sellercrm::CacheSchema {

namespace {

Field text(const QString& name)
{
    return {name, FieldKind::Text};
}
Field integer(const QString& name)
{
    return {name, FieldKind::Integer};
}
Field boolean(const QString& name)
{
    return {name, FieldKind::Boolean};
}
Field json(const QString& name)
{
    return {name, FieldKind::Json};
}

QString sqlType(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::Boolean:
        return u"INTEGER"_s;
    case FieldKind::Text:
    case FieldKind::Json:
        break;
    }
    return u"TEXT"_s;
}

const QString buyerActions = u"buyer_actions"_s;

QString createEntityTable(const EntityTable& table, const QStringList& extraColumns, const QString& name = {})
{
    QStringList columns{isKeyedByIndex(table) ? u"id TEXT NOT NULL"_s : u"id TEXT PRIMARY KEY NOT NULL"_s};
    for (const Field& field : table.fields)
        columns << quotedColumn(field.name) + u' ' + sqlType(field.kind);
    columns << extraColumns;
    return u"CREATE TABLE IF NOT EXISTS "_s + (name.isEmpty() ? table.table : name) + u" ("_s + columns.join(u", "_s)
         + u')';
}

// Local columns of `communications` that are not feed fields: the audience's segment and
// sub-segment (COM-5 filter) and the outbox state of a row the seller made or deleted offline.
const QStringList communicationLocalColumns{u"audience_segment TEXT"_s, u"audience_subsegment TEXT"_s,
                                            u"local_state TEXT"_s};
// Local column of `saved_audiences`: the outbox state of an audience saved or deleted offline.
const QStringList audienceLocalColumns{u"local_state TEXT"_s};

QStringList localColumns(const EntityTable& table)
{
    if (table.table == u"communications"_s)
        return communicationLocalColumns;
    if (table.table == u"saved_audiences"_s)
        return audienceLocalColumns;
    return {};
}

const QString createOutbox = uR"(CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    op TEXT NOT NULL,
    target_id TEXT,
    body TEXT,
    state TEXT NOT NULL DEFAULT 'waiting',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    http_status INTEGER,
    error_code TEXT,
    error_message TEXT,
    result_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s;

const QString createDrafts = uR"(CREATE TABLE IF NOT EXISTS drafts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s;

const QString createMeta = u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s;

const QString createSyncState = uR"(CREATE TABLE IF NOT EXISTS sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor TEXT,
    full_sync_done INTEGER NOT NULL DEFAULT 0,
    last_success_at TEXT,
    last_attempt_at TEXT,
    last_error TEXT))"_s;

// Sort columns of the Buyers page (BUY-1 columns, BUY-2 "sorting by any column"); each index
// ends with the id so keyset paging `(col, id) > (?, ?)` is an index range scan.
const QStringList buyerSortColumns{u"segment"_s,
                                   u"subsegment"_s,
                                   u"orders_90d"_s,
                                   u"avg_check_kopecks"_s,
                                   u"revenue_kopecks"_s,
                                   u"last_order"_s,
                                   u"gender"_s,
                                   u"age_band"_s,
                                   u"region"_s,
                                   u"interests"_s,
                                   u"recommended_products"_s,
                                   u"last_communication"_s,
                                   u"chat"_s};

QString index(const QString& name, const QString& table, const QString& columns)
{
    return u"CREATE INDEX IF NOT EXISTS "_s + name + u" ON "_s + table + u" ("_s + columns + u')';
}

const QString actionKeyColumns = u"product_id, \"type\", \"date\", buyer_id"_s;

} // namespace

const QList<EntityTable>& entityTables()
{
    static const QList<EntityTable> tables{
        {u"seller"_s,
         u"seller"_s,
         {text(u"name"_s), text(u"plan"_s), text(u"subscription_end"_s), boolean(u"verified"_s),
          boolean(u"antifraud_blocked"_s), integer(u"quota_monthly"_s), integer(u"quota_left"_s),
          text(u"quota_renews_on"_s), text(u"as_of"_s)}},
        {u"segmentation"_s,
         u"segmentation"_s,
         {text(u"as_of"_s), json(u"thresholds"_s), text(u"key_segment"_s), json(u"key_rule"_s),
          json(u"segments"_s)}},
        {u"buyer"_s,
         u"buyers"_s,
         {text(u"segment"_s), text(u"subsegment"_s), integer(u"orders_90d"_s), integer(u"avg_check_kopecks"_s),
          integer(u"revenue_kopecks"_s), text(u"last_order"_s), text(u"gender"_s), text(u"age_band"_s),
          text(u"region"_s), json(u"interests"_s), json(u"recommended_products"_s),
          text(u"last_communication"_s), text(u"chat"_s)}},
        {u"buyer_action"_s,
         u"buyer_actions"_s,
         {text(u"buyer_id"_s), text(u"product_id"_s), text(u"type"_s), text(u"date"_s)}},
        {u"category"_s, u"categories"_s, {text(u"name"_s), text(u"parent_id"_s)}},
        {u"product"_s,
         u"products"_s,
         {text(u"sku"_s), text(u"name"_s), text(u"category_id"_s), integer(u"price_kopecks"_s)}},
        {u"collection"_s, u"collections"_s, {text(u"name"_s)}},
        {u"promotion"_s,
         u"promotions"_s,
         {text(u"name"_s), text(u"mechanic"_s), text(u"start"_s), text(u"end"_s), text(u"status"_s)}},
        {u"communication"_s,
         u"communications"_s,
         {text(u"name"_s), text(u"format"_s), json(u"audience"_s), json(u"offer"_s), json(u"content"_s),
          text(u"status"_s), text(u"reject_reason"_s), text(u"send_date"_s), text(u"end_date"_s),
          integer(u"recipients"_s), integer(u"daily_budget_kopecks"_s), integer(u"cost_kopecks"_s),
          integer(u"delivered"_s), integer(u"opened"_s), integer(u"clicks"_s), text(u"created_at"_s),
          text(u"updated_at"_s), text(u"idempotency_key"_s), json(u"metrics"_s)}},
        {u"audience"_s,
         u"saved_audiences"_s,
         {text(u"name"_s), json(u"segments"_s), json(u"subsegments"_s), json(u"conditions"_s),
          integer(u"own_buyers"_s), integer(u"potential_buyers"_s), text(u"created_at"_s), text(u"updated_at"_s),
          text(u"idempotency_key"_s)}},
    };
    return tables;
}

const EntityTable* tableForType(const QString& type)
{
    for (const EntityTable& table : entityTables()) {
        if (table.type == type)
            return &table;
    }
    return nullptr;
}

const EntityTable* tableForName(const QString& name)
{
    for (const EntityTable& table : entityTables()) {
        if (table.table == name)
            return &table;
    }
    return nullptr;
}

QString quotedColumn(const QString& name)
{
    static const QStringList keywords{u"end"_s, u"start"_s, u"type"_s, u"date"_s, u"key"_s};
    return keywords.contains(name) ? u'"' + name + u'"' : name;
}

QString keyColumns(const EntityTable& table)
{
    return isKeyedByIndex(table) ? actionKeyColumns : u"id"_s;
}

bool isKeyedByIndex(const EntityTable& table)
{
    return table.table == buyerActions;
}

QList<QByteArrayView> keyOfId(const EntityTable& table, QByteArrayView id)
{
    if (!isKeyedByIndex(table))
        return {id};
    // <buyer>:<product>:<type>:<date>, the key in index order: product, type, date, buyer.
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype colon = id.indexOf(':'); colon >= 0 && parts.size() < 3; colon = id.indexOf(':', start)) {
        parts << id.sliced(start, colon - start);
        start = colon + 1;
    }
    parts << id.sliced(start);
    if (parts.size() != 4 || parts.last().contains(':'))
        return {};
    return {parts.at(1), parts.at(2), parts.at(3), parts.at(0)};
}

QString actionKeyIndexName()
{
    return u"buyer_actions_by_product"_s;
}

QString actionKeyIndexStatement()
{
    // BUY-2 buyer-action filter on a product (an action type in a period) and the actions' key.
    return u"CREATE UNIQUE INDEX IF NOT EXISTS "_s + actionKeyIndexName() + u" ON buyer_actions ("_s + actionKeyColumns
         + u')';
}

QString removeRepeatedActions()
{
    return u"DELETE FROM buyer_actions WHERE rowid IN (SELECT rowid FROM (SELECT rowid, row_number() OVER"
           " (PARTITION BY "_s
         + actionKeyColumns + u" ORDER BY rowid DESC) AS newer FROM buyer_actions) WHERE newer > 1)"_s;
}

QStringList createStatements()
{
    QStringList statements;
    for (const EntityTable& table : entityTables())
        statements << createEntityTable(table, localColumns(table));
    statements << createOutbox << createDrafts << createMeta << createSyncState
               << u"INSERT OR IGNORE INTO sync_state (id, full_sync_done) VALUES (1, 0)"_s
               << u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '%1')"_s.arg(
                      currentVersion);
    return statements;
}

QStringList buyerIndexNames()
{
    QStringList names;
    for (const QString& column : buyerSortColumns)
        names << u"buyers_by_"_s + column;
    names << u"buyers_by_segment_tree"_s << u"buyer_actions_by_type"_s;
    return names;
}

QStringList indexStatements()
{
    QStringList statements{actionKeyIndexStatement()};
    // BUY-2: sort by any column, filter by segment tree, average-check range, last communication.
    for (const QString& column : buyerSortColumns)
        statements << index(u"buyers_by_"_s + column, u"buyers"_s, column + u", id"_s);
    statements << index(u"buyers_by_segment_tree"_s, u"buyers"_s, u"segment, subsegment, avg_check_kopecks, id"_s);
    // BUY-2 buyer-action filter of any product (on a product: the key index).
    statements << index(u"buyer_actions_by_type"_s, u"buyer_actions"_s, u"\"type\", \"date\", buyer_id"_s);
    // COM-5: audience tree, status, send-date range; COM-2 sorts by created and send date.
    statements << index(u"communications_by_audience"_s, u"communications"_s,
                        u"audience_segment, audience_subsegment, send_date"_s)
               << index(u"communications_by_status"_s, u"communications"_s, u"status, send_date"_s)
               << index(u"communications_by_format"_s, u"communications"_s, u"format, created_at"_s)
               << index(u"communications_by_send_date"_s, u"communications"_s, u"send_date"_s)
               << index(u"communications_by_created"_s, u"communications"_s, u"created_at"_s)
               << index(u"communications_by_idempotency_key"_s, u"communications"_s, u"idempotency_key"_s);
    statements << index(u"products_by_category"_s, u"products"_s, u"category_id, name"_s)
               << index(u"products_by_sku"_s, u"products"_s, u"sku"_s)
               << index(u"categories_by_parent"_s, u"categories"_s, u"parent_id"_s)
               << index(u"outbox_by_state"_s, u"outbox"_s, u"state, next_attempt_at"_s);
    return statements;
}

QStringList migrationStep(int fromVersion)
{
    if (fromVersion == 1) {
        return {
            u"ALTER TABLE communications ADD COLUMN metrics TEXT"_s,
            u"ALTER TABLE communications ADD COLUMN audience_segment TEXT"_s,
            u"ALTER TABLE communications ADD COLUMN audience_subsegment TEXT"_s,
            u"ALTER TABLE communications ADD COLUMN local_state TEXT"_s,
            uR"(UPDATE communications SET
                    audience_segment = COALESCE(json_extract(audience, '$.segment'), json_extract(audience, '$.segments[0]')),
                    audience_subsegment = COALESCE(json_extract(audience, '$.subsegment'),
                                                   json_extract(audience, '$.subsegments[0]'))
                WHERE json_valid(audience))"_s,
            createDrafts,
            u"UPDATE meta SET value = '2' WHERE key = 'schema_version'"_s,
        };
    }
    if (fromVersion == 2) {
        return {
            createEntityTable(*tableForName(u"saved_audiences"_s), audienceLocalColumns),
            u"UPDATE meta SET value = '3' WHERE key = 'schema_version'"_s,
        };
    }
    if (fromVersion == 3) {
        // The actions move to a rowid table keyed by the unique index; one row per key (the
        // last written), the old table's indexes go with it.
        const QString moved = buyerActions + u"_v4"_s;
        return {
            createEntityTable(*tableForName(buyerActions), {}, moved),
            u"INSERT INTO "_s + moved + u" SELECT id, buyer_id, product_id, \"type\", \"date\" FROM buyer_actions"
                " WHERE rowid IN (SELECT MAX(rowid) FROM buyer_actions GROUP BY "_s + actionKeyColumns + u')',
            u"DROP TABLE buyer_actions"_s,
            u"ALTER TABLE "_s + moved + u" RENAME TO buyer_actions"_s,
            actionKeyIndexStatement(),
            u"UPDATE meta SET value = '4' WHERE key = 'schema_version'"_s,
        };
    }
    return {};
}

} // namespace sellercrm::CacheSchema
