// The same import + segments on PostgreSQL (a throw-away cluster, CTest fixture `postgres`) give
// exactly the output of SQLite; a bad import leaves the PostgreSQL store unchanged too.

#include "ServerCliSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace sellercrm::server;
using namespace sellercrm::server::testing;

class ServerPostgresTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pgUrl;
    QString m_sqlite;

    // A fresh database in the fixture's cluster; returns its URL.
    QString createDatabase(const QString& name)
    {
        const QUrl base(QString::fromUtf8(readFile(QStringLiteral(SELLERCRM_POSTGRES_URL_FILE)).trimmed()));
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(base.host());
            admin.setPort(base.port(5432));
            admin.setUserName(base.userName());
            admin.setDatabaseName(base.path().mid(1));
            if (!admin.open()) {
                qWarning("%s", qPrintable(admin.lastError().text()));
                return {};
            }
            QSqlQuery query(admin);
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
            if (!query.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                qWarning("%s", qPrintable(query.lastError().text()));
                return {};
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        QUrl url = base;
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

    QByteArray segments(const QString& db, const QString& seller, const QString& asOf)
    {
        const CliResult result =
            runServer({QStringLiteral("segments"), QStringLiteral("--db"), db, QStringLiteral("--seller"),
                       seller, QStringLiteral("--as-of"), asOf});
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return result.out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pgUrl = createDatabase(QStringLiteral("server_cli_%1").arg(QCoreApplication::applicationPid()));
        QVERIFY2(!m_pgUrl.isEmpty(), "the postgres fixture must be running (ctest -R postgres)");
        m_sqlite = m_dir.filePath(QStringLiteral("store.db"));
    }

    void seg1to4BoundaryDataSetOnPostgres()
    {
        const CliResult imported = importBoundaryDataSet(m_pgUrl);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.isEmpty(), imported.err.constData());
        QCOMPARE(segments(m_pgUrl, QStringLiteral("S1"), QStringLiteral("2026-06-30")),
                 readFile(testData(QStringLiteral("import/boundary/expected_S1_2026-06-30.csv"))));
        QCOMPARE(
            countRows(m_pgUrl,
                      QStringLiteral(
                          "SELECT avg_check_high_kopecks FROM segmentation_runs WHERE seller_id = 'S1'")),
            300000);
    }

    void dat1BadImportLeavesPostgresUnchanged()
    {
        const QString dir = m_dir.filePath(QStringLiteral("bad"));
        QVERIFY(copyDirectory(testData(QStringLiteral("import/second_batch")), dir));
        const QString orders = QDir(dir).filePath(QStringLiteral("orders.csv"));
        QVERIFY(writeFile(orders, readFile(orders) + "O92,S3,B99,2026-06-01,1000,delivered\n"));
        const QString before = storeSnapshot(m_pgUrl);
        const CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), m_pgUrl, dir});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("orders.csv:4: unknown buyer_id \"B99\""), result.err.constData());
        QCOMPARE(storeSnapshot(m_pgUrl), before);
    }

    void generatedDataGivesIdenticalSegmentsOnBothStores()
    {
        const QString data = m_dir.filePath(QStringLiteral("demo"));
        QCOMPARE(runServer({QStringLiteral("generate"), QStringLiteral("--out"), data,
                            QStringLiteral("--sellers"), QStringLiteral("9"), QStringLiteral("--buyers"),
                            QStringLiteral("1500"), QStringLiteral("--orders"), QStringLiteral("12000"),
                            QStringLiteral("--seed"), QStringLiteral("5")})
                     .exitCode,
                 0);
        const QString pg =
            createDatabase(QStringLiteral("server_cli_demo_%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(!pg.isEmpty());
        for (const QString& db : {pg, m_sqlite}) {
            const CliResult imported =
                runServer({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                           QStringLiteral("2026-11-23"), data});
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
        }
        for (int seller = 1; seller <= 9; ++seller) {
            const QString id = QStringLiteral("S%1").arg(seller, 4, 10, QLatin1Char('0'));
            const QByteArray onSqlite = segments(m_sqlite, id, QStringLiteral("2026-11-23"));
            QVERIFY(onSqlite.startsWith("buyer_id,segment,subsegment\n"));
            QCOMPARE(segments(pg, id, QStringLiteral("2026-11-23")), onSqlite);
        }
        // The stored segmentation entities (metrics, dynamics, thresholds) agree as well.
        const QString sql =
            QStringLiteral("SELECT data_json FROM segmentation_runs WHERE seller_id = 'S0001'");
        auto sqliteStore = ServerStore::open(m_sqlite);
        auto pgStore = ServerStore::open(pg);
        QVERIFY(sqliteStore && pgStore);
        QSqlDatabase a = sqliteStore.value()->connectionForThisThread();
        QSqlDatabase b = pgStore.value()->connectionForThisThread();
        QSqlQuery qa(a), qb(b);
        QVERIFY(qa.exec(sql) && qa.next());
        QVERIFY(qb.exec(sql) && qb.next());
        QCOMPARE(qb.value(0).toString(), qa.value(0).toString());
    }
};

QTEST_GUILESS_MAIN(ServerPostgresTest)
#include "tst_server_postgres.moc"
