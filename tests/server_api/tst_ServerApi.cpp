// The REST API of sellercrm-server end to end: the real server process on a loopback port with a
// store loaded by `import` (SQLite, or PostgreSQL under the second registration).
#include "ApiTestServer.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray validMailing(const QString& name = u"Autumn news"_s)
{
    return QJsonDocument(
               QJsonObject{
                   {u"name"_s, name},
                   {u"audience"_s, QJsonObject{{u"segments"_s, QJsonArray{u"regular"_s, u"new"_s}}}},
                   {u"offer"_s, QJsonObject{{u"type"_s, u"product_promotion"_s}}},
                   {u"format"_s, QJsonObject{{u"type"_s, u"mailing"_s},
                                             {u"target"_s, QJsonObject{{u"kind"_s, u"showcase"_s}}},
                                             {u"recipients"_s, 10},
                                             {u"send_date"_s, u"2026-11-25"_s},
                                             {u"title"_s, u"New arrivals"_s},
                                             {u"text"_s, u"Check out the new phone cases in our store"_s}}}})
        .toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> idempotency(const QString& key)
{
    return {{QByteArrayLiteral("Idempotency-Key"), key.toUtf8()}};
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Raw HTTP over one socket: sends `bytes`, reads `count` answers (status line + body).
QList<QPair<int, QByteArray>> rawExchange(quint16 port, const QByteArray& bytes, int count)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    socket.flush();
    QByteArray buffer;
    QList<QPair<int, QByteArray>> answers;
    while (answers.size() < count) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = buffer.left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= headerEnd + 4 + length) {
                answers.append({head.mid(9, 3).toInt(), buffer.mid(headerEnd + 4, length)});
                buffer.remove(0, headerEnd + 4 + length);
                continue;
            }
        }
        if (!socket.waitForReadyRead(10000))
            break;
        buffer += socket.readAll();
    }
    return answers;
}

struct BuyerRow final
{
    QString id;
    QString segment;
    QString subsegment;
    int orders = 0;
    qint64 avgCheck = 0;
    qint64 revenue = 0;
    QString lastOrder;
};

} // namespace

class ServerApiTest final : public QObject
{
    Q_OBJECT

private:
    ApiTestServer m_server;
    QString m_s1;
    QString m_s2;

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_server.sql());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            qWarning() << "SQL failed" << sql << query.lastError().text();
        return query.value(0).toLongLong();
    }

    // BUY-1: the seller's buyers with an order, read straight from the store.
    QList<BuyerRow> buyersOf(const QString& seller)
    {
        QSqlQuery query(m_server.sql());
        query.prepare(u"SELECT buyer_id, segment, subsegment, orders_90d, avg_check_kopecks, revenue_kopecks,"
                      " last_order FROM segment_results WHERE seller_id = ?"_s);
        query.addBindValue(seller);
        QList<BuyerRow> rows;
        if (!query.exec())
            return rows;
        while (query.next()) {
            if (query.value(6).toString().isEmpty())
                continue;
            rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toInt(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                         query.value(6).toString()});
        }
        return rows;
    }

    QStringList ids(const HttpResult& result)
    {
        QStringList list;
        const QJsonArray items = result.object().value(u"items"_s).toArray();
        for (const QJsonValue& item : items)
            list << item.toObject().value(u"id"_s).toString();
        return list;
    }

    QString createCommunication(const QString& token, const QByteArray& body = validMailing())
    {
        const HttpResult created =
            m_server.request("POST", u"/api/v1/communications"_s, token, body, idempotency(newKey()));
        if (created.status != 201)
            qWarning() << created.status << created.body;
        return created.object().value(u"id"_s).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("SELLERCRM_SERVER"), "SELLERCRM_SERVER is not set");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_s1 = m_server.token(u"S1"_s);
        m_s2 = m_server.token(u"S2"_s);
        QVERIFY(!m_s1.isEmpty());
        QVERIFY(!m_s2.isEmpty());
        QVERIFY(m_server.sql().isOpen() || m_server.sql().open());
    }

    void serve_startsWithoutQtWarnings()
    {
        // The jobs thread is started before `listening on` is printed; a wrongly parented timer
        // made Qt warn "Cannot create children for a parent that is in a different thread".
        QVERIFY(m_server.isRunning());
        const QByteArray errors = m_server.standardError();
        QVERIFY2(!errors.contains("QObject") && !errors.contains("different thread"), errors.constData());
    }

    void auth_missingToken_is401()
    {
        const HttpResult result = m_server.get(u"/api/v1/seller"_s, QString());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), u"unauthorized"_s);
        QVERIFY(result.object().value(u"error"_s).toObject().contains(u"message"_s));
        QVERIFY(result.object().value(u"error"_s).toObject().value(u"fields"_s).isArray());
    }

    void auth_unknownOrMalformedToken_is401()
    {
        QCOMPARE(m_server.get(u"/api/v1/seller"_s, u"scrm_not-a-real-token"_s).status, 401);
        const HttpResult basic =
            m_server.request("GET", u"/api/v1/seller"_s, QString(), {},
                             {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic abc")}});
        QCOMPARE(basic.status, 401);
    }

    void auth_revokedToken_is401()
    {
        QByteArray token;
        QCOMPARE(
            m_server.runCommand(
                {u"token"_s, u"create"_s, u"--db"_s, m_server.dbArgument(), u"--seller"_s, u"S1"_s}, &token),
            0);
        token = token.trimmed();
        QCOMPARE(m_server.get(u"/api/v1/seller"_s, QString::fromUtf8(token)).status, 200);
        QCOMPARE(m_server.runCommand(
                     {u"token"_s, u"revoke"_s, u"--db"_s, m_server.dbArgument(), QString::fromUtf8(token)}),
                 0);
        // A worker thread trusts a checked token for up to a second (docs/server.md).
        QTRY_COMPARE_WITH_TIMEOUT(m_server.get(u"/api/v1/seller"_s, QString::fromUtf8(token)).status, 401, 3000);
    }

    void unknownPath_is404_wrongMethod_is405()
    {
        QCOMPARE(m_server.get(u"/api/v1/nothing-here"_s, m_s1).status, 404);
        QCOMPARE(m_server.get(u"/elsewhere"_s, m_s1).status, 404);
        QCOMPARE(m_server.request("DELETE", u"/api/v1/seller"_s, m_s1).status, 405);
    }

    void seller_STA1_planSubscriptionQuotaVerification()
    {
        const HttpResult result = m_server.get(u"/api/v1/seller"_s, m_s1);
        QCOMPARE(result.status, 200);
        const QJsonObject seller = result.object();
        QCOMPARE(seller.value(u"id"_s).toString(), u"S1"_s);
        QCOMPARE(seller.value(u"name"_s).toString(), u"Gadget Shop, \"North\""_s);
        QCOMPARE(seller.value(u"plan"_s).toString(), u"premium_plus"_s);
        QCOMPARE(seller.value(u"subscription_end"_s).toString(), u"2027-03-31"_s);
        QCOMPARE(seller.value(u"verified"_s).toBool(), true);
        QCOMPARE(seller.value(u"quota_monthly"_s).toInt(), 25000);
        QCOMPARE(seller.value(u"quota_renews_on"_s).toString(), u"2026-12-01"_s);
        const QJsonObject other = m_server.get(u"/api/v1/seller"_s, m_s2).object();
        QCOMPARE(other.value(u"id"_s).toString(), u"S2"_s);
        QCOMPARE(other.value(u"plan"_s).toString(), u"none"_s);
        QVERIFY(other.value(u"subscription_end"_s).isNull());
        QCOMPARE(other.value(u"quota_left"_s).toInt(), 0);
    }

    void segments_SEG4_SEG8_thresholdsKeySegmentRulesActions()
    {
        const HttpResult result = m_server.get(u"/api/v1/segments"_s, m_s1);
        QCOMPARE(result.status, 200);
        const QJsonObject data = result.object();
        QCOMPARE(data.value(u"as_of"_s).toString(), QString::fromLatin1(ApiTestServer::asOf));
        const qint64 regular =
            scalar(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1' AND segment = 'regular'"_s);
        QVERIFY(regular >= 10);
        QCOMPARE(data.value(u"key_segment"_s).toString(), u"regular"_s); // SEG-6: regular >= REGULAR_MIN
        QCOMPARE(data.value(u"thresholds"_s).toObject().value(u"regular_buyers"_s).toInteger(), regular);
        QVERIFY(data.value(u"rules"_s).toObject().value(u"top"_s).toString().startsWith(u"Top"_s));
        const QJsonArray topActions =
            data.value(u"recommended_actions"_s).toObject().value(u"top"_s).toArray();
        QVERIFY(!topActions.isEmpty());
        QCOMPARE(topActions.at(0).toObject().value(u"format"_s).toString(),
                 u"mailing"_s); // SEG-8 with Premium Plus
        const QJsonArray withoutPlan = m_server.get(u"/api/v1/segments"_s, m_s2)
                                           .object()
                                           .value(u"recommended_actions"_s)
                                           .toObject()
                                           .value(u"top"_s)
                                           .toArray();
        QCOMPARE(withoutPlan.at(0).toObject().value(u"format"_s).toString(), u"banner"_s); // SEG-8 without
    }

    void catalog_productsSearchAndCategory_tenantScoped()
    {
        HttpResult result = m_server.get(u"/api/v1/products?search=phone"_s, m_s1);
        QCOMPARE(result.status, 200);
        QCOMPARE(ids(result), (QStringList{u"P3"_s, u"P1"_s})); // "Phone case", "Phone X" by name
        result = m_server.get(u"/api/v1/products?category_id=CAT3"_s, m_s1);
        QCOMPARE(ids(result), QStringList{u"P2"_s});
        QCOMPARE(result.object().value(u"items"_s).toArray().at(0).toObject().value(u"sku"_s).toString(),
                 u"SKU-002"_s);
        QCOMPARE(ids(m_server.get(u"/api/v1/products?search=kettle"_s, m_s1)), QStringList());
        QCOMPARE(ids(m_server.get(u"/api/v1/products?search=kettle"_s, m_s2)), QStringList{u"P5"_s});
        QCOMPARE(m_server.get(u"/api/v1/products?page_size=0"_s, m_s1).status, 400);
        QCOMPARE(ids(m_server.get(u"/api/v1/collections"_s, m_s1)), (QStringList{u"COL1"_s, u"COL2"_s}));
        QCOMPARE(ids(m_server.get(u"/api/v1/promotions"_s, m_s2)), QStringList{u"PR3"_s});
        QCOMPARE(m_server.get(u"/api/v1/categories"_s, m_s1).object().value(u"items"_s).toArray().size(), 4);
    }

    void buyers_BUY1_BUY2_pagesAgreeWithTheStore_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<qint64>("minCheck");
        QTest::addColumn<qint64>("maxCheck");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("default: revenue desc")
            << u""_s << u"revenue_kopecks"_s << false << QStringList() << -1LL << -1LL << 1 << 50;
        QTest::newRow("regular by avg check asc, page 2 of 5")
            << u"sort=avg_check_kopecks&order=asc&segment=regular&page=2&page_size=5"_s
            << u"avg_check_kopecks"_s << true << QStringList{u"regular"_s} << -1LL << -1LL << 2 << 5;
        QTest::newRow("new by last order desc")
            << u"subsegment=new&sort=last_order&order=desc"_s << u"last_order"_s << false
            << QStringList{u"new"_s} << -1LL << -1LL << 1 << 50;
        QTest::newRow("avg check range by orders")
            << u"avg_check_min=100000&avg_check_max=300000&sort=orders_90d&order=asc"_s << u"orders_90d"_s
            << true << QStringList() << 100000LL << 300000LL << 1 << 50;
        QTest::newRow("top or sleeping by id")
            << u"subsegment=top,sleeping&sort=buyer_id&order=asc&page_size=3"_s << u"buyer_id"_s << true
            << QStringList{u"top"_s, u"sleeping"_s} << -1LL << -1LL << 1 << 3;
    }

    void buyers_BUY1_BUY2_pagesAgreeWithTheStore()
    {
        QFETCH(QString, query);
        QFETCH(QString, sort);
        QFETCH(bool, ascending);
        QFETCH(QStringList, segments);
        QFETCH(qint64, minCheck);
        QFETCH(qint64, maxCheck);
        QFETCH(int, page);
        QFETCH(int, pageSize);
        QList<BuyerRow> rows = buyersOf(u"S1"_s);
        QVERIFY(rows.size() > 20);
        rows.removeIf([&](const BuyerRow& row) {
            if (!segments.isEmpty() && !segments.contains(row.segment) && !segments.contains(row.subsegment))
                return true;
            return (minCheck >= 0 && row.avgCheck < minCheck) || (maxCheck >= 0 && row.avgCheck > maxCheck);
        });
        const auto key = [&sort](const BuyerRow& row) -> QVariant {
            if (sort == u"avg_check_kopecks")
                return row.avgCheck;
            if (sort == u"orders_90d")
                return row.orders;
            if (sort == u"last_order")
                return row.lastOrder;
            if (sort == u"buyer_id")
                return row.id;
            return row.revenue;
        };
        std::sort(rows.begin(), rows.end(), [&](const BuyerRow& a, const BuyerRow& b) {
            const int order = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less      ? -1
                              : QVariant::compare(key(a), key(b)) == QPartialOrdering::Greater ? 1
                                                                                               : 0;
            const int byId = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
            const int combined = order != 0 ? order : byId;
            return ascending ? combined < 0 : combined > 0;
        });
        QStringList expected;
        for (qsizetype i = static_cast<qsizetype>(page - 1) * pageSize;
             i < rows.size() && i < page * pageSize; ++i)
            expected << rows.at(i).id;

        const HttpResult result = m_server.get(u"/api/v1/buyers?"_s + query, m_s1);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(u"total"_s).toInteger(), rows.size());
        QCOMPARE(ids(result), expected);
        const QJsonObject first = result.object().value(u"items"_s).toArray().at(0).toObject();
        for (const QString& column :
             {u"segment"_s, u"orders_90d"_s, u"avg_check_kopecks"_s, u"revenue_kopecks"_s, u"last_order"_s,
              u"gender"_s, u"age_band"_s, u"region"_s, u"interests"_s, u"recommended_products"_s,
              u"last_communication"_s, u"chat"_s})
            QVERIFY2(first.contains(column), qPrintable(column)); // BUY-1 columns
    }

    void buyers_BUY2_actionFilterAndSearch()
    {
        // B001 viewed P1 a day ago; B035 viewed it too but never ordered from S1 (BUY-1); B003's
        // view is outside the 90 days.
        QCOMPARE(ids(m_server.get(u"/api/v1/buyers?action=view&action_product=P1"_s, m_s1)),
                 QStringList{u"B001"_s});
        QCOMPARE(
            ids(m_server.get(
                u"/api/v1/buyers?action=cart&action_product=P3&action_from=2026-11-10&action_to=2026-11-20"_s,
                m_s1)),
            QStringList{u"B002"_s});
        const QStringList ordered =
            ids(m_server.get(u"/api/v1/buyers?action=order&action_product=P1&page_size=500"_s, m_s1));
        const qint64 expectedOrdered = scalar(
            u"SELECT COUNT(DISTINCT o.buyer_id) FROM orders o JOIN order_items i ON i.order_id = o.order_id"
            " WHERE o.seller_id = 'S1' AND i.product_id = 'P1' AND o.status IN ('delivered', 'in_progress')"
            " AND o.order_date >= '2026-08-23' AND o.order_date <= '2026-11-20'"_s);
        QCOMPARE(ordered.size(), expectedOrdered);
        QCOMPARE(ids(m_server.get(u"/api/v1/buyers?search=b01&sort=buyer_id&order=asc&page_size=3"_s, m_s1)),
                 (QStringList{u"B010"_s, u"B011"_s, u"B012"_s}));
        // Tenant isolation: S2 sees its own buyers only.
        const QStringList s2 = ids(m_server.get(u"/api/v1/buyers?page_size=500"_s, m_s2));
        QVERIFY(s2.contains(u"B035"_s));
        QVERIFY(!s2.contains(u"B002"_s));
    }

    void buyers_BUY2_badParametersAndFutureDates()
    {
        HttpResult result = m_server.get(u"/api/v1/buyers?sort=password"_s, m_s1);
        QCOMPARE(result.status, 400);
        QVERIFY(result.fieldErrors().contains(u"sort:invalid_value"_s));
        result = m_server.get(u"/api/v1/buyers?segment=vip&avg_check_min=abc"_s, m_s1);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.fieldErrors().size(), 2);
        result = m_server.get(u"/api/v1/buyers?action=view&action_from=2026-11-21"_s, m_s1);
        QCOMPARE(result.status, 422); // BUY-2: future dates are disabled
        QVERIFY(result.fieldErrors().contains(u"action_from:invalid_value"_s));
        result = m_server.get(u"/api/v1/buyers?last_communication_from=2026-01-01"_s, m_s1);
        QCOMPARE(result.status, 422); // BUY-2: not earlier than 3 months back
    }

    void portrait_POR1_POR2_andOrConditionsFollowTheReach()
    {
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {u"segments"_s, QJsonArray{u"regular"_s, u"new"_s}},
                    {u"conditions"_s,
                     QJsonObject{
                         {u"op"_s, u"or"_s},
                         {u"items"_s,
                          QJsonArray{
                              QJsonObject{
                                  {u"op"_s, u"and"_s},
                                  {u"items"_s, QJsonArray{QJsonObject{{u"field"_s, u"gender"_s},
                                                                      {u"in"_s, QJsonArray{u"f"_s}}},
                                                          QJsonObject{{u"field"_s, u"age_band"_s},
                                                                      {u"in"_s, QJsonArray{u"25-34"_s}}}}}},
                              QJsonObject{{u"field"_s, u"region"_s}, {u"in"_s, QJsonArray{u"Moscow"_s}}}}}}}})
                .toJson();
        const HttpResult result = m_server.request("POST", u"/api/v1/portrait"_s, m_s1, body);
        QCOMPARE(result.status, 200);
        const qint64 expected = scalar(
            u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1' AND segment IN ('regular', 'new')"
            " AND ((gender = 'f' AND age_band = '25-34') OR region = 'Moscow')"_s);
        QVERIFY(expected > 0);
        const QJsonObject portrait = result.object();
        QCOMPARE(portrait.value(u"reach"_s).toInteger(), expected);
        qint64 bucketSum = 0;
        for (const QJsonValue& bucket : portrait.value(u"avg_check_buckets"_s).toArray())
            bucketSum += bucket.toObject().value(u"buyers"_s).toInteger();
        QCOMPARE(bucketSum, expected);
        qint64 ageGenderSum = 0;
        for (const QJsonValue& cell : portrait.value(u"age_gender"_s).toArray())
            ageGenderSum += cell.toObject().value(u"buyers"_s).toInteger();
        QCOMPARE(ageGenderSum, expected);
        const QJsonArray regions = portrait.value(u"regions"_s).toArray();
        QVERIFY(!regions.isEmpty());
        QCOMPARE(regions.at(0).toObject().value(u"region"_s).toString(), u"Moscow"_s);

        const HttpResult bad = m_server.request("POST", u"/api/v1/portrait"_s, m_s1,
                                                R"({"conditions":{"op":"xor","items":[]},"extra":1})");
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.fieldErrors().contains(u"extra:unknown_field"_s));
        QVERIFY(bad.fieldErrors().contains(u"conditions.op:invalid_value"_s));
    }

    void communications_WIZ8_idempotentCreate_sameKeyCreatesNothing()
    {
        const QString key = newKey();
        const qint64 before = scalar(u"SELECT COUNT(*) FROM communications WHERE seller_id = 'S1'"_s);
        const HttpResult first =
            m_server.request("POST", u"/api/v1/communications"_s, m_s1, validMailing(), idempotency(key));
        QCOMPARE(first.status, 201);
        const QJsonObject created = first.object();
        QCOMPARE(created.value(u"status"_s).toString(), u"on_moderation"_s);
        QCOMPARE(created.value(u"format"_s).toString(), u"mailing"_s);
        QCOMPARE(created.value(u"recipients"_s).toInt(), 10);
        QCOMPARE(created.value(u"idempotency_key"_s).toString(), key);
        const HttpResult again =
            m_server.request("POST", u"/api/v1/communications"_s, m_s1, validMailing(), idempotency(key));
        QVERIFY(again.status == 200 || again.status == 201);
        QCOMPARE(again.object(), created);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM communications WHERE seller_id = 'S1'"_s), before + 1);
        // The same key of another seller is another request.
        const HttpResult other = m_server.request(
            "POST", u"/api/v1/communications"_s, m_s2,
            QJsonDocument(
                QJsonObject{{u"audience"_s, QJsonObject{{u"segments"_s, QJsonArray{u"regular"_s, u"new"_s}}}},
                            {u"offer"_s, QJsonObject{{u"type"_s, u"product_promotion"_s}}},
                            {u"format"_s, QJsonObject{{u"type"_s, u"banner"_s},
                                                      {u"target"_s, QJsonObject{{u"kind"_s, u"showcase"_s}}},
                                                      {u"creative"_s, u"generated"_s},
                                                      {u"start"_s, u"2026-11-21"_s},
                                                      {u"end"_s, u"2026-11-30"_s},
                                                      {u"daily_budget_kopecks"_s, 60000}}}})
                .toJson(),
            idempotency(key));
        QCOMPARE(other.status, 201);
        QVERIFY(other.object().value(u"id"_s) != created.value(u"id"_s));
        QCOMPARE(other.object().value(u"cost_kopecks"_s).toInteger(), 600000);
        // Quota used (STA-1).
        QCOMPARE(
            m_server.get(u"/api/v1/seller"_s, m_s1).object().value(u"quota_left"_s).toInt(),
            25000 -
                scalar(
                    u"SELECT SUM(recipients) FROM communications WHERE seller_id = 'S1' AND format = 'mailing'"_s));
    }

    void communications_errors_400MalformedWrongTypeUnknownFieldMissingKey()
    {
        HttpResult result =
            m_server.request("POST", u"/api/v1/communications"_s, m_s1, "{not json", idempotency(newKey()));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), u"malformed_json"_s);
        result = m_server.request("POST", u"/api/v1/communications"_s, m_s1, "[1,2]", idempotency(newKey()));
        QCOMPARE(result.status, 400);
        QJsonObject body = QJsonDocument::fromJson(validMailing()).object();
        body.insert(u"name"_s, 5);
        body.insert(u"bogus"_s, true);
        result = m_server.request("POST", u"/api/v1/communications"_s, m_s1, QJsonDocument(body).toJson(),
                                  idempotency(newKey()));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.errorCode(), u"invalid_body"_s);
        QVERIFY2(result.fieldErrors().contains(u"name:wrong_type"_s),
                 qPrintable(result.fieldErrors().join(u' ')));
        QVERIFY2(result.fieldErrors().contains(u"bogus:unknown_field"_s),
                 qPrintable(result.fieldErrors().join(u' ')));
        result = m_server.request("POST", u"/api/v1/communications"_s, m_s1, validMailing());
        QCOMPARE(result.status, 400);
        QVERIFY(result.fieldErrors().contains(u"Idempotency-Key:required"_s));
    }

    void communications_WIZ5_WIZ6_SYN5_ruleViolationsAre422WithEveryField()
    {
        QJsonObject body = QJsonDocument::fromJson(validMailing()).object();
        body.insert(u"offer"_s, QJsonObject{{u"type"_s, u"order_discount"_s},
                                            {u"percent"_s, 95},
                                            {u"min_order_kopecks"_s, 300000},
                                            {u"start"_s, u"2026-11-19"_s},
                                            {u"end"_s, u"2026-12-20"_s}});
        QJsonObject format = body.value(u"format"_s).toObject();
        format.insert(u"text"_s, u"short"_s);
        format.insert(u"send_date"_s, u"2026-11-01"_s);
        body.insert(u"format"_s, format);
        const qint64 before = scalar(u"SELECT COUNT(*) FROM communications"_s);
        HttpResult result = m_server.request("POST", u"/api/v1/communications"_s, m_s1,
                                             QJsonDocument(body).toJson(), idempotency(newKey()));
        QCOMPARE(result.status, 422);
        const QStringList fields = result.fieldErrors();
        QVERIFY2(fields.contains(u"offer.percent:out_of_range"_s), qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(u"format.text:too_short"_s), qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(u"offer.start:date_in_past"_s), qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(u"format.send_date:date_in_past"_s), qPrintable(fields.join(u' ')));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM communications"_s), before);
        // SYN-5: a seller without Premium Plus cannot send a mailing, whatever the client says.
        result = m_server.request("POST", u"/api/v1/communications"_s, m_s2, validMailing(),
                                  idempotency(newKey()));
        QCOMPARE(result.status, 422);
        QVERIFY2(result.fieldErrors().contains(u"format.type:format_not_allowed"_s),
                 qPrintable(result.fieldErrors().join(u' ')));
    }

    void communications_COM6_getListDeleteAndTenantIsolation()
    {
        const QString id = createCommunication(m_s1);
        QVERIFY(!id.isEmpty());
        HttpResult result = m_server.get(u"/api/v1/communications/"_s + id, m_s1);
        QCOMPARE(result.status, 200);
        QVERIFY(result.object().value(u"metrics"_s).isArray());
        QVERIFY(ids(m_server.get(
                        u"/api/v1/communications?format=mailing&status=on_moderation&page_size=500"_s, m_s1))
                    .contains(id));
        QVERIFY(!ids(m_server.get(u"/api/v1/communications?format=banner"_s, m_s1)).contains(id));
        const HttpResult all = m_server.get(u"/api/v1/communications?page_size=500"_s, m_s1);
        const qint64 stored = scalar(u"SELECT COUNT(*) FROM communications WHERE seller_id = 'S1'"_s);
        QVERIFY(stored >= 2);
        QCOMPARE(all.object().value(u"total"_s).toInteger(), stored);
        QCOMPARE(ids(all).size(), stored); // every row, each with its metrics
        // Another seller's communication does not exist for S2.
        QCOMPARE(m_server.get(u"/api/v1/communications/"_s + id, m_s2).status, 404);
        QCOMPARE(m_server.request("DELETE", u"/api/v1/communications/"_s + id, m_s2).status, 404);
        QVERIFY(!ids(m_server.get(u"/api/v1/communications?page_size=500"_s, m_s2)).contains(id));
        // COM-6: deleted while on moderation, then it is gone.
        QCOMPARE(m_server.request("DELETE", u"/api/v1/communications/"_s + id, m_s1).status, 204);
        QCOMPARE(m_server.get(u"/api/v1/communications/"_s + id, m_s1).status, 404);
        QCOMPARE(m_server.request("DELETE", u"/api/v1/communications/"_s + id, m_s1).status, 404);
        // COM-6: an approved one cannot be deleted.
        const QString approved = createCommunication(m_s1);
        QCOMPARE(m_server.runCommand({u"moderate"_s, u"--db"_s, m_server.dbArgument(), u"--communication"_s,
                                      approved, u"--approve"_s}),
                 0);
        result = m_server.request("DELETE", u"/api/v1/communications/"_s + approved, m_s1);
        QCOMPARE(result.status, 409);
        QCOMPARE(result.errorCode(), u"not_on_moderation"_s);
        QCOMPARE(m_server.get(u"/api/v1/communications/"_s + approved, m_s1)
                     .object()
                     .value(u"status"_s)
                     .toString(),
                 u"scheduled"_s);
    }

    void sync_fullThenIncrementalWithTombstones()
    {
        // Full sync in small pages.
        QString cursor;
        QHash<QString, QSet<QString>> seen;
        int pages = 0;
        bool more = true;
        while (more && pages < 200) {
            const HttpResult page = m_server.get(u"/api/v1/sync?limit=7&cursor="_s + cursor, m_s1);
            QCOMPARE(page.status, 200);
            const QJsonObject object = page.object();
            QCOMPARE(object.value(u"schema_version"_s).toInt(), 1);
            QVERIFY(object.value(u"changes"_s).toArray().size() <= 7);
            for (const QJsonValue& change : object.value(u"changes"_s).toArray()) {
                const QJsonObject c = change.toObject();
                if (c.value(u"op"_s).toString() == u"upsert")
                    seen[c.value(u"type"_s).toString()].insert(c.value(u"id"_s).toString());
                else
                    seen[c.value(u"type"_s).toString()].remove(c.value(u"id"_s).toString());
            }
            cursor = object.value(u"cursor"_s).toString();
            more = object.value(u"has_more"_s).toBool();
            ++pages;
        }
        QVERIFY(!more);
        QVERIFY(pages > 3);
        QCOMPARE(seen.value(u"buyer"_s).size(),
                 scalar(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1'"_s));
        QCOMPARE(seen.value(u"product"_s), (QSet<QString>{u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s}));
        QCOMPARE(seen.value(u"seller"_s), QSet<QString>{u"S1"_s});
        QCOMPARE(seen.value(u"segmentation"_s), QSet<QString>{u"current"_s});
        QCOMPARE(seen.value(u"communication"_s).size(),
                 scalar(u"SELECT COUNT(*) FROM communications WHERE seller_id = 'S1'"_s));

        // Up to date: an empty last page, the same position.
        HttpResult page = m_server.get(u"/api/v1/sync?cursor="_s + cursor, m_s1);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object().value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(page.object().value(u"has_more"_s).toBool(), false);

        // A write shows up in the feed; another seller's write does not.
        const QString id = createCommunication(m_s1);
        page = m_server.get(u"/api/v1/sync?cursor="_s + cursor, m_s1);
        QCOMPARE(page.status, 200);
        QJsonArray changes = page.object().value(u"changes"_s).toArray();
        const auto contains = [](const QJsonArray& list, const QString& type, const QString& changeId,
                                 const QString& op) {
            return std::any_of(list.begin(), list.end(), [&](const QJsonValue& value) {
                const QJsonObject c = value.toObject();
                return c.value(u"type"_s) == type && c.value(u"id"_s) == changeId && c.value(u"op"_s) == op;
            });
        };
        QVERIFY(contains(changes, u"communication"_s, id, u"upsert"_s));
        QCOMPARE(m_server.get(u"/api/v1/sync?cursor="_s + cursor, m_s2)
                     .object()
                     .value(u"changes"_s)
                     .toArray()
                     .size(),
                 0);
        cursor = page.object().value(u"cursor"_s).toString();

        // A deletion is a tombstone.
        QCOMPARE(m_server.request("DELETE", u"/api/v1/communications/"_s + id, m_s1).status, 204);
        page = m_server.get(u"/api/v1/sync?cursor="_s + cursor, m_s1);
        changes = page.object().value(u"changes"_s).toArray();
        QVERIFY(contains(changes, u"communication"_s, id, u"delete"_s));
    }

    void sync_cursorExpiredAndBadParameters()
    {
        HttpResult result = m_server.get(u"/api/v1/sync?cursor=999999999999"_s, m_s1);
        QCOMPARE(result.status, 409);
        QCOMPARE(result.errorCode(), u"cursor_expired"_s);
        result = m_server.get(u"/api/v1/sync?cursor=not-ours"_s, m_s1);
        QCOMPARE(result.status, 400);
        QCOMPARE(m_server.get(u"/api/v1/sync?limit=0"_s, m_s1).status, 400);
        QCOMPARE(m_server.get(u"/api/v1/sync?limit=50001"_s, m_s1).status, 400);
    }

    void wizard_WIZ6_calendarDisablesDatesWithReasons()
    {
        HttpResult result =
            m_server.get(u"/api/v1/calendar?from=2026-11-18&to=2026-12-05&promotion_id=PR2"_s, m_s1);
        QCOMPARE(result.status, 200);
        QHash<QString, QString> reasons;
        for (const QJsonValue& day : result.object().value(u"disabled"_s).toArray())
            reasons.insert(day.toObject().value(u"date"_s).toString(),
                           day.toObject().value(u"reason"_s).toString());
        QCOMPARE(reasons.value(u"2026-11-19"_s), u"in_past"_s);
        QVERIFY(!reasons.contains(u"2026-11-20"_s));
        QVERIFY(!reasons.contains(u"2026-11-30"_s));
        QCOMPARE(reasons.value(u"2026-12-01"_s), u"after_promotion_end"_s);
        QCOMPARE(result.object().value(u"first_available"_s).toString(), u"2026-11-20"_s);
        QCOMPARE(m_server.get(u"/api/v1/calendar?promotion_id=PR3"_s, m_s1).status, 404); // S2's promotion
        QCOMPARE(m_server.get(u"/api/v1/calendar?from=2026-12-05&to=2026-11-01"_s, m_s1).status, 400);
    }

    void wizard_WIZ5_bonusQuoteAndBannerForecastAndImage()
    {
        HttpResult result =
            m_server.request("POST", u"/api/v1/bonus-quotes"_s, m_s1,
                             R"({"bonuses_per_buyer":500,"recipients":20,"validity_days":14})");
        QCOMPARE(result.status, 200);
        const QJsonObject quote = result.object();
        QCOMPARE(quote.value(u"gross_kopecks"_s).toInteger(), 500LL * 20 * 100);
        QCOMPARE(quote.value(u"net_kopecks"_s).toInteger(),
                 quote.value(u"gross_kopecks"_s).toInteger() -
                     quote.value(u"discount_kopecks"_s).toInteger());
        QVERIFY(!quote.value(u"discounts"_s).toArray().isEmpty()); // Premium Plus discount at least
        result = m_server.request("POST", u"/api/v1/bonus-quotes"_s, m_s1,
                                  R"({"bonuses_per_buyer":20,"validity_days":15})");
        QCOMPARE(result.status, 422);
        QVERIFY2(result.fieldErrors().size() >= 2, qPrintable(result.fieldErrors().join(u' ')));
        result = m_server.request("POST", u"/api/v1/bonus-quotes"_s, m_s1, R"({"bonuses_per_buyer":"many"})");
        QCOMPARE(result.status, 400);

        result =
            m_server.request("POST", u"/api/v1/banner-forecasts"_s, m_s1,
                             R"({"daily_budget_kopecks":100000,"start":"2026-11-21","end":"2026-11-30"})");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(u"spend_kopecks"_s).toInteger(), 1000000);
        QCOMPARE(result.object().value(u"days"_s).toInt(), 10);
        result = m_server.request("POST", u"/api/v1/banner-forecasts"_s, m_s1,
                                  R"({"daily_budget_kopecks":100,"start":"2026-11-21","end":"2026-11-01"})");
        QCOMPARE(result.status, 422);
        QVERIFY(result.fieldErrors().contains(u"daily_budget_kopecks:out_of_range"_s));
        QVERIFY(result.fieldErrors().contains(u"end:date_order"_s));

        result = m_server.request("POST", u"/api/v1/banner-images"_s, m_s1,
                                  R"({"target":{"kind":"product","id":"P1"}})");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.headers.value("content-type"), QByteArrayLiteral("image/png"));
        QVERIFY(result.body.startsWith("\x89PNG\r\n\x1a\n"));
        const auto be32 = [&](int offset) {
            return (static_cast<quint8>(result.body.at(offset)) << 24) |
                   (static_cast<quint8>(result.body.at(offset + 1)) << 16) |
                   (static_cast<quint8>(result.body.at(offset + 2)) << 8) |
                   static_cast<quint8>(result.body.at(offset + 3));
        };
        QCOMPARE(be32(16), 1200); // IHDR width
        QCOMPARE(be32(20), 400);  // IHDR height
        const HttpResult same = m_server.request("POST", u"/api/v1/banner-images"_s, m_s1,
                                                 R"({"target":{"kind":"product","id":"P1"}})");
        QCOMPARE(same.body, result.body);
        QCOMPARE(m_server
                     .request("POST", u"/api/v1/banner-images"_s, m_s1,
                              R"({"target":{"kind":"product","id":"P5"}})")
                     .status,
                 422); // S2's product
    }

    void transport_oversizedBodyIs413()
    {
        const QByteArray huge(13 * 1024 * 1024, 'x');
        const HttpResult result =
            m_server.request("POST", u"/api/v1/communications"_s, m_s1, huge, idempotency(newKey()));
        QCOMPARE(result.status, 413);
        QCOMPARE(result.errorCode(), u"payload_too_large"_s);
        // Answered from the headers, without waiting for the body.
        const auto answers = rawExchange(
            m_server.port(),
            "POST /api/v1/communications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 50000000\r\n\r\n{",
            1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).first, 413);
        QCOMPARE(m_server.get(u"/api/v1/seller"_s, m_s1).status, 200);
    }

    void transport_pipelinedRequestsAnswerInOrder()
    {
        const QByteArray auth = "Authorization: Bearer " + m_s1.toUtf8() + "\r\n";
        QByteArray requests;
        const QList<QByteArray> paths{"/api/v1/seller", "/api/v1/categories", "/api/v1/buyers?page_size=1",
                                      "/api/v1/collections", "/api/v1/nothing"};
        for (const QByteArray& path : paths)
            requests += "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n";
        const auto answers = rawExchange(m_server.port(), requests, static_cast<int>(paths.size()));
        QCOMPARE(answers.size(), paths.size());
        QVERIFY(answers.at(0).second.contains("\"plan\""));
        QVERIFY(answers.at(1).second.contains("CAT1"));
        QVERIFY(answers.at(2).second.contains("\"total\""));
        QVERIFY(answers.at(3).second.contains("COL1"));
        QCOMPARE(answers.at(4).first, 404);
    }

    void transport_killedAndBrokenConnectionsDoNotCrash()
    {
        {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, m_server.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(
                "POST /api/v1/communications HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"name\":");
            socket.flush();
            QTest::qWait(100);
            socket.abort(); // killed mid-body
        }
        {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, m_server.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /api/v1/sync?limit=5000 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                         m_s1.toUtf8() + "\r\n\r\n");
            socket.flush();
            socket.abort(); // gone before the answer
        }
        {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, m_server.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("\x16\x03\x01 garbage that is not HTTP\r\n\r\n");
            socket.flush();
            socket.waitForDisconnected(2000);
        }
        QTest::qWait(200);
        QVERIFY(m_server.isRunning());
        QCOMPARE(m_server.get(u"/api/v1/seller"_s, m_s1).status, 200);
    }

    void transport_rateLimit429_idleTimeout_autoModeration()
    {
        ApiTestServer limited;
        QVERIFY2(m_server.startAnother(limited, {u"--rate-limit"_s, u"5"_s, u"--idle-timeout"_s, u"1"_s,
                                                 u"--moderation-delay"_s, u"0"_s}),
                 qPrintable(limited.lastError()));
        int tooMany = 0;
        for (int i = 0; i < 20; ++i) {
            const HttpResult result = limited.get(u"/api/v1/seller"_s, m_s1);
            if (result.status == 429) {
                ++tooMany;
                QCOMPARE(result.errorCode(), u"rate_limited"_s);
                QCOMPARE(result.headers.value("retry-after"), QByteArrayLiteral("1"));
            }
        }
        QVERIFY(tooMany > 0);
        QTest::qWait(1100);

        // A slow client that never finishes its request is disconnected.
        QTcpSocket slow;
        slow.connectToHost(u"127.0.0.1"_s, limited.port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /api/v1/seller HTTP/1.1\r\nHost: x\r\n");
        slow.flush();
        QVERIFY(slow.waitForDisconnected(5000));

        // --moderation-delay 0: a new communication is approved automatically.
        const HttpResult created =
            limited.request("POST", u"/api/v1/communications"_s, m_s1, validMailing(), idempotency(newKey()));
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        QString status;
        for (int attempt = 0; attempt < 40 && status != u"scheduled"; ++attempt) {
            QTest::qWait(250); // stays under the rate limit
            const HttpResult polled = limited.get(u"/api/v1/communications/"_s + id, m_s1);
            if (polled.status == 200)
                status = polled.object().value(u"status"_s).toString();
        }
        QCOMPARE(status, u"scheduled"_s);
    }
};

QTEST_GUILESS_MAIN(ServerApiTest)
#include "tst_ServerApi.moc"
