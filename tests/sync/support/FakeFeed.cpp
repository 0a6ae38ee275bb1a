#include "FakeFeed.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

FakeFeed::FakeFeed(QObject* parent)
    : QObject(parent)
    , m_server([this](const FakeRequest& request) { return handle(request); })
{
}

int FakeFeed::requestCount(const QByteArray& method, const QString& path) const
{
    return int(std::count_if(requests().cbegin(), requests().cend(), [&](const FakeRequest& request) {
        return request.method == method && request.path.startsWith(path);
    }));
}

void FakeFeed::upsert(const QString& type, const QString& id, const QJsonObject& data)
{
    m_changes.append({type, id, false, data});
}

void FakeFeed::remove(const QString& type, const QString& id)
{
    m_changes.append({type, id, true, {}});
}

QHash<QString, QJsonObject> FakeFeed::live(const QString& type) const
{
    QHash<QString, QJsonObject> rows;
    for (const Change& change : m_changes) {
        if (change.type != type)
            continue;
        if (change.remove)
            rows.remove(change.id);
        else
            rows.insert(change.id, change.data);
    }
    return rows;
}

QJsonObject FakeFeed::seller()
{
    return QJsonObject{{u"name"_s, u"Test Shop"_s},     {u"plan"_s, u"premium_plus"_s},
                       {u"subscription_end"_s, u"2027-03-31"_s}, {u"verified"_s, true},
                       {u"antifraud_blocked"_s, false}, {u"quota_monthly"_s, 25000},
                       {u"quota_left"_s, 24100},        {u"quota_renews_on"_s, u"2026-12-01"_s},
                       {u"as_of"_s, u"2026-11-23"_s}};
}

QJsonObject FakeFeed::buyer(int n, const QString& segment)
{
    return QJsonObject{{u"segment"_s, segment},
                       {u"subsegment"_s, segment == u"regular"_s ? u"loyal"_s : segment},
                       {u"orders_90d"_s, 1 + n % 7},
                       {u"avg_check_kopecks"_s, 100000 + n * 137},
                       {u"revenue_kopecks"_s, (1 + n % 7) * (100000 + n * 137)},
                       {u"last_order"_s, u"2026-11-%1"_s.arg(1 + n % 20, 2, 10, QLatin1Char('0'))},
                       {u"gender"_s, n % 2 ? u"f"_s : u"m"_s},
                       {u"age_band"_s, u"25-34"_s},
                       {u"region"_s, u"Region %1"_s.arg(n % 5)},
                       {u"interests"_s, QJsonArray{u"C1"_s, u"C%1"_s.arg(n % 3)}},
                       {u"recommended_products"_s, QJsonArray{u"P%1"_s.arg(n % 9)}},
                       {u"last_communication"_s, QJsonValue(QJsonValue::Null)},
                       {u"chat"_s, u"available"_s}};
}

FakeResponse FakeFeed::handle(const FakeRequest& request)
{
    FakeResponse response = answer(request);
    if (request.method == "POST" && dropAnswersToPosts > 0) {
        --dropAnswersToPosts;
        response.drop = true;
    }
    return response;
}

FakeResponse FakeFeed::answer(const FakeRequest& request)
{
    if (override) {
        if (auto answer = override(request))
            return *answer;
    }
    if (request.method == "GET" && request.path == u"/api/v1/sync"_s)
        return syncPage(request);
    if (request.method == "POST" && request.path == u"/api/v1/communications"_s) {
        const QByteArray key = request.headers.value("idempotency-key");
        if (m_idempotentAnswers.contains(QString::fromUtf8(key)))
            return FakeHttpServer::json(200, m_idempotentAnswers.value(QString::fromUtf8(key)));
        const QJsonObject create = QJsonDocument::fromJson(request.body).object();
        // The answer has the shape of the feed's communication: format is the type, content the format.
        QJsonObject communication{{u"name"_s, create.value(u"name"_s)},
                                  {u"audience"_s, create.value(u"audience"_s)},
                                  {u"offer"_s, create.value(u"offer"_s)},
                                  {u"format"_s, create.value(u"format"_s).toObject().value(u"type"_s)},
                                  {u"content"_s, create.value(u"format"_s)}};
        const QString id = u"C%1"_s.arg(1000 + ++m_created);
        communication.insert(u"status"_s, u"on_moderation"_s);
        communication.insert(u"idempotency_key"_s, QString::fromUtf8(key));
        upsert(u"communication"_s, id, communication);
        communication.insert(u"id"_s, id);
        const QByteArray body = QJsonDocument(communication).toJson(QJsonDocument::Compact);
        m_idempotentAnswers.insert(QString::fromUtf8(key), body);
        return FakeHttpServer::json(201, body);
    }
    if (request.method == "DELETE" && request.path.startsWith(u"/api/v1/communications/"_s)) {
        const QString id = request.path.section(u'/', -1);
        if (!live(u"communication"_s).contains(id))
            return FakeHttpServer::json(404, R"({"error":{"code":"not_found","message":"no such communication"}})");
        if (live(u"communication"_s).value(id).value(u"status"_s).toString() != u"on_moderation"_s)
            return FakeHttpServer::json(
                409, R"({"error":{"code":"conflict","message":"only a communication on moderation can be deleted"}})");
        remove(u"communication"_s, id);
        return FakeHttpServer::json(204, {});
    }
    return FakeHttpServer::json(404, R"({"error":{"code":"not_found"}})");
}

FakeResponse FakeFeed::syncPage(const FakeRequest& request)
{
    const int cursor = request.query.queryItemValue(u"cursor"_s).toInt();
    if (request.query.hasQueryItem(u"cursor"_s) && cursor < m_expiredBelow)
        return FakeHttpServer::json(409, R"({"error":{"code":"cursor_expired","message":"start again"}})");
    const int limit = request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : 2000;
    QJsonArray changes;
    int position = cursor;
    while (position < m_changes.size() && changes.size() < limit) {
        const Change& change = m_changes.at(position++);
        QJsonObject item{{u"type"_s, change.type}, {u"id"_s, change.id}, {u"op"_s, change.remove ? u"delete"_s : u"upsert"_s}};
        if (!change.remove)
            item.insert(u"data"_s, change.data);
        changes.append(item);
    }
    const QJsonObject page{{u"schema_version"_s, 1},
                           {u"cursor"_s, QString::number(position)},
                           {u"has_more"_s, position < m_changes.size()},
                           {u"changes"_s, changes}};
    return FakeHttpServer::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
}

} // namespace sellercrm::test
