// CacheDb: schema, WAL, readers, the upgrade of a real schema-1 file (tests/data/cache), a failed
// upgrade that rolls back, a newer schema refused, and an index behind every Buyers sort and
// filter (BUY-2) and every Communications filter (COM-5).
#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "FeedPage.h"
#include "support/FakeFeed.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

const QString v1File = QStringLiteral(SELLERCRM_TEST_DATA "/cache/cache-v1.sqlite");

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

    QString copyOfV1(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(v1File, path))
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
        const QString path = copyOfV1(u"v1.sqlite"_s);
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

    void failedUpgradeRollsBackToTheOldVersion()
    {
        const QString path = copyOfV1(u"v1-broken.sqlite"_s);
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
