// `sellercrm-server demo-history`: a demo seller's mailings and banners created through the API's own
// create, moderation and delivery code (COM-1..COM-6, WIZ-5, WIZ-6), seen through the real `serve`.

#include "ServerCliSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm::server;
using namespace sellercrm::server::testing;
using namespace Qt::StringLiterals;

namespace {

const QString asOf = u"2026-11-20"_s;

// The history's rows that do not depend on when it was written (updated_at is the wall clock).
const QString historyRows = u"SELECT name || '|' || format || '|' || status || '|' || COALESCE(send_date, '') ||"
                            " '|' || recipients || '|' || delivered || '|' || opened || '|' || clicks || '|' ||"
                            " created_at FROM communications WHERE seller_id = 'S0001' ORDER BY communication_id"_s;

QStringList rows(const QString& db, const QString& sql)
{
    auto store = ServerStore::open(db);
    if (!store)
        return {u"cannot open: "_s + store.error()};
    QSqlDatabase connection = store.value()->connectionForThisThread();
    QSqlQuery query(connection);
    QStringList result;
    if (!query.exec(sql))
        return {u"cannot read: "_s + query.lastError().text()};
    while (query.next())
        result << query.value(0).toString();
    return result;
}

} // namespace

class ServerDemoHistoryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_imported; // the store right after the import, before any history

    CliResult history(const QString& db, const QStringList& extra = {})
    {
        return runServer(QStringList{u"demo-history"_s, u"--db"_s, db, u"--seller"_s, u"S0001"_s, u"--as-of"_s,
                                     asOf} +
                         extra);
    }

    // GET /api/v1/communications of S0001 from a real `serve` on a loopback port.
    QJsonArray listThroughTheApi()
    {
        const CliResult token =
            runServer({u"token"_s, u"create"_s, u"--db"_s, m_db, u"--seller"_s, u"S0001"_s});
        if (token.exitCode != 0)
            qFatal("token create failed: %s", token.err.constData());
        QProcess serve;
        serve.setProgram(qEnvironmentVariable("SELLERCRM_SERVER"));
        serve.setArguments({u"serve"_s, u"--db"_s, m_db, u"--listen"_s, u"127.0.0.1:0"_s, u"--as-of"_s, asOf});
        serve.start();
        QByteArray output;
        static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
        QRegularExpressionMatch match;
        while (!match.hasMatch() && serve.waitForReadyRead(60000)) {
            output += serve.readAllStandardOutput();
            match = listening.match(QString::fromUtf8(output));
        }
        QJsonArray items;
        if (match.hasMatch()) {
            QNetworkAccessManager network;
            QNetworkRequest request(QUrl(match.captured(1) + u"/api/v1/communications?page_size=500"_s));
            request.setRawHeader("Authorization", "Bearer " + token.out.trimmed());
            QNetworkReply* reply = network.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            items = QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray();
            delete reply;
        }
        serve.terminate();
        serve.waitForFinished(10000);
        return items;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = m_dir.filePath(u"csv"_s);
        const CliResult generated =
            runServer({u"generate"_s, u"--out"_s, csv, u"--sellers"_s, u"7"_s, u"--buyers"_s, u"600"_s,
                       u"--orders"_s, u"4000"_s, u"--seed"_s, u"42"_s, u"--end-date"_s, asOf});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        m_imported = m_dir.filePath(u"imported.sqlite"_s);
        const CliResult imported = runServer({u"import"_s, u"--db"_s, m_imported, u"--as-of"_s, asOf, csv});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        QVERIFY(QFile::copy(m_imported, m_db));
        const CliResult created = history(m_db);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY2(created.out.contains("24 communications created, 0 already there, 0 refused"),
                 created.out.constData());
    }

    void com5_theApiListsEveryStatusAndBothTabs()
    {
        const QJsonArray items = listThroughTheApi();
        QCOMPARE(items.size(), 24);
        QSet<QString> statuses;
        QSet<QString> formats;
        for (const QJsonValue& item : items) {
            statuses << item[u"status"_s].toString();
            formats << item[u"format"_s].toString();
            QCOMPARE(item[u"idempotency_key"_s].toString().left(13), u"demo-history-"_s);
        }
        QCOMPARE(statuses, (QSet<QString>{u"sent"_s, u"sending"_s, u"scheduled"_s, u"on_moderation"_s,
                                          u"rejected"_s}));
        QCOMPARE(formats, (QSet<QString>{u"mailing"_s, u"banner"_s}));
    }

    void com6_sentOnesHaveMetricsOverTime()
    {
        const QJsonArray items = listThroughTheApi();
        int sentMailings = 0;
        qint64 mailingsDelivered = 0;
        qint64 mailingsOpened = 0;
        for (const QJsonValue& item : items) {
            const QString status = item[u"status"_s].toString();
            const QString name = item[u"name"_s].toString();
            const QJsonArray metrics = item[u"metrics"_s].toArray();
            if (status == u"rejected"_s)
                QVERIFY2(!item[u"reject_reason"_s].toString().isEmpty(), qPrintable(name));
            if (status == u"scheduled"_s || status == u"on_moderation"_s) {
                QVERIFY2(item[u"send_date"_s].toString() > asOf, qPrintable(name));
                QVERIFY2(metrics.isEmpty(), qPrintable(name));
            }
            if (status != u"sent"_s)
                continue;
            QVERIFY2(item[u"send_date"_s].toString() < asOf, qPrintable(name));
            QVERIFY2(item[u"created_at"_s].toString() < item[u"send_date"_s].toString(), qPrintable(name));
            QVERIFY2(item[u"delivered"_s].toInteger() > 0, qPrintable(name));
            QVERIFY2(metrics.size() >= 2, qPrintable(name)); // figures over more than one day
            qint64 delivered = 0;
            for (const QJsonValue& day : metrics)
                delivered += day[u"delivered"_s].toInteger();
            QCOMPARE(delivered, item[u"delivered"_s].toInteger());
            if (item[u"format"_s].toString() == u"mailing"_s) {
                ++sentMailings;
                mailingsDelivered += item[u"delivered"_s].toInteger();
                mailingsOpened += item[u"opened"_s].toInteger();
                QVERIFY2(item[u"clicks"_s].toInteger() <= item[u"opened"_s].toInteger(), qPrintable(name));
                QVERIFY2(item[u"delivered"_s].toInteger() <= item[u"recipients"_s].toInteger(), qPrintable(name));
            }
        }
        QVERIFY(sentMailings >= 5);
        // About 13–18 % of the delivered open (issue 3); small mailings round their opens down.
        const double openRate = static_cast<double>(mailingsOpened) / static_cast<double>(mailingsDelivered);
        QVERIFY2(openRate > 0.09 && openRate < 0.19, qPrintable(QString::number(openRate)));
        // The mailings that were sent marked their recipients' last communication (BUY-1).
        QVERIFY(countRows(m_db, u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S0001' AND"
                                " last_communication IS NOT NULL"_s) > 0);
    }

    void secondRun_addsNothing()
    {
        const QString before = storeSnapshot(m_db);
        const CliResult again = history(m_db);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("0 communications created, 24 already there"), again.out.constData());
        QCOMPARE(storeSnapshot(m_db), before);
    }

    void sameSeed_sameHistory_otherSeed_otherHistory()
    {
        const QString same = m_dir.filePath(u"same.sqlite"_s);
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        QVERIFY(QFile::copy(m_imported, same));
        QVERIFY(QFile::copy(m_imported, other));
        QCOMPARE(history(same).exitCode, 0);
        QCOMPARE(history(other, {u"--seed"_s, u"7"_s}).exitCode, 0);
        const QStringList first = rows(m_db, historyRows);
        QCOMPARE(first.size(), 24);
        QCOMPARE(rows(same, historyRows), first);
        QVERIFY(rows(other, historyRows) != first);
    }

    void badSellerOrStore_clearErrorAndNonZeroExit()
    {
        const CliResult unknown = runServer({u"demo-history"_s, u"--db"_s, m_db, u"--seller"_s, u"S9999"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("unknown seller \"S9999\""), unknown.err.constData());

        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        const CliResult noStore = runServer({u"demo-history"_s, u"--db"_s, missing, u"--seller"_s, u"S0001"_s});
        QCOMPARE(noStore.exitCode, 1);
        QVERIFY2(noStore.err.contains("no store at"), noStore.err.constData());
        QVERIFY(!QFileInfo::exists(missing)); // nothing was created on the way

        const QString notADatabase = m_dir.filePath(u"notes.txt"_s);
        QVERIFY(writeFile(notADatabase, QByteArray("this is not a store\n").repeated(200)));
        const CliResult garbage =
            runServer({u"demo-history"_s, u"--db"_s, notADatabase, u"--seller"_s, u"S0001"_s});
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY2(garbage.err.startsWith("sellercrm-server demo-history: "), garbage.err.constData());

        const CliResult tooFew = history(m_db, {u"--count"_s, u"3"_s});
        QCOMPARE(tooFew.exitCode, 2);
        QVERIFY2(tooFew.err.contains("--count must be a whole number from 8 to 200"), tooFew.err.constData());

        const CliResult noSeller = runServer({u"demo-history"_s, u"--db"_s, m_db});
        QCOMPARE(noSeller.exitCode, 2);
        QVERIFY2(noSeller.err.contains("needs --db DB and --seller ID"), noSeller.err.constData());
    }

    void help_describesTheSubcommand()
    {
        const CliResult help = runServer({u"demo-history"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--as-of"));
        QVERIFY(help.out.contains("--count"));
        const CliResult usage = runServer({u"--help"_s});
        QVERIFY(usage.out.contains("demo-history --db DB --seller ID"));
    }
};

QTEST_GUILESS_MAIN(ServerDemoHistoryTest)
#include "tst_server_demo_history.moc"
