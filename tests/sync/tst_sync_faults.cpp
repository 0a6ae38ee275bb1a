// Faults between the client and the real server, through the project's fault proxy (SYN-2,
// SYN-3): random drops, delays, cut-off bodies and injected 500/503 still end in a cache equal
// to the server; the outbox delivers each write exactly once; the server killed and restarted;
// the client process SIGKILLed in the middle of a sync and of a send resumes correctly.
#include "CacheDb.h"
#include "CacheLocation.h"
#include "Outbox.h"
#include "support/ServerProcess.h"
#include "support/SyncTestData.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

namespace {

int countNamed(const CacheDb& cache, const QString& prefix)
{
    QSqlQuery query(cache.connection());
    query.prepare(u"SELECT COUNT(*) FROM communications WHERE name LIKE ? AND local_state IS NULL"_s);
    query.addBindValue(QString(prefix + u'%'));
    query.exec();
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class SyncFaultsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    FaultProxyProcess m_proxy;
    QHash<QString, QString> m_expected;
    int m_caches = 0;
    QString m_cacheDir;

    QStringList syncArguments(int pageSize = 250) const
    {
        return {u"--sync"_s, u"--server"_s, m_proxy.url().toString(), u"--token-file"_s, m_server.tokenFile(),
                u"--cache"_s, m_cacheDir, u"--page-size"_s, QString::number(pageSize)};
    }
    QString cachePath() const { return CacheLocation::cachePath(m_cacheDir, m_proxy.url(), m_server.token()); }

    // Syncs until a run succeeds; returns the number of runs.
    int syncUntilDone(int maxRuns)
    {
        for (int run = 1; run <= maxRuns; ++run) {
            if (runClient(syncArguments()).exitCode == 0)
                return run;
        }
        return -1;
    }

    void verifyCacheEqualsServer()
    {
        auto cache = CacheDb::open(cachePath(), u"verify"_s, CacheDb::Access::ReadOnly);
        QVERIFY2(cache, qPrintable(cache.error()));
        QSqlQuery integrity(cache.value()->connection());
        QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
        QCOMPARE(cachedSegments(*cache.value()), m_expected);
        QVERIFY(cache.value()->syncState().fullSyncDone);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.prepare(m_dir.path(), u"S0001"_s, 3000, 15000, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_proxy.start(m_server.port(), {}, &error), qPrintable(error));
        m_expected = m_server.segments(&error);
        QVERIFY2(error.isEmpty() && m_expected.size() > 100, qPrintable(error));
    }

    void init()
    {
        m_cacheDir = m_dir.filePath(u"cache-%1"_s.arg(++m_caches));
        QVERIFY(m_proxy.command(u"off"_s));
    }

    void randomFaultsEndConsistent() // SYN-2
    {
        const auto before = m_proxy.stats();
        QVERIFY(m_proxy.command(u"random 0.25 7"_s));
        const int runs = syncUntilDone(40);
        QVERIFY2(runs > 0, "no sync got through the faults");
        const auto after = m_proxy.stats();
        QVERIFY(after.second - before.second >= 3); // faults were really injected
        qInfo("synced through %d faults in %d runs", after.second - before.second, runs);
        QVERIFY(m_proxy.command(u"off"_s));
        verifyCacheEqualsServer();
        // Another sync after the faults finds nothing half-applied.
        QCOMPARE(runClient(syncArguments()).exitCode, 0);
        verifyCacheEqualsServer();
    }

    void everyKindOfFaultIsSurvived_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::newRow("dropped request") << u"GET#2=drop,GET#3=drop"_s;
        QTest::newRow("answer lost after the server worked") << u"GET#2=drop-after"_s;
        QTest::newRow("truncated body") << u"GET#3=truncate,GET#4=truncate"_s;
        QTest::newRow("HTTP 500") << u"GET#2=500"_s;
        QTest::newRow("HTTP 503") << u"GET#2=503,GET#3=503"_s;
        QTest::newRow("slow server") << u"GET*=delay:20"_s;
    }
    void everyKindOfFaultIsSurvived()
    {
        QFETCH(QString, plan);
        const int faultsBefore = m_proxy.stats().second;
        QVERIFY(m_proxy.command(u"plan "_s + plan));
        QVERIFY(syncUntilDone(5) > 0);
        QVERIFY(m_proxy.stats().second > faultsBefore);
        verifyCacheEqualsServer();
    }

    void outboxDeliversExactlyOnceThroughFaults() // SYN-3
    {
        QCOMPARE(runClient(syncArguments()).exitCode, 0);
        {
            auto cache = CacheDb::open(cachePath(), u"enqueue"_s);
            QVERIFY(cache);
            Outbox outbox(*cache.value());
            for (int i = 0; i < 6; ++i)
                QVERIFY(outbox.enqueueCreateCommunication(validMailing(u"Faulty %1"_s.arg(i))));
        }
        // Answers lost after the server created, requests dropped, 503s, cut-off answers.
        QVERIFY(m_proxy.command(u"plan POST#1=drop-after,POST#2=drop,POST#3=503,POST#4=truncate,POST#5=drop-after,"
                                "POST#7=500,POST#8=drop-after"_s));
        int runs = 0;
        for (; runs < 20; ++runs) {
            auto cache = CacheDb::open(cachePath(), u"check"_s, CacheDb::Access::ReadOnly);
            QVERIFY(cache);
            QSqlQuery waiting(cache.value()->connection());
            QVERIFY(waiting.exec(u"SELECT COUNT(*) FROM outbox WHERE state != 'sent'"_s) && waiting.next());
            if (waiting.value(0).toInt() == 0)
                break;
            runClient(syncArguments());
        }
        QVERIFY(runs < 20);
        QVERIFY(m_proxy.command(u"off"_s));
        QCOMPARE(runClient(syncArguments()).exitCode, 0);
        auto cache = CacheDb::open(cachePath(), u"verify"_s, CacheDb::Access::ReadOnly);
        QVERIFY(cache);
        // The cache equals the server after the last sync: six communications, none twice.
        QCOMPARE(countNamed(*cache.value(), u"Faulty "_s), 6);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(countNamed(*cache.value(), u"Faulty %1"_s.arg(i)), 1);
    }

    void serverKilledAndRestartedMidSync()
    {
        QVERIFY(m_proxy.command(u"plan GET*=delay:40"_s));
        QProcess client;
        client.start(ServerProcess::clientBinary(), syncArguments(100));
        QVERIFY(client.waitForStarted());
        QTest::qWait(1500);
        m_server.kill();
        QVERIFY(client.waitForFinished(120000));
        QCOMPARE(client.exitCode(), 1); // the sync stops: the server is gone
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_proxy.command(u"target 127.0.0.1:%1"_s.arg(m_server.port())));
        QVERIFY(m_proxy.command(u"off"_s));
        QCOMPARE(runClient(syncArguments()).exitCode, 0);
        verifyCacheEqualsServer();
    }

    void clientKilledMidSyncResumes() // SYN-2: SIGKILL at any moment
    {
        QVERIFY(m_proxy.command(u"plan GET*=delay:60"_s));
        QProcess client;
        client.start(ServerProcess::clientBinary(), syncArguments(100));
        QVERIFY(client.waitForStarted());
        // Wait until some pages are in, then kill the client without warning.
        QString cursor;
        qint64 buyers = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!QFile::exists(cachePath()))
                    return false;
                auto cache = CacheDb::open(cachePath(), u"peek"_s, CacheDb::Access::ReadOnly);
                buyers = cache ? cache.value()->rowCount(u"buyers"_s) : 0;
                return buyers > 300;
            },
            120000));
        ::kill(pid_t(client.processId()), SIGKILL);
        QVERIFY(client.waitForFinished(10000));
        QCOMPARE(client.exitStatus(), QProcess::CrashExit);
        {
            auto cache = CacheDb::open(cachePath(), u"after-kill"_s);
            QVERIFY2(cache, qPrintable(cache.error()));
            const SyncState state = cache.value()->syncState();
            QVERIFY(!state.cursor.isEmpty());
            QVERIFY(!state.fullSyncDone);
            QVERIFY(cache.value()->rowCount(u"buyers"_s) < m_expected.size());
            cursor = state.cursor;
        }
        QVERIFY(m_proxy.command(u"off"_s));
        QCOMPARE(runClient(syncArguments()).exitCode, 0);
        verifyCacheEqualsServer();
        QVERIFY(!cursor.isEmpty());
    }

    void clientKilledMidSendSendsExactlyOnce() // SYN-3
    {
        QCOMPARE(runClient(syncArguments()).exitCode, 0);
        {
            auto cache = CacheDb::open(cachePath(), u"enqueue"_s);
            Outbox outbox(*cache.value());
            QVERIFY(outbox.enqueueCreateCommunication(validMailing(u"Killed while sending"_s)));
        }
        // The server creates it; the answer is held back while the client is killed.
        QVERIFY(m_proxy.command(u"plan POST*=delay-after:20000"_s));
        const int requestsBefore = m_proxy.stats().first;
        QProcess client;
        client.start(ServerProcess::clientBinary(), syncArguments());
        QVERIFY(client.waitForStarted());
        // The POST has reached the proxy (the client stored the attempt before sending it); give
        // the server a moment to create the communication, then kill the client.
        QVERIFY(QTest::qWaitFor([&] { return m_proxy.stats().first > requestsBefore; }, 60000));
        QTest::qWait(1000);
        ::kill(pid_t(client.processId()), SIGKILL);
        QVERIFY(client.waitForFinished(10000));
        {
            auto cache = CacheDb::open(cachePath(), u"after-kill"_s, CacheDb::Access::ReadOnly);
            QSqlQuery entry(cache.value()->connection());
            QVERIFY(entry.exec(u"SELECT state, attempts FROM outbox WHERE body LIKE '%Killed while sending%'"_s));
            QVERIFY(entry.next());
            QCOMPARE(entry.value(0).toString(), u"waiting"_s);
            QCOMPARE(entry.value(1).toInt(), 1);
        }
        QVERIFY(m_proxy.command(u"off"_s));
        QCOMPARE(runClient(syncArguments()).exitCode, 0);
        auto cache = CacheDb::open(cachePath(), u"verify"_s, CacheDb::Access::ReadOnly);
        QCOMPARE(countNamed(*cache.value(), u"Killed while sending"_s), 1);
        QSqlQuery entry(cache.value()->connection());
        QVERIFY(entry.exec(u"SELECT state, attempts FROM outbox WHERE body LIKE '%Killed while sending%'"_s));
        QVERIFY(entry.next());
        QCOMPARE(entry.value(0).toString(), u"sent"_s);
        QCOMPARE(entry.value(1).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(SyncFaultsTest)
#include "tst_sync_faults.moc"
