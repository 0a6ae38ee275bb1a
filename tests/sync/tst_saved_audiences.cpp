// Saved audiences in the client data layer (POR-2): the schema-3 upgrade of a real schema-2 cache
// file (tests/data/cache/cache-v2.sqlite), the feed kind `audience` applied and deleted, and the
// outbox creating and deleting audiences through the real sellercrm-server exactly once, with
// the states communications have (waiting, sent, rejected, deleting).
#include "ApiClient.h"
#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "FeedPage.h"
#include "Outbox.h"
#include "SyncSession.h"
#include "support/ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

namespace {

const QString v2File = QStringLiteral(SELLERCRM_TEST_DATA "/cache/cache-v2.sqlite");

QString scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return u"<error: %1>"_s.arg(sql);
    return query.value(0).toString();
}

QJsonObject womenAmongRegular(const QString& name)
{
    return QJsonObject{
        {u"name"_s, name},
        {u"segments"_s, QJsonArray{u"regular"_s}},
        {u"conditions"_s,
         QJsonObject{{u"op"_s, u"and"_s},
                     {u"items"_s, QJsonArray{QJsonObject{{u"field"_s, u"gender"_s}, {u"in"_s, QJsonArray{u"f"_s}}}}}}}};
}

QByteArray feedPage(const QByteArray& changes)
{
    return R"({"schema_version":1,"cursor":"c2","has_more":false,"changes":[)" + changes + "]}";
}

} // namespace

class SavedAudiencesSyncTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;

    std::unique_ptr<CacheDb> openCache(const QString& name)
    {
        auto cache = CacheDb::open(m_dir.filePath(name), u"test"_s);
        if (!cache) {
            qWarning() << cache.error();
            return nullptr;
        }
        return std::move(cache).value();
    }

    bool deliver(CacheDb& cache, OutboxReport* report)
    {
        Outbox outbox(cache);
        ApiClient api(m_server.url(), m_server.token());
        bool finished = false;
        outbox.deliverDue(api, true, [&](const OutboxReport& result) {
            *report = result;
            finished = true;
        });
        return QTest::qWaitFor([&] { return finished; }, 30000);
    }

    bool sync(CacheDb& cache)
    {
        ApiClient api(m_server.url(), m_server.token());
        SyncSession session(cache, api);
        const SyncReport report = session.runToCompletion();
        if (!report.ok)
            qWarning() << report.message;
        return report.ok;
    }

    // The seller's audiences on the server by name.
    QStringList serverAudienceNames()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_server.url().toString() + u"/api/v1/audiences?page_size=500"_s));
        request.setRawHeader("Authorization", "Bearer " + m_server.token().toUtf8());
        QNetworkReply* reply = network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {u"<timeout>"_s};
        QStringList names;
        const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray();
        for (const QJsonValue& item : items)
            names << item.toObject().value(u"name"_s).toString();
        reply->deleteLater();
        return names;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.prepare(m_dir.path(), u"S0001"_s, 600, 3000, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void upgradesASchemaTwoFile()
    {
        const QString path = m_dir.filePath(u"v2.sqlite"_s);
        QVERIFY(QFile::copy(v2File, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto cache = CacheDb::open(path, u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        const QSqlDatabase db = cache.value()->connection();
        QCOMPARE(cache.value()->schemaVersion(), CacheSchema::currentVersion);
        QCOMPARE(scalar(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s),
                 QString::number(CacheSchema::currentVersion));
        // What the schema-2 file had is all there.
        QCOMPARE(cache.value()->syncState().cursor, u"v2-cursor-77"_s);
        QCOMPARE(scalar(db, u"SELECT title FROM drafts WHERE id = 'D1'"_s), u"Winter sale draft"_s);
        QCOMPARE(cache.value()->readEntity(u"communication"_s, u"C1"_s)->data.value(u"metrics"_s).toArray().size(), 1);
        QCOMPARE(scalar(db, u"SELECT audience_subsegment FROM communications WHERE id = 'C1'"_s), u"loyal"_s);
        QCOMPARE(cache.value()->rowCount(u"outbox"_s), 1);
        // The new table, empty, with the feed's fields and the local state.
        QCOMPARE(cache.value()->rowCount(u"saved_audiences"_s), 0);
        QSqlQuery columns(db);
        QVERIFY(columns.exec(u"PRAGMA table_info(saved_audiences)"_s));
        QStringList names;
        while (columns.next())
            names << columns.value(1).toString();
        QCOMPARE(names, (QStringList{u"id"_s, u"name"_s, u"segments"_s, u"subsegments"_s, u"conditions"_s,
                                     u"own_buyers"_s, u"potential_buyers"_s, u"created_at"_s, u"updated_at"_s,
                                     u"idempotency_key"_s, u"local_state"_s}));
        // A fresh file has the same table.
        auto fresh = openCache(u"fresh.sqlite"_s);
        QVERIFY(fresh);
        QCOMPARE(fresh->schemaVersion(), CacheSchema::currentVersion);
        QCOMPARE(fresh->rowCount(u"saved_audiences"_s), 0);
    }

    void feedKindAudienceIsStoredAndDeleted() // SYN-2
    {
        auto cache = openCache(u"feed.sqlite"_s);
        QVERIFY(cache);
        const QByteArray upsert =
            R"({"type":"audience","id":"A7","op":"upsert","data":{"name":"Women","segments":["regular"],)"
            R"("subsegments":[],"conditions":{"op":"and","items":[{"field":"gender","in":["f"]}]},"own_buyers":12,)"
            R"("potential_buyers":3,"created_at":"2026-11-20T10:00:00Z","updated_at":"2026-11-20T10:00:00Z",)"
            R"("idempotency_key":"k-7"}})";
        auto page = FeedPage::parse(feedPage(upsert));
        QVERIFY2(page, qPrintable(page.error()));
        CacheWriter writer(*cache);
        QVERIFY(writer.applyPage(page.value()));
        const auto stored = cache->readEntity(u"audience"_s, u"A7"_s);
        QVERIFY(stored);
        QCOMPARE(stored->data.value(u"name"_s).toString(), u"Women"_s);
        QCOMPARE(stored->data.value(u"own_buyers"_s).toInteger(), 12);
        QCOMPARE(stored->data.value(u"segments"_s).toArray(), QJsonArray{u"regular"_s});
        QCOMPARE(stored->data.value(u"conditions"_s).toObject().value(u"op"_s).toString(), u"and"_s);

        // A field of the wrong type refuses the whole page.
        QByteArray wrong = upsert;
        wrong.replace(R"("own_buyers":12)", R"("own_buyers":"12")");
        const auto bad = FeedPage::parse(feedPage(wrong));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"own_buyers"_s), qPrintable(bad.error()));

        auto removal = FeedPage::parse(feedPage(R"({"type":"audience","id":"A7","op":"delete"})"));
        QVERIFY2(removal, qPrintable(removal.error()));
        QVERIFY(writer.applyPage(removal.value()));
        QVERIFY(!cache->readEntity(u"audience"_s, u"A7"_s));
    }

    void outboxCreatesAudiencesOnceAndRejectsTakenNames() // SYN-3, POR-2
    {
        auto cache = openCache(u"outbox.sqlite"_s);
        QVERIFY(cache);
        Outbox outbox(*cache);
        auto local = outbox.enqueueCreateAudience(womenAmongRegular(u"Regular women"_s));
        QVERIFY2(local, qPrintable(local.error()));
        QVERIFY(local.value().startsWith(u"local:"_s));
        QCOMPARE(scalar(cache->connection(),
                        u"SELECT local_state FROM saved_audiences WHERE id = '%1'"_s.arg(local.value())),
                 u"waiting"_s);
        QVERIFY(outbox.enqueueCreateAudience(womenAmongRegular(u"regular WOMEN"_s))); // the name is taken

        OutboxReport report;
        QVERIFY(deliver(*cache, &report));
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.rejected, 1);
        const QList<OutboxEntry> entries = outbox.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).op, QString::fromLatin1(Outbox::createAudienceOp));
        QCOMPARE(entries.at(0).state, u"sent"_s);
        const QString id = entries.at(0).resultId;
        QVERIFY(id.startsWith(u'A'));
        // The placeholder became the server's audience with its counts.
        QCOMPARE(cache->rowCount(u"saved_audiences"_s), 2);
        const auto created = cache->readEntity(u"audience"_s, id);
        QVERIFY(created);
        QVERIFY(created->data.value(u"own_buyers"_s).toInteger() > 0);
        QVERIFY(!cache->readEntity(u"audience"_s, local.value()));
        QCOMPARE(entries.at(1).state, u"rejected"_s);
        QCOMPARE(entries.at(1).httpStatus, 409);
        QCOMPARE(entries.at(1).errorCode, u"name_taken"_s);
        QCOMPARE(scalar(cache->connection(),
                        u"SELECT local_state FROM saved_audiences WHERE id = 'local:%1'"_s.arg(entries.at(1).idempotencyKey)),
                 u"rejected"_s);

        // The client crashed before it saw the answer: the entry is sent again with its key, and
        // the server answers the first result instead of creating another audience.
        QSqlQuery again(cache->connection());
        QVERIFY(again.exec(u"UPDATE outbox SET state = 'waiting' WHERE id = %1"_s.arg(entries.at(0).id)));
        QVERIFY(deliver(*cache, &report));
        QCOMPARE(report.sent, 1);
        QCOMPARE(serverAudienceNames().count(u"Regular women"_s), 1);
        QVERIFY(!serverAudienceNames().contains(u"regular WOMEN"_s));

        // A sync brings the same audience; nothing is duplicated.
        QVERIFY(sync(*cache));
        QCOMPARE(cache->readEntity(u"audience"_s, id)->data.value(u"name"_s).toString(), u"Regular women"_s);
        QCOMPARE(scalar(cache->connection(), u"SELECT COUNT(*) FROM saved_audiences WHERE local_state IS NULL"_s),
                 u"1"_s);
    }

    void outboxDeletesAudiencesAndTheFeedAgrees() // SYN-2, SYN-3
    {
        auto cache = openCache(u"delete.sqlite"_s);
        QVERIFY(cache);
        QVERIFY(sync(*cache));
        Outbox outbox(*cache);
        QVERIFY(outbox.enqueueCreateAudience(womenAmongRegular(u"Short-lived"_s)));
        OutboxReport report;
        QVERIFY(deliver(*cache, &report));
        QCOMPARE(report.sent, 1);
        const QString id = outbox.entries().constLast().resultId;
        QVERIFY(cache->readEntity(u"audience"_s, id));

        // Withdrawing one that was never sent needs no server.
        auto unsent = outbox.enqueueCreateAudience(womenAmongRegular(u"Never sent"_s));
        QVERIFY(unsent);
        QVERIFY(outbox.enqueueDeleteAudience(unsent.value()));
        QVERIFY(!cache->readEntity(u"audience"_s, unsent.value()));

        QVERIFY(outbox.enqueueDeleteAudience(id));
        QCOMPARE(scalar(cache->connection(), u"SELECT local_state FROM saved_audiences WHERE id = '%1'"_s.arg(id)),
                 u"deleting"_s);
        QVERIFY(deliver(*cache, &report));
        QCOMPARE(report.sent, 1);
        QCOMPARE(outbox.entries().constLast().op, QString::fromLatin1(Outbox::deleteAudienceOp));
        QVERIFY(!cache->readEntity(u"audience"_s, id));
        QVERIFY(!serverAudienceNames().contains(u"Short-lived"_s));
        QVERIFY(!serverAudienceNames().contains(u"Never sent"_s));

        // The tombstone arrives by the feed and changes nothing more.
        QVERIFY(sync(*cache));
        QVERIFY(!cache->readEntity(u"audience"_s, id));
    }
};

QTEST_GUILESS_MAIN(SavedAudiencesSyncTest)
#include "tst_saved_audiences.moc"
