#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace sellercrm {

// The schema of the client's SQLite cache (docs/sync.md). One table per entity type of the sync
// feed (docs/api/SYNC.md) with one column per data field (arrays and objects as JSON text), plus
// `outbox`, `drafts`, `meta` and `sync_state`. Version history:
//   1  first release: no `drafts`, communications without metrics and audience columns
//   2  drafts (WIZ-9), communications.metrics / audience_segment / audience_subsegment /
//      local_state, every BUY-2 and COM-5 index
//   3  saved_audiences (POR-2, feed type `audience`) with its local_state
//   4  buyer_actions keyed by the unique index buyer_actions_by_product (product, type, date,
//      buyer: the parts its id spells) instead of an id primary key, so a first full sync appends
//      the actions in the feed's order; no buyer_actions_by_buyer (no query reads it)
namespace CacheSchema {

constexpr int currentVersion = 4;

enum class FieldKind
{
    Text,    // string or null
    Integer, // integral number or null
    Boolean, // true/false (or 0/1) or null, stored 0/1
    Json,    // array or object or null, stored as compact JSON text
};

struct Field final
{
    QString name;
    FieldKind kind = FieldKind::Text;
};

// One entity type of the feed and the table that holds it. Columns: `id TEXT PRIMARY KEY` then
// `fields` in this order.
struct EntityTable final
{
    QString type;  // as in the feed: "buyer"
    QString table; // "buyers"
    QList<Field> fields;
};

const QList<EntityTable>& entityTables();
// nullptr for an unknown type.
const EntityTable* tableForType(const QString& type);
const EntityTable* tableForName(const QString& table);

// Column names of a table for SQL: quoted where they are SQL keywords ("end").
QString quotedColumn(const QString& name);

// The table's key in SQL: "id", or for `buyer_actions` the columns of its unique key index
// (`product_id, "type", "date", buyer_id`).
QString keyColumns(const EntityTable& table);
// True when the table's key is a unique index rather than the id (buyer_actions): the index can
// be dropped for a bulk load, and rows are then appended in the order they arrive.
bool isKeyedByIndex(const EntityTable& table);
// The key columns' values spelled by a change's id (`<buyer>:<product>:<type>:<date>` for a buyer
// action, in keyColumns() order); empty when the id does not have that shape.
QList<QByteArrayView> keyOfId(const EntityTable& table, QByteArrayView id);
// The unique index that keys `buyer_actions`, and the statement that builds it.
QString actionKeyIndexName();
QString actionKeyIndexStatement();
// Deletes every buyer action but the last written of each key, so the key index can be built
// after a bulk load that could not tell repeated actions apart (a resumed first full sync).
QString removeRepeatedActions();

// Statements that create the current schema in an empty file (tables and meta rows, no indexes).
QStringList createStatements();
// CREATE INDEX IF NOT EXISTS for every sort and filter the Buyers (BUY-2) and Communications
// (COM-5) pages offer, the action key index first. Built after a bulk load, idempotent.
QStringList indexStatements();
// Names of the indexes on `buyers` and `buyer_actions` (the big tables) but the action key index:
// dropped before a first full sync (the key index too, apart) and rebuilt after it.
QStringList buyerIndexNames();
// The step that upgrades a file of `fromVersion` to `fromVersion + 1`; empty when none exists.
QStringList migrationStep(int fromVersion);

} // namespace CacheSchema
} // namespace sellercrm
