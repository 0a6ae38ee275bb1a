// The sync page reader (SYN-2): what the streaming scanner makes of a page — escapes decoded,
// members in any order, unknown members skipped, nested values stored as compact JSON, the
// field kinds checked — and the errors it gives for broken pages.
#include "FeedPage.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

QByteArray pageWith(const QByteArray& changes, const QByteArray& head = R"("schema_version":1,"cursor":"c1","has_more":false)")
{
    return "{" + head + R"(,"changes":[)" + changes + "]}";
}

QVariant valueOf(const FeedChange& change, const QString& field)
{
    for (qsizetype i = 0; i < change.table->fields.size(); ++i) {
        if (change.table->fields.at(i).name == field)
            return change.values.at(i);
    }
    return u"no such field"_s;
}

} // namespace

class FeedPageTest : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKindOfValue()
    {
        const QByteArray body = pageWith(R"(
            { "type" : "buyer", "id" : "B\u00e9\u00221", "op" : "upsert",
              "data" : { "segment" : "new", "orders_90d" : 3, "avg_check_kopecks" : 1.5e3,
                         "interests" : [ "C1" , "C2" ], "recommended_products" : [],
                         "region" : "Mo\u0441\u043A\u0432\u0430 \ud83d\ude00", "last_order" : null,
                         "surplus" : { "ignored" : [1, {"deep": true}] } } },
            {"data":{"name":"Shoes","parent_id":null},"id":"K1","op":"upsert","type":"category"},
            {"type":"seller","id":"S1","op":"upsert","data":{"verified":true,"antifraud_blocked":0}},
            {"type":"product","id":"P1","op":"delete"})");
        const auto page = FeedPage::parse(body);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->cursor, u"c1"_s);
        QVERIFY(!page->hasMore);
        QCOMPARE(page->changeCount(), 4);

        const FeedChange buyer = page->change(0);
        QCOMPARE(buyer.table->table, u"buyers"_s);
        QCOMPARE(buyer.id, u"B\u00e9\"1"_s);
        QCOMPARE(valueOf(buyer, u"segment"_s).toString(), u"new"_s);
        QCOMPARE(valueOf(buyer, u"orders_90d"_s).toLongLong(), 3);
        QCOMPARE(valueOf(buyer, u"avg_check_kopecks"_s).toLongLong(), 1500);
        QCOMPARE(valueOf(buyer, u"interests"_s).toString(), uR"(["C1","C2"])"_s);
        QCOMPARE(valueOf(buyer, u"recommended_products"_s).toString(), u"[]"_s);
        QCOMPARE(valueOf(buyer, u"region"_s).toString(), QString::fromUtf8("Mo\u0441\u043a\u0432\u0430 \U0001F600"));
        QVERIFY(valueOf(buyer, u"last_order"_s).isNull());
        QVERIFY(valueOf(buyer, u"chat"_s).isNull()); // absent

        const FeedChange category = page->change(1); // data before type
        QCOMPARE(category.table->table, u"categories"_s);
        QCOMPARE(valueOf(category, u"name"_s).toString(), u"Shoes"_s);
        QVERIFY(valueOf(category, u"parent_id"_s).isNull());

        const FeedChange seller = page->change(2);
        QCOMPARE(valueOf(seller, u"verified"_s).toInt(), 1);
        QCOMPARE(valueOf(seller, u"antifraud_blocked"_s).toInt(), 0);

        const FeedChange removal = page->change(3);
        QVERIFY(removal.remove);
        QCOMPARE(removal.id, u"P1"_s);
        QVERIFY(removal.values.isEmpty());
    }

    void entityOfAWriteIsReadLikeAFeedChange()
    {
        QJsonObject data{{u"name"_s, u"Summer"_s}, {u"recipients"_s, 120}, {u"audience"_s, QJsonObject{{u"segments"_s, QJsonArray{u"regular"_s}}}}};
        const auto change = FeedPage::parseEntity(u"communication"_s, u"C9"_s, data);
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(valueOf(change.value(), u"name"_s).toString(), u"Summer"_s);
        QCOMPARE(valueOf(change.value(), u"recipients"_s).toLongLong(), 120);
        QCOMPARE(valueOf(change.value(), u"audience"_s).toString(), uR"({"segments":["regular"]})"_s);
        data.insert(u"recipients"_s, u"many"_s);
        const auto wrong = FeedPage::parseEntity(u"communication"_s, u"C9"_s, data);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error(), u"recipients must be an integer, got a string"_s);
    }

    void brokenPagesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid UTF-8") << pageWith("\"\xff\"") << u"invalid UTF-8"_s;
        QTest::newRow("control character") << pageWith("{\"type\":\"buyer\",\"id\":\"B\x01\"}") << u"control character"_s;
        QTest::newRow("bad escape") << pageWith(R"({"type":"buyer","id":"B\x41"})") << u"invalid escape"_s;
        QTest::newRow("trailing comma") << pageWith(R"({"type":"buyer","id":"B1","op":"delete"},)") << u"expected a value"_s;
        QTest::newRow("text after the page") << pageWith("") + "{}" << u"text after the object"_s;
        QTest::newRow("bad number") << pageWith(R"({"type":"product","id":"P1","op":"upsert","data":{"price_kopecks":01}})")
                                    << u"not valid JSON"_s;
        QTest::newRow("huge integer") << pageWith(R"({"type":"product","id":"P1","op":"upsert","data":{"price_kopecks":12345678901234567}})")
                                      << u"price_kopecks must be an integer, got a number"_s;
        QTest::newRow("boolean is 2") << pageWith(R"({"type":"seller","id":"S1","op":"upsert","data":{"verified":2}})")
                                      << u"verified must be a boolean, got a number"_s;
        QTest::newRow("data not an object") << pageWith(R"({"type":"buyer","id":"B1","op":"upsert","data":[]})")
                                            << u"data must be an object, got an array"_s;
        QTest::newRow("change not an object") << pageWith(R"("buyer")") << u"Change 1 ( ) of the sync page: not an object"_s;
        QTest::newRow("deep nesting") << pageWith(R"({"type":"buyer","id":"B1","op":"upsert","data":{"interests":)"
                                                  + QByteArray(600, '[') + QByteArray(600, ']') + "}}")
                                      << u"nested too deeply"_s;
        QTest::newRow("newer schema after changes")
            << QByteArray(R"({"changes":[],"cursor":"c","has_more":false,"schema_version":3})") << u"schema version 3"_s;
        QTest::newRow("fractional schema version")
            << QByteArray(R"({"schema_version":1.5,"cursor":"c","has_more":false,"changes":[]})")
            << u"no valid schema_version (got a number)"_s;
    }
    void brokenPagesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto page = FeedPage::parse(body);
        QVERIFY(!page);
        QVERIFY2(page.error().contains(expected), qPrintable(page.error()));
    }
};

QTEST_GUILESS_MAIN(FeedPageTest)
#include "tst_feed_page.moc"
