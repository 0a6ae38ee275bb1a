// Saved audiences (POR-2) end to end: the real server process on a loopback port with a store
// loaded by `import` (SQLite, or PostgreSQL under the second registration). Create, list, get and
// delete; validation; idempotency; tenant isolation; the sync feed with tombstones; the recount
// by the segmentation job; a mailing to a saved audience resolved to its recipients when it is sent.
#include "ApiTestServer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QList<QPair<QByteArray, QByteArray>> idempotency(const QString& key)
{
    return {{QByteArrayLiteral("Idempotency-Key"), key.toUtf8()}};
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject among(const QString& field, const QString& value)
{
    return QJsonObject{{u"field"_s, field}, {u"in"_s, QJsonArray{value}}};
}

// Women OR buyers from Moscow, among Regular and New buyers.
QJsonObject womenOrMoscow(const QString& name)
{
    return QJsonObject{
        {u"name"_s, name},
        {u"segments"_s, QJsonArray{u"regular"_s, u"new"_s}},
        {u"conditions"_s, QJsonObject{{u"op"_s, u"or"_s},
                                      {u"items"_s, QJsonArray{among(u"gender"_s, u"f"_s),
                                                              among(u"region"_s, u"Moscow"_s)}}}}};
}

const QString womenOrMoscowSql =
    u" FROM segment_results WHERE seller_id = 'S1' AND segment IN ('regular', 'new')"
    " AND (gender = 'f' OR region = 'Moscow')"_s;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray mailingTo(const QString& audienceId, qint64 recipients)
{
    return json(QJsonObject{
        {u"name"_s, u"For the saved audience"_s},
        {u"audience"_s, QJsonObject{{u"saved_audience_id"_s, audienceId}}},
        {u"offer"_s, QJsonObject{{u"type"_s, u"product_promotion"_s}}},
        {u"format"_s, QJsonObject{{u"type"_s, u"mailing"_s},
                                  {u"target"_s, QJsonObject{{u"kind"_s, u"showcase"_s}}},
                                  {u"recipients"_s, recipients},
                                  {u"send_date"_s, u"2026-11-25"_s},
                                  {u"title"_s, u"New arrivals"_s},
                                  {u"text"_s, u"Check out the new phone cases in our store"_s}}}});
}

bool hasChange(const QJsonArray& changes, const QString& id, const QString& op)
{
    return std::any_of(changes.begin(), changes.end(), [&](const QJsonValue& value) {
        const QJsonObject change = value.toObject();
        return change.value(u"type"_s) == u"audience"_s && change.value(u"id"_s) == id &&
               change.value(u"op"_s) == op;
    });
}

} // namespace

class ServerAudiencesTest final : public QObject
{
    Q_OBJECT

private:
    ApiTestServer m_server;
    QString m_s1;
    QString m_s2;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_server.sql());
        if (!query.exec(sql) || !query.next())
            qWarning() << "SQL failed" << sql << query.lastError().text();
        return query.value(0).toLongLong();
    }

    QStringList column(const QString& sql)
    {
        QSqlQuery query(m_server.sql());
        QStringList values;
        if (!query.exec(sql))
            qWarning() << "SQL failed" << sql << query.lastError().text();
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    bool execute(const QString& sql)
    {
        QSqlQuery query(m_server.sql());
        if (query.exec(sql))
            return true;
        qWarning() << "SQL failed" << sql << query.lastError().text();
        return false;
    }

    HttpResult create(const QJsonObject& body, const QString& token, const QString& key = newKey())
    {
        return m_server.request("POST", u"/api/v1/audiences"_s, token, json(body), idempotency(key));
    }

    QString createdId(const QJsonObject& body)
    {
        const HttpResult created = create(body, m_s1);
        if (created.status != 201)
            qWarning() << created.status << created.body;
        return created.object().value(u"id"_s).toString();
    }

    // The feed of S1 from `cursor` to its end; `cursor` moves to the end.
    QJsonArray feedSince(QString& cursor, const QString& token)
    {
        QJsonArray changes;
        for (int page = 0; page < 500; ++page) {
            const HttpResult result = m_server.get(u"/api/v1/sync?limit=5000&cursor="_s + cursor, token);
            if (result.status != 200) {
                qWarning() << result.status << result.body;
                break;
            }
            const QJsonObject object = result.object();
            for (const QJsonValue& change : object.value(u"changes"_s).toArray())
                changes.append(change);
            cursor = object.value(u"cursor"_s).toString();
            if (!object.value(u"has_more"_s).toBool())
                break;
        }
        return changes;
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

    void POR2_createGetListDelete()
    {
        const HttpResult created = create(womenOrMoscow(u"Women or Moscow"_s), m_s1);
        QCOMPARE(created.status, 201);
        const QJsonObject audience = created.object();
        const QString id = audience.value(u"id"_s).toString();
        QVERIFY(id.startsWith(u'A'));
        QCOMPARE(audience.value(u"name"_s).toString(), u"Women or Moscow"_s);
        QCOMPARE(audience.value(u"segments"_s).toArray(), (QJsonArray{u"regular"_s, u"new"_s}));
        QCOMPARE(audience.value(u"subsegments"_s).toArray(), QJsonArray());
        QCOMPARE(audience.value(u"conditions"_s).toObject(), womenOrMoscow(QString()).value(u"conditions"_s).toObject());
        const qint64 own = scalar(u"SELECT COUNT(*)"_s + womenOrMoscowSql);
        QVERIFY(own > 0);
        QCOMPARE(audience.value(u"own_buyers"_s).toInteger(), own);
        QCOMPARE(audience.value(u"potential_buyers"_s).toInteger(), 0);

        // Every buyer the seller knows, Potential included, when no segment is named.
        const HttpResult everyone = create(
            QJsonObject{{u"name"_s, u"Everyone from Kazan"_s},
                        {u"conditions"_s, QJsonObject{{u"op"_s, u"and"_s},
                                                      {u"items"_s, QJsonArray{among(u"region"_s, u"Kazan"_s)}}}}},
            m_s1);
        QCOMPARE(everyone.status, 201);
        QCOMPARE(everyone.object().value(u"own_buyers"_s).toInteger() +
                     everyone.object().value(u"potential_buyers"_s).toInteger(),
                 scalar(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1' AND region = 'Kazan'"_s));
        QCOMPARE(everyone.object().value(u"potential_buyers"_s).toInteger(),
                 scalar(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1' AND region = 'Kazan'"
                        " AND segment = 'potential'"_s));

        const HttpResult fetched = m_server.get(u"/api/v1/audiences/"_s + id, m_s1);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.object(), audience);

        const HttpResult listed = m_server.get(u"/api/v1/audiences"_s, m_s1);
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.object().value(u"items"_s).toArray();
        QCOMPARE(listed.object().value(u"total"_s).toInteger(), items.size());
        QStringList names;
        for (const QJsonValue& item : items)
            names << item.toObject().value(u"name"_s).toString();
        QVERIFY(names.contains(u"Women or Moscow"_s));
        QVERIFY(names.contains(u"Everyone from Kazan"_s));
        QVERIFY(std::is_sorted(names.begin(), names.end(),
                               [](const QString& a, const QString& b) { return a.toCaseFolded() < b.toCaseFolded(); }));

        QCOMPARE(m_server.request("DELETE", u"/api/v1/audiences/"_s + id, m_s1).status, 204);
        QCOMPARE(m_server.get(u"/api/v1/audiences/"_s + id, m_s1).status, 404);
        QCOMPARE(m_server.request("DELETE", u"/api/v1/audiences/"_s + id, m_s1).status, 404);
        QCOMPARE(m_server.request("DELETE", u"/api/v1/audiences/"_s + everyone.object().value(u"id"_s).toString(),
                                  m_s1)
                     .status,
                 204);
    }

    void POR2_validationErrorsAre422WithEveryField()
    {
        const qint64 before = scalar(u"SELECT COUNT(*) FROM saved_audiences"_s);
        const HttpResult invalid =
            create(QJsonObject{{u"name"_s, u"   "_s},
                               {u"segments"_s, QJsonArray{u"gold"_s}},
                               {u"subsegments"_s, u"top"_s},
                               {u"conditions"_s, QJsonObject{{u"op"_s, u"xor"_s}, {u"items"_s, QJsonArray()}}},
                               {u"colour"_s, u"red"_s}},
                   m_s1);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.errorCode(), u"validation_failed"_s);
        const QStringList fields = invalid.fieldErrors();
        QVERIFY2(fields.contains(u"name:required"_s), qPrintable(fields.join(u' ')));
        QVERIFY(fields.contains(u"segments[0]:invalid_value"_s));
        QVERIFY(fields.contains(u"subsegments:wrong_type"_s));
        QVERIFY(fields.contains(u"conditions.op:invalid_value"_s));
        QVERIFY(fields.contains(u"colour:unknown_field"_s));

        const HttpResult tooLong = create(QJsonObject{{u"name"_s, QString(101, u'x')}}, m_s1);
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.fieldErrors(), QStringList{u"name:too_long"_s});
        QCOMPARE(create(QJsonObject{{u"name"_s, QString(100, u'x')}}, m_s1).status, 201);

        const HttpResult badLeaf = create(
            QJsonObject{{u"name"_s, u"Bad range"_s},
                        {u"conditions"_s,
                         QJsonObject{{u"op"_s, u"and"_s},
                                     {u"items"_s, QJsonArray{QJsonObject{{u"field"_s, u"avg_check"_s},
                                                                         {u"min_kopecks"_s, u"cheap"_s}},
                                                             QJsonObject{{u"field"_s, u"shoe_size"_s},
                                                                         {u"in"_s, QJsonArray{u"42"_s}}}}}}}},
            m_s1);
        QCOMPARE(badLeaf.status, 422);
        QCOMPARE(badLeaf.fieldErrors(), (QStringList{u"conditions.items[0].min_kopecks:wrong_type"_s,
                                                     u"conditions.items[1].field:invalid_value"_s}));

        const HttpResult malformed =
            m_server.request("POST", u"/api/v1/audiences"_s, m_s1, "{\"name\": ", idempotency(newKey()));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), u"malformed_json"_s);
        const HttpResult noKey =
            m_server.request("POST", u"/api/v1/audiences"_s, m_s1, json(womenOrMoscow(u"No key"_s)));
        QCOMPARE(noKey.status, 400);
        QVERIFY(noKey.fieldErrors().contains(u"Idempotency-Key:required"_s));

        QCOMPARE(create(womenOrMoscow(u"Loyal women"_s), m_s1).status, 201);
        const HttpResult duplicate = create(womenOrMoscow(u"  loyal WOMEN "_s), m_s1);
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.errorCode(), u"name_taken"_s);
        QCOMPARE(duplicate.fieldErrors(), QStringList{u"name:not_unique"_s});
        // Names are unique per seller: another seller may use the same one.
        QCOMPARE(create(womenOrMoscow(u"Loyal women"_s), m_s2).status, 201);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM saved_audiences"_s), before + 3);
    }

    void POR2_sameIdempotencyKeyCreatesOnce()
    {
        const QString key = newKey();
        const qint64 before = scalar(u"SELECT COUNT(*) FROM saved_audiences WHERE seller_id = 'S1'"_s);
        const HttpResult first = create(womenOrMoscow(u"Retried"_s), m_s1, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.object().value(u"idempotency_key"_s).toString(), key);
        const HttpResult again = create(womenOrMoscow(u"Retried"_s), m_s1, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArrayLiteral("true"));
        QCOMPARE(again.object(), first.object());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM saved_audiences WHERE seller_id = 'S1'"_s), before + 1);
        // The same key of another seller is another request.
        const HttpResult other = create(womenOrMoscow(u"Retried"_s), m_s2, key);
        QCOMPARE(other.status, 201);
        QVERIFY(other.object().value(u"id"_s) != first.object().value(u"id"_s));
    }

    void POR2_anotherSellersAudienceIs404()
    {
        const QString id = createdId(womenOrMoscow(u"Private to S1"_s));
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_server.get(u"/api/v1/audiences/"_s + id, m_s2).status, 404);
        QCOMPARE(m_server.request("DELETE", u"/api/v1/audiences/"_s + id, m_s2).status, 404);
        const QJsonArray theirs = m_server.get(u"/api/v1/audiences"_s, m_s2).object().value(u"items"_s).toArray();
        QVERIFY(std::none_of(theirs.begin(), theirs.end(),
                             [&](const QJsonValue& item) { return item.toObject().value(u"id"_s) == id; }));
        // Nor can another seller's communication use it (SYN-5).
        const HttpResult borrowed = m_server.request("POST", u"/api/v1/communications"_s, m_s2, mailingTo(id, 1),
                                                     idempotency(newKey()));
        QCOMPARE(borrowed.status, 422);
        QVERIFY2(borrowed.fieldErrors().contains(u"audience.saved_audience_id:not_found"_s),
                 qPrintable(borrowed.fieldErrors().join(u' ')));
        QCOMPARE(m_server.get(u"/api/v1/audiences/"_s + id, m_s1).status, 200);
    }

    void POR2_SYN2_feedCarriesAudiencesAndTombstones()
    {
        QString cursor;
        feedSince(cursor, m_s1);
        QString otherCursor;
        feedSince(otherCursor, m_s2);

        const QString id = createdId(womenOrMoscow(u"In the feed"_s));
        QJsonArray changes = feedSince(cursor, m_s1);
        QVERIFY(hasChange(changes, id, u"upsert"_s));
        const auto upsert = std::find_if(changes.begin(), changes.end(), [&](const QJsonValue& value) {
            return value.toObject().value(u"id"_s) == id;
        });
        QJsonObject resource = m_server.get(u"/api/v1/audiences/"_s + id, m_s1).object();
        resource.remove(u"id"_s);
        QCOMPARE(upsert->toObject().value(u"data"_s).toObject(), resource);
        QVERIFY(!hasChange(feedSince(otherCursor, m_s2), id, u"upsert"_s));

        QCOMPARE(m_server.request("DELETE", u"/api/v1/audiences/"_s + id, m_s1).status, 204);
        changes = feedSince(cursor, m_s1);
        QVERIFY(hasChange(changes, id, u"delete"_s));
        QVERIFY(!hasChange(changes, id, u"upsert"_s));
        QVERIFY(!hasChange(feedSince(otherCursor, m_s2), id, u"delete"_s));
    }

    void POR2_SEG7_segmentationRecountsAudiences()
    {
        const QJsonObject fromTver{
            {u"name"_s, u"New buyers from Tver"_s},
            {u"segments"_s, QJsonArray{u"new"_s}},
            {u"conditions"_s, QJsonObject{{u"op"_s, u"and"_s}, {u"items"_s, QJsonArray{among(u"region"_s, u"Tver"_s)}}}}};
        const HttpResult created = create(fromTver, m_s1);
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        QCOMPARE(created.object().value(u"own_buyers"_s).toInteger(), 0);
        QString cursor;
        feedSince(cursor, m_s1);

        // A new buyer from Tver orders from S1; the segmentation job makes them New.
        QVERIFY(execute(u"INSERT INTO buyers (buyer_id, gender, age_band, region) VALUES ('B900', 'f', '25-34', 'Tver')"_s));
        QVERIFY(execute(u"INSERT INTO orders (order_id, seller_id, buyer_id, order_date, total_kopecks, status,"
                        " row_version) VALUES ('O9000', 'S1', 'B900', '2026-11-18', 150000, 'delivered', 0)"_s));
        QVERIFY(execute(u"INSERT INTO order_items (order_id, product_id, quantity, price_kopecks, seller_id)"
                        " VALUES ('O9000', 'P1', 1, 150000, 'S1')"_s));
        QByteArray errors;
        QCOMPARE(m_server.runCommand({u"segmentation"_s, u"--db"_s, m_server.dbArgument(), u"--seller"_s, u"S1"_s,
                                      u"--as-of"_s, QString::fromLatin1(ApiTestServer::asOf)},
                                     nullptr, &errors),
                 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1' AND buyer_id = 'B900'"
                        " AND segment = 'new'"_s),
                 1);

        const QJsonObject recounted = m_server.get(u"/api/v1/audiences/"_s + id, m_s1).object();
        QCOMPARE(recounted.value(u"own_buyers"_s).toInteger(), 1);
        const QJsonArray changes = feedSince(cursor, m_s1);
        QVERIFY(hasChange(changes, id, u"upsert"_s));
        // An audience whose count did not change is not sent again.
        const qint64 version = scalar(u"SELECT row_version FROM saved_audiences WHERE audience_id = '"_s + id + u"'"_s);
        QCOMPARE(m_server.runCommand({u"segmentation"_s, u"--db"_s, m_server.dbArgument(), u"--seller"_s, u"S1"_s,
                                      u"--as-of"_s, QString::fromLatin1(ApiTestServer::asOf)}),
                 0);
        QCOMPARE(scalar(u"SELECT row_version FROM saved_audiences WHERE audience_id = '"_s + id + u"'"_s), version);
    }

    // Last: it restarts the server with a later "today" so the mailing is sent.
    void POR2_WIZ8_mailingToSavedAudienceIsResolvedAtSendTime()
    {
        const HttpResult created = create(womenOrMoscow(u"Send-time audience"_s), m_s1);
        QCOMPARE(created.status, 201);
        const QString audienceId = created.object().value(u"id"_s).toString();
        const qint64 own = created.object().value(u"own_buyers"_s).toInteger();
        QVERIFY(own >= 2);

        // More recipients than the audience has is a field error (WIZ-5 bound, SYN-5).
        const HttpResult tooMany = m_server.request("POST", u"/api/v1/communications"_s, m_s1,
                                                    mailingTo(audienceId, own + 1), idempotency(newKey()));
        QCOMPARE(tooMany.status, 422);
        QVERIFY(tooMany.fieldErrors().contains(u"format.recipients:out_of_range"_s));

        const HttpResult mailing = m_server.request("POST", u"/api/v1/communications"_s, m_s1,
                                                    mailingTo(audienceId, own), idempotency(newKey()));
        QCOMPARE(mailing.status, 201);
        const QString communicationId = mailing.object().value(u"id"_s).toString();
        QCOMPARE(mailing.object().value(u"audience"_s).toObject(),
                 (QJsonObject{{u"saved_audience_id"_s, audienceId}}));
        QCOMPARE(mailing.object().value(u"recipients"_s).toInteger(), own);

        // It waits to be sent to that audience: the audience cannot go.
        const HttpResult inUse = m_server.request("DELETE", u"/api/v1/audiences/"_s + audienceId, m_s1);
        QCOMPARE(inUse.status, 409);
        QCOMPARE(inUse.errorCode(), u"audience_in_use"_s);

        QCOMPARE(m_server.runCommand({u"moderate"_s, u"--db"_s, m_server.dbArgument(), u"--communication"_s,
                                      communicationId, u"--approve"_s}),
                 0);
        m_server.stop();
        ApiTestServer sendDay;
        QVERIFY2(m_server.startAnother(sendDay, {u"--as-of"_s, u"2026-11-25"_s}), qPrintable(sendDay.lastError()));
        QString status;
        for (int attempt = 0; attempt < 80 && status != u"sending" && status != u"sent"; ++attempt) {
            QTest::qWait(250);
            status = sendDay.get(u"/api/v1/communications/"_s + communicationId, m_s1)
                         .object()
                         .value(u"status"_s)
                         .toString();
        }
        QCOMPARE(status, u"sending"_s);
        // Exactly the audience's own buyers as the store has them on the send date, in buyer order.
        const QStringList expected =
            column(u"SELECT buyer_id"_s + womenOrMoscowSql + u" ORDER BY buyer_id LIMIT "_s + QString::number(own));
        const QStringList contacted = column(
            u"SELECT buyer_id FROM segment_results WHERE seller_id = 'S1' AND last_communication = '2026-11-25'"
            " ORDER BY buyer_id"_s);
        QCOMPARE(contacted, expected);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1' AND segment IN ('regular', 'new')"
                       " AND last_communication IS NULL"_s) > 0);
        sendDay.stop();
    }
};

QTEST_GUILESS_MAIN(ServerAudiencesTest)
#include "tst_ServerAudiences.moc"
