#include "TableTestData.h"

#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "FeedPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

const QStringList subsegments{u"top"_s, u"loyal"_s, u"at_risk"_s, u"new"_s, u"sleeping"_s};
const QStringList regions{u"Moscow"_s,      u"Saint Petersburg"_s, u"Kazan"_s,  u"Novosibirsk"_s,
                          u"Yekaterinburg"_s, u"Samara"_s,         u"Omsk"_s,   u"Perm"_s};
const QStringList genders{u"f"_s, u"m"_s, u""_s};
const QStringList ageBands{u"18-24"_s, u"25-34"_s, u"35-44"_s, u"45-54"_s, u"55+"_s, u""_s};
const QStringList chats{u"available"_s, u"blocked_by_buyer"_s, u"first_order_not_delivered"_s,
                        u"seller_not_verified"_s, u"antifraud_blocked"_s};
const QStringList actionTypes{u"view"_s, u"cart"_s, u"favorite"_s, u"order"_s};
constexpr int productCount = 40;
constexpr int categoryCount = 12;

QString segmentOfSub(const QString& sub)
{
    if (sub == u"new"_s)
        return u"new"_s;
    if (sub == u"sleeping"_s || sub.startsWith(u"interested"_s))
        return u"potential"_s;
    return u"regular"_s;
}

QString compact(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

Outcome<Done> put(CacheWriter& writer, const QString& type, const QString& id, const QJsonObject& data)
{
    Outcome<FeedChange> change = FeedPage::parseEntity(type, id, data);
    if (!change)
        return Outcome<Done>::failure(change.error());
    return writer.applyChange(change.value());
}

} // namespace

Outcome<Done> TableTestData::fillCatalog(CacheDb& cache)
{
    CacheWriter writer(cache);
    return cache.inTransaction([&]() -> Outcome<Done> {
        for (int c = 0; c < categoryCount; ++c) {
            if (auto r = put(writer, u"category"_s, u"CAT%1"_s.arg(c),
                             {{u"name"_s, u"Category %1"_s.arg(c)}, {u"parent_id"_s, QJsonValue::Null}});
                !r)
                return r;
        }
        for (int p = 0; p < productCount; ++p) {
            if (auto r = put(writer, u"product"_s, u"P%1"_s.arg(p),
                             {{u"sku"_s, u"SKU%1"_s.arg(100000 + p)},
                              {u"name"_s, u"Product %1"_s.arg(p)},
                              {u"category_id"_s, u"CAT%1"_s.arg(p % categoryCount)},
                              {u"price_kopecks"_s, 10000 + p * 1000}});
                !r)
                return r;
        }
        for (int c = 0; c < 3; ++c) {
            if (auto r = put(writer, u"collection"_s, u"COL%1"_s.arg(c), {{u"name"_s, u"Collection %1"_s.arg(c)}}); !r)
                return r;
        }
        return put(writer, u"promotion"_s, u"PR1"_s,
                   {{u"name"_s, u"Winter sale"_s},
                    {u"mechanic"_s, u"discount"_s},
                    {u"start"_s, u"2026-11-01"_s},
                    {u"end"_s, u"2026-12-31"_s},
                    {u"status"_s, u"active"_s}});
    });
}

Outcome<Done> TableTestData::fillBuyers(CacheDb& cache, int buyers, quint32 seed, bool fast)
{
    if (auto catalog = fillCatalog(cache); !catalog)
        return catalog;
    if (fast) {
        if (auto dropped = cache.dropBuyerIndexes(); !dropped)
            return dropped;
    }
    QRandomGenerator random(seed);
    CacheWriter writer(cache);
    const CacheSchema::EntityTable* buyerTable = CacheSchema::tableForType(u"buyer"_s);
    const CacheSchema::EntityTable* actionTable = CacheSchema::tableForType(u"buyer_action"_s);
    const QDate asOfDate = asOf();
    constexpr int batch = 50000;
    for (int first = 0; first < buyers; first += batch) {
        auto written = cache.inTransaction([&]() -> Outcome<Done> {
            for (int i = first; i < std::min(buyers, first + batch); ++i) {
                const bool interested = random.bounded(8) == 0;
                const QString sub = interested ? (random.bounded(2) ? u"interested_products"_s
                                                                    : u"interested_categories"_s)
                                               : subsegments.at(int(random.bounded(qint64(subsegments.size()))));
                const int orders = interested || sub == u"sleeping"_s ? 0 : (sub == u"new"_s ? 1 : 2 + int(random.bounded(8)));
                const qint64 avg = orders == 0 ? 0 : 50000 + qint64(random.bounded(900000));
                const QVariant lastOrder = interested ? QVariant()
                                                      : QVariant(asOfDate.addDays(-qint64(random.bounded(400))).toString(Qt::ISODate));
                const QVariant lastCommunication =
                    random.bounded(3) == 0 ? QVariant()
                                           : QVariant(asOfDate.addDays(-qint64(random.bounded(150))).toString(Qt::ISODate));
                QJsonArray interests;
                for (int k = 0; k < int(random.bounded(4)); ++k)
                    interests.append(u"CAT%1"_s.arg(random.bounded(categoryCount)));
                QJsonArray recommended;
                for (int k = 0; k < int(random.bounded(4)); ++k)
                    recommended.append(u"P%1"_s.arg(random.bounded(productCount)));
                const QString id = u"B%1"_s.arg(i, 7, 10, QChar(u'0'));
                FeedChange change;
                change.table = buyerTable;
                change.id = id;
                change.values = {segmentOfSub(sub),
                                 sub,
                                 orders,
                                 avg,
                                 avg * orders,
                                 lastOrder,
                                 genders.at(int(random.bounded(qint64(genders.size())))),
                                 ageBands.at(int(random.bounded(qint64(ageBands.size())))),
                                 regions.at(int(random.bounded(qint64(regions.size())))),
                                 interests.isEmpty() ? QVariant() : QVariant(compact(interests)),
                                 recommended.isEmpty() ? QVariant() : QVariant(compact(recommended)),
                                 lastCommunication,
                                 chats.at(int(random.bounded(qint64(chats.size()))))};
                if (auto r = writer.applyChange(change); !r)
                    return r;
                if (i % 4 == 0) {
                    const QString product = u"P%1"_s.arg(random.bounded(productCount));
                    const QString type = actionTypes.at(int(random.bounded(qint64(actionTypes.size()))));
                    const QString date = asOfDate.addDays(-qint64(random.bounded(90))).toString(Qt::ISODate);
                    FeedChange action;
                    action.table = actionTable;
                    action.id = id + u':' + product + u':' + type + u':' + date;
                    action.values = {id, product, type, date};
                    if (auto r = writer.applyChange(action); !r)
                        return r;
                }
            }
            return done();
        });
        if (!written)
            return written;
    }
    if (fast)
        return cache.ensureIndexes();
    return done();
}

Outcome<Done> TableTestData::putCommunication(CacheDb& cache, const QString& id, const QJsonObject& data)
{
    CacheWriter writer(cache);
    return cache.inTransaction([&]() -> Outcome<Done> { return put(writer, u"communication"_s, id, data); });
}

Outcome<Done> TableTestData::fillCommunications(CacheDb& cache, int communications, quint32 seed)
{
    if (auto catalog = fillCatalog(cache); !catalog)
        return catalog;
    QRandomGenerator random(seed);
    CacheWriter writer(cache);
    const QStringList statuses{u"on_moderation"_s, u"rejected"_s, u"scheduled"_s, u"sending"_s, u"sent"_s, u"cancelled"_s};
    const QDate asOfDate = asOf();
    return cache.inTransaction([&]() -> Outcome<Done> {
        for (int i = 0; i < communications; ++i) {
            const bool mailing = i % 3 != 0;
            const QString sub = subsegments.at(i % subsegments.size());
            QJsonObject offer;
            QJsonObject content;
            switch (i % 5) {
            case 0:
                offer = {{u"type"_s, u"order_discount"_s}, {u"percent"_s, 10}, {u"min_order_kopecks"_s, 300000},
                         {u"start"_s, u"2026-12-01"_s}, {u"end"_s, u"2026-12-15"_s}};
                break;
            case 1:
                offer = {{u"type"_s, u"promo_code"_s}, {u"code"_s, u"SALE2026"_s}, {u"single_use"_s, true},
                         {u"amount_kopecks"_s, 50000}, {u"start"_s, u"2026-12-01"_s}, {u"end"_s, u"2026-12-15"_s}};
                break;
            case 2:
                offer = {{u"type"_s, u"product_promotion"_s}};
                content = {{u"type"_s, u"banner"_s},
                           {u"target"_s, QJsonObject{{u"kind"_s, u"product"_s}, {u"id"_s, u"P%1"_s.arg(i % productCount)}}}};
                break;
            case 3:
                offer = {{u"type"_s, u"bonuses"_s}, {u"bonuses_per_buyer"_s, 500}, {u"recipients"_s, 1000},
                         {u"validity_days"_s, 14}};
                break;
            default:
                offer = {{u"type"_s, u"promotion"_s}, {u"promotion_id"_s, u"PR1"_s}};
                break;
            }
            if (content.isEmpty())
                content = {{u"type"_s, mailing ? u"mailing"_s : u"banner"_s}};
            const int delivered = int(random.bounded(5000));
            QJsonArray metrics;
            for (int d = 0; d < 5; ++d)
                metrics.append(QJsonObject{{u"date"_s, asOfDate.addDays(d - 5).toString(Qt::ISODate)},
                                           {u"delivered"_s, delivered / 5},
                                           {u"opened"_s, delivered / 10},
                                           {u"clicks"_s, delivered / 50 + d}});
            const QJsonObject data{
                {u"name"_s, u"Campaign %1"_s.arg(i, 3, 10, QChar(u'0'))},
                {u"format"_s, mailing ? u"mailing"_s : u"banner"_s},
                {u"audience"_s, QJsonObject{{u"segment"_s, segmentOfSub(sub)}, {u"subsegment"_s, sub}}},
                {u"offer"_s, offer},
                {u"content"_s, content},
                {u"status"_s, statuses.at(i % statuses.size())},
                {u"reject_reason"_s, i % statuses.size() == 1 ? QJsonValue(u"The image has text on it"_s) : QJsonValue()},
                {u"send_date"_s, i % 7 == 0 ? QJsonValue() : QJsonValue(asOfDate.addDays(i % 40 - 20).toString(Qt::ISODate))},
                {u"end_date"_s, QJsonValue()},
                {u"recipients"_s, delivered + 100},
                {u"daily_budget_kopecks"_s, QJsonValue()},
                {u"cost_kopecks"_s, QJsonValue()},
                {u"delivered"_s, delivered},
                {u"opened"_s, i % 6 == 0 ? 0 : int(random.bounded(delivered + 1))},
                {u"clicks"_s, int(random.bounded(100))},
                {u"created_at"_s, QString(asOfDate.addDays(-i % 60).toString(Qt::ISODate) + u"T10:%1:00Z"_s.arg(i % 60, 2, 10, QChar(u'0')))},
                {u"updated_at"_s, QString(asOfDate.toString(Qt::ISODate) + u"T10:00:00Z"_s)},
                {u"idempotency_key"_s, QJsonValue()},
                {u"metrics"_s, metrics}};
            if (auto r = put(writer, u"communication"_s, u"C%1"_s.arg(i, 4, 10, QChar(u'0')), data); !r)
                return r;
        }
        return done();
    });
}

} // namespace sellercrm
