-- Seller CRM client cache, schema version 3: saved_audiences (POR-2); buyer_actions still keyed by
-- its id (`id TEXT PRIMARY KEY`, schema 4 keys it by the unique index buyer_actions_by_product)
-- with the index buyer_actions_by_buyer that schema 4 no longer has.
-- cache-v3.sqlite is built from this file with `sqlite3 cache-v3.sqlite < cache-v3.sql`;
-- tests/sync upgrade it to the current version (CacheDb::migrate).
PRAGMA journal_mode = DELETE;
BEGIN TRANSACTION;
CREATE TABLE seller (id TEXT PRIMARY KEY NOT NULL, name TEXT, plan TEXT, subscription_end TEXT, verified INTEGER, antifraud_blocked INTEGER, quota_monthly INTEGER, quota_left INTEGER, quota_renews_on TEXT, as_of TEXT);
INSERT INTO seller VALUES('S001','Old Shop','premium_plus','2027-01-31',1,0,25000,24000,'2026-11-01','2026-10-01');
CREATE TABLE segmentation (id TEXT PRIMARY KEY NOT NULL, as_of TEXT, thresholds TEXT, key_segment TEXT, key_rule TEXT, segments TEXT);
CREATE TABLE buyers (id TEXT PRIMARY KEY NOT NULL, segment TEXT, subsegment TEXT, orders_90d INTEGER, avg_check_kopecks INTEGER, revenue_kopecks INTEGER, last_order TEXT, gender TEXT, age_band TEXT, region TEXT, interests TEXT, recommended_products TEXT, last_communication TEXT, chat TEXT);
INSERT INTO buyers VALUES('B000001','regular','top',5,420000,2100000,'2026-09-28','f','25-34','Moscow','["C1","C2"]','["P1"]','2026-09-01','available');
INSERT INTO buyers VALUES('B000002','new','new',1,150000,150000,'2026-09-15','m','35-44','Kazan','["C2"]','[]',NULL,'first_order_not_delivered');
INSERT INTO buyers VALUES('B000003','potential','sleeping',0,0,0,'2026-04-02','','','Omsk','[]','[]',NULL,'available');
CREATE TABLE buyer_actions (id TEXT PRIMARY KEY NOT NULL, buyer_id TEXT, product_id TEXT, "type" TEXT, "date" TEXT);
INSERT INTO buyer_actions VALUES('B000001:P1:order:2026-09-28','B000001','P1','order','2026-09-28');
INSERT INTO buyer_actions VALUES('B000001:P2:view:2026-09-20','B000001','P2','view','2026-09-20');
INSERT INTO buyer_actions VALUES('B000002:P1:cart:2026-09-14','B000002','P1','cart','2026-09-14');
CREATE TABLE categories (id TEXT PRIMARY KEY NOT NULL, name TEXT, parent_id TEXT);
CREATE TABLE products (id TEXT PRIMARY KEY NOT NULL, sku TEXT, name TEXT, category_id TEXT, price_kopecks INTEGER);
CREATE TABLE collections (id TEXT PRIMARY KEY NOT NULL, name TEXT);
CREATE TABLE promotions (id TEXT PRIMARY KEY NOT NULL, name TEXT, mechanic TEXT, "start" TEXT, "end" TEXT, status TEXT);
CREATE TABLE communications (id TEXT PRIMARY KEY NOT NULL, name TEXT, format TEXT, audience TEXT, offer TEXT, content TEXT, status TEXT, reject_reason TEXT, send_date TEXT, end_date TEXT, recipients INTEGER, daily_budget_kopecks INTEGER, cost_kopecks INTEGER, delivered INTEGER, opened INTEGER, clicks INTEGER, created_at TEXT, updated_at TEXT, idempotency_key TEXT, metrics TEXT, audience_segment TEXT, audience_subsegment TEXT, local_state TEXT);
INSERT INTO communications VALUES('C1','Autumn bonuses','mailing','{"segment":"regular","subsegment":"loyal"}','{"type":"bonuses","bonuses":500,"recipients":1000,"validity_days":14}','{"title":"","text":"Bonuses for you, dear buyer"}','sent',NULL,'2026-09-20',NULL,1000,NULL,50000000,980,400,120,'2026-09-18T10:00:00.000Z','2026-09-21T10:00:00.000Z','k-1','[{"clicks":120,"date":"2026-09-20","delivered":980,"opened":400}]','regular','loyal',NULL);
INSERT INTO communications VALUES('C2','Store banner','banner','{"segment":"potential","subsegment":"interested_categories"}','{"type":"none"}','{"target":"store"}','on_moderation',NULL,'2026-10-05','2026-10-20',NULL,50000,NULL,0,0,0,'2026-09-30T10:00:00.000Z','2026-09-30T10:00:00.000Z','k-2',NULL,'potential','interested_categories',NULL);
CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, op TEXT NOT NULL, target_id TEXT, body TEXT, state TEXT NOT NULL DEFAULT 'waiting', attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0, http_status INTEGER, error_code TEXT, error_message TEXT, result_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
INSERT INTO outbox VALUES(1,'k-3','delete_communication','C2',NULL,'waiting',1,0,NULL,NULL,NULL,NULL,'2026-10-01T09:00:00.000Z','2026-10-01T09:00:00.000Z');
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
INSERT INTO meta VALUES('schema_version','3');
INSERT INTO meta VALUES('seller_id','S001');
CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), cursor TEXT, full_sync_done INTEGER NOT NULL DEFAULT 0, last_success_at TEXT, last_attempt_at TEXT, last_error TEXT);
INSERT INTO sync_state VALUES(1,'v3-cursor-91',1,'2026-10-01T08:00:00.000Z','2026-10-01T08:00:00.000Z',NULL);
CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
INSERT INTO drafts VALUES('D1','communication','Winter sale draft','{"goal":"top","step":1}','2026-10-02T09:00:00.000Z','2026-10-02T09:05:00.000Z');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('outbox',1);
CREATE TABLE saved_audiences (id TEXT PRIMARY KEY NOT NULL, name TEXT, segments TEXT, subsegments TEXT, conditions TEXT, own_buyers INTEGER, potential_buyers INTEGER, created_at TEXT, updated_at TEXT, idempotency_key TEXT, local_state TEXT);
INSERT INTO saved_audiences VALUES('A1','Loyal women','["regular"]','["loyal"]','{"op":"and","items":[{"field":"gender","in":["f"]}]}',120,0,'2026-10-01T09:00:00.000Z','2026-10-01T09:00:00.000Z','k-4',NULL);
CREATE INDEX buyers_by_segment ON buyers (segment, id);
CREATE INDEX buyer_actions_by_product ON buyer_actions (product_id, "type", "date", buyer_id);
CREATE INDEX buyer_actions_by_type ON buyer_actions ("type", "date", buyer_id);
CREATE INDEX buyer_actions_by_buyer ON buyer_actions (buyer_id);
COMMIT;
