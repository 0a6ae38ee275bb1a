// The segmentation job (issue 3): its two ways through the store give the same results — SQLite's
// C API (the default on SQLite: orders and events streamed and summed per buyer) and QtSql with
// the aggregates computed by the database (the PostgreSQL path) — on the SEG-1..SEG-4 boundary set
// and on generated demo data, for compute() (DAT-2, `segments`) and for the stored rows, metrics
// and dynamics (SEG-5, SEG-7); a re-run for the same date writes nothing; buyer ids sort as
// QString compares them (the DAT-2 order) whatever their characters.

#include "ServerCliSupport.h"

#include "jobs/SegmentationInputs.h"
#include "jobs/SegmentationJob.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm;
using namespace sellercrm::server;
using namespace sellercrm::server::testing;

namespace {

// Every field of every buyer, the thresholds and the `segmentation` entity, as one text.
QString describe(const SellerSegmentationResult& result)
{
    QString text = QString::fromUtf8(QJsonDocument(result.entity).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    for (const SegmentedBuyer& buyer : result.buyers) {
        text += QStringList{buyer.buyerId,
                            subSegmentCode(buyer.subSegment),
                            buyer.subSegmentBefore ? subSegmentCode(*buyer.subSegmentBefore) : QStringLiteral("-"),
                            QString::number(buyer.ordersInWindow),
                            QString::number(buyer.revenueKopecks),
                            QString::number(buyer.avgCheckKopecks),
                            buyer.lastOrder,
                            QString::number(buyer.recencyDays),
                            buyer.gender,
                            buyer.ageBand,
                            buyer.region,
                            buyer.interests.join(QLatin1Char(' ')),
                            buyer.recommendedProducts.join(QLatin1Char(' ')),
                            QString::number(buyer.interestEvents),
                            buyer.chat}
                    .join(QLatin1Char('|')) +
                QLatin1Char('\n');
    }
    return text;
}

// The store's rows after clearing the one column that records the wall-clock time of a run.
QString storedResults(const QString& db)
{
    {
        auto store = ServerStore::open(db);
        if (!store)
            return store.error();
        QSqlDatabase connection = store.value()->connectionForThisThread();
        QSqlQuery clear(connection);
        if (!clear.exec(QStringLiteral("UPDATE segmentation_runs SET computed_at = ''")))
            return clear.lastError().text();
    }
    return storeSnapshot(db);
}

} // namespace

class ServerSegmentationTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_boundary;
    QString m_generated;

    StoreResult<SellerSegmentationResult> compute(const QString& db, SegmentationJob::SqlPath path,
                                                  const QString& seller, const QString& asOf)
    {
        auto store = ServerStore::open(db);
        if (!store)
            return StoreResult<SellerSegmentationResult>::failure(store.error());
        SegmentationJob job(store.value(), {}, path);
        return job.compute(seller, QDate::fromString(asOf, Qt::ISODate));
    }

    StoreResult<SegmentationJob::Summary> runAll(const QString& db, SegmentationJob::SqlPath path,
                                                 const QString& asOf)
    {
        auto store = ServerStore::open(db);
        if (!store)
            return StoreResult<SegmentationJob::Summary>::failure(store.error());
        SegmentationJob job(store.value(), {}, path);
        return job.runAll(QDate::fromString(asOf, Qt::ISODate));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_boundary = m_dir.filePath(QStringLiteral("boundary.db"));
        const CliResult boundary = importBoundaryDataSet(m_boundary);
        QVERIFY2(boundary.exitCode == 0, boundary.err.constData());

        const QString data = m_dir.filePath(QStringLiteral("generated"));
        const CliResult generated = runServer(
            {QStringLiteral("generate"), QStringLiteral("--out"), data, QStringLiteral("--sellers"), QStringLiteral("9"),
             QStringLiteral("--buyers"), QStringLiteral("600"), QStringLiteral("--orders"), QStringLiteral("8000"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--end-date"), QStringLiteral("2026-11-23")});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        m_generated = m_dir.filePath(QStringLiteral("generated.db"));
        const CliResult imported = runServer({QStringLiteral("import"), QStringLiteral("--db"), m_generated,
                                              QStringLiteral("--as-of"), QStringLiteral("2026-11-23"), data});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void idsSortAsQStringComparesThem()
    {
        // ASCII, Latin-1, Cyrillic, U+E000..U+FFFF and characters above U+FFFF (surrogate pairs in
        // UTF-16, which sort before U+E000 there but after it in UTF-8 bytes).
        const QStringList ids{QStringLiteral("B1"),           QStringLiteral("B10"),
                              QStringLiteral("B2"),           QStringLiteral("b1"),
                              QStringLiteral("B\u00e9"),      QStringLiteral("B\u0416"),
                              QStringLiteral("B\ue000"),      QStringLiteral("B\uff01"),
                              QStringLiteral("B\U0001F600"), QStringLiteral("B\U0001F600x"),
                              QString(),                      QStringLiteral("B\ud7ff")};
        for (const QString& a : ids) {
            for (const QString& b : ids) {
                const QByteArray left = a.toUtf8();
                const QByteArray right = b.toUtf8();
                QCOMPARE(segmentation::idLess({left.constData(), static_cast<size_t>(left.size())},
                                              {right.constData(), static_cast<size_t>(right.size())}),
                         a < b);
            }
        }
    }

    void nativeAndPortablePathsComputeTheSameSegments_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("seller");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<int>("minimumBuyers");
        QTest::newRow("boundary S1 as of 2026-06-30") << QStringLiteral("boundary") << QStringLiteral("S1")
                                                      << QStringLiteral("2026-06-30") << 15;
        QTest::newRow("boundary S1 as of 2026-07-01") << QStringLiteral("boundary") << QStringLiteral("S1")
                                                      << QStringLiteral("2026-07-01") << 15;
        for (int seller = 1; seller <= 9; ++seller)
            for (const QString& asOf : {QStringLiteral("2026-11-23"), QStringLiteral("2026-11-24")})
                QTest::addRow("generated S%04d as of %s", seller, qPrintable(asOf))
                    << QStringLiteral("generated") << QStringLiteral("S%1").arg(seller, 4, 10, QLatin1Char('0'))
                    << asOf << (seller == 1 ? 100 : 0);
    }

    void nativeAndPortablePathsComputeTheSameSegments()
    {
        QFETCH(QString, store);
        QFETCH(QString, seller);
        QFETCH(QString, asOf);
        QFETCH(int, minimumBuyers);
        const QString db = store == QStringLiteral("boundary") ? m_boundary : m_generated;
        const auto native = compute(db, SegmentationJob::SqlPath::Fastest, seller, asOf);
        QVERIFY2(native, qPrintable(native.error()));
        const auto portable = compute(db, SegmentationJob::SqlPath::Portable, seller, asOf);
        QVERIFY2(portable, qPrintable(portable.error()));
        QVERIFY(static_cast<int>(native.value().buyers.size()) >= minimumBuyers);
        QCOMPARE(describe(native.value()), describe(portable.value()));
        QCOMPARE(native.value().thresholds, portable.value().thresholds);
        QCOMPARE(native.value().keySegment, portable.value().keySegment);
    }

    void unknownSellerIsNamed()
    {
        const auto result = compute(m_generated, SegmentationJob::SqlPath::Fastest, QStringLiteral("S9999"),
                                    QStringLiteral("2026-11-23"));
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("unknown seller S9999"));
    }

    // The daily run as of the next day (rows change, buyers leave) and a re-run for the same day
    // (nothing to write), both ways; the stores end up identical, row versions included.
    void nativeAndPortablePathsStoreTheSameRows()
    {
        const QString native = m_dir.filePath(QStringLiteral("native.db"));
        const QString portable = m_dir.filePath(QStringLiteral("portable.db"));
        QVERIFY(QFile::copy(m_generated, native));
        QVERIFY(QFile::copy(m_generated, portable));

        const auto nativeRun = runAll(native, SegmentationJob::SqlPath::Fastest, QStringLiteral("2026-11-24"));
        QVERIFY2(nativeRun, qPrintable(nativeRun.error()));
        const auto portableRun = runAll(portable, SegmentationJob::SqlPath::Portable, QStringLiteral("2026-11-24"));
        QVERIFY2(portableRun, qPrintable(portableRun.error()));
        QCOMPARE(nativeRun.value().sellers, 9);
        QCOMPARE(nativeRun.value().sellers, portableRun.value().sellers);
        QCOMPARE(nativeRun.value().buyers, portableRun.value().buyers);
        QVERIFY(nativeRun.value().rowsWritten > 0);
        QCOMPARE(nativeRun.value().rowsWritten, portableRun.value().rowsWritten);
        QCOMPARE(nativeRun.value().rowsDeleted, portableRun.value().rowsDeleted);
        QCOMPARE(storedResults(native), storedResults(portable));

        const auto again = runAll(native, SegmentationJob::SqlPath::Fastest, QStringLiteral("2026-11-24"));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value().rowsWritten, qint64(0));
        QCOMPARE(again.value().rowsDeleted, qint64(0));
        QCOMPARE(again.value().buyers, nativeRun.value().buyers);
    }

    // The stored rows are the computed ones: DAT-2 from the table equals compute().
    void storedRowsMatchTheComputedSegments()
    {
        const auto computed = compute(m_generated, SegmentationJob::SqlPath::Fastest, QStringLiteral("S0001"),
                                      QStringLiteral("2026-11-23"));
        QVERIFY2(computed, qPrintable(computed.error()));
        QString expected;
        for (const SegmentedBuyer& buyer : computed.value().buyers)
            expected += buyer.buyerId + QLatin1Char(',') + subSegmentCode(buyer.subSegment) + QLatin1Char('|') +
                        QString::number(buyer.revenueKopecks) + QLatin1Char('|') + buyer.chat + QLatin1Char('\n');
        auto store = ServerStore::open(m_generated);
        QVERIFY(store);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT buyer_id, subsegment, revenue_kopecks, chat FROM segment_results"
                                          " WHERE seller_id = 'S0001' ORDER BY buyer_id")));
        QString stored;
        while (query.next())
            stored += query.value(0).toString() + QLatin1Char(',') + query.value(1).toString() + QLatin1Char('|') +
                      query.value(2).toString() + QLatin1Char('|') + query.value(3).toString() + QLatin1Char('\n');
        QCOMPARE(stored, expected);
    }
};

QTEST_GUILESS_MAIN(ServerSegmentationTest)
#include "tst_server_segmentation.moc"
