// "Open the demo" (DemoServer) with a small data set: the new demo store comes with the demo seller's
// mailings and banners (demo-history), and a real sync brings them into the client cache, so the
// Communications page has every status and the metrics of the sent ones (COM-1, COM-5, COM-6).

#include "ApiClient.h"
#include "CacheDb.h"
#include "DemoServer.h"
#include "SyncSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm;
using namespace Qt::StringLiterals;

namespace {

// The generator's smallest store: seconds to prepare.
DemoServer::Options smallDemo(const QTemporaryDir& dir)
{
    DemoServer::Options options;
    options.dataDir = dir.filePath(u"demo"_s);
    options.sellers = 7;
    options.buyers = 600;
    options.orders = 4000;
    return options;
}

const QString historyStep = u"Adding the demo seller's mailings and banners…"_s;

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT

private slots:
    void com5_newDemoStore_syncsEveryStatusWithMetrics()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DemoServer::Options options = smallDemo(dir);
        options.moderationDelaySeconds = 3600; // the two on moderation stay there during the test
        DemoServer demo(options);
        QStringList steps;
        connect(&demo, &DemoServer::progress, this, [&steps](const QString& step) { steps << step; });
        QString failure;
        connect(&demo, &DemoServer::failed, this, [&failure](const QString& message) { failure = message; });
        QSignalSpy ready(&demo, &DemoServer::ready);
        demo.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failure.isEmpty(), 240'000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(steps.contains(historyStep), qPrintable(steps.join(u"; "_s)));

        auto cache = CacheDb::open(dir.filePath(u"cache.sqlite"_s), u"test"_s);
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error()));
        ApiClient api(demo.url(), demo.token());
        SyncSession session(*cache.value(), api);
        const SyncReport report = session.runToCompletion();
        QVERIFY2(report.ok, qPrintable(report.message));

        QSqlQuery query(cache.value()->connection());
        QVERIFY(query.exec(u"SELECT status, COUNT(*), SUM(delivered) FROM communications GROUP BY status"_s));
        QHash<QString, qint64> count;
        QHash<QString, qint64> delivered;
        while (query.next()) {
            count.insert(query.value(0).toString(), query.value(1).toLongLong());
            delivered.insert(query.value(0).toString(), query.value(2).toLongLong());
        }
        for (const QString& status : {u"sent"_s, u"sending"_s, u"scheduled"_s, u"on_moderation"_s, u"rejected"_s})
            QVERIFY2(count.value(status) > 0, qPrintable(status));
        QVERIFY(delivered.value(u"sent"_s) > 0);
        QCOMPARE(delivered.value(u"scheduled"_s), 0);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM communications WHERE status = 'sent' AND metrics LIKE '%opened%'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), count.value(u"sent"_s));
    }

    void com1_existingDemoStore_getsNoSecondHistory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DemoServer::Options options = smallDemo(dir);
        for (int start = 0; start < 2; ++start) {
            DemoServer demo(options);
            QStringList steps;
            connect(&demo, &DemoServer::progress, this, [&steps](const QString& step) { steps << step; });
            QSignalSpy ready(&demo, &DemoServer::ready);
            QSignalSpy failed(&demo, &DemoServer::failed);
            demo.start();
            QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 240'000);
            QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
            QCOMPARE(steps.contains(historyStep), start == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demo_server.moc"
