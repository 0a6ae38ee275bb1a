// DAT-2 `sellercrm-server segments` against SEG-1..SEG-4 on a hand-made boundary data set
// (tests/data/import/boundary, as of 2026-06-30: window 2026-04-02..2026-06-30).

#include "ServerCliSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm::server::testing;

class ServerSegmentsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QByteArray segments(const QString& seller, const QString& asOf)
    {
        const CliResult result =
            runServer({QStringLiteral("segments"), QStringLiteral("--db"), m_db, QStringLiteral("--seller"),
                       seller, QStringLiteral("--as-of"), asOf});
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return result.out;
    }

    QString rowOf(const QByteArray& csv, const QByteArray& buyer)
    {
        for (const QByteArray& line : csv.split('\n'))
            if (line.startsWith(QByteArray(buyer + ',')))
                return QString::fromUtf8(line);
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.db"));
        const CliResult result = importBoundaryDataSet(m_db);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    // Day 89 (2026-04-02) is in the window, day 90 (2026-04-01) is not; cancelled, returned and
    // future orders never count; exactly 2 orders is Regular; ties at M_hi (Top) and M_lo (At
    // risk); recency 30 is not At risk, 31 is; events after asOf or before the window are ignored.
    void seg1to4BoundaryDataSetMatchesTheHandComputedMembership()
    {
        QCOMPARE(segments(QStringLiteral("S1"), QStringLiteral("2026-06-30")),
                 readFile(testData(QStringLiteral("import/boundary/expected_S1_2026-06-30.csv"))));
    }

    void seg4ThresholdsUseNearestRankWithTies()
    {
        // Regular avg checks 1000,1000,1000,2000,3000,5000,5000 RUB: P(67) = 5th = 3000, P(33) = 3rd = 1000;
        // orders 2,2,2,2,3,3,4: F_hi = max(3, 5th = 3) = 3.
        QCOMPARE(
            countRows(m_db,
                      QStringLiteral(
                          "SELECT avg_check_high_kopecks FROM segmentation_runs WHERE seller_id = 'S1'")),
            300000);
        QCOMPARE(countRows(m_db,
                           QStringLiteral(
                               "SELECT avg_check_low_kopecks FROM segmentation_runs WHERE seller_id = 'S1'")),
                 100000);
        QCOMPARE(countRows(m_db, QStringLiteral(
                                     "SELECT orders_high FROM segmentation_runs WHERE seller_id = 'S1'")),
                 3);
        QCOMPARE(countRows(m_db, QStringLiteral(
                                     "SELECT regular_buyers FROM segmentation_runs WHERE seller_id = 'S1'")),
                 7);
    }

    void seg1WindowMovesWithAsOf()
    {
        const QByteArray next = segments(QStringLiteral("S1"), QStringLiteral("2026-07-01"));
        // B03's only order (2026-04-02) is now day 90: Sleeping. B06's order of 2026-07-01 counts: New.
        QCOMPARE(rowOf(next, "B03"), QStringLiteral("B03,potential,sleeping"));
        QCOMPARE(rowOf(next, "B06"), QStringLiteral("B06,new,new"));
        // B01 keeps one order in the window (2026-06-30): New.
        QCOMPARE(rowOf(next, "B01"), QStringLiteral("B01,new,new"));
        // B18's view of 2026-07-02 is still in the future.
        QCOMPARE(rowOf(next, "B18"), QString());
    }

    void dat2StoredResultsAgreeWithTheCommand()
    {
        const QByteArray csv = segments(QStringLiteral("S1"), QStringLiteral("2026-06-30"));
        auto store = sellercrm::server::ServerStore::open(m_db);
        QVERIFY(store);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT buyer_id, segment, subsegment FROM segment_results WHERE "
                                          "seller_id = 'S1' ORDER BY buyer_id")));
        QByteArray stored = "buyer_id,segment,subsegment\n";
        while (query.next())
            stored += query.value(0).toString().toUtf8() + ',' + query.value(1).toString().toUtf8() + ',' +
                      query.value(2).toString().toUtf8() + '\n';
        QCOMPARE(stored, csv);
    }

    void seg6KeySegmentAndSeg7Metrics()
    {
        auto store = sellercrm::server::ServerStore::open(m_db);
        QVERIFY(store);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT key_segment, data_json FROM segmentation_runs WHERE seller_id = 'S1'")));
        QVERIFY(query.next());
        // 7 Regular < 10, 4 New < 10, Potential > 0: Potential.
        QCOMPARE(query.value(0).toString(), QStringLiteral("potential"));
        const QJsonObject entity = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        QCOMPARE(entity.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-06-30"));
        QCOMPARE(entity.value(QStringLiteral("key_segment")).toString(), QStringLiteral("potential"));
        qint64 totalBuyers = 0;
        qint64 sumOfSubsegments = 0;
        for (const QJsonValue& value : entity.value(QStringLiteral("segments")).toArray()) {
            const QJsonObject segment = value.toObject();
            const qint64 buyers = segment.value(QStringLiteral("buyers")).toInteger();
            if (segment.value(QStringLiteral("subsegment")).isNull()) {
                totalBuyers += buyers;
                if (segment.value(QStringLiteral("segment")).toString() == QStringLiteral("new"))
                    sumOfSubsegments += buyers;
            } else {
                sumOfSubsegments += buyers;
            }
            if (segment.value(QStringLiteral("segment")).toString() == QStringLiteral("regular") &&
                segment.value(QStringLiteral("subsegment")).toString() == QStringLiteral("top")) {
                QCOMPARE(buyers, 3);
                // B11 4x5000, B12 3x5000, B13 3x3000 RUB: revenue 44 000 RUB over 10 orders.
                QCOMPARE(segment.value(QStringLiteral("revenue_kopecks")).toInteger(), 4400000);
                QCOMPARE(segment.value(QStringLiteral("avg_check_kopecks")).toInteger(), 440000);
                QCOMPARE(segment.value(QStringLiteral("orders_per_buyer")).toDouble(), 10.0 / 3.0);
            }
        }
        QCOMPARE(totalBuyers, 17);
        QCOMPARE(sumOfSubsegments, 17);
    }

    void segmentsUsageAndErrors()
    {
        const CliResult unknown =
            runServer({QStringLiteral("segments"), QStringLiteral("--db"), m_db, QStringLiteral("--seller"),
                       QStringLiteral("S404"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("unknown seller S404"));
        QCOMPARE(
            runServer({QStringLiteral("segments"), QStringLiteral("--db"), m_db, QStringLiteral("--seller"),
                       QStringLiteral("S1"), QStringLiteral("--as-of"), QStringLiteral("30.06.2026")})
                .exitCode,
            2);
        QCOMPARE(runServer({QStringLiteral("segments"), QStringLiteral("--db"), m_db}).exitCode, 2);
        QCOMPARE(runServer({QStringLiteral("no-such-command")}).exitCode, 2);
        for (const char* command :
             {"serve", "import", "generate", "segments", "segmentation", "token", "moderate"}) {
            const CliResult help = runServer({QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, command);
            QVERIFY2(help.out.contains("--"), command);
        }
    }
};

QTEST_GUILESS_MAIN(ServerSegmentsTest)
#include "tst_server_segments.moc"
