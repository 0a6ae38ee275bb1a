// DAT-1 import through the real `sellercrm-server import` on SQLite: good data loads; every kind of
// bad row aborts with `file:line: reason`, exit code != 0 and the store unchanged.

#include "ServerCliSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm::server::testing;

namespace {

// Runs `statements` on a SQLite file without ServerStore (which would set WAL and migrate);
// returns the first value the last one gives ("<failed>" when one fails).
QString onRawSqlite(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-sqlite");
    QString value = QStringLiteral("<failed>");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            bool ok = true;
            for (const QString& sql : statements)
                ok = ok && query.exec(sql);
            if (ok)
                value = query.next() ? query.value(0).toString() : QString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString pragmaOf(const QString& path, const char* pragma)
{
    return onRawSqlite(path, {QStringLiteral("PRAGMA ") + QLatin1String(pragma)});
}

// The journal mode stored in a SQLite file, read without ServerStore (which would set WAL).
QString journalModeOf(const QString& path)
{
    return pragmaOf(path, "journal_mode");
}

// Line `line` (1-based) of `path` replaced by `replacement`.
bool replaceLine(const QString& path, int line, const QByteArray& replacement)
{
    QList<QByteArray> lines = readFile(path).split('\n');
    if (line < 1 || line > lines.size())
        return false;
    lines[line - 1] = replacement;
    return writeFile(path, lines.join('\n'));
}

// Data rows of a CSV file without quoted line breaks (the generated ones).
qint64 dataRowsOf(const QString& path)
{
    return readFile(path).count('\n') - 1;
}

} // namespace

class ServerImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_big; // generated data: several batches of rows per big file

    // A new, empty store (the state a first import starts from).
    QString freshStore(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        const QString empty = m_dir.filePath(QStringLiteral("empty-import"));
        if (!QDir().mkpath(empty))
            return {};
        const CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), db,
                                            QStringLiteral("--skip-segmentation"), empty});
        return result.exitCode == 0 ? db : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("SELLERCRM_SERVER"),
                 "SELLERCRM_SERVER must name the built server");
        m_db = m_dir.filePath(QStringLiteral("store.db"));
        const CliResult result = importBoundaryDataSet(m_db);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        m_big = m_dir.filePath(QStringLiteral("big"));
        const CliResult generated =
            runServer({QStringLiteral("generate"), QStringLiteral("--out"), m_big,
                       QStringLiteral("--sellers"), QStringLiteral("8"), QStringLiteral("--buyers"),
                       QStringLiteral("6000"), QStringLiteral("--orders"), QStringLiteral("60000"),
                       QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
    }

    void dat1GoodImportLoadsEveryFile()
    {
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM sellers")), 2);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM categories")), 3);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM products")), 4);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM buyers")), 24);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM orders")), 32);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM order_items")), 32);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM events")), 8);
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM chats")), 2);
        // RFC 4180: quoted commas and doubled quotes arrive unquoted.
        QCOMPARE(countRows(m_db,
                           QStringLiteral(
                               "SELECT COUNT(*) FROM promotions WHERE name = 'Summer sale, \"hot\" prices'")),
                 1);
        QCOMPARE(countRows(m_db, QStringLiteral(
                                     "SELECT COUNT(*) FROM sellers WHERE name = 'Boundary store, main'")),
                 1);
        // Empty dates are NULL, flags are numbers.
        QCOMPARE(
            countRows(m_db,
                      QStringLiteral(
                          "SELECT COUNT(*) FROM sellers WHERE subscription_end IS NULL AND verified = 0")),
            1);
        // The import ran the segmentation job afterwards.
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(*) FROM segmentation_runs")), 2);
        // Every syncable row got its own row version.
        QCOMPARE(countRows(m_db, QStringLiteral("SELECT COUNT(DISTINCT row_version) FROM orders")), 32);
    }

    void dat1QuotedLineBreaksBomAndCrlf()
    {
        // A second file set in CRLF with a BOM; a quoted product name spans two lines.
        const QString db = m_dir.filePath(QStringLiteral("crlf.db"));
        const QString dir = m_dir.filePath(QStringLiteral("crlf"));
        QVERIFY(copyDirectory(testData(QStringLiteral("import/boundary")), dir));
        QByteArray products = readFile(QDir(dir).filePath(QStringLiteral("products.csv")));
        products.replace("\n", "\r\n");
        products.prepend("\xEF\xBB\xBF");
        products.replace("P1,S1,SKU-1,Kettle,", "P1,S1,SKU-1,\"Kettle\r\n2 l\",");
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("products.csv")), products));
        const CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), db,
                                            QStringLiteral("--skip-segmentation"), dir});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(
            countRows(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM products WHERE name = 'Kettle' || char(13) || char(10) || '2 l'")),
            1);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM products")), 4);
    }

    void dat1SecondBatchAddsToTheStore()
    {
        // The file set the bad-row cases below break is itself valid.
        const QString db = m_dir.filePath(QStringLiteral("second.db"));
        QVERIFY(QFile::copy(m_db, db));
        const CliResult result =
            runServer({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                       QStringLiteral("2026-06-30"), testData(QStringLiteral("import/second_batch"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders")), 34);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM sellers")), 3);
        QVERIFY(result.out.contains("orders.csv: 2 rows"));
    }

    void dat1BadRowAbortsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("appended"); // added as the file's last line
        QTest::addColumn<QString>("expected");    // "<file>:<line>: <reason>"

        QTest::newRow("bad date") << QStringLiteral("orders.csv")
                                  << QByteArray("O92,S3,B90,2026-02-30,1000,delivered")
                                  << QStringLiteral("orders.csv:4: invalid date \"2026-02-30\"");
        QTest::newRow("date not ISO") << QStringLiteral("events.csv") << QByteArray("B90,P9,view,01.06.2026")
                                      << QStringLiteral("events.csv:3: invalid date \"01.06.2026\"");
        QTest::newRow("unknown plan")
            << QStringLiteral("sellers.csv") << QByteArray("S4,Gold store,gold,,1,0")
            << QStringLiteral("sellers.csv:3: invalid plan \"gold\"");
        QTest::newRow("bad flag") << QStringLiteral("sellers.csv") << QByteArray("S4,Store,none,,yes,0")
                                  << QStringLiteral("sellers.csv:3: invalid verified \"yes\"");
        QTest::newRow("too few columns") << QStringLiteral("buyers.csv") << QByteArray("B92,f,25-34")
                                         << QStringLiteral("buyers.csv:4: expected 4 columns, found 3");
        QTest::newRow("too many columns")
            << QStringLiteral("order_items.csv") << QByteArray("O90,P9,1,90000,extra")
            << QStringLiteral("order_items.csv:4: expected 4 columns, found 5");
        QTest::newRow("unterminated quote")
            << QStringLiteral("collections.csv") << QByteArray("CL10,S3,\"Open quote")
            << QStringLiteral("collections.csv:3: bad quoting: a quoted field is not closed");
        QTest::newRow("quote inside field")
            << QStringLiteral("promotions.csv")
            << QByteArray("PR10,S3,Toy \"week\",discount,2026-06-01,2026-06-07,active")
            << QStringLiteral("promotions.csv:3: bad quoting: a quote inside an unquoted field");
        QTest::newRow("text after closing quote")
            << QStringLiteral("buyers.csv") << QByteArray("B92,f,25-34,\"Moscow\"x")
            << QStringLiteral("buyers.csv:4: bad quoting: unexpected character after a closing quote");
        QTest::newRow("line count after a quoted line break")
            << QStringLiteral("products.csv") << QByteArray("P10,S3,SKU-10,Ball,CAT-X,100")
            << QStringLiteral("products.csv:4: unknown category_id \"CAT-X\"");
        QTest::newRow("unknown buyer")
            << QStringLiteral("orders.csv") << QByteArray("O92,S3,B99,2026-06-01,1000,delivered")
            << QStringLiteral("orders.csv:4: unknown buyer_id \"B99\"");
        QTest::newRow("unknown seller")
            << QStringLiteral("orders.csv") << QByteArray("O92,S9,B90,2026-06-01,1000,delivered")
            << QStringLiteral("orders.csv:4: unknown seller_id \"S9\"");
        QTest::newRow("unknown order") << QStringLiteral("order_items.csv") << QByteArray("O99,P9,1,90000")
                                       << QStringLiteral("order_items.csv:4: unknown order_id \"O99\"");
        QTest::newRow("unknown product")
            << QStringLiteral("events.csv") << QByteArray("B90,P99,view,2026-06-01")
            << QStringLiteral("events.csv:3: unknown product_id \"P99\"");
        QTest::newRow("unknown parent category")
            << QStringLiteral("categories.csv") << QByteArray("CAT-D,Dolls,CAT-NONE")
            << QStringLiteral("categories.csv:3: unknown parent_id \"CAT-NONE\"");
        QTest::newRow("duplicate id in the store")
            << QStringLiteral("orders.csv") << QByteArray("O01,S3,B90,2026-06-01,1000,delivered")
            << QStringLiteral("orders.csv:4: duplicate order_id \"O01\"");
        QTest::newRow("duplicate id in the file")
            << QStringLiteral("buyers.csv") << QByteArray("B90,m,,Omsk")
            << QStringLiteral("buyers.csv:4: duplicate buyer_id \"B90\"");
        QTest::newRow("duplicate chat")
            << QStringLiteral("chats.csv") << QByteArray("S3,B90,seller,1")
            << QStringLiteral("chats.csv:3: duplicate chat of seller \"S3\" with buyer \"B90\"");
        QTest::newRow("unknown status")
            << QStringLiteral("orders.csv") << QByteArray("O92,S3,B90,2026-06-01,1000,shipped")
            << QStringLiteral("orders.csv:4: invalid status \"shipped\"");
        QTest::newRow("negative money")
            << QStringLiteral("orders.csv") << QByteArray("O92,S3,B90,2026-06-01,-5,delivered")
            << QStringLiteral("orders.csv:4: invalid total_kopecks \"-5\"");
        QTest::newRow("unknown gender") << QStringLiteral("buyers.csv") << QByteArray("B92,x,25-34,Moscow")
                                        << QStringLiteral("buyers.csv:4: invalid gender \"x\"");
        QTest::newRow("unknown age band") << QStringLiteral("buyers.csv") << QByteArray("B92,f,30-40,Moscow")
                                          << QStringLiteral("buyers.csv:4: invalid age_band \"30-40\"");
        QTest::newRow("unknown event type")
            << QStringLiteral("events.csv") << QByteArray("B90,P9,like,2026-06-01")
            << QStringLiteral("events.csv:3: invalid type \"like\"");
        QTest::newRow("not UTF-8") << QStringLiteral("buyers.csv") << QByteArray("B92,f,25-34,Mosc\xff")
                                   << QStringLiteral("buyers.csv:4: not valid UTF-8");
    }

    void dat1BadRowAbortsAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, appended);
        QFETCH(QString, expected);
        const QString dir = m_dir.filePath(
            QStringLiteral("bad-") +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(copyDirectory(testData(QStringLiteral("import/second_batch")), dir));
        const QString path = QDir(dir).filePath(file);
        QVERIFY(writeFile(path, readFile(path) + appended + '\n'));

        const QString before = storeSnapshot(m_db);
        const CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), m_db, dir});
        QVERIFY2(result.exitCode != 0, result.out.constData());
        const QString message = QString::fromUtf8(result.err);
        QVERIFY2(message.contains(QDir(dir).filePath(expected)), qPrintable(message));
        QCOMPARE(storeSnapshot(m_db), before);
    }

    void dat1FirstImportBulkLoadsAndAFailedOneLeavesTheNewStoreEmpty()
    {
        // m_db had its first import (bulk-loaded with a rollback journal): back in WAL mode.
        QCOMPARE(journalModeOf(m_db), QStringLiteral("wal"));

        // A new store with no data (an empty directory imports nothing), then a first import that
        // fails on its last file: the store is as it was, in WAL mode, no journal left behind.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
        const QString empty = m_dir.filePath(QStringLiteral("empty-import"));
        QVERIFY(QDir().mkpath(empty));
        CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), fresh,
                                      QStringLiteral("--skip-segmentation"), empty});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString before = storeSnapshot(fresh);
        const QString dir = m_dir.filePath(QStringLiteral("bad-first-import"));
        QVERIFY(copyDirectory(testData(QStringLiteral("import/boundary")), dir));
        const QString chats = QDir(dir).filePath(QStringLiteral("chats.csv"));
        QVERIFY(writeFile(chats, readFile(chats) + "S1,B-nobody,buyer,0\n"));
        result = runServer({QStringLiteral("import"), QStringLiteral("--db"), fresh, dir});
        QVERIFY2(result.exitCode != 0, result.out.constData());
        QVERIFY2(result.err.contains("unknown buyer_id \"B-nobody\""), result.err.constData());
        QCOMPARE(storeSnapshot(fresh), before);
        QCOMPARE(countRows(fresh, QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
        QCOMPARE(journalModeOf(fresh), QStringLiteral("wal"));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("-journal")));
    }

    void dat1BigFilesLoadEveryRowWithItsValues()
    {
        // 60 000 orders, ~80 000 items: many batches, written through SQLite's C API while the
        // next rows are parsed; every row and value arrives.
        const QString db = freshStore(QStringLiteral("big.db"));
        QVERIFY(!db.isEmpty());
        const CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), db,
                                            QStringLiteral("--skip-segmentation"), m_big});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QDir data(m_big);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders")),
                 dataRowsOf(data.filePath(QStringLiteral("orders.csv"))));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM order_items")),
                 dataRowsOf(data.filePath(QStringLiteral("order_items.csv"))));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM events")),
                 dataRowsOf(data.filePath(QStringLiteral("events.csv"))));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM buyers")),
                 dataRowsOf(data.filePath(QStringLiteral("buyers.csv"))));
        qint64 total = 0;
        const QList<QByteArray> orders = readFile(data.filePath(QStringLiteral("orders.csv"))).split('\n');
        for (qsizetype i = 1; i < orders.size(); ++i)
            if (!orders[i].isEmpty())
                total += orders[i].split(',').value(4).toLongLong();
        QCOMPARE(countRows(db, QStringLiteral("SELECT SUM(total_kopecks) FROM orders")), total);
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE typeof(total_kopecks) = "
                                              "'integer' AND length(order_date) = 10")),
                 orders.size() - 2);
        // Items and events carry their product's seller.
        QCOMPARE(
            countRows(db, QStringLiteral("SELECT COUNT(*) FROM order_items i JOIN products p"
                                         " ON p.product_id = i.product_id WHERE p.seller_id <> i.seller_id")),
            0);
        // Every syncable row has its own version; the counter ends at the last one.
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(DISTINCT row_version) FROM orders")),
                 orders.size() - 2);
        QCOMPARE(countRows(db, QStringLiteral("SELECT MAX(row_version) FROM events")),
                 countRows(db, QStringLiteral("SELECT value FROM counters WHERE name = 'row_version'")) -
                     countRows(db, QStringLiteral("SELECT COUNT(*) FROM promotions")) -
                     countRows(db, QStringLiteral("SELECT COUNT(*) FROM collections")));
        // The bulk indexes were rebuilt; a new store has 16 KB pages.
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                                              " AND name IN ('orders_seller_buyer', 'order_items_order',"
                                              " 'events_seller_buyer')")),
                 3);
        QCOMPARE(pragmaOf(db, "page_size"), QStringLiteral("16384"));
        QCOMPARE(journalModeOf(db), QStringLiteral("wal"));
    }

    void dat1BadRowInTheMiddleOfABigFileAbortsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected"); // "<file>:<line>: <reason>"

        QTest::newRow("orders") << QStringLiteral("orders.csv") << 40001
                                << QByteArray("O-bad,S0001,B-nobody,2026-01-05,100,delivered")
                                << QStringLiteral("orders.csv:40001: unknown buyer_id \"B-nobody\"");
        // Every order is written by then, and most items.
        QTest::newRow("order items") << QStringLiteral("order_items.csv") << 50002
                                     << QByteArray("O000000001,P-nobody,1,100")
                                     << QStringLiteral(
                                            "order_items.csv:50002: unknown product_id \"P-nobody\"");
        QTest::newRow("events bad quoting")
            << QStringLiteral("events.csv") << 9000 << QByteArray("B0000001,P000001,\"view\"x,2026-01-05")
            << QStringLiteral("events.csv:9000: bad quoting: unexpected character after a closing quote");
    }

    void dat1BadRowInTheMiddleOfABigFileAbortsAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        const QString dir = m_dir.filePath(
            QStringLiteral("big-bad-") +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(copyDirectory(m_big, dir));
        QVERIFY(replaceLine(QDir(dir).filePath(file), line, row));

        const QString db = freshStore(QStringLiteral("big-bad.db"));
        QVERIFY(!db.isEmpty());
        const QString before = storeSnapshot(db);
        const CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), db, dir});
        QVERIFY2(result.exitCode != 0, result.out.constData());
        const QString message = QString::fromUtf8(result.err);
        QVERIFY2(message.contains(QDir(dir).filePath(expected)), qPrintable(message));
        QCOMPARE(storeSnapshot(db), before);
        QCOMPARE(journalModeOf(db), QStringLiteral("wal"));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
        QVERIFY(QFile::remove(db));
    }

    void dat1StoreWithFourKilobytePagesKeepsThemAndImports()
    {
        // A store created before the 16 KB page size: it opens, migrates and imports as before.
        const QString db = m_dir.filePath(QStringLiteral("old-pages.db"));
        QCOMPARE(onRawSqlite(
                     db, {QStringLiteral("PRAGMA page_size=4096"),
                          QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}),
                 QString());
        QCOMPARE(pragmaOf(db, "page_size"), QStringLiteral("4096"));
        const CliResult result = importBoundaryDataSet(db);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(pragmaOf(db, "page_size"), QStringLiteral("4096"));
        QCOMPARE(countRows(db, QStringLiteral("SELECT COUNT(*) FROM orders")), 32);
    }

    void dat1WrongHeaderIsRejected()
    {
        const QString dir = m_dir.filePath(QStringLiteral("bad-header"));
        QVERIFY(copyDirectory(testData(QStringLiteral("import/second_batch")), dir));
        const QString path = QDir(dir).filePath(QStringLiteral("events.csv"));
        QVERIFY(writeFile(path, QByteArray("buyer_id,product_id,kind,date\nB90,P9,view,2026-06-03\n")));
        const QString before = storeSnapshot(m_db);
        const CliResult result = runServer({QStringLiteral("import"), QStringLiteral("--db"), m_db, dir});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("events.csv:1: the header must be \"buyer_id,product_id,type,date\""),
                 result.err.constData());
        QCOMPARE(storeSnapshot(m_db), before);
    }

    void importUsageErrors()
    {
        QCOMPARE(runServer({QStringLiteral("import"), QStringLiteral("--db"), m_db}).exitCode, 2);
        const CliResult missing = runServer(
            {QStringLiteral("import"), QStringLiteral("--db"), m_db, m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("not a directory"));
        const CliResult help = runServer({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--db"));
    }
};

QTEST_GUILESS_MAIN(ServerImportTest)
#include "tst_server_import.moc"
