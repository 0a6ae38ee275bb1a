// `token create/revoke` (SYN-1: only the hash is stored), `moderate` and the delivery simulator
// (COM-5 statuses, COM-6 metrics over time).

#include "ServerCliSupport.h"

#include "jobs/CommunicationLifecycle.h"
#include "store/ApiTokens.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm::server;
using namespace sellercrm::server::testing;

class ServerToolsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    // A communication as the API stores it, on moderation.
    void insertCommunication(const QString& id, const QString& format, const QString& sendDate,
                             qint64 recipients)
    {
        auto store = ServerStore::open(m_db);
        QVERIFY(store);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO communications (communication_id, seller_id, name, format, "
                                     "audience_json, offer_json, content_json,"
                                     " status, send_date, end_date, recipients, daily_budget_kopecks, "
                                     "delivered, opened, clicks, created_at, updated_at,"
                                     " row_version) VALUES (?, 'S1', 'Test', ?, "
                                     "'{\"segments\":[\"regular\"]}', '{}', '{}', 'on_moderation', ?, ?, ?,"
                                     " 100000, 0, 0, 0, '2026-06-01T10:00:00Z', '2026-06-01T10:00:00Z', 0)"));
        query.addBindValue(id);
        query.addBindValue(format);
        query.addBindValue(sendDate);
        query.addBindValue(QDate::fromString(sendDate, Qt::ISODate).addDays(6).toString(Qt::ISODate));
        query.addBindValue(recipients);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    QString statusOf(const QString& id)
    {
        auto store = ServerStore::open(m_db);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT status || '/' || COALESCE(reject_reason, '') FROM "
                                     "communications WHERE communication_id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.db"));
        const CliResult result = importBoundaryDataSet(m_db);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    void syn1TokenCreateStoresOnlyTheHash()
    {
        const CliResult created =
            runServer({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--seller"), QStringLiteral("S1")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString token = QString::fromUtf8(created.out.trimmed());
        QVERIFY(token.startsWith(QStringLiteral("scrm_")));
        QVERIFY(token.size() >= 40);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE token_hash = '%1'")
                                     .arg(ApiTokens::hashOf(token))),
                 1);
        QCOMPARE(
            countRows(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM api_tokens WHERE token_hash = '%1'").arg(token)),
            0);
        QVERIFY(!readFile(m_db).contains(token.toUtf8()));
        QVERIFY(!readFile(m_db + QStringLiteral("-wal")).contains(token.toUtf8()));

        auto store = ServerStore::open(m_db);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QCOMPARE(ApiTokens::sellerForToken(db, token).value(), QStringLiteral("S1"));
        QCOMPARE(ApiTokens::sellerForToken(db, token + QLatin1Char('x')).value(), QString());

        const CliResult revoked = runServer(
            {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--db"), m_db, token});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        QCOMPARE(ApiTokens::sellerForToken(db, token).value(), QString());
        const CliResult again = runServer(
            {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--db"), m_db, token});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("unknown or already revoked"));
    }

    void tokenErrors()
    {
        const CliResult unknown =
            runServer({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--seller"), QStringLiteral("S404")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("unknown seller S404"));
        QCOMPARE(runServer({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 2);
        QCOMPARE(runServer({QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("--db"), m_db})
                     .exitCode,
                 2);
    }

    void com5ModerateApprovesAndRejects()
    {
        insertCommunication(QStringLiteral("C1"), QStringLiteral("mailing"), QStringLiteral("2026-06-10"), 4);
        insertCommunication(QStringLiteral("C2"), QStringLiteral("mailing"), QStringLiteral("2026-06-10"), 4);
        const CliResult approved =
            runServer({QStringLiteral("moderate"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--communication"), QStringLiteral("C1"), QStringLiteral("--approve")});
        QVERIFY2(approved.exitCode == 0, approved.err.constData());
        QCOMPARE(statusOf(QStringLiteral("C1")), QStringLiteral("scheduled/"));
        QVERIFY(countRows(m_db, QStringLiteral(
                                    "SELECT row_version FROM communications WHERE communication_id = 'C1'")) >
                0);

        const CliResult rejected = runServer(
            {QStringLiteral("moderate"), QStringLiteral("--db"), m_db, QStringLiteral("--communication"),
             QStringLiteral("C2"), QStringLiteral("--reject"), QStringLiteral("Text breaks the rules")});
        QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
        QCOMPARE(statusOf(QStringLiteral("C2")), QStringLiteral("rejected/Text breaks the rules"));

        const CliResult twice =
            runServer({QStringLiteral("moderate"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--communication"), QStringLiteral("C2"), QStringLiteral("--approve")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains("not on moderation"));
        QCOMPARE(runServer({QStringLiteral("moderate"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--communication"), QStringLiteral("C404"),
                            QStringLiteral("--approve")})
                     .exitCode,
                 1);
        QCOMPARE(runServer({QStringLiteral("moderate"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--communication"), QStringLiteral("C1"),
                            QStringLiteral("--approve"), QStringLiteral("--reject"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void com5DeliverySimulatorSendsOnTheDateWithRealisticRates()
    {
        const auto days =
            CommunicationLifecycle::simulate(QStringLiteral("C9"), QStringLiteral("mailing"), 100000, 0,
                                             QDate(2026, 6, 10), {}, QDate(2026, 6, 20));
        QCOMPARE(days.size(), 5);
        qint64 delivered = 0, opened = 0, clicks = 0;
        for (const auto& day : days) {
            delivered += day.delivered;
            opened += day.opened;
            clicks += day.clicks;
        }
        QVERIFY(delivered >= 95000 && delivered <= 99000);
        const double openRate = static_cast<double>(opened) / static_cast<double>(delivered);
        QVERIFY2(openRate >= 0.13 && openRate <= 0.18, qPrintable(QString::number(openRate)));
        const double clickShare = static_cast<double>(clicks) / static_cast<double>(opened);
        QVERIFY2(clickShare >= 0.27 && clickShare <= 0.39, qPrintable(QString::number(clickShare)));
        QVERIFY(CommunicationLifecycle::simulate(QStringLiteral("C9"), QStringLiteral("mailing"), 100000, 0,
                                                 QDate(2026, 6, 10), {}, QDate(2026, 6, 9))
                    .isEmpty());
        QCOMPARE(CommunicationLifecycle::simulate(QStringLiteral("C9"), QStringLiteral("mailing"), 100000, 0,
                                                  QDate(2026, 6, 10), {}, QDate(2026, 6, 20))
                     .size(),
                 5);

        // Through the store: C1 (approved, send date 2026-06-10) is sending on the date, sent after.
        auto store = ServerStore::open(m_db);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QCOMPARE(CommunicationLifecycle::advanceDeliveries(db, QDate(2026, 6, 9)).value(), 0);
        QCOMPARE(CommunicationLifecycle::advanceDeliveries(db, QDate(2026, 6, 10)).value(), 1);
        QCOMPARE(statusOf(QStringLiteral("C1")), QStringLiteral("sending/"));
        QCOMPARE(CommunicationLifecycle::advanceDeliveries(db, QDate(2026, 6, 16)).value(), 1);
        QCOMPARE(statusOf(QStringLiteral("C1")), QStringLiteral("sent/"));
        QCOMPARE(CommunicationLifecycle::advanceDeliveries(db, QDate(2026, 6, 17)).value(),
                 0); // nothing left to change
        QCOMPARE(
            countRows(m_db, QStringLiteral(
                                "SELECT COUNT(*) FROM communication_metrics WHERE communication_id = 'C1'")),
            5);
        // The rejected C2 is never sent; the recipients of C1 (Regular buyers) were contacted.
        QCOMPARE(statusOf(QStringLiteral("C2")).left(8), QStringLiteral("rejected"));
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1' "
                                                "AND last_communication = '2026-06-10'")),
                 4);
    }

    void autoModerationAfterTheDelay()
    {
        insertCommunication(QStringLiteral("C3"), QStringLiteral("banner"), QStringLiteral("2026-06-12"), 0);
        auto store = ServerStore::open(m_db);
        QSqlDatabase db = store.value()->connectionForThisThread();
        const QDateTime created = QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(CommunicationLifecycle::autoModerate(db, created.addSecs(59), 60).value(), 0);
        QCOMPARE(CommunicationLifecycle::autoModerate(db, created.addSecs(-1), -1).value(), 0);
        QCOMPARE(CommunicationLifecycle::autoModerate(db, created.addSecs(60), 60).value(), 1);
        QCOMPARE(statusOf(QStringLiteral("C3")), QStringLiteral("scheduled/"));
        // A banner runs from its send date to its end date (6 days later), then it is sent.
        QCOMPARE(CommunicationLifecycle::advanceDeliveries(db, QDate(2026, 6, 14)).value(), 1);
        QCOMPARE(statusOf(QStringLiteral("C3")), QStringLiteral("sending/"));
        QCOMPARE(CommunicationLifecycle::advanceDeliveries(db, QDate(2026, 6, 19)).value(), 1);
        QCOMPARE(statusOf(QStringLiteral("C3")), QStringLiteral("sent/"));
        QVERIFY(countRows(m_db, QStringLiteral(
                                    "SELECT delivered FROM communications WHERE communication_id = 'C3'")) >
                0);
    }
};

QTEST_GUILESS_MAIN(ServerToolsTest)
#include "tst_server_tools.moc"
