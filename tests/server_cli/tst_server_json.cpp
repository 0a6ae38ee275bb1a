// The fast JSON path of the buyers page and the sync feed (store/EntityJson.h, SYN-2, BUY-1):
// entity_json::writeBuyer() must give the bytes of the QJsonObject builder for any row, and
// JsonWriter must escape strings as QJsonDocument does.

#include "store/EntityJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace sellercrm::server;

class ServerJsonTest : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    static QByteArray compact(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("json-test"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery create(m_db);
        QVERIFY(create.exec(QStringLiteral(
            "CREATE TABLE segment_results (buyer_id TEXT, segment TEXT, subsegment TEXT, orders_90d INTEGER,"
            " avg_check_kopecks INTEGER, revenue_kopecks INTEGER, last_order TEXT, gender TEXT, age_band TEXT,"
            " region TEXT, interests TEXT, recommended_products TEXT, last_communication TEXT, chat TEXT,"
            " row_version INTEGER)")));
    }

    void writeBuyer_equalsTheQJsonObjectBuilder_data()
    {
        QTest::addColumn<QVariantList>("values");
        const QVariant null(QMetaType::fromType<QString>());
        QTest::newRow("typical") << QVariantList{u"B001"_qs, u"regular"_qs, u"loyal"_qs, 4, 355000, 1420000,
                                                 u"2026-10-14"_qs, u"f"_qs, u"25-34"_qs, u"Kazan"_qs,
                                                 u"[\"C1\",\"C2\"]"_qs, u"[\"P1\"]"_qs, u"2026-11-01"_qs,
                                                 u"available"_qs, 17};
        QTest::newRow("nulls and empties")
            << QVariantList{u"B002"_qs, u"potential"_qs, u"interested"_qs, null, null, null, null, u""_qs,
                            u""_qs, u""_qs, null, u"[]"_qs, null, u"seller_not_verified"_qs, 18};
        QTest::newRow("escapes and non-ASCII")
            << QVariantList{u"B\"0\\3"_qs, u"new"_qs, u"new"_qs, 1, 0, 0, u""_qs, u"m"_qs, u"55+"_qs,
                            QString::fromUtf8("Нижний Новгород\t\x01/é😀"), u"not json"_qs, u"[\"P\\\"1\"]"_qs,
                            u""_qs, u"blocked_by_buyer"_qs, 19};
    }

    void writeBuyer_equalsTheQJsonObjectBuilder()
    {
        QFETCH(QVariantList, values);
        QSqlQuery clear(m_db);
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM segment_results")));
        QSqlQuery insert(m_db);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO segment_results VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")));
        for (const QVariant& value : values)
            insert.addBindValue(value);
        QVERIFY(insert.exec());

        QSqlQuery row(m_db);
        row.setForwardOnly(true);
        QVERIFY(row.exec(QStringLiteral("SELECT %1 FROM segment_results").arg(entity_json::buyerColumns())));
        QVERIFY(row.next());
        QByteArray fast;
        entity_json::JsonWriter json(fast);
        entity_json::writeBuyer(json, row, false);
        QByteArray fastWithId;
        entity_json::JsonWriter jsonWithId(fastWithId);
        entity_json::writeBuyer(jsonWithId, row, true);

        const QJsonObject expected = entity_json::buyer(row.record());
        QJsonObject expectedWithId = expected;
        expectedWithId.insert(QStringLiteral("id"), values.first().toString());
        QCOMPARE(fast, compact(expected));
        QCOMPARE(fastWithId, compact(expectedWithId));
        QVERIFY(!QJsonDocument::fromJson(fastWithId).isNull());
    }

    void jsonWriter_stringsAndNumbersAsQJsonDocument()
    {
        const QString text = QString::fromUtf8("a\"b\\c\nd\re\tf\bg\fh\x1f/ü€😀");
        QByteArray out;
        entity_json::JsonWriter json(out);
        bool first = true;
        json.raw("{");
        json.key("max", first);
        json.number(std::numeric_limits<qint32>::max());
        json.key("min", first);
        json.number(-1234567890123);
        json.key("text", first);
        json.string(text);
        json.key("zero", first);
        json.number(0);
        json.raw("}");
        QCOMPARE(out, compact(QJsonObject{{QStringLiteral("max"), std::numeric_limits<qint32>::max()},
                                          {QStringLiteral("min"), qint64(-1234567890123)},
                                          {QStringLiteral("text"), text},
                                          {QStringLiteral("zero"), 0}}));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("json-test"));
    }
};

QTEST_GUILESS_MAIN(ServerJsonTest)
#include "tst_server_json.moc"
