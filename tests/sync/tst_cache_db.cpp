// CacheDb: schema, WAL, readers, the upgrade of real schema-1 and schema-3 files
// (tests/data/cache), a failed upgrade that rolls back, a newer schema refused, an index behind
// every Buyers sort and filter (BUY-2) and every Communications filter (COM-5), and the bulk load
// of a first full sync (buyer actions appended, repeated ones resolved, the key index at the end).
#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "FeedPage.h"
#include "support/FakeFeed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

const QString v1File = QStringLiteral(SELLERCRM_TEST_DATA "/cache/cache-v1.sqlite");
const QString v3File = QStringLiteral(SELLERCRM_TEST_DATA "/cache/cache-v3.sqlite");

// A feed page of buyer-action changes: "+id" upserts the action its id spells, "-id" deletes it.
QByteArray actionsPage(const QStringList& changes, bool hasMore = true)
{
    QJsonArray items;
    for (const QString& change : changes) {
        const QString id = change.mid(1);
        QJsonObject item{{u"type"_s, u"buyer_action"_s}, {u"id"_s, id}};
        if (change.startsWith(u'+')) {
            const QStringList parts = id.split(u':');
            item.insert(u"op"_s, u"upsert"_s);
            item.insert(u"data"_s, QJsonObject{{u"buyer_id"_s, parts.at(0)}, {u"product_id"_s, parts.at(1)},
                                               {u"type"_s, parts.at(2)}, {u"date"_s, parts.at(3)}});
        } else {
            item.insert(u"op"_s, u"delete"_s);
        }
        items.append(item);
    }
    return QJsonDocument(QJsonObject{{u"schema_version"_s, 1}, {u"cursor"_s, u"c"_s}, {u"has_more"_s, hasMore},
                                     {u"changes"_s, items}})
        .toJson(QJsonDocument::Compact);
}

QStringList actionIds(const QSqlDatabase& db)
{
    QStringList ids;
    QSqlQuery query(db);
    query.exec(u"SELECT id FROM buyer_actions ORDER BY id"_s);
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}
QString scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return u"<error: %1>"_s.arg(sql);
    return query.value(0).toString();
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

QString queryPlan(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    QString literal = sql;
    literal.replace(u'?', u"'x'"_s);
    if (!query.exec(u"EXPLAIN QUERY PLAN "_s + literal))
        return u"<error: %1>"_s.arg(query.lastError().text());
    QStringList steps;
    while (query.next())
        steps << query.value(3).toString();
    return steps.join(u" / "_s);
}

} // namespace

class CacheDbTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A writable copy of a kept cache file of an older schema.
    QString copyOf(const QString& file, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(file, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void createsTheCurrentSchemaInWalMode()
    {
        auto cache = CacheDb::open(m_dir.filePath(u"new/cache.sqlite"_s), u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        const QSqlDatabase db = cache.value()->connection();
        QCOMPARE(cache.value()->schemaVersion(), CacheSchema::currentVersion);
        QCOMPARE(scalar(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s), QString::number(CacheSchema::currentVersion));
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s), u"wal"_s);
        for (const QString& table : {u"seller"_s, u"segmentation"_s, u"buyers"_s, u"buyer_actions"_s, u"categories"_s,
                                     u"products"_s, u"collections"_s, u"promotions"_s, u"communications"_s, u"outbox"_s,
                                     u"drafts"_s, u"meta"_s, u"sync_state"_s})
            QVERIFY2(db.tables().contains(table), qPrintable(table));
        QCOMPARE(columnsOf(db, u"buyers"_s),
                 (QStringList{u"id"_s, u"segment"_s, u"subsegment"_s, u"orders_90d"_s, u"avg_check_kopecks"_s,
                              u"revenue_kopecks"_s, u"last_order"_s, u"gender"_s, u"age_band"_s, u"region"_s,
                              u"interests"_s, u"recommended_products"_s, u"last_communication"_s, u"chat"_s}));
        QVERIFY(!cache.value()->syncState().fullSyncDone);
        QVERIFY(cache.value()->syncState().cursor.isEmpty());
    }

    void everyBuyersSortAndFilterUsesAnIndex_data()
    {
        QTest::addColumn<QString>("sql");
        for (const QString& column : {u"segment"_s, u"subsegment"_s, u"orders_90d"_s, u"avg_check_kopecks"_s,
                                      u"revenue_kopecks"_s, u"last_order"_s, u"gender"_s, u"age_band"_s, u"region"_s,
                                      u"interests"_s, u"recommended_products"_s, u"last_communication"_s, u"chat"_s}) {
            QTest::addRow("BUY-2 sort by %s", qPrintable(column))
                << u"SELECT id FROM buyers WHERE (%1, id) > (?, ?) ORDER BY %1, id LIMIT 50"_s.arg(column);
        }
        QTest::newRow("BUY-2 sort by buyer id") << u"SELECT id FROM buyers WHERE id > ? ORDER BY id LIMIT 50"_s;
        QTest::newRow("BUY-2 segment tree") << u"SELECT id FROM buyers WHERE segment = ? AND subsegment = ? ORDER BY id"_s;
        QTest::newRow("BUY-2 average check range")
            << u"SELECT id FROM buyers WHERE avg_check_kopecks BETWEEN ? AND ? ORDER BY avg_check_kopecks, id"_s;
        QTest::newRow("BUY-2 last communication") << u"SELECT id FROM buyers WHERE last_communication >= ?"_s;
        QTest::newRow("BUY-2 buyer action on a product")
            << u"SELECT buyer_id FROM buyer_actions WHERE product_id = ? AND \"type\" = ? AND \"date\" BETWEEN ? AND ?"_s;
        QTest::newRow("BUY-2 buyer action of a type")
            << u"SELECT buyer_id FROM buyer_actions WHERE \"type\" = ? AND \"date\" >= ?"_s;
        QTest::newRow("COM-5 status") << u"SELECT id FROM communications WHERE status IN ('sent', 'scheduled')"_s;
        QTest::newRow("COM-5 audience") << u"SELECT id FROM communications WHERE audience_segment = ? AND audience_subsegment = ?"_s;
        QTest::newRow("COM-5 send date range") << u"SELECT id FROM communications WHERE send_date BETWEEN ? AND ?"_s;
        QTest::newRow("COM-2 created") << u"SELECT id FROM communications ORDER BY created_at DESC LIMIT 50"_s;
    }
    void everyBuyersSortAndFilterUsesAnIndex()
    {
        QFETCH(QString, sql);
        auto cache = CacheDb::open(m_dir.filePath(u"plans.sqlite"_s), u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        const QString plan = queryPlan(cache.value()->connection(), sql);
        QVERIFY2(plan.contains(u"USING INDEX"_s) || plan.contains(u"USING COVERING INDEX"_s)
                     || plan.contains(u"USING INTEGER PRIMARY KEY"_s) || plan.contains(u"USING PRIMARY KEY"_s)
                     || plan.contains(u"sqlite_autoindex_buyers_1"_s),
                 qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
    }

    void upgradesASchemaOneFile()
    {
        const QString path = copyOf(v1File, u"v1.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto cache = CacheDb::open(path, u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        const QSqlDatabase db = cache.value()->connection();
        QCOMPARE(cache.value()->schemaVersion(), CacheSchema::currentVersion);
        QCOMPARE(scalar(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s),
                 QString::number(CacheSchema::currentVersion));
        // The data of the old file is all there.
        QCOMPARE(cache.value()->seller()->data.value(u"name"_s).toString(), u"Old Shop"_s);
        QCOMPARE(cache.value()->seller()->data.value(u"verified"_s), QJsonValue(true));
        QCOMPARE(cache.value()->rowCount(u"buyers"_s), 3);
        QCOMPARE(cache.value()->readEntity(u"buyer"_s, u"B000001"_s)->data.value(u"interests"_s).toArray().size(), 2);
        QCOMPARE(cache.value()->syncState().cursor, u"v1-cursor-42"_s);
        QCOMPARE(cache.value()->rowCount(u"outbox"_s), 1);
        // New columns and tables, filled from what the old file had.
        QVERIFY(columnsOf(db, u"communications"_s).contains(u"metrics"_s));
        QCOMPARE(scalar(db, u"SELECT audience_subsegment FROM communications WHERE id = 'C1'"_s), u"loyal"_s);
        QCOMPARE(scalar(db, u"SELECT audience_segment FROM communications WHERE id = 'C2'"_s), u"potential"_s);
        QVERIFY(db.tables().contains(u"drafts"_s));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'communications_by_audience'"_s),
                 u"1"_s);
    }

    void upgradesASchemaThreeFile()
    {
        auto cache = CacheDb::open(copyOf(v3File, u"v3.sqlite"_s), u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        const QSqlDatabase db = cache.value()->connection();
        QCOMPARE(cache.value()->schemaVersion(), CacheSchema::currentVersion);
        QCOMPARE(cache.value()->syncState().cursor, u"v3-cursor-91"_s);
        QCOMPARE(cache.value()->rowCount(u"saved_audiences"_s), 1);
        QCOMPARE(actionIds(db), (QStringList{u"B000001:P1:order:2026-09-28"_s, u"B000001:P2:view:2026-09-20"_s,
                                             u"B000002:P1:cart:2026-09-14"_s}));
        // Keyed by the unique index of its parts, not by the id; the unread index is gone.
        QCOMPARE(scalar(db, u"SELECT pk FROM pragma_table_info('buyer_actions') WHERE name = 'id'"_s), u"0"_s);
        QCOMPARE(scalar(db, u"SELECT \"unique\" FROM pragma_index_list('buyer_actions') WHERE name = '%1'"_s.arg(
                                CacheSchema::actionKeyIndexName())),
                 u"1"_s);
        QVERIFY(!cache.value()->hasIndex(u"buyer_actions_by_buyer"_s));
        QVERIFY(cache.value()->hasIndex(u"buyer_actions_by_type"_s));
        // The feed's upsert and delete work on the upgraded table.
        CacheWriter writer(*cache.value());
        auto page = FeedPage::parse(actionsPage({u"+B000001:P1:order:2026-09-28"_s, u"-B000002:P1:cart:2026-09-14"_s}));
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(writer.applyPage(page.value()));
        QCOMPARE(actionIds(db), (QStringList{u"B000001:P1:order:2026-09-28"_s, u"B000001:P2:view:2026-09-20"_s}));
    }

    void bulkLoadAppendsActionsAndKeepsOneOfEachAfterARestart()
    {
        const QString path = m_dir.filePath(u"bulk.sqlite"_s);
        auto cache = CacheDb::open(path, u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        const QSqlDatabase db = cache.value()->connection();
        QVERIFY(cache.value()->dropBuyerIndexes());
        QVERIFY(cache.value()->hasIndex(CacheSchema::actionKeyIndexName())); // still keyed
        QVERIFY(cache.value()->dropActionKeyIndex());
        QVERIFY(!cache.value()->hasIndex(CacheSchema::actionKeyIndexName()));
        QVERIFY(cache.value()->beginBulkLoad(8));
        const QString a = u"B1:P1:view:2026-11-01"_s;
        const QString b = u"B2:P1:cart:2026-11-02"_s;
        const QString c = u"B3:P2:order:2026-11-03"_s;
        {
            CacheWriter writer(*cache.value());
            writer.setBulkLoad(true);
            // Repeated in one session: found through the session's memory; a delete too.
            auto page = FeedPage::parse(actionsPage({u'+' + a, u'+' + b, u'+' + a, u'-' + b, u'+' + b, u'+' + a}));
            QVERIFY2(page, qPrintable(page.error()));
            QVERIFY(writer.applyPage(page.value()));
            QCOMPARE(actionIds(db), (QStringList{a, b}));
        }
        {
            // After a restart the session does not know what was written before: `a` lands twice,
            // a delete of `b` finds it by its parts, and the key index build keeps one `a`.
            CacheWriter writer(*cache.value());
            writer.setBulkLoad(true);
            auto page = FeedPage::parse(actionsPage({u'+' + a, u'-' + b, u'+' + c}, false));
            QVERIFY2(page, qPrintable(page.error()));
            QVERIFY(writer.applyPage(page.value()));
            QCOMPARE(actionIds(db), (QStringList{a, a, c}));
        }
        QVERIFY(cache.value()->ensureIndexes());
        QVERIFY(cache.value()->endBulkLoad());
        QVERIFY(cache.value()->hasIndex(CacheSchema::actionKeyIndexName()));
        QCOMPARE(actionIds(db), (QStringList{a, c}));
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s), u"wal"_s);
        // Incremental changes go through the key index again.
        CacheWriter writer(*cache.value());
        auto page = FeedPage::parse(actionsPage({u'+' + a, u'+' + b, u'-' + c}, false));
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(writer.applyPage(page.value()));
        QCOMPARE(actionIds(db), (QStringList{a, b}));
    }

    void failedUpgradeRollsBackToTheOldVersion()
    {
        const QString path = copyOf(v1File, u"v1-broken.sqlite"_s);
        {
            // A column the upgrade adds already exists: the step fails half-way.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sabotage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"ALTER TABLE communications ADD COLUMN local_state TEXT"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"sabotage"_s);
        auto cache = CacheDb::open(path, u"test"_s);
        QVERIFY(!cache);
        QVERIFY2(cache.error().contains(u"schema 1"_s), qPrintable(cache.error()));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(scalar(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s), u"1"_s);
        QVERIFY(!columnsOf(db, u"communications"_s).contains(u"metrics"_s)); // the first ALTER was rolled back
        QVERIFY(!db.tables().contains(u"drafts"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            auto cache = CacheDb::open(path, u"test"_s);
            QVERIFY(cache);
            QVERIFY(cache.value()->setMetaValue(u"schema_version"_s, u"9"_s));
        }
        auto cache = CacheDb::open(path, u"test"_s);
        QVERIFY(!cache);
        QVERIFY2(cache.error().contains(u"newer"_s) && cache.error().contains(u"9"_s), qPrintable(cache.error()));
    }

    void refusesAForeignDatabase()
    {
        const QString path = m_dir.filePath(u"foreign.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE orders (id INTEGER)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        auto cache = CacheDb::open(path, u"test"_s);
        QVERIFY(!cache);
        QVERIFY2(cache.error().contains(u"not a Seller CRM cache"_s), qPrintable(cache.error()));
    }

    void readOnlyConnectionReadsWhileTheWriterWrites()
    {
        const QString path = m_dir.filePath(u"concurrent.sqlite"_s);
        auto writer = CacheDb::open(path, u"sync"_s);
        QVERIFY(writer);
        CacheWriter cacheWriter(*writer.value());
        auto seller = FeedPage::parseEntity(u"seller"_s, u"S1"_s, test::FakeFeed::seller());
        QVERIFY(seller);
        QVERIFY(writer.value()->inTransaction([&] { return cacheWriter.applyChange(seller.value()); }));

        auto reader = CacheDb::open(path, u"gui"_s, CacheDb::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QVERIFY(reader.value()->isReadOnly());
        const QJsonObject data = reader.value()->seller()->data;
        QCOMPARE(data.value(u"plan"_s).toString(), u"premium_plus"_s);
        QCOMPARE(data.value(u"quota_left"_s).toInteger(), 24100);
        QCOMPARE(data.value(u"antifraud_blocked"_s), QJsonValue(false));

        // A write in progress is invisible to the reader until it commits.
        QVERIFY(writer.value()->connection().transaction());
        QVERIFY(writer.value()->exec(u"UPDATE seller SET name = 'Renamed'"_s));
        QCOMPARE(reader.value()->seller()->data.value(u"name"_s).toString(), u"Test Shop"_s);
        QVERIFY(writer.value()->connection().commit());
        QCOMPARE(reader.value()->seller()->data.value(u"name"_s).toString(), u"Renamed"_s);

        QSqlQuery write(reader.value()->connection());
        QVERIFY(!write.exec(u"DELETE FROM seller"_s)); // read-only
        QCOMPARE(reader.value()->rowCount(u"seller"_s), 1);
    }

    void readOnlyRefusesAMissingFile()
    {
        auto cache = CacheDb::open(m_dir.filePath(u"missing.sqlite"_s), u"gui"_s, CacheDb::Access::ReadOnly);
        QVERIFY(!cache);
        QVERIFY(cache.error().contains(u"does not exist"_s));
    }
};

QTEST_GUILESS_MAIN(CacheDbTest)
#include "tst_cache_db.moc"
