// `sellercrm-server generate`: deterministic demo data that imports cleanly, gives S0001 every
// sub-segment, hits every SEG-6 key-segment rule and every plan; re-running the segmentation
// rewrites only what changed, so the change feed carries only those buyers.

#include "ServerCliSupport.h"

#include "store/ChangeFeed.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm::server;
using namespace sellercrm::server::testing;

class ServerGenerateTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    static QStringList generateArguments(const QString& out, const QString& seed)
    {
        return {QStringLiteral("generate"),
                QStringLiteral("--out"),
                out,
                QStringLiteral("--sellers"),
                QStringLiteral("12"),
                QStringLiteral("--buyers"),
                QStringLiteral("3000"),
                QStringLiteral("--orders"),
                QStringLiteral("30000"),
                QStringLiteral("--seed"),
                seed};
    }

    static QByteArray directoryBytes(const QString& dir)
    {
        QByteArray all;
        for (const QString& file : QDir(dir).entryList(QDir::Files, QDir::Name))
            all += file.toUtf8() + '\n' + readFile(QDir(dir).filePath(file));
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const CliResult generated =
            runServer(generateArguments(m_dir.filePath(QStringLiteral("a")), QStringLiteral("42")));
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const CliResult imported =
            runServer({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"),
                       QStringLiteral("2026-11-23"), m_dir.filePath(QStringLiteral("a"))});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void generateIsDeterministic()
    {
        const CliResult again =
            runServer(generateArguments(m_dir.filePath(QStringLiteral("b")), QStringLiteral("42")));
        QCOMPARE(again.exitCode, 0);
        const QByteArray first = directoryBytes(m_dir.filePath(QStringLiteral("a")));
        QCOMPARE(directoryBytes(m_dir.filePath(QStringLiteral("b"))), first);
        QVERIFY(first.size() > 1000000);
        const CliResult other =
            runServer(generateArguments(m_dir.filePath(QStringLiteral("c")), QStringLiteral("43")));
        QCOMPARE(other.exitCode, 0);
        QVERIFY(readFile(m_dir.filePath(QStringLiteral("c/orders.csv"))) !=
                readFile(m_dir.filePath(QStringLiteral("a/orders.csv"))));
    }

    void generatedFilesHaveTheRequestedSizes()
    {
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("a/orders.csv"))).count('\n'), 30001);
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("a/buyers.csv"))).count('\n'), 3001);
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("a/sellers.csv"))).count('\n'), 13);
    }

    void seg3MainDemoSellerHasEverySubsegment()
    {
        const CliResult result =
            runServer({QStringLiteral("segments"), QStringLiteral("--db"), m_db, QStringLiteral("--seller"),
                       QStringLiteral("S0001"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
        QCOMPARE(result.exitCode, 0);
        QSet<QByteArray> subsegments;
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            subsegments.insert(lines[i].split(',').value(2));
        for (const char* expected :
             {"top", "loyal", "at_risk", "new", "sleeping", "interested_products", "interested_categories"})
            QVERIFY2(subsegments.contains(expected), expected);
        QVERIFY(lines.size() > 500);
    }

    void seg6SellersHitEveryKeySegmentRule()
    {
        const auto key = [this](const char* seller) {
            auto store = ServerStore::open(m_db);
            QSqlDatabase db = store.value()->connectionForThisThread();
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT COALESCE(key_segment, 'none') FROM segmentation_runs WHERE seller_id = ?"));
            query.addBindValue(QString::fromLatin1(seller));
            return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("missing");
        };
        QCOMPARE(key("S0001"), QStringLiteral("regular"));   // regular >= REGULAR_MIN
        QCOMPARE(key("S0002"), QStringLiteral("new"));       // new >= NEW_MIN
        QCOMPARE(key("S0003"), QStringLiteral("potential")); // potential > 0
        QCOMPARE(key("S0004"), QStringLiteral("regular"));   // fallback: regular > 0
        QCOMPARE(key("S0005"), QStringLiteral("new"));       // fallback: new > 0
        QCOMPARE(key("S0006"), QStringLiteral("none"));      // the empty state
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(DISTINCT plan) FROM sellers")), 3);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM sellers WHERE antifraud_blocked = 1")),
                 1);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM sellers WHERE verified = 0")) > 0,
                 true);
    }

    void seg5RerunWritesOnlyChangedRowsAndTheFeedCarriesThem()
    {
        // Same date again: nothing changes, nothing is written.
        const CliResult same = runServer({QStringLiteral("segmentation"), QStringLiteral("--db"), m_db,
                                          QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains(": 0 rows written, 0 removed"), same.out.constData());

        auto store = ServerStore::open(m_db);
        QVERIFY(store);
        QSqlDatabase db = store.value()->connectionForThisThread();
        const qint64 cursor = ServerStore::currentRowVersion(db).value();
        const qint64 buyersBefore =
            countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S0001'"));

        const CliResult next = runServer({QStringLiteral("segmentation"), QStringLiteral("--db"), m_db,
                                          QStringLiteral("--as-of"), QStringLiteral("2026-11-24")});
        QCOMPARE(next.exitCode, 0);
        const qint64 changed = countRows(
            m_db, QStringLiteral(
                      "SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S0001' AND row_version > %1")
                      .arg(cursor));
        const qint64 removed =
            countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM tombstones WHERE seller_id = 'S0001' AND "
                                           "entity_type = 'buyer' AND row_version > %1")
                                .arg(cursor));
        QVERIFY(changed > 0);
        QVERIFY2(changed < buyersBefore, "a one-day move must not rewrite every buyer");

        // The incremental feed since the cursor: exactly the changed and removed buyers, the new
        // segmentation entity and the seller (its as_of changed).
        qint64 feedBuyers = 0;
        qint64 feedDeleted = 0;
        qint64 feedSegmentations = 0;
        qint64 position = cursor;
        bool more = true;
        while (more) {
            const auto page =
                ChangeFeed::changesSince(db, QStringLiteral("S0001"), position, 500, QDate(2026, 11, 24));
            QVERIFY2(page, qPrintable(page.error()));
            for (const SyncChange& change : page.value().changes) {
                QVERIFY(change.version > position);
                if (change.type == QStringLiteral("buyer"))
                    change.deleted ? ++feedDeleted : ++feedBuyers;
                if (change.type == QStringLiteral("segmentation"))
                    ++feedSegmentations;
            }
            QVERIFY(page.value().cursor >= position);
            position = page.value().cursor;
            more = page.value().hasMore;
        }
        QCOMPARE(feedBuyers, changed);
        QCOMPARE(feedDeleted, removed);
        QCOMPARE(feedSegmentations, 1);
    }

    void feedFromTheBeginningPagesThroughEverything()
    {
        auto store = ServerStore::open(m_db);
        QSqlDatabase db = store.value()->connectionForThisThread();
        QSet<QString> buyers;
        QSet<QString> products;
        qint64 cursor = 0;
        int pages = 0;
        bool more = true;
        while (more && pages < 10000) {
            const auto page =
                ChangeFeed::changesSince(db, QStringLiteral("S0001"), cursor, 300, QDate(2026, 11, 24));
            QVERIFY2(page, qPrintable(page.error()));
            QVERIFY(page.value().changes.size() <= 300 + 3);
            for (const SyncChange& change : page.value().changes) {
                if (change.type == QStringLiteral("buyer") && !change.deleted)
                    buyers.insert(change.id);
                if (change.type == QStringLiteral("product"))
                    products.insert(change.id);
            }
            cursor = page.value().cursor;
            more = page.value().hasMore;
            ++pages;
        }
        QVERIFY(!more);
        QVERIFY(pages > 3);
        QCOMPARE(buyers.size(),
                 countRows(m_db,
                           QStringLiteral("SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S0001'")));
        QCOMPARE(products.size(),
                 countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE seller_id = 'S0001'")));
        // Up to date: the next call returns nothing and no more.
        const auto last =
            ChangeFeed::changesSince(db, QStringLiteral("S0001"), cursor, 300, QDate(2026, 11, 24));
        QVERIFY(last);
        QVERIFY(last.value().changes.isEmpty());
        QVERIFY(!last.value().hasMore);
        QVERIFY(!ChangeFeed::isCursorExpired(db, cursor).value());
        QVERIFY(ChangeFeed::isCursorExpired(db, cursor + 1000).value());
    }

    void generateUsageErrors()
    {
        QCOMPARE(
            runServer({QStringLiteral("generate"), QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("x")), QStringLiteral("--sellers"), QStringLiteral("3")})
                .exitCode,
            2);
        QCOMPARE(runServer({QStringLiteral("generate"), QStringLiteral("--sellers"), QStringLiteral("10")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(ServerGenerateTest)
#include "tst_server_generate.moc"
