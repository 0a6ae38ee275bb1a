#include "store/SchemaMigrations.h"

namespace sellercrm::server {

namespace {

// Version 1: the DAT-1 tables, the derived segmentation tables, communications, tokens and the
// change-tracking columns/tables of the sync feed (docs/api/SYNC.md). See docs/server.md.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral(
            "INSERT INTO counters (name, value) VALUES ('row_version', 0), ('communication_id', 0)"),

        // DAT-1 source data.
        QStringLiteral(
            "CREATE TABLE sellers (seller_id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL,"
            " subscription_end TEXT, verified INTEGER NOT NULL, antifraud_blocked INTEGER NOT NULL,"
            " row_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sellers_version ON sellers (row_version)"),
        QStringLiteral(
            "CREATE TABLE categories (category_id TEXT PRIMARY KEY, name TEXT NOT NULL, parent_id TEXT,"
            " row_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX categories_version ON categories (row_version)"),
        QStringLiteral(
            "CREATE TABLE products (product_id TEXT PRIMARY KEY, seller_id TEXT NOT NULL, sku TEXT NOT NULL,"
            " name TEXT NOT NULL, category_id TEXT NOT NULL, price_kopecks BIGINT NOT NULL,"
            " row_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX products_seller_version ON products (seller_id, row_version)"),
        QStringLiteral("CREATE INDEX products_category ON products (category_id, seller_id)"),
        QStringLiteral(
            "CREATE TABLE buyers (buyer_id TEXT PRIMARY KEY, gender TEXT NOT NULL, age_band TEXT NOT NULL,"
            " region TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE orders (order_id TEXT PRIMARY KEY, seller_id TEXT NOT NULL, buyer_id TEXT NOT NULL,"
            " order_date TEXT NOT NULL, total_kopecks BIGINT NOT NULL, status TEXT NOT NULL,"
            " row_version BIGINT NOT NULL)"),
        // order_items and events carry the seller of their product (resolved at import) so the
        // per-seller queries of the job and the feed need no join to find it.
        QStringLiteral("CREATE TABLE order_items (order_id TEXT NOT NULL, product_id TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL, price_kopecks BIGINT NOT NULL, seller_id TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE events (buyer_id TEXT NOT NULL, product_id TEXT NOT NULL, event_type TEXT NOT NULL,"
            " event_date TEXT NOT NULL, seller_id TEXT NOT NULL, row_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE promotions (promotion_id TEXT PRIMARY KEY, seller_id TEXT NOT NULL, "
                       "name TEXT NOT NULL,"
                       " mechanic TEXT NOT NULL, start_date TEXT, end_date TEXT, status TEXT NOT NULL,"
                       " row_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX promotions_seller_version ON promotions (seller_id, row_version)"),
        QStringLiteral("CREATE TABLE collections (collection_id TEXT PRIMARY KEY, seller_id TEXT NOT NULL,"
                       " name TEXT NOT NULL, row_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX collections_seller_version ON collections (seller_id, row_version)"),
        QStringLiteral(
            "CREATE TABLE chats (seller_id TEXT NOT NULL, buyer_id TEXT NOT NULL, started_by TEXT NOT NULL,"
            " blocked_by_buyer INTEGER NOT NULL, PRIMARY KEY (seller_id, buyer_id))"),

        // Segmentation results (SEG-1..SEG-7), one row per buyer known to the seller.
        QStringLiteral(
            "CREATE TABLE segment_results (seller_id TEXT NOT NULL, buyer_id TEXT NOT NULL,"
            " segment TEXT NOT NULL, subsegment TEXT NOT NULL, orders_90d INTEGER NOT NULL,"
            " avg_check_kopecks BIGINT NOT NULL, revenue_kopecks BIGINT NOT NULL, last_order TEXT,"
            " gender TEXT NOT NULL, age_band TEXT NOT NULL, region TEXT NOT NULL,"
            " interests TEXT NOT NULL, recommended_products TEXT NOT NULL, interest_events INTEGER NOT NULL,"
            " last_communication TEXT, chat TEXT NOT NULL, row_version BIGINT NOT NULL,"
            " PRIMARY KEY (seller_id, buyer_id))"),
        QStringLiteral("CREATE INDEX segment_results_version ON segment_results (seller_id, row_version)"),
        QStringLiteral(
            "CREATE INDEX segment_results_subsegment ON segment_results (seller_id, subsegment, buyer_id)"),
        QStringLiteral(
            "CREATE INDEX segment_results_revenue ON segment_results (seller_id, revenue_kopecks, buyer_id)"),
        QStringLiteral("CREATE INDEX segment_results_avg_check ON segment_results (seller_id, "
                       "avg_check_kopecks, buyer_id)"),
        QStringLiteral(
            "CREATE INDEX segment_results_last_order ON segment_results (seller_id, last_order, buyer_id)"),
        // The current segmentation of each seller: thresholds (SEG-4), key segment (SEG-6) and the
        // feed's `segmentation` entity as ready JSON (metrics SEG-7, dynamics SEG-5).
        QStringLiteral("CREATE TABLE segmentation_runs (seller_id TEXT PRIMARY KEY, as_of TEXT NOT NULL,"
                       " avg_check_high_kopecks BIGINT NOT NULL, avg_check_low_kopecks BIGINT NOT NULL,"
                       " orders_high INTEGER NOT NULL, regular_buyers INTEGER NOT NULL, key_segment TEXT,"
                       " regular_min INTEGER NOT NULL, new_min INTEGER NOT NULL, computed_at TEXT NOT NULL,"
                       " data_json TEXT NOT NULL, row_version BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX segmentation_runs_version ON segmentation_runs (seller_id, row_version)"),
        // Per (sub)segment figures of the current run; subsegment '' is the segment's total.
        QStringLiteral(
            "CREATE TABLE segment_metrics (seller_id TEXT NOT NULL, segment TEXT NOT NULL,"
            " subsegment TEXT NOT NULL, buyers INTEGER NOT NULL, share REAL NOT NULL,"
            " revenue_kopecks BIGINT NOT NULL, revenue_share REAL NOT NULL, avg_check_kopecks BIGINT NOT "
            "NULL,"
            " orders_per_buyer REAL NOT NULL, joined_count INTEGER NOT NULL, left_count INTEGER NOT NULL,"
            " interest_events INTEGER NOT NULL, PRIMARY KEY (seller_id, segment, subsegment))"),

        // Communications (WIZ-8, COM-*), their idempotency keys and metrics over time.
        QStringLiteral(
            "CREATE TABLE communications (communication_id TEXT PRIMARY KEY, seller_id TEXT NOT NULL,"
            " name TEXT NOT NULL, format TEXT NOT NULL, audience_json TEXT NOT NULL, offer_json TEXT NOT "
            "NULL,"
            " content_json TEXT NOT NULL, status TEXT NOT NULL, reject_reason TEXT, send_date TEXT,"
            " end_date TEXT, recipients INTEGER NOT NULL, daily_budget_kopecks BIGINT, cost_kopecks BIGINT,"
            " delivered INTEGER NOT NULL, opened INTEGER NOT NULL, clicks INTEGER NOT NULL,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, idempotency_key TEXT,"
            " row_version BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX communications_seller_version ON communications (seller_id, row_version)"),
        QStringLiteral("CREATE INDEX communications_status ON communications (status, send_date)"),
        QStringLiteral(
            "CREATE TABLE idempotency_keys (seller_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,"
            " communication_id TEXT NOT NULL, response_status INTEGER NOT NULL, response_body TEXT NOT NULL,"
            " created_at TEXT NOT NULL, PRIMARY KEY (seller_id, idempotency_key))"),
        QStringLiteral(
            "CREATE TABLE communication_metrics (communication_id TEXT NOT NULL, metric_date TEXT NOT NULL,"
            " delivered INTEGER NOT NULL, opened INTEGER NOT NULL, clicks INTEGER NOT NULL,"
            " PRIMARY KEY (communication_id, metric_date))"),

        // API tokens: only the SHA-256 hash (hex) of a token is stored.
        QStringLiteral("CREATE TABLE api_tokens (token_hash TEXT PRIMARY KEY, seller_id TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, revoked_at TEXT)"),
        QStringLiteral("CREATE INDEX api_tokens_seller ON api_tokens (seller_id)"),

        // Deletions for the sync feed; seller_id '' applies to every seller.
        QStringLiteral("CREATE TABLE tombstones (seller_id TEXT NOT NULL, entity_type TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL, row_version BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX tombstones_seller_version ON tombstones (seller_id, row_version)"),
    };
}

// Version 2: saved audiences (POR-2) — a portrait's narrowed audience kept under a name, with
// its recipient counts re-evaluated by the segmentation job, and the idempotency keys of their
// creation. Additive: no existing table changes.
QStringList version2()
{
    return {
        QStringLiteral(
            "CREATE TABLE saved_audiences (audience_id TEXT PRIMARY KEY, seller_id TEXT NOT NULL,"
            " name TEXT NOT NULL, name_folded TEXT NOT NULL, segments_json TEXT NOT NULL,"
            " subsegments_json TEXT NOT NULL, conditions_json TEXT NOT NULL, own_buyers BIGINT NOT NULL,"
            " potential_buyers BIGINT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
            " idempotency_key TEXT NOT NULL, row_version BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX saved_audiences_seller_name ON saved_audiences (seller_id, name_folded)"),
        QStringLiteral(
            "CREATE INDEX saved_audiences_seller_version ON saved_audiences (seller_id, row_version)"),
        QStringLiteral(
            "CREATE TABLE audience_idempotency_keys (seller_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,"
            " audience_id TEXT NOT NULL, response_body TEXT NOT NULL, created_at TEXT NOT NULL,"
            " PRIMARY KEY (seller_id, idempotency_key))"),
    };
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return 2;
}

int SchemaMigrations::sqlitePageSize()
{
    return 16384;
}

QStringList SchemaMigrations::step(int version, SqlDialect dialect)
{
    Q_UNUSED(dialect)
    QStringList statements;
    if (version == 1)
        statements = version1() + createBulkIndexes();
    else if (version == 2)
        statements = version2();
    return statements;
}

QStringList SchemaMigrations::bulkIndexNames()
{
    return {QStringLiteral("orders_seller_buyer"),
            QStringLiteral("orders_seller_version"),
            QStringLiteral("orders_date"),
            QStringLiteral("order_items_order"),
            QStringLiteral("events_seller_version"),
            QStringLiteral("events_seller_buyer"),
            QStringLiteral("events_date")};
}

QStringList SchemaMigrations::createBulkIndexes()
{
    return {
        // Covering index: the segmentation job's per-seller aggregation is one ordered scan.
        QStringLiteral("CREATE INDEX orders_seller_buyer ON orders (seller_id, buyer_id, order_date, status, "
                       "total_kopecks)"),
        QStringLiteral("CREATE INDEX orders_seller_version ON orders (seller_id, row_version)"),
        // Category interest (SEG-3) reads the window's orders from any seller, then their items.
        QStringLiteral("CREATE INDEX orders_date ON orders (order_date, status, order_id, buyer_id)"),
        QStringLiteral("CREATE INDEX order_items_order ON order_items (order_id, product_id)"),
        QStringLiteral("CREATE INDEX events_seller_version ON events (seller_id, row_version)"),
        QStringLiteral("CREATE INDEX events_seller_buyer ON events (seller_id, buyer_id, event_date)"),
        QStringLiteral("CREATE INDEX events_date ON events (event_date)"),
    };
}

} // namespace sellercrm::server
