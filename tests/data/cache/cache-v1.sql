-- Seller CRM client cache, schema version 1 (the first release): no `drafts` table,
-- communications without metrics / audience_segment / audience_subsegment / local_state.
-- cache-v1.sqlite is built from this file with `sqlite3 cache-v1.sqlite < cache-v1.sql`;
-- tests/sync upgrade it to the current version (CacheDb::migrate).
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE seller (id TEXT PRIMARY KEY NOT NULL, name TEXT, plan TEXT, subscription_end TEXT, verified INTEGER, antifraud_blocked INTEGER, quota_monthly INTEGER, quota_left INTEGER, quota_renews_on TEXT, as_of TEXT);
CREATE TABLE segmentation (id TEXT PRIMARY KEY NOT NULL, as_of TEXT, thresholds TEXT, key_segment TEXT, key_rule TEXT, segments TEXT);
CREATE TABLE buyers (id TEXT PRIMARY KEY NOT NULL, segment TEXT, subsegment TEXT, orders_90d INTEGER, avg_check_kopecks INTEGER, revenue_kopecks INTEGER, last_order TEXT, gender TEXT, age_band TEXT, region TEXT, interests TEXT, recommended_products TEXT, last_communication TEXT, chat TEXT);
CREATE TABLE buyer_actions (id TEXT PRIMARY KEY NOT NULL, buyer_id TEXT, product_id TEXT, "type" TEXT, "date" TEXT);
CREATE TABLE categories (id TEXT PRIMARY KEY NOT NULL, name TEXT, parent_id TEXT);
CREATE TABLE products (id TEXT PRIMARY KEY NOT NULL, sku TEXT, name TEXT, category_id TEXT, price_kopecks INTEGER);
CREATE TABLE collections (id TEXT PRIMARY KEY NOT NULL, name TEXT);
CREATE TABLE promotions (id TEXT PRIMARY KEY NOT NULL, name TEXT, mechanic TEXT, "start" TEXT, "end" TEXT, status TEXT);
CREATE TABLE communications (id TEXT PRIMARY KEY NOT NULL, name TEXT, format TEXT, audience TEXT, offer TEXT, content TEXT, status TEXT, reject_reason TEXT, send_date TEXT, end_date TEXT, recipients INTEGER, daily_budget_kopecks INTEGER, cost_kopecks INTEGER, delivered INTEGER, opened INTEGER, clicks INTEGER, created_at TEXT, updated_at TEXT, idempotency_key TEXT);
CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, op TEXT NOT NULL, target_id TEXT, body TEXT, state TEXT NOT NULL DEFAULT 'waiting', attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0, http_status INTEGER, error_code TEXT, error_message TEXT, result_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), cursor TEXT, full_sync_done INTEGER NOT NULL DEFAULT 0, last_success_at TEXT, last_attempt_at TEXT, last_error TEXT);
CREATE INDEX buyers_by_segment ON buyers (segment, id);
INSERT INTO meta VALUES ('schema_version', '1'), ('seller_id', 'S001');
INSERT INTO sync_state VALUES (1, 'v1-cursor-42', 1, '2026-10-01T08:00:00.000Z', '2026-10-01T08:00:00.000Z', NULL);
INSERT INTO seller VALUES ('S001', 'Old Shop', 'premium_plus', '2027-01-31', 1, 0, 25000, 24000, '2026-11-01', '2026-10-01');
INSERT INTO buyers VALUES
  ('B000001', 'regular', 'top', 5, 420000, 2100000, '2026-09-28', 'f', '25-34', 'Moscow', '["C1","C2"]', '["P1"]', '2026-09-01', 'available'),
  ('B000002', 'new', 'new', 1, 150000, 150000, '2026-09-15', 'm', '35-44', 'Kazan', '["C2"]', '[]', NULL, 'first_order_not_delivered'),
  ('B000003', 'potential', 'sleeping', 0, 0, 0, '2026-04-02', '', '', 'Omsk', '[]', '[]', NULL, 'available');
INSERT INTO communications VALUES
  ('C1', 'Autumn bonuses', 'mailing', '{"segment":"regular","subsegment":"loyal"}', '{"type":"bonuses","bonuses":500,"recipients":1000,"validity_days":14}', '{"title":"","text":"Bonuses for you, dear buyer"}', 'sent', NULL, '2026-09-20', NULL, 1000, NULL, 50000000, 980, 400, 120, '2026-09-18T10:00:00.000Z', '2026-09-21T10:00:00.000Z', 'k-1'),
  ('C2', 'Store banner', 'banner', '{"segment":"potential","subsegment":"interested_categories"}', '{"type":"none"}', '{"target":"store"}', 'on_moderation', NULL, '2026-10-05', '2026-10-20', NULL, 50000, NULL, 0, 0, 0, '2026-09-30T10:00:00.000Z', '2026-09-30T10:00:00.000Z', 'k-2');
INSERT INTO outbox (idempotency_key, op, target_id, body, state, attempts, next_attempt_at, created_at, updated_at)
  VALUES ('k-3', 'delete_communication', 'C2', NULL, 'waiting', 1, 0, '2026-10-01T09:00:00.000Z', '2026-10-01T09:00:00.000Z');
COMMIT;
