// store/BulkInserter on a real SQLite store: rows go in through SQLite's C API with the values
// they were given (text, integers, reals, NULL), QtSql values keep QtSql's meaning (a null QString
// is NULL, an empty one is ''), and a row SQLite refuses is named so the import can report its line.

#include "store/BulkInserter.h"
#include "store/ServerStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sellercrm::server;

namespace {

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QString(QStringLiteral("query failed: ") + sql);
    return query.value(0);
}

// Rows K<first>..K<first+count-1>: text id, integer, real, text (NULL every third row).
BulkRows sampleRows(int first, int count)
{
    BulkRows rows(4);
    for (int i = first; i < first + count; ++i) {
        rows.addText(QByteArray(QByteArray("K") + QByteArray::number(i)));
        rows.addInteger(i * 1000000007LL);
        rows.addReal(i / 2.0);
        if (i % 3 == 0)
            rows.addNull();
        else
            rows.addText(QByteArray(QByteArray("text \xC3\xBC ") + QByteArray::number(i)));
    }
    return rows;
}

const QStringList sampleColumns{QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("r"),
                                QStringLiteral("s")};

} // namespace

class ServerBulkInsertTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ServerStore> m_store;
    QSqlDatabase m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = ServerStore::open(m_dir.filePath(QStringLiteral("bulk.db")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = store.value();
        m_db = m_store->connectionForThisThread();
        QVERIFY(execSql(m_db, QStringLiteral("CREATE TABLE sample (id TEXT PRIMARY KEY, n INTEGER,"
                                             " r REAL, s TEXT)"))
                    .ok());
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    void dat1RowsGoInThroughTheSqliteApiWithTheirValues()
    {
        BulkInserter insert(m_db, QStringLiteral("sample"), sampleColumns);
        QVERIFY(insert.usesSqliteApi());
        // 1 000 rows: three full 256-row statements and a tail of single rows.
        const BulkRows rows = sampleRows(0, 1000);
        const StoreStatus status = inTransaction(m_db, [&]() { return insert.write(rows); });
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(insert.rowsWritten(), 1000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sample")).toInt(), 1000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sample WHERE s IS NULL")).toInt(), 334);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT n FROM sample WHERE id = 'K999'")).toLongLong(),
                 999 * 1000000007LL);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT r FROM sample WHERE id = 'K999'")).toDouble(), 499.5);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT s FROM sample WHERE id = 'K998'")).toString(),
                 QStringLiteral("text ü 998"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT group_concat(DISTINCT typeof(n) || typeof(r))"
                                             " FROM sample"))
                     .toString(),
                 QStringLiteral("integerreal"));
    }

    void dat1ARefusedRowIsNamedAndItsStatementChangesNothing()
    {
        const int before = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sample")).toInt();
        // Row 700 of the batch repeats an existing key: it sits in the third 256-row statement.
        BulkRows rows(4);
        const BulkRows fresh = sampleRows(5000, 900);
        for (qsizetype row = 0; row < fresh.rowCount(); ++row)
            for (int column = 0; column < 4; ++column) {
                const BulkRows::Value& value = fresh.value(row, column);
                if (row == 700 && column == 0)
                    rows.addText("K5");
                else
                    rows.add(fresh.toVariant(value));
            }
        BulkInserter insert(m_db, QStringLiteral("sample"), sampleColumns);
        qsizetype failedRow = -2;
        int rowsInTransaction = 0;
        const StoreStatus status = inTransaction(m_db, [&]() {
            const StoreStatus written = insert.write(rows, &failedRow);
            rowsInTransaction = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sample")).toInt();
            return written;
        });
        QVERIFY(!status.ok());
        QCOMPARE(failedRow, 700);
        QVERIFY2(status.error().contains(QLatin1String("inserting into sample")), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QLatin1String("UNIQUE")), qPrintable(status.error()));
        // The two statements before it went in, and the third one's rows before the refused one
        // (OR FAIL); nothing after it.
        QCOMPARE(rowsInTransaction, before + 700);
        // The transaction rolled back.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sample")).toInt(), before);
    }

    void qtSqlValuesKeepTheirMeaning()
    {
        QVERIFY(execSql(m_db, QStringLiteral("CREATE TABLE qtvalues (k INTEGER, t TEXT, b INTEGER, d REAL)"))
                    .ok());
        BulkInserter insert(
            m_db, QStringLiteral("qtvalues"),
            {QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("b"), QStringLiteral("d")});
        const StoreStatus status = inTransaction(m_db, [&]() -> StoreStatus {
            for (int i = 0; i < 300; ++i) { // a full statement by endRow(), the rest by finish()
                insert.add(i);
                if (i % 2 == 0)
                    insert.add(QVariant(QMetaType::fromType<QString>())); // null QString: NULL
                else
                    insert.add(QStringLiteral("")); // empty QString: ''
                insert.add(i % 5 == 0);
                insert.add(i * 0.25);
                if (const StoreStatus row = insert.endRow(); !row.ok())
                    return row;
            }
            return insert.finish();
        });
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM qtvalues")).toInt(), 300);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM qtvalues WHERE t IS NULL")).toInt(), 150);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM qtvalues WHERE t = ''")).toInt(), 150);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT SUM(b) FROM qtvalues")).toInt(), 60);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT d FROM qtvalues WHERE k = 299")).toDouble(), 74.75);
    }

    void aBatchOfTheWrongWidthIsRefused()
    {
        BulkInserter insert(m_db, QStringLiteral("sample"), sampleColumns);
        BulkRows rows(3);
        rows.addText("K-narrow");
        rows.addInteger(1);
        rows.addReal(1.0);
        const StoreStatus status = insert.write(rows);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QLatin1String("3 values a row, expected 4")),
                 qPrintable(status.error()));
    }
};

QTEST_GUILESS_MAIN(ServerBulkInsertTest)
#include "tst_server_bulk_insert.moc"
