// SyncSession against an in-memory feed (SYN-2): full then incremental sync with deletions,
// resume from the stored cursor, cursor_expired, and bad input that must leave the cache as it
// was (malformed JSON, wrong types, unknown schema version, a huge answer).
#include "ApiClient.h"
#include "CacheDb.h"
#include "SyncSession.h"
#include "support/CacheDump.h"
#include "support/FakeFeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

class SyncSessionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<FakeFeed> m_feed;
    std::unique_ptr<CacheDb> m_cache;
    std::unique_ptr<ApiClient> m_api;

    SyncReport sync(int pageLimit = 10)
    {
        SyncSession session(*m_cache, *m_api);
        session.setPageLimit(pageLimit);
        QSignalSpy finished(&session, &SyncSession::finished);
        session.start();
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<SyncReport>();
    }

    void fillFeed(int buyers)
    {
        m_feed->upsert(u"seller"_s, u"S1"_s, FakeFeed::seller());
        for (int i = 0; i < buyers; ++i)
            m_feed->upsert(u"buyer"_s, u"B%1"_s.arg(i, 6, 10, QLatin1Char('0')), FakeFeed::buyer(i));
        m_feed->upsert(u"communication"_s, u"C1"_s,
                       QJsonObject{{u"name"_s, u"Bonuses"_s},
                                   {u"format"_s, u"mailing"_s},
                                   {u"audience"_s, QJsonObject{{u"segment"_s, u"regular"_s}, {u"subsegment"_s, u"top"_s}}},
                                   {u"status"_s, u"sent"_s},
                                   {u"metrics"_s, QJsonArray{QJsonObject{{u"date"_s, u"2026-11-01"_s}, {u"delivered"_s, 5}}}}});
    }

    void verifyCacheEqualsFeed()
    {
        for (const auto& [type, table] : {std::pair{u"buyer"_s, u"buyers"_s}, std::pair{u"communication"_s, u"communications"_s},
                                          std::pair{u"seller"_s, u"seller"_s}}) {
            const auto live = m_feed->live(type);
            QCOMPARE(m_cache->rowCount(table), qint64(live.size()));
            for (auto it = live.cbegin(); it != live.cend(); ++it) {
                const auto row = m_cache->readEntity(type, it.key());
                QVERIFY2(row, qPrintable(it.key()));
                for (auto field = it.value().constBegin(); field != it.value().constEnd(); ++field)
                    QCOMPARE(row->data.value(field.key()), field.value());
            }
        }
    }

private slots:
    void init()
    {
        m_feed = std::make_unique<FakeFeed>();
        auto cache = CacheDb::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_files)), u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        m_cache = std::move(cache).value();
        m_api = std::make_unique<ApiClient>(m_feed->url(), u"token"_s);
        ApiClient::Options options;
        options.maxAttempts = 1;
        m_api->setOptions(options);
    }
    void cleanup()
    {
        m_api.reset();
        m_cache.reset();
        m_feed.reset();
    }

    void fullThenIncrementalSyncWithDeletions() // SYN-2
    {
        fillFeed(25);
        const SyncReport first = sync();
        QVERIFY2(first.ok, qPrintable(first.message));
        QVERIFY(first.fullSync);
        QCOMPARE(first.items, 27);
        QCOMPARE(first.pages, 3);
        QVERIFY(first.bytes > 0);
        verifyCacheEqualsFeed();
        QVERIFY(m_cache->syncState().fullSyncDone);
        QVERIFY(m_cache->syncState().lastSuccessAt.isValid());
        QCOMPARE(m_cache->metaValue(u"seller_id"_s), u"S1"_s);
        QSqlQuery audience(m_cache->connection());
        QVERIFY(audience.exec(u"SELECT audience_segment, audience_subsegment FROM communications WHERE id = 'C1'"_s));
        QVERIFY(audience.next());
        QCOMPARE(audience.value(0).toString(), u"regular"_s);
        QCOMPARE(audience.value(1).toString(), u"top"_s);

        const QString cursorAfterFull = m_cache->syncState().cursor;
        m_feed->upsert(u"buyer"_s, u"B000003"_s, FakeFeed::buyer(300, u"new"_s));
        m_feed->remove(u"buyer"_s, u"B000004"_s);
        m_feed->remove(u"communication"_s, u"C1"_s);
        m_feed->upsert(u"buyer"_s, u"B999999"_s, FakeFeed::buyer(7));
        const SyncReport second = sync();
        QVERIFY2(second.ok, qPrintable(second.message));
        QVERIFY(!second.fullSync);
        QCOMPARE(second.items, 4);
        QCOMPARE(m_feed->requests().last().query.queryItemValue(u"cursor"_s), cursorAfterFull);
        verifyCacheEqualsFeed();
        QVERIFY(!m_cache->readEntity(u"buyer"_s, u"B000004"_s));
        QCOMPARE(m_cache->readEntity(u"buyer"_s, u"B000003"_s)->data.value(u"segment"_s).toString(), u"new"_s);
    }

    void failedPageKeepsEarlierPagesAndResumes() // SYN-2: each page and its cursor in one transaction
    {
        fillFeed(40);
        int syncCalls = 0;
        m_feed->override = [&](const FakeRequest& request) -> std::optional<FakeResponse> {
            if (request.path == u"/api/v1/sync"_s && ++syncCalls == 3)
                return FakeHttpServer::json(500, R"({"error":{"code":"internal","message":"boom"}})");
            return std::nullopt;
        };
        const SyncReport broken = sync();
        QVERIFY(!broken.ok);
        QCOMPARE(broken.apiError.httpStatus, 500);
        QVERIFY(broken.message.contains(u"boom"_s));
        QCOMPARE(m_cache->rowCount(u"buyers"_s), 19); // pages 1 and 2: the seller and 19 buyers
        QCOMPARE(m_cache->syncState().cursor, u"20"_s);
        QVERIFY(!m_cache->syncState().fullSyncDone);
        QVERIFY(m_cache->syncState().lastError.contains(u"boom"_s));

        const SyncReport resumed = sync();
        QVERIFY2(resumed.ok, qPrintable(resumed.message));
        QCOMPARE(m_feed->requests().at(m_feed->requests().size() - 3).query.queryItemValue(u"cursor"_s), u"20"_s);
        QCOMPARE(resumed.items, 22);
        verifyCacheEqualsFeed();
    }

    void cursorExpiredStartsAgainFromScratch()
    {
        fillFeed(5);
        QVERIFY(sync().ok);
        // A row the server no longer has and will not send a tombstone for.
        QSqlQuery stale(m_cache->connection());
        QVERIFY(stale.exec(u"INSERT INTO buyers (id, segment) VALUES ('GHOST', 'new')"_s));
        m_feed->upsert(u"buyer"_s, u"B000001"_s, FakeFeed::buyer(11));
        m_feed->expireCursorsBelow(100);
        const SyncReport report = sync();
        QVERIFY2(report.ok, qPrintable(report.message));
        QVERIFY(report.fullSync);
        QVERIFY(!m_cache->readEntity(u"buyer"_s, u"GHOST"_s));
        verifyCacheEqualsFeed();
    }

    void badInputLeavesTheCacheUnchanged_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed JSON") << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":[{)")
                                        << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << u"not a JSON object"_s;
        QTest::newRow("unknown schema version")
            << QByteArray(R"({"schema_version":2,"cursor":"9","has_more":false,"changes":[{"type":"buyer","id":"B1","op":"delete"}]})")
            << u"schema version 2"_s;
        QTest::newRow("missing cursor") << QByteArray(R"({"schema_version":1,"has_more":false,"changes":[]})")
                                        << u"no cursor"_s;
        QTest::newRow("changes not an array")
            << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":{}})") << u"must be an array"_s;
        QTest::newRow("integer field is a string")
            << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":[
                   {"type":"buyer","id":"B1","op":"delete"},
                   {"type":"buyer","id":"B2","op":"upsert","data":{"segment":"new","orders_90d":"five"}}]})")
            << u"orders_90d must be an integer, got a string"_s;
        QTest::newRow("fractional kopecks")
            << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":[
                   {"type":"product","id":"P1","op":"upsert","data":{"price_kopecks":10.5}}]})")
            << u"price_kopecks must be an integer"_s;
        QTest::newRow("array field is a string")
            << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":[
                   {"type":"buyer","id":"B2","op":"upsert","data":{"interests":"C1"}}]})")
            << u"interests must be an array or an object"_s;
        QTest::newRow("unknown type")
            << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":[{"type":"order","id":"O1","op":"upsert","data":{}}]})")
            << u"unknown entity type"_s;
        QTest::newRow("unknown op")
            << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":[{"type":"buyer","id":"B1","op":"merge"}]})")
            << u"unknown op"_s;
        QTest::newRow("missing id")
            << QByteArray(R"({"schema_version":1,"cursor":"9","has_more":false,"changes":[{"type":"buyer","op":"upsert","data":{}}]})")
            << u"id is missing"_s;
    }
    void badInputLeavesTheCacheUnchanged()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        fillFeed(3);
        QVERIFY(sync().ok);
        m_feed->upsert(u"buyer"_s, u"B000001"_s, FakeFeed::buyer(50)); // pending, never applied
        const QString before = dumpCache(*m_cache);
        m_feed->override = [&](const FakeRequest& request) -> std::optional<FakeResponse> {
            if (request.path == u"/api/v1/sync"_s)
                return FakeHttpServer::json(200, body);
            return std::nullopt;
        };
        const SyncReport report = sync();
        QVERIFY(!report.ok);
        QCOMPARE(report.apiError.kind, ApiError::Kind::BadResponse);
        QVERIFY2(report.message.contains(expected), qPrintable(report.message));
        QCOMPARE(dumpCache(*m_cache), before);
    }

    void hugeAnswerIsRefusedAndChangesNothing()
    {
        fillFeed(3);
        QVERIFY(sync().ok);
        const QString before = dumpCache(*m_cache);
        for (int i = 0; i < 3000; ++i)
            m_feed->upsert(u"buyer"_s, u"X%1"_s.arg(i), FakeFeed::buyer(i));
        ApiClient::Options options = m_api->options();
        options.maxResponseBytes = 64 * 1024;
        m_api->setOptions(options);
        const SyncReport report = sync(5000);
        QVERIFY(!report.ok);
        QCOMPARE(report.apiError.kind, ApiError::Kind::TooLarge);
        QCOMPARE(dumpCache(*m_cache), before);
    }

    void progressReportsItemsBytesAndPhases()
    {
        fillFeed(30);
        SyncSession session(*m_cache, *m_api);
        session.setPageLimit(8);
        QSignalSpy progress(&session, &SyncSession::progress);
        QSignalSpy finished(&session, &SyncSession::finished);
        session.start();
        QVERIFY(finished.wait(20000));
        QList<SyncPhase> phases;
        qint64 lastItems = -1;
        for (const QList<QVariant>& arguments : progress) {
            const auto step = arguments.first().value<SyncProgress>();
            if (phases.isEmpty() || phases.last() != step.phase)
                phases.append(step.phase);
            QVERIFY(step.items >= lastItems);
            lastItems = step.items;
        }
        QCOMPARE(phases, (QList<SyncPhase>{SyncPhase::SendingOutbox, SyncPhase::FullSync, SyncPhase::BuildingIndexes,
                                           SyncPhase::Idle}));
        QCOMPARE(lastItems, 32);
        QVERIFY(progress.last().first().value<SyncProgress>().bytes > 30 * 200);
    }
};

QTEST_GUILESS_MAIN(SyncSessionTest)
#include "tst_sync_session.moc"
