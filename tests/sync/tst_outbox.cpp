// Outbox (SYN-3, WIZ-8): a write is stored first and shown as waiting, then sent with its
// idempotency key; retries after lost answers and restarts create it exactly once; a rejection
// keeps the server's reason; backoff survives a restart; deletes (COM-6) and their refusals.
#include "ApiClient.h"
#include "CacheDb.h"
#include "Outbox.h"
#include "support/FakeFeed.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

namespace {

QJsonObject createRequest(const QString& name)
{
    return QJsonObject{
        {u"name"_s, name},
        {u"audience"_s, QJsonObject{{u"segments"_s, QJsonArray{u"regular"_s}}, {u"subsegments"_s, QJsonArray{u"top"_s}}}},
        {u"offer"_s, QJsonObject{{u"type"_s, u"product_promotion"_s}}},
        {u"format"_s, QJsonObject{{u"type"_s, u"mailing"_s},
                                  {u"recipients"_s, 100},
                                  {u"send_date"_s, u"2026-12-01"_s},
                                  {u"text"_s, u"New arrivals for you"_s}}}};
}

QVariantMap row(const CacheDb& cache, const QString& sql)
{
    QVariantMap result;
    QSqlQuery query(cache.connection());
    if (query.exec(sql) && query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            result.insert(query.record().fieldName(i), query.value(i));
    }
    return result;
}

} // namespace

class OutboxTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path;
    std::unique_ptr<FakeFeed> m_feed;
    std::unique_ptr<ApiClient> m_api;

    std::unique_ptr<CacheDb> openCache()
    {
        auto cache = CacheDb::open(m_path, u"test"_s);
        return cache ? std::move(cache).value() : nullptr;
    }

    OutboxReport deliver(Outbox& outbox, bool ignoreBackoff = true)
    {
        OutboxReport result;
        bool finished = false;
        outbox.deliverDue(*m_api, ignoreBackoff, [&](const OutboxReport& report) {
            result = report;
            finished = true;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 20000))
            result.lastError.message = u"no report"_s;
        return result;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(u"outbox-%1.sqlite"_s.arg(++m_files));
        m_feed = std::make_unique<FakeFeed>();
        m_api = std::make_unique<ApiClient>(m_feed->url(), u"token"_s);
        ApiClient::Options options;
        options.backoffBaseMs = 10;
        options.backoffMaxMs = 20;
        m_api->setOptions(options);
    }

    void createIsStoredFirstThenSent() // WIZ-8
    {
        auto cache = openCache();
        QVERIFY(cache);
        Outbox outbox(*cache);
        auto localId = outbox.enqueueCreateCommunication(createRequest(u"Top buyers"_s));
        QVERIFY2(localId, qPrintable(localId.error()));
        QVERIFY(localId->startsWith(u"local:"_s));
        // Stored before anything was sent: shown as "Waiting to send".
        QCOMPARE(m_feed->requests().size(), 0);
        const QVariantMap waiting = row(*cache, u"SELECT * FROM communications WHERE id = '%1'"_s.arg(localId.value()));
        QCOMPARE(waiting.value(u"status"_s).toString(), u"waiting_to_send"_s);
        QCOMPARE(waiting.value(u"local_state"_s).toString(), u"waiting"_s);
        QCOMPARE(waiting.value(u"format"_s).toString(), u"mailing"_s);
        QCOMPARE(waiting.value(u"send_date"_s).toString(), u"2026-12-01"_s);
        QCOMPARE(waiting.value(u"audience_segment"_s).toString(), u"regular"_s);
        QCOMPARE(waiting.value(u"audience_subsegment"_s).toString(), u"top"_s);
        QCOMPARE(outbox.waitingCount(), 1);
        const QString key = outbox.entries().first().idempotencyKey;

        const OutboxReport report = deliver(outbox);
        QCOMPARE(report.sent, 1);
        QCOMPARE(m_feed->requestCount("POST", u"/api/v1/communications"_s), 1);
        QCOMPARE(m_feed->requests().first().headers.value("idempotency-key"), key.toUtf8());
        const OutboxEntry sent = outbox.entries().first();
        QCOMPARE(sent.state, u"sent"_s);
        QCOMPARE(sent.resultId, u"C1001"_s);
        QCOMPARE(cache->rowCount(u"communications"_s), 1);
        QCOMPARE(cache->readEntity(u"communication"_s, u"C1001"_s)->data.value(u"status"_s).toString(), u"on_moderation"_s);
        QVERIFY(!cache->readEntity(u"communication"_s, localId.value()));
    }

    void lostAnswersAndRestartsCreateExactlyOnce() // SYN-3
    {
        // The server creates the communication, but its answer never reaches the client, twice.
        m_feed->dropAnswersToPosts = 2;
        ApiClient::Options options = m_api->options();
        options.maxAttempts = 1;
        m_api->setOptions(options);
        {
            auto cache = openCache();
            Outbox outbox(*cache);
            QVERIFY(outbox.enqueueCreateCommunication(createRequest(u"Once"_s)));
            const OutboxReport first = deliver(outbox);
            QCOMPARE(first.sent, 0);
            QCOMPARE(outbox.entries().first().state, u"waiting"_s);
            QVERIFY(outbox.entries().first().attempts >= 1);
        }
        // A restart: a new connection and outbox on the same file, delivering until it is sent.
        auto cache = openCache();
        Outbox outbox(*cache);
        for (int i = 0; i < 5 && outbox.waitingCount() > 0; ++i)
            deliver(outbox);
        QCOMPARE(outbox.entries().first().state, u"sent"_s);
        QCOMPARE(cache->rowCount(u"communications"_s), 1);
        QCOMPARE(outbox.entries().first().resultId, u"C1001"_s);
        QCOMPARE(m_feed->dropAnswersToPosts, 0);
        QVERIFY(m_feed->requestCount("POST", u"/api/v1/communications"_s) >= 3);
        const QByteArray key = outbox.entries().first().idempotencyKey.toUtf8();
        for (const FakeRequest& request : m_feed->requests())
            QCOMPARE(request.headers.value("idempotency-key"), key); // the same key every time
        QCOMPARE(m_feed->createdCount(), 1); // three sends, one communication
        QCOMPARE(m_feed->live(u"communication"_s).size(), 1);
    }

    void rejectionKeepsTheServersReason()
    {
        m_feed->override = [](const FakeRequest& request) -> std::optional<FakeResponse> {
            if (request.method == "POST")
                return FakeHttpServer::json(422, R"({"error":{"code":"validation_failed","message":"The communication is invalid",
                    "fields":[{"field":"format.text","code":"too_short","message":"The text needs at least 10 characters"}]}})");
            return std::nullopt;
        };
        auto cache = openCache();
        Outbox outbox(*cache);
        auto localId = outbox.enqueueCreateCommunication(createRequest(u"Too short"_s));
        QVERIFY(localId);
        const OutboxReport report = deliver(outbox);
        QCOMPARE(report.rejected, 1);
        const OutboxEntry entry = outbox.entries().first();
        QCOMPARE(entry.state, u"rejected"_s);
        QCOMPARE(entry.httpStatus, 422);
        QCOMPARE(entry.errorCode, u"validation_failed"_s);
        QVERIFY(entry.errorMessage.contains(u"The text needs at least 10 characters"_s));
        const QVariantMap shown = row(*cache, u"SELECT * FROM communications WHERE id = '%1'"_s.arg(localId.value()));
        QCOMPARE(shown.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(shown.value(u"local_state"_s).toString(), u"rejected"_s);
        QVERIFY(shown.value(u"reject_reason"_s).toString().contains(u"format.text"_s));
        // A rejected entry is never sent again.
        QCOMPARE(deliver(outbox).sent + deliver(outbox).rejected, 0);
        QCOMPARE(m_feed->requestCount("POST", u"/api/v1/communications"_s), 1);
        // The seller can drop it.
        QVERIFY(outbox.enqueueDeleteCommunication(localId.value()));
        QCOMPARE(cache->rowCount(u"communications"_s), 0);
    }

    void backoffSurvivesARestart()
    {
        m_feed->override = [](const FakeRequest&) -> std::optional<FakeResponse> {
            return FakeHttpServer::json(503, R"({"error":{"code":"unavailable","message":"maintenance"}})");
        };
        ApiClient::Options options = m_api->options();
        options.maxAttempts = 1;
        m_api->setOptions(options);
        {
            auto cache = openCache();
            Outbox outbox(*cache);
            outbox.setBackoff(60000, 120000);
            QVERIFY(outbox.enqueueCreateCommunication(createRequest(u"Later"_s)));
            QVERIFY(outbox.enqueueCreateCommunication(createRequest(u"Later too"_s)));
            const OutboxReport report = deliver(outbox, false);
            QCOMPARE(report.deferred, 2);
            QCOMPARE(report.lastError.httpStatus, 503);
            QCOMPARE(m_feed->requests().size(), 1); // the second waits behind the first
            const OutboxEntry entry = outbox.entries().first();
            QVERIFY(entry.nextAttemptAt > QDateTime::currentDateTimeUtc().addSecs(25));
            QVERIFY(entry.errorMessage.contains(u"maintenance"_s));
        }
        m_feed->override = nullptr;
        auto cache = openCache();
        Outbox outbox(*cache);
        QCOMPARE(deliver(outbox, false).sent, 1); // only the second entry was due
        QCOMPARE(m_feed->requests().size(), 2);
        QCOMPARE(deliver(outbox, true).sent, 1); // on demand: the first goes too
        QCOMPARE(outbox.waitingCount(), 0);
        QCOMPARE(m_feed->createdCount(), 2);
    }

    void deleteIsSentAndItsRefusalRestoresTheRow() // COM-6
    {
        m_feed->upsert(u"communication"_s, u"C1"_s, QJsonObject{{u"name"_s, u"A"_s}, {u"status"_s, u"on_moderation"_s}});
        m_feed->upsert(u"communication"_s, u"C2"_s, QJsonObject{{u"name"_s, u"B"_s}, {u"status"_s, u"scheduled"_s}});
        auto cache = openCache();
        QVERIFY(cache->exec(u"INSERT INTO communications (id, name, status) VALUES ('C1', 'A', 'on_moderation'), "
                            "('C2', 'B', 'scheduled')"_s));
        Outbox outbox(*cache);
        QVERIFY(outbox.enqueueDeleteCommunication(u"C1"_s));
        QVERIFY(outbox.enqueueDeleteCommunication(u"C2"_s));
        QCOMPARE(row(*cache, u"SELECT local_state FROM communications WHERE id = 'C1'"_s).value(u"local_state"_s).toString(),
                 u"deleting"_s);
        const OutboxReport report = deliver(outbox);
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.rejected, 1);
        QVERIFY(!cache->readEntity(u"communication"_s, u"C1"_s));
        QVERIFY(row(*cache, u"SELECT local_state FROM communications WHERE id = 'C2'"_s).value(u"local_state"_s).isNull());
        QVERIFY(outbox.entries().at(1).errorMessage.contains(u"only a communication on moderation"_s));
        QVERIFY(!m_feed->live(u"communication"_s).contains(u"C1"_s));
    }

    void aDeleteAlreadyDoneCountsAsSent()
    {
        auto cache = openCache();
        QVERIFY(cache->exec(u"INSERT INTO communications (id, name, status) VALUES ('C9', 'Gone', 'on_moderation')"_s));
        Outbox outbox(*cache);
        QVERIFY(outbox.enqueueDeleteCommunication(u"C9"_s));
        // The first attempt reached the server but its answer was lost.
        QVERIFY(cache->exec(u"UPDATE outbox SET attempts = 1"_s));
        const OutboxReport report = deliver(outbox); // the server now says 404
        QCOMPARE(report.sent, 1);
        QCOMPARE(outbox.entries().first().state, u"sent"_s);
        QVERIFY(!cache->readEntity(u"communication"_s, u"C9"_s));
    }

    void anUnsentCreateIsWithdrawnLocally()
    {
        auto cache = openCache();
        Outbox outbox(*cache);
        auto localId = outbox.enqueueCreateCommunication(createRequest(u"Never mind"_s));
        QVERIFY(localId);
        QVERIFY(outbox.enqueueDeleteCommunication(localId.value()));
        QCOMPARE(outbox.entries().size(), 0);
        QCOMPARE(cache->rowCount(u"communications"_s), 0);
        QCOMPARE(deliver(outbox).sent, 0);
        QCOMPARE(m_feed->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "tst_outbox.moc"
