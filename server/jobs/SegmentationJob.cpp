#include "jobs/SegmentationJob.h"

#include "store/BulkInserter.h"
#include "store/SavedAudiences.h"

#include "SegmentDynamics.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <map>

namespace sellercrm::server {

namespace {

struct BuyerAttributes
{
    QString gender;
    QString ageBand;
    QString region;
};

// Everything gathered for one buyer of one seller before classification.
struct Gathered
{
    BuyerFacts now;
    BuyerFacts before;
    QString lastOrder;
    bool hasDelivered = false;
    qint64 productEvents = 0;
    qint64 categoryEvents = 0;
    std::vector<std::pair<qint64, QString>> categories; // (activity now, category)
};

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// ["a","b"]: a compact JSON array of strings (built by hand: this runs for millions of rows).
QString jsonArray(const QStringList& values)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        for (const QChar c : values[i]) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                json += QLatin1Char('\\');
            if (c.unicode() < 0x20)
                json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                json += c;
        }
        json += QLatin1Char('"');
    }
    json += QLatin1Char(']');
    return json;
}

} // namespace

struct SegmentationJob::RunContext
{
    QSqlDatabase db;
    QDate asOf;
    QString firstNow, lastNow, firstBefore, lastBefore;
    QHash<QString, BuyerAttributes> attributes;
    QHash<QString, QString> internedValues;
};

SegmentationJob::RunContext SegmentationJob::makeContext(QDate asOf) const
{
    RunContext context;
    context.db = m_store->connectionForThisThread();
    context.asOf = asOf;
    context.firstNow = isoDate(SegmentationWindow{asOf}.firstDay());
    context.lastNow = isoDate(asOf);
    const QDate before = asOf.addDays(-SegmentDynamics::comparisonDays);
    context.firstBefore = isoDate(SegmentationWindow{before}.firstDay());
    context.lastBefore = isoDate(before);
    return context;
}

SegmentationJob::SegmentationJob(std::shared_ptr<ServerStore> store, KeySegmentRule rule)
    : m_store(std::move(store))
    , m_rule(rule)
{}

QDate SegmentationJob::today()
{
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return moscow.isValid() ? now.toTimeZone(moscow).date() : now.addSecs(3 * 3600).date();
}

namespace {

// The window activity on products of categories, as of now and as of asOf - 30: one temporary
// table per run, indexed by category. `sellerFilter` restricts it to one seller's categories.
StoreStatus buildCategoryActivity(const SegmentationJob::RunContext& context, const QString& sellerFilter)
{
    QSqlDatabase db = context.db;
    StoreStatus status = execSql(db, QStringLiteral("DROP TABLE IF EXISTS category_activity"));
    if (!status)
        return status;
    const QString categoryFilter =
        sellerFilter.isEmpty()
            ? QString()
            : QStringLiteral(
                  " AND p.category_id IN (SELECT category_id FROM products WHERE seller_id = :seller)");
    // Created first, then filled: PostgreSQL cannot prepare CREATE TABLE ... AS with parameters.
    status = execSql(db, QStringLiteral("CREATE TEMP TABLE category_activity (buyer_id TEXT NOT NULL,"
                                        " category_id TEXT NOT NULL, now_count BIGINT NOT NULL,"
                                        " before_count BIGINT NOT NULL)"));
    if (!status)
        return status;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO category_activity (buyer_id, category_id, now_count, before_count)"
                       " SELECT buyer_id, category_id, SUM(now_flag) AS now_count, "
                       "SUM(before_flag) AS before_count FROM ("
                       "  SELECT e.buyer_id, p.category_id,"
                       "   CASE WHEN e.event_date >= :firstNow THEN 1 ELSE 0 END AS now_flag,"
                       "   CASE WHEN e.event_date <= :lastBefore THEN 1 ELSE 0 END AS before_flag"
                       "  FROM events e JOIN products p ON p.product_id = e.product_id"
                       "  WHERE e.event_date >= :firstBefore AND e.event_date <= :lastNow%1"
                       "  UNION ALL"
                       "  SELECT o.buyer_id, p.category_id,"
                       "   CASE WHEN o.order_date >= :firstNow THEN 1 ELSE 0 END,"
                       "   CASE WHEN o.order_date <= :lastBefore THEN 1 ELSE 0 END"
                       "  FROM orders o JOIN order_items i ON i.order_id = o.order_id JOIN "
                       "products p ON p.product_id = i.product_id"
                       "  WHERE o.order_date >= :firstBefore AND o.order_date <= :lastNow"
                       "   AND o.status IN ('delivered', 'in_progress')%1"
                       " ) activity GROUP BY buyer_id, category_id")
            .arg(categoryFilter));
    query.bindValue(QStringLiteral(":firstNow"), context.firstNow);
    query.bindValue(QStringLiteral(":lastNow"), context.lastNow);
    query.bindValue(QStringLiteral(":firstBefore"), context.firstBefore);
    query.bindValue(QStringLiteral(":lastBefore"), context.lastBefore);
    if (!sellerFilter.isEmpty())
        query.bindValue(QStringLiteral(":seller"), sellerFilter);
    status = execPrepared(query, QStringLiteral("gathering category interest"));
    if (!status)
        return status;
    status = execSql(
        db, QStringLiteral(
                "CREATE INDEX category_activity_category ON category_activity (category_id, buyer_id)"));
    // Temporary tables get no automatic statistics (PostgreSQL): give the planner some.
    return status ? execSql(db, QStringLiteral("ANALYZE category_activity")) : status;
}

} // namespace

StoreResult<SegmentationJob::Summary> SegmentationJob::runAll(QDate asOf)
{
    QSqlDatabase db = m_store->connectionForThisThread();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seller_id FROM sellers ORDER BY seller_id")))
        return StoreResult<Summary>::failure(sqlError(query, QStringLiteral("listing sellers")));
    QStringList sellers;
    while (query.next())
        sellers.append(query.value(0).toString());
    return run(sellers, asOf);
}

StoreResult<SegmentationJob::Summary> SegmentationJob::runSeller(const QString& sellerId, QDate asOf)
{
    return run({sellerId}, asOf);
}

StoreResult<SellerSegmentationResult> SegmentationJob::compute(const QString& sellerId, QDate asOf)
{
    RunContext context = makeContext(asOf);
    const StoreStatus built = buildCategoryActivity(context, sellerId);
    if (!built)
        return StoreResult<SellerSegmentationResult>::failure(built.error());
    return computeSeller(context, sellerId);
}

StoreResult<SegmentationJob::Summary> SegmentationJob::run(const QStringList& sellerIds, QDate asOf)
{
    RunContext context = makeContext(asOf);
    const StoreStatus built =
        buildCategoryActivity(context, sellerIds.size() == 1 ? sellerIds.first() : QString());
    if (!built)
        return StoreResult<Summary>::failure(built.error());
    Summary summary;
    for (const QString& sellerId : sellerIds) {
        StoreResult<SellerSegmentationResult> result = computeSeller(context, sellerId);
        if (!result)
            return StoreResult<Summary>::failure(result.error());
        const StoreStatus stored = storeSeller(context, result.value(), summary);
        if (!stored)
            return StoreResult<Summary>::failure(stored.error());
        ++summary.sellers;
        summary.buyers += static_cast<qint64>(result.value().buyers.size());
    }
    execSql(context.db, QStringLiteral("DROP TABLE IF EXISTS category_activity"));
    return summary;
}

StoreResult<SellerSegmentationResult> SegmentationJob::computeSeller(RunContext& context,
                                                                     const QString& sellerId)
{
    using Result = StoreResult<SellerSegmentationResult>;
    QSqlDatabase& db = context.db;

    QSqlQuery seller(db);
    seller.prepare(QStringLiteral("SELECT verified, antifraud_blocked FROM sellers WHERE seller_id = ?"));
    seller.addBindValue(sellerId);
    if (!seller.exec())
        return Result::failure(sqlError(seller, QStringLiteral("reading seller %1").arg(sellerId)));
    if (!seller.next())
        return Result::failure(QStringLiteral("unknown seller %1").arg(sellerId));
    const bool verified = seller.value(0).toInt() != 0;
    const bool antifraud = seller.value(1).toInt() != 0;

    std::map<QString, Gathered> gathered; // ordered by buyer id: the DAT-2 order

    // SEG-1/SEG-2 facts now and as of asOf - 30, in one ordered scan of the covering index.
    QSqlQuery orders(db);
    orders.setForwardOnly(true);
    orders.prepare(QStringLiteral(
        "SELECT buyer_id,"
        " SUM(CASE WHEN order_date >= :firstNow THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN order_date >= :firstNow THEN total_kopecks ELSE 0 END),"
        " MAX(order_date), MIN(order_date),"
        " SUM(CASE WHEN order_date >= :firstBefore AND order_date <= :lastBefore THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN order_date >= :firstBefore AND order_date <= :lastBefore THEN total_kopecks ELSE 0 "
        "END),"
        " MAX(CASE WHEN order_date <= :lastBefore THEN order_date END),"
        " MAX(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END)"
        " FROM orders WHERE seller_id = :seller AND order_date <= :lastNow AND status IN ('delivered', "
        "'in_progress')"
        " GROUP BY buyer_id"));
    orders.bindValue(QStringLiteral(":firstNow"), context.firstNow);
    orders.bindValue(QStringLiteral(":firstBefore"), context.firstBefore);
    orders.bindValue(QStringLiteral(":lastBefore"), context.lastBefore);
    orders.bindValue(QStringLiteral(":seller"), sellerId);
    orders.bindValue(QStringLiteral(":lastNow"), context.lastNow);
    if (!orders.exec())
        return Result::failure(sqlError(orders, QStringLiteral("aggregating orders of %1").arg(sellerId)));
    const QDate asOf = context.asOf;
    const QDate asOfBefore = asOf.addDays(-SegmentDynamics::comparisonDays);
    while (orders.next()) {
        Gathered& g = gathered[orders.value(0).toString()];
        g.now.ordersInWindow = orders.value(1).toInt();
        g.now.revenueKopecks = orders.value(2).toLongLong();
        g.lastOrder = orders.value(3).toString();
        const QString firstOrder = orders.value(4).toString();
        g.now.recencyDays = static_cast<int>(QDate::fromString(g.lastOrder, Qt::ISODate).daysTo(asOf));
        g.now.orderedBeforeWindow = firstOrder < context.firstNow;
        g.before.ordersInWindow = orders.value(5).toInt();
        g.before.revenueKopecks = orders.value(6).toLongLong();
        const QString lastBefore = orders.value(7).toString();
        if (!lastBefore.isEmpty())
            g.before.recencyDays =
                static_cast<int>(QDate::fromString(lastBefore, Qt::ISODate).daysTo(asOfBefore));
        g.before.orderedBeforeWindow = firstOrder < context.firstBefore;
        g.hasDelivered = orders.value(8).toInt() != 0;
    }

    // SEG-3 "Interested in your products": events on the seller's products in each window.
    QSqlQuery events(db);
    events.setForwardOnly(true);
    events.prepare(QStringLiteral(
        "SELECT buyer_id, SUM(CASE WHEN event_date >= :firstNow THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN event_date <= :lastBefore THEN 1 ELSE 0 END)"
        " FROM events WHERE seller_id = :seller AND event_date >= :firstBefore AND event_date <= :lastNow"
        " GROUP BY buyer_id"));
    events.bindValue(QStringLiteral(":firstNow"), context.firstNow);
    events.bindValue(QStringLiteral(":lastBefore"), context.lastBefore);
    events.bindValue(QStringLiteral(":seller"), sellerId);
    events.bindValue(QStringLiteral(":firstBefore"), context.firstBefore);
    events.bindValue(QStringLiteral(":lastNow"), context.lastNow);
    if (!events.exec())
        return Result::failure(sqlError(events, QStringLiteral("aggregating events of %1").arg(sellerId)));
    while (events.next()) {
        const qint64 now = events.value(1).toLongLong();
        const qint64 before = events.value(2).toLongLong();
        if (now == 0 && before == 0)
            continue;
        Gathered& g = gathered[events.value(0).toString()];
        g.productEvents = now;
        g.now.interestedInProducts = now > 0;
        g.before.interestedInProducts = before > 0;
    }

    // SEG-3 "Interested in your categories": activity on any product of the seller's categories.
    QSqlQuery categories(db);
    categories.setForwardOnly(true);
    categories.prepare(QStringLiteral(
        "SELECT buyer_id, category_id, now_count, before_count FROM category_activity"
        " WHERE category_id IN (SELECT DISTINCT category_id FROM products WHERE seller_id = ?)"));
    categories.addBindValue(sellerId);
    if (!categories.exec())
        return Result::failure(
            sqlError(categories, QStringLiteral("reading category interest of %1").arg(sellerId)));
    while (categories.next()) {
        const qint64 now = categories.value(2).toLongLong();
        const qint64 before = categories.value(3).toLongLong();
        if (now == 0 && before == 0)
            continue;
        Gathered& g = gathered[categories.value(0).toString()];
        if (now > 0) {
            g.now.interestedInCategories = true;
            g.categoryEvents += now;
            g.categories.emplace_back(now, categories.value(1).toString());
        }
        if (before > 0)
            g.before.interestedInCategories = true;
    }

    // The seller's products per category, most expensive first (recommendations).
    QSqlQuery products(db);
    products.setForwardOnly(true);
    products.prepare(QStringLiteral("SELECT category_id, product_id FROM products WHERE seller_id = ?"
                                    " ORDER BY price_kopecks DESC, product_id"));
    products.addBindValue(sellerId);
    if (!products.exec())
        return Result::failure(sqlError(products, QStringLiteral("reading products of %1").arg(sellerId)));
    QHash<QString, QStringList> productsByCategory;
    QStringList topProducts;
    while (products.next()) {
        QStringList& list = productsByCategory[products.value(0).toString()];
        if (list.size() < 3)
            list.append(products.value(1).toString());
        if (topProducts.size() < 3)
            topProducts.append(products.value(1).toString());
    }

    QSqlQuery chats(db);
    chats.setForwardOnly(true);
    chats.prepare(
        QStringLiteral("SELECT buyer_id, started_by, blocked_by_buyer FROM chats WHERE seller_id = ?"));
    chats.addBindValue(sellerId);
    if (!chats.exec())
        return Result::failure(sqlError(chats, QStringLiteral("reading chats of %1").arg(sellerId)));
    QHash<QString, std::pair<bool, bool>> chatOf; // started by buyer, blocked by buyer
    while (chats.next())
        chatOf.insert(chats.value(0).toString(),
                      {chats.value(1).toString() == QStringLiteral("buyer"), chats.value(2).toInt() != 0});

    // Classification with domain/ (SEG-3, SEG-4) for both dates.
    std::vector<BuyerFacts> factsNow;
    std::vector<BuyerFacts> factsBefore;
    factsNow.reserve(gathered.size());
    factsBefore.reserve(gathered.size());
    for (const auto& [id, g] : gathered) {
        factsNow.push_back(g.now);
        factsBefore.push_back(g.before);
    }
    const SellerSegmentation now = segmentBuyers(factsNow);
    const SellerSegmentation before = segmentBuyers(factsBefore);
    const SegmentDynamics dynamics = compareMemberships(before.subSegments, now.subSegments);

    if (context.attributes.isEmpty()) {
        QSqlQuery buyers(db);
        buyers.setForwardOnly(true);
        if (!buyers.exec(QStringLiteral("SELECT buyer_id, gender, age_band, region FROM buyers")))
            return Result::failure(sqlError(buyers, QStringLiteral("reading buyers")));
        // Gender, age band and region take a handful of values: one shared string each instead
        // of three allocations per buyer (a million buyers are held here for the whole run).
        const auto intern = [&context](const QString& value) {
            auto found = context.internedValues.constFind(value);
            if (found == context.internedValues.cend())
                found = context.internedValues.insert(value, value);
            return found.value();
        };
        while (buyers.next())
            context.attributes.insert(buyers.value(0).toString(),
                                      {intern(buyers.value(1).toString()), intern(buyers.value(2).toString()),
                                       intern(buyers.value(3).toString())});
    }

    SellerSegmentationResult result;
    result.sellerId = sellerId;
    result.asOf = asOf;
    result.thresholds = now.thresholds;
    result.buyers.reserve(gathered.size());
    std::array<qint64, subSegmentCount> buyersIn{};
    std::array<qint64, subSegmentCount> revenueIn{};
    std::array<qint64, subSegmentCount> ordersIn{};
    std::array<qint64, subSegmentCount> interestIn{};
    size_t index = 0;
    for (auto& [id, g] : gathered) {
        const std::optional<SubSegment> sub = now.subSegments[index];
        const std::optional<SubSegment> subBefore = before.subSegments[index];
        ++index;
        if (!sub)
            continue;
        SegmentedBuyer buyer;
        buyer.buyerId = id;
        buyer.subSegment = *sub;
        buyer.subSegmentBefore = subBefore;
        buyer.ordersInWindow = g.now.ordersInWindow;
        buyer.revenueKopecks = g.now.revenueKopecks;
        buyer.avgCheckKopecks = averageCheckKopecks(g.now);
        buyer.lastOrder = g.lastOrder;
        buyer.recencyDays = g.now.recencyDays;
        const BuyerAttributes attributes = context.attributes.value(id);
        buyer.gender = attributes.gender;
        buyer.ageBand = attributes.ageBand;
        buyer.region = attributes.region;
        std::sort(g.categories.begin(), g.categories.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto& [count, category] : g.categories) {
            if (buyer.interests.size() == 3)
                break;
            buyer.interests.append(category);
        }
        for (const QString& category : std::as_const(buyer.interests))
            for (const QString& product : productsByCategory.value(category))
                if (buyer.recommendedProducts.size() < 3 && !buyer.recommendedProducts.contains(product))
                    buyer.recommendedProducts.append(product);
        if (buyer.recommendedProducts.isEmpty())
            buyer.recommendedProducts = topProducts;
        // SEG-7: interest events belong to the "Interested" sub-segments only (an own buyer's
        // figure would change every day and rewrite the row for nothing).
        buyer.interestEvents = *sub == SubSegment::InterestedProducts     ? g.productEvents
                               : *sub == SubSegment::InterestedCategories ? g.categoryEvents
                                                                          : 0;
        // BUY-3 chat state.
        const auto chat = chatOf.constFind(id);
        if (antifraud)
            buyer.chat = QStringLiteral("antifraud_blocked");
        else if (chat != chatOf.cend() && chat->second)
            buyer.chat = QStringLiteral("blocked_by_buyer");
        else if (!g.hasDelivered)
            buyer.chat = QStringLiteral("first_order_not_delivered");
        else if (!verified && (chat == chatOf.cend() || !chat->first))
            buyer.chat = QStringLiteral("seller_not_verified");
        else
            buyer.chat = QStringLiteral("available");
        const int slot = static_cast<int>(*sub);
        ++buyersIn[slot];
        revenueIn[slot] += buyer.revenueKopecks;
        ordersIn[slot] += buyer.ordersInWindow;
        interestIn[slot] += buyer.interestEvents;
        result.buyers.push_back(std::move(buyer));
    }

    // SEG-6 key segment and SEG-7 metrics.
    SegmentCounts counts;
    for (const SubSegment sub : allSubSegments) {
        const qint64 n = buyersIn[static_cast<int>(sub)];
        switch (segmentOf(sub)) {
        case Segment::Regular:
            counts.regular += n;
            break;
        case Segment::New:
            counts.newcomers += n;
            break;
        case Segment::Potential:
            counts.potential += n;
            break;
        }
    }
    result.keySegment = chooseKeySegment(counts, m_rule);
    const qint64 allBuyers = static_cast<qint64>(result.buyers.size());
    qint64 allRevenue = 0;
    for (const qint64 revenue : revenueIn)
        allRevenue += revenue;
    const auto share = [](qint64 part, qint64 whole) {
        return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
    };
    QJsonArray segments;
    const auto metric = [&](Segment segment, std::optional<SubSegment> sub, qint64 buyers, qint64 revenue,
                            qint64 ordersCount, qint64 interest, const MembershipChange& change) {
        segments.append(QJsonObject{
            {QStringLiteral("segment"), segmentCode(segment)},
            {QStringLiteral("subsegment"),
             sub ? QJsonValue(subSegmentCode(*sub)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("buyers"), buyers},
            {QStringLiteral("share"), share(buyers, allBuyers)},
            {QStringLiteral("revenue_kopecks"), revenue},
            {QStringLiteral("revenue_share"), share(revenue, allRevenue)},
            {QStringLiteral("avg_check_kopecks"),
             ordersCount > 0 ? (revenue + ordersCount / 2) / ordersCount : 0},
            {QStringLiteral("orders_per_buyer"), share(ordersCount, buyers)},
            {QStringLiteral("joined"), change.joined},
            {QStringLiteral("left"), change.left},
            {QStringLiteral("interest_events"), interest},
        });
    };
    for (const Segment segment : allSegments) {
        qint64 buyers = 0, revenue = 0, ordersCount = 0, interest = 0;
        for (const SubSegment sub : allSubSegments) {
            if (segmentOf(sub) != segment)
                continue;
            const int slot = static_cast<int>(sub);
            buyers += buyersIn[slot];
            revenue += revenueIn[slot];
            ordersCount += ordersIn[slot];
            interest += interestIn[slot];
        }
        metric(segment, std::nullopt, buyers, revenue, ordersCount, interest, dynamics.of(segment));
        for (const SubSegment sub : allSubSegments) {
            if (segmentOf(sub) != segment || segment == Segment::New)
                continue;
            const int slot = static_cast<int>(sub);
            metric(segment, sub, buyersIn[slot], revenueIn[slot], ordersIn[slot], interestIn[slot],
                   dynamics.of(sub));
        }
    }
    result.entity = QJsonObject{
        {QStringLiteral("as_of"), isoDate(asOf)},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("avg_check_high_kopecks"), result.thresholds.avgCheckHighKopecks},
                     {QStringLiteral("avg_check_low_kopecks"), result.thresholds.avgCheckLowKopecks},
                     {QStringLiteral("orders_high"), result.thresholds.ordersHigh},
                     {QStringLiteral("regular_buyers"), result.thresholds.regularBuyers}}},
        {QStringLiteral("key_segment"),
         result.keySegment ? QJsonValue(segmentCode(*result.keySegment)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("key_rule"), QJsonObject{{QStringLiteral("regular_min"), m_rule.regularMin},
                                                 {QStringLiteral("new_min"), m_rule.newMin}}},
        {QStringLiteral("segments"), segments},
    };
    return result;
}

namespace {

// A 64-bit digest of a stored buyer row's content: equal digests = unchanged row (a collision
// that hides a change has probability 2^-64 per row).
size_t fingerprint(const QString& segment, const QString& subsegment, qint64 orders, qint64 avgCheck,
                   qint64 revenue, const QString& lastOrder, const QString& gender, const QString& ageBand,
                   const QString& region, const QString& interests, const QString& recommended,
                   qint64 interestEvents, const QString& chat)
{
    return qHashMulti(0x5e9u, segment, subsegment, orders, avgCheck, revenue, lastOrder, gender, ageBand,
                      region, interests, recommended, interestEvents, chat);
}

} // namespace

StoreStatus SegmentationJob::storeSeller(RunContext& context, const SellerSegmentationResult& result,
                                         Summary& summary)
{
    QSqlDatabase& db = context.db;
    return inTransaction(db, [&]() -> StoreStatus {
        QHash<QString, size_t> existing;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(QStringLiteral(
                "SELECT buyer_id, segment, subsegment, orders_90d, avg_check_kopecks, revenue_kopecks,"
                " last_order, gender, age_band, region, interests, recommended_products,"
                " interest_events, chat FROM segment_results WHERE seller_id = ?"));
            query.addBindValue(result.sellerId);
            if (!query.exec())
                return StoreStatus::failure(sqlError(query, QStringLiteral("reading stored segments")));
            while (query.next())
                existing.insert(query.value(0).toString(),
                                fingerprint(query.value(1).toString(), query.value(2).toString(),
                                            query.value(3).toLongLong(), query.value(4).toLongLong(),
                                            query.value(5).toLongLong(), query.value(6).toString(),
                                            query.value(7).toString(), query.value(8).toString(),
                                            query.value(9).toString(), query.value(10).toString(),
                                            query.value(11).toString(), query.value(12).toLongLong(),
                                            query.value(13).toString()));
        }
        struct Pending
        {
            const SegmentedBuyer* buyer;
            QString interests;
            QString recommended;
        };
        std::vector<Pending> changed;
        for (const SegmentedBuyer& buyer : result.buyers) {
            Pending pending{&buyer, jsonArray(buyer.interests), jsonArray(buyer.recommendedProducts)};
            const size_t print =
                fingerprint(segmentCode(segmentOf(buyer.subSegment)), subSegmentCode(buyer.subSegment),
                            buyer.ordersInWindow, buyer.avgCheckKopecks, buyer.revenueKopecks,
                            buyer.lastOrder, buyer.gender, buyer.ageBand, buyer.region, pending.interests,
                            pending.recommended, buyer.interestEvents, buyer.chat);
            const auto found = existing.find(buyer.buyerId);
            if (found != existing.end()) {
                const bool same = found.value() == print;
                existing.erase(found);
                if (same)
                    continue;
            }
            changed.push_back(std::move(pending));
        }
        // `existing` now holds the buyers no longer known to the seller.
        const qint64 needed = static_cast<qint64>(changed.size() + static_cast<size_t>(existing.size())) + 2;
        const StoreResult<qint64> first = ServerStore::allocateRowVersions(db, needed);
        if (!first)
            return StoreStatus::from(first);
        qint64 version = first.value();

        BulkInserter upsert(
            db, QStringLiteral("segment_results"),
            {QStringLiteral("seller_id"), QStringLiteral("buyer_id"), QStringLiteral("segment"),
             QStringLiteral("subsegment"), QStringLiteral("orders_90d"), QStringLiteral("avg_check_kopecks"),
             QStringLiteral("revenue_kopecks"), QStringLiteral("last_order"), QStringLiteral("gender"),
             QStringLiteral("age_band"), QStringLiteral("region"), QStringLiteral("interests"),
             QStringLiteral("recommended_products"), QStringLiteral("interest_events"),
             QStringLiteral("chat"), QStringLiteral("row_version")},
            QStringLiteral(
                "ON CONFLICT (seller_id, buyer_id) DO UPDATE SET segment = excluded.segment,"
                " subsegment = excluded.subsegment, orders_90d = excluded.orders_90d,"
                " avg_check_kopecks = excluded.avg_check_kopecks, revenue_kopecks = excluded.revenue_kopecks,"
                " last_order = excluded.last_order,"
                " gender = excluded.gender, age_band = excluded.age_band, region = excluded.region,"
                " interests = excluded.interests, recommended_products = excluded.recommended_products,"
                " interest_events = excluded.interest_events, chat = excluded.chat,"
                " row_version = excluded.row_version"));
        const QVariant nullText(QMetaType::fromType<QString>());
        for (const Pending& pending : changed) {
            const SegmentedBuyer& buyer = *pending.buyer;
            upsert.add(result.sellerId);
            upsert.add(buyer.buyerId);
            upsert.add(segmentCode(segmentOf(buyer.subSegment)));
            upsert.add(subSegmentCode(buyer.subSegment));
            upsert.add(buyer.ordersInWindow);
            upsert.add(buyer.avgCheckKopecks);
            upsert.add(buyer.revenueKopecks);
            upsert.add(buyer.lastOrder.isEmpty() ? nullText : QVariant(buyer.lastOrder));
            upsert.add(buyer.gender);
            upsert.add(buyer.ageBand);
            upsert.add(buyer.region);
            upsert.add(pending.interests);
            upsert.add(pending.recommended);
            upsert.add(buyer.interestEvents);
            upsert.add(buyer.chat);
            upsert.add(version++);
            const StoreStatus written = upsert.endRow();
            if (!written)
                return written;
        }
        StoreStatus status = upsert.finish();
        if (!status)
            return status;
        summary.rowsWritten += upsert.rowsWritten();

        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM segment_results WHERE seller_id = ? AND buyer_id = ?"));
        for (auto gone = existing.cbegin(); gone != existing.cend(); ++gone) {
            remove.addBindValue(result.sellerId);
            remove.addBindValue(gone.key());
            if (!(status = execPrepared(remove, QStringLiteral("removing a buyer no longer known"))))
                return status;
            if (!(status = ServerStore::addTombstone(db, result.sellerId, QStringLiteral("buyer"), gone.key(),
                                                     version++)))
                return status;
            ++summary.rowsDeleted;
        }

        // The `segmentation` entity and thresholds; written only when they changed.
        const QString entity = QString::fromUtf8(QJsonDocument(result.entity).toJson(QJsonDocument::Compact));
        QSqlQuery previous(db);
        previous.prepare(
            QStringLiteral("SELECT data_json, as_of FROM segmentation_runs WHERE seller_id = ?"));
        previous.addBindValue(result.sellerId);
        if (!previous.exec())
            return StoreStatus::failure(
                sqlError(previous, QStringLiteral("reading the previous segmentation")));
        const bool hadRun = previous.next();
        const QString previousAsOf = hadRun ? previous.value(1).toString() : QString();
        if (!hadRun || previous.value(0).toString() != entity) {
            QSqlQuery run(db);
            run.prepare(QStringLiteral(
                "INSERT INTO segmentation_runs (seller_id, as_of, avg_check_high_kopecks, "
                "avg_check_low_kopecks, orders_high,"
                " regular_buyers, key_segment, regular_min, new_min, computed_at, data_json, row_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (seller_id) DO UPDATE SET as_of = "
                "excluded.as_of,"
                " avg_check_high_kopecks = excluded.avg_check_high_kopecks, avg_check_low_kopecks = "
                "excluded.avg_check_low_kopecks,"
                " orders_high = excluded.orders_high, regular_buyers = excluded.regular_buyers, key_segment "
                "= excluded.key_segment,"
                " regular_min = excluded.regular_min, new_min = excluded.new_min, computed_at = "
                "excluded.computed_at,"
                " data_json = excluded.data_json, row_version = excluded.row_version"));
            run.addBindValue(result.sellerId);
            run.addBindValue(isoDate(result.asOf));
            run.addBindValue(result.thresholds.avgCheckHighKopecks);
            run.addBindValue(result.thresholds.avgCheckLowKopecks);
            run.addBindValue(result.thresholds.ordersHigh);
            run.addBindValue(result.thresholds.regularBuyers);
            run.addBindValue(result.keySegment ? QVariant(segmentCode(*result.keySegment)) : nullText);
            run.addBindValue(m_rule.regularMin);
            run.addBindValue(m_rule.newMin);
            run.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            run.addBindValue(entity);
            run.addBindValue(version++);
            if (!(status = execPrepared(run, QStringLiteral("storing the segmentation"))))
                return status;

            QSqlQuery clear(db);
            clear.prepare(QStringLiteral("DELETE FROM segment_metrics WHERE seller_id = ?"));
            clear.addBindValue(result.sellerId);
            if (!(status = execPrepared(clear, QStringLiteral("clearing segment metrics"))))
                return status;
            BulkInserter metrics(db, QStringLiteral("segment_metrics"),
                                 {QStringLiteral("seller_id"), QStringLiteral("segment"),
                                  QStringLiteral("subsegment"), QStringLiteral("buyers"),
                                  QStringLiteral("share"), QStringLiteral("revenue_kopecks"),
                                  QStringLiteral("revenue_share"), QStringLiteral("avg_check_kopecks"),
                                  QStringLiteral("orders_per_buyer"), QStringLiteral("joined_count"),
                                  QStringLiteral("left_count"), QStringLiteral("interest_events")});
            for (const QJsonValue& value : result.entity.value(QStringLiteral("segments")).toArray()) {
                const QJsonObject m = value.toObject();
                metrics.add(result.sellerId);
                metrics.add(m.value(QStringLiteral("segment")).toString());
                const QString sub = m.value(QStringLiteral("subsegment")).toString();
                metrics.add(sub.isEmpty() ? QStringLiteral("") : sub); // '' = the segment's total, never NULL
                metrics.add(m.value(QStringLiteral("buyers")).toInteger());
                metrics.add(m.value(QStringLiteral("share")).toDouble());
                metrics.add(m.value(QStringLiteral("revenue_kopecks")).toInteger());
                metrics.add(m.value(QStringLiteral("revenue_share")).toDouble());
                metrics.add(m.value(QStringLiteral("avg_check_kopecks")).toInteger());
                metrics.add(m.value(QStringLiteral("orders_per_buyer")).toDouble());
                metrics.add(m.value(QStringLiteral("joined")).toInteger());
                metrics.add(m.value(QStringLiteral("left")).toInteger());
                metrics.add(m.value(QStringLiteral("interest_events")).toInteger());
                if (!(status = metrics.endRow()))
                    return status;
            }
            if (!(status = metrics.finish()))
                return status;
        }
        if (previousAsOf != isoDate(result.asOf)) {
            // The seller entity carries as_of and the quota month: it changes with the date.
            QSqlQuery touch(db);
            touch.prepare(QStringLiteral("UPDATE sellers SET row_version = ? WHERE seller_id = ?"));
            touch.addBindValue(version++);
            touch.addBindValue(result.sellerId);
            if (!(status = execPrepared(touch, QStringLiteral("updating the seller's version"))))
                return status;
        }
        // POR-2: saved audiences follow the new segment results in the same transaction.
        return saved_audiences::recount(db, result.sellerId);
    });
}

} // namespace sellercrm::server
