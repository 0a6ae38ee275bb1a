// The data layer against the real sellercrm-server on an ephemeral loopback port (SYN-1..SYN-4):
// the headless `--sync` fills a cache equal to the server's state, changes and deletions on the
// server arrive by an incremental sync, the outbox creates and deletes through the real API, the
// SyncEngine runs off the GUI thread, and a snapshot holds the same data and no token.
#include "ApiClient.h"
#include "CacheDb.h"
#include "CacheLocation.h"
#include "Outbox.h"
#include "Snapshot.h"
#include "SyncEngine.h"
#include "support/ServerProcess.h"
#include "support/SyncTestData.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

namespace {

QStringList communicationNames(const CacheDb& cache)
{
    QStringList names;
    QSqlQuery query(cache.connection());
    query.exec(u"SELECT name FROM communications WHERE local_state IS NULL ORDER BY name"_s);
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class SyncServerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_cacheDir;

    QString cachePath() const { return CacheLocation::cachePath(m_cacheDir, m_server.url(), m_server.token()); }
    QStringList syncArguments() const
    {
        return {u"--sync"_s, u"--server"_s, m_server.url().toString(), u"--token-file"_s, m_server.tokenFile(),
                u"--cache"_s, m_cacheDir};
    }

    void verifyBuyersEqualServer(const CacheDb& cache)
    {
        QString error;
        const QHash<QString, QString> expected = m_server.segments(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.size() > 100);
        const QHash<QString, QString> actual = cachedSegments(cache);
        QCOMPARE(actual.size(), expected.size());
        int differences = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (actual.value(it.key()) != it.value() && ++differences < 5)
                qWarning("buyer %s: server %s, cache %s", qPrintable(it.key()), qPrintable(it.value()),
                         qPrintable(actual.value(it.key())));
        }
        QCOMPARE(differences, 0);
    }

    bool outboxDeliver(CacheDb& cache, const std::function<void(Outbox&)>& enqueue, OutboxReport* report)
    {
        Outbox outbox(cache);
        enqueue(outbox);
        ApiClient api(m_server.url(), m_server.token());
        bool finished = false;
        outbox.deliverDue(api, true, [&](const OutboxReport& result) {
            *report = result;
            finished = true;
        });
        return QTest::qWaitFor([&] { return finished; }, 30000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.prepare(m_dir.path(), u"S0001"_s, 3000, 15000, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_cacheDir = m_dir.filePath(u"cache"_s);
    }

    void headlessSyncFillsTheCacheWithTheServersState() // SYN-2
    {
        const ClientRun run = runClient(syncArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QRegularExpression line(u"^synced (\\d+) buyers, (\\d+) communications in \\d+\\.\\d\\d s\\n$"_s);
        const auto match = line.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QVERIFY(QFile::exists(cachePath()));
        auto cache = CacheDb::open(cachePath(), u"test"_s, CacheDb::Access::ReadOnly);
        QVERIFY2(cache, qPrintable(cache.error()));
        QCOMPARE(match.captured(1).toLongLong(), cache.value()->rowCount(u"buyers"_s));
        verifyBuyersEqualServer(*cache.value());
        const auto seller = cache.value()->seller();
        QVERIFY(seller);
        QCOMPARE(seller->id, u"S0001"_s);
        QVERIFY(!seller->data.value(u"name"_s).toString().isEmpty());
        const auto segmentation = cache.value()->segmentation();
        QVERIFY(segmentation);
        QCOMPARE(segmentation->data.value(u"as_of"_s).toString(), QString::fromLatin1(ServerProcess::asOf));
        QVERIFY(segmentation->data.value(u"segments"_s).toArray().size() >= 3);
        QVERIFY(cache.value()->rowCount(u"products"_s) > 0);
        QVERIFY(cache.value()->rowCount(u"categories"_s) > 0);
        QVERIFY(cache.value()->rowCount(u"buyer_actions"_s) > 0);
        const SyncState state = cache.value()->syncState();
        QVERIFY(state.fullSyncDone);
        QVERIFY(!state.cursor.isEmpty());
        QVERIFY(qAbs(state.lastSuccessAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        // No credential in the cache file.
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_server.token().toUtf8()));
    }

    void headlessCommandsWithoutCacheUseTheAppsCacheFolder() // SYN-2, SYN-4
    {
        // The window's cache of this account: <AppDataLocation>/cache/<account>.sqlite of the
        // app "sellercrm" of "SellerCRM" (tests run with their own XDG_DATA_HOME).
        const QString appCache = qEnvironmentVariable("XDG_DATA_HOME") + u"/SellerCRM/sellercrm/cache/"_s
                                 + CacheLocation::accountKey(m_server.url(), m_server.token()) + u".sqlite"_s;
        QFile::remove(appCache);
        const QStringList account{u"--server"_s, m_server.url().toString(), u"--token-file"_s, m_server.tokenFile()};
        const ClientRun sync = runClient(QStringList{u"--sync"_s} + account);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.startsWith(u"synced "_s), qPrintable(sync.out));
        QVERIFY2(QFile::exists(appCache), qPrintable(appCache));
        const QString snapshot = m_dir.filePath(u"default-folder.snapshot"_s);
        const ClientRun exported = runClient(QStringList{u"--export-snapshot"_s, snapshot} + account);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(u"S0001"_s));
        QVERIFY(Snapshot::open(snapshot));
    }

    void outboxWritesAndServerChangesArriveIncrementally() // SYN-2, SYN-3, COM-6
    {
        auto cache = CacheDb::open(cachePath(), u"test"_s);
        QVERIFY2(cache, qPrintable(cache.error()));
        QVERIFY(cache.value()->syncState().fullSyncDone);
        OutboxReport report;
        QVERIFY(outboxDeliver(*cache.value(), [](Outbox& outbox) {
            outbox.enqueueCreateCommunication(validMailing(u"Kept mailing"_s));
            outbox.enqueueCreateCommunication(validMailing(u"Deleted mailing"_s));
            auto invalid = validMailing(u"Invalid mailing"_s);
            QJsonObject format = invalid.value(u"format"_s).toObject();
            format.insert(u"text"_s, u"short"_s);
            invalid.insert(u"format"_s, format);
            outbox.enqueueCreateCommunication(invalid);
        }, &report));
        QCOMPARE(report.sent, 2);
        QCOMPARE(report.rejected, 1);
        Outbox outbox(*cache.value());
        const QList<OutboxEntry> entries = outbox.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).state, u"rejected"_s);
        QCOMPARE(entries.at(2).httpStatus, 422);
        QVERIFY2(entries.at(2).errorMessage.contains(u"format.text"_s), qPrintable(entries.at(2).errorMessage));
        const QString deletedId = entries.at(1).resultId;
        QVERIFY(!deletedId.isEmpty());

        QVERIFY(outboxDeliver(*cache.value(), [&](Outbox& box) { QVERIFY(box.enqueueDeleteCommunication(deletedId)); },
                              &report));
        QCOMPARE(report.sent, 1);
        const QString cursorBefore = cache.value()->syncState().cursor;

        // A change made on the server by someone else: the moderation approves the kept one.
        QString error;
        ServerProcess::run({u"moderate"_s, u"--db"_s, m_server.database(), u"--communication"_s, entries.at(0).resultId,
                            u"--approve"_s},
                           &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const ClientRun run = runClient(syncArguments());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto after = CacheDb::open(cachePath(), u"test-after"_s, CacheDb::Access::ReadOnly);
        QVERIFY(after);
        QVERIFY(after.value()->syncState().cursor != cursorBefore);
        QCOMPARE(communicationNames(*after.value()), QStringList{u"Kept mailing"_s});
        QVERIFY(!after.value()->readEntity(u"communication"_s, deletedId)); // the tombstone arrived
        const auto kept = after.value()->readEntity(u"communication"_s, entries.at(0).resultId);
        QVERIFY(kept);
        QCOMPARE(kept->data.value(u"status"_s).toString(), u"scheduled"_s);
        QCOMPARE(kept->data.value(u"idempotency_key"_s).toString(), entries.at(0).idempotencyKey);
        QSqlQuery rejected(after.value()->connection());
        QVERIFY(rejected.exec(u"SELECT status, reject_reason FROM communications WHERE local_state = 'rejected'"_s));
        QVERIFY(rejected.next());
        QCOMPARE(rejected.value(0).toString(), u"rejected"_s);
        QVERIFY(rejected.value(1).toString().contains(u"format.text"_s));
        verifyBuyersEqualServer(*after.value());
    }

    void engineSyncsOffTheGuiThreadAndReportsOnline() // SYN-2
    {
        SyncWorker::Config config;
        config.server = m_server.url();
        config.token = m_server.token();
        config.cachePath = cachePath();
        config.intervalMs = 600000;
        SyncEngine engine(config);
        QSignalSpy online(&engine, &SyncEngine::onlineChanged);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        engine.start();
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<SyncReport>();
        QVERIFY2(report.ok, qPrintable(report.message));
        QVERIFY(engine.isOnline());
        QCOMPARE(online.size(), 1);
        QVERIFY(engine.lastSuccessfulSync().isValid());
        QVERIFY(progress.size() >= 2);

        // The server goes away: the next sync on demand reports offline, data stays.
        const QString path = cachePath();
        m_server.kill();
        engine.syncNow();
        QVERIFY(finished.wait(60000));
        const auto offline = finished.last().first().value<SyncReport>();
        QVERIFY(!offline.ok);
        QVERIFY(offline.offline);
        QVERIFY(!engine.isOnline());
        QCOMPARE(online.last().first().toBool(), false);
        QVERIFY(engine.lastSuccessfulSync().isValid());
        engine.stop();
        auto cache = CacheDb::open(path, u"test"_s, CacheDb::Access::ReadOnly);
        QVERIFY2(cache, qPrintable(cache.error()));
        QVERIFY(cache.value()->rowCount(u"buyers"_s) > 100);
        QVERIFY(!cache.value()->syncState().lastError.isEmpty());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void snapshotRoundTripHoldsTheDataAndNoToken() // SYN-4
    {
        // The server has a new port: the account (server + token) has a new cache; sync it first.
        QVERIFY(runClient(syncArguments()).exitCode == 0);
        const QString file = m_dir.filePath(u"support.snapshot"_s);
        QStringList arguments = syncArguments();
        arguments.removeFirst();
        const ClientRun run = runClient(QStringList{u"--export-snapshot"_s, file} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"S0001"_s));
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray content = bytes.readAll();
        QVERIFY(content.size() > 100000);
        QVERIFY(!content.contains(m_server.token().toUtf8()));
        QVERIFY(!content.contains(m_server.token().section(u'_', 1).left(16).toUtf8()));

        SnapshotManifest manifest;
        auto snapshot = Snapshot::open(file, &manifest);
        QVERIFY2(snapshot, qPrintable(snapshot.error()));
        QCOMPARE(manifest.sellerId, u"S0001"_s);
        QVERIFY(!manifest.appVersion.isEmpty());
        auto cache = CacheDb::open(cachePath(), u"test"_s, CacheDb::Access::ReadOnly);
        QVERIFY(cache);
        QCOMPARE(cachedSegments(*snapshot.value()), cachedSegments(*cache.value()));
        QCOMPARE(communicationNames(*snapshot.value()), communicationNames(*cache.value()));
        QCOMPARE(snapshot.value()->seller()->data, cache.value()->seller()->data);
        QCOMPARE(snapshot.value()->segmentation()->data, cache.value()->segmentation()->data);
        QCOMPARE(snapshot.value()->rowCount(u"outbox"_s), 0);
    }

    void badArgumentsAreExplained()
    {
        ClientRun run = runClient({u"--sync"_s, u"--server"_s, m_server.url().toString()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--token-file"_s));
        run = runClient({u"--sync"_s, u"--server"_s, m_server.url().toString(), u"--token-file"_s,
                         m_dir.filePath(u"missing"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"cannot read the token file"_s));
        run = runClient(syncArguments() + QStringList{u"--page-size"_s, u"9000"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--page-size must be a number from 1 to 5000"_s), qPrintable(run.err));
        QFile wrong(m_dir.filePath(u"wrong-token"_s));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("scrm_not_a_real_token\n");
        wrong.close();
        run = runClient({u"--sync"_s, u"--server"_s, m_server.url().toString(), u"--token-file"_s, wrong.fileName(),
                         u"--cache"_s, m_cacheDir});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"401"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(SyncServerTest)
#include "tst_sync_server.moc"
