#include "jobs/SegmentationJob.h"

#include "jobs/SegmentRows.h"
#include "jobs/SegmentationInputs.h"
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
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace sellercrm::server {

using namespace segmentation;

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString utf8(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

std::string_view viewOf(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

// YYYY-MM-DD without building a QString (this runs per buyer).
QDate dateOf(std::string_view iso)
{
    const auto number = [iso](size_t from, size_t count) {
        int value = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return -1;
            value = value * 10 + (iso[i] - '0');
        }
        return value;
    };
    if (iso.size() == 10 && iso[4] == '-' && iso[7] == '-') {
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(utf8(iso), Qt::ISODate);
}

// A date of the store (YYYY-MM-DD, checked at import) held without an allocation.
struct DayText
{
    std::array<char, 10> text{};
    quint8 length = 0;

    void assign(std::string_view value)
    {
        length = static_cast<quint8>(std::min(value.size(), text.size()));
        std::memcpy(text.data(), value.data(), length);
    }
    std::string_view view() const { return {text.data(), length}; }
    bool empty() const { return length == 0; }
};

// One buyer's orders with the seller, as of asOf and as of asOf - 30 (SEG-1, SEG-2).
struct OrderSummary
{
    int ordersNow = 0;
    qint64 revenueNow = 0;
    DayText lastOrder;
    DayText firstOrder;
    int ordersBefore = 0;
    qint64 revenueBefore = 0;
    DayText lastOrderBefore; // empty = none up to asOf - 30
    bool delivered = false;
};

// Everything gathered for one buyer of one seller before and after classification.
struct Gathered
{
    quint32 buyer = 0;
    BuyerFacts now;
    BuyerFacts before;
    DayText lastOrder;
    bool hasDelivered = false;
    bool hasChat = false;
    bool chatStartedByBuyer = false;
    bool chatBlockedByBuyer = false;
    qint64 productEvents = 0;
    qint64 categoryEvents = 0;
    std::array<qint32, 3> topCategories{-1, -1, -1}; // interests: most active first, then by id
    std::array<qint64, 3> topCounts{};
    std::optional<SubSegment> subSegment;
    std::optional<SubSegment> subSegmentBefore;

    void addCategory(qint32 category, qint64 count)
    {
        for (size_t i = 0; i < topCategories.size(); ++i) {
            if (topCategories[i] >= 0 && (count < topCounts[i] || (count == topCounts[i] && category > topCategories[i])))
                continue;
            for (size_t j = topCategories.size() - 1; j > i; --j) {
                topCategories[j] = topCategories[j - 1];
                topCounts[j] = topCounts[j - 1];
            }
            topCategories[i] = category;
            topCounts[i] = count;
            return;
        }
    }
    qint64 interestEvents() const
    {
        // SEG-7: interest events belong to the "Interested" sub-segments only (an own buyer's
        // figure would change every day and rewrite the row for nothing).
        return subSegment == SubSegment::InterestedProducts     ? productEvents
               : subSegment == SubSegment::InterestedCategories ? categoryEvents
                                                                : 0;
    }
};

// DAT-2 codes as UTF-8, per sub-segment.
struct Codes
{
    std::array<QByteArray, subSegmentCount> segment;
    std::array<QByteArray, subSegmentCount> subsegment;

    Codes()
    {
        for (const SubSegment sub : allSubSegments) {
            segment[static_cast<size_t>(sub)] = segmentCode(segmentOf(sub)).toUtf8();
            subsegment[static_cast<size_t>(sub)] = subSegmentCode(sub).toUtf8();
        }
    }
};

const Codes& codes()
{
    static const Codes table;
    return table;
}

} // namespace

// The inputs every seller of a run shares; read-only once made, so threads may share it.
struct SegmentationJob::RunContext
{
    QDate asOf;
    QDate asOfBefore;
    RunDates dates;
    BuyerDirectory buyers;
    Catalogue catalogue;
    CategoryActivity activity;
};

// One thread's connection, prepared insert and scratch arrays indexed by buyer.
struct SegmentationJob::Worker
{
    Worker(QSqlDatabase connection, SqlAccess::Mode mode)
        : db(connection)
        , sql(connection, mode)
    {}

    QSqlDatabase db;
    SqlAccess sql;
    std::vector<qint32> slotOf;        // buyer -> index in the seller's gathered list, -1 = none
    std::vector<quint64> storedDigest; // buyer -> digest of the seller's stored row, 0 = none
    std::unique_ptr<SegmentRowWriter> writer;
    // Reused from seller to seller (fresh memory costs a page fault per 4 KB).
    std::vector<BuyerFacts> factsNow;
    std::vector<BuyerFacts> factsBefore;
    std::vector<quint64> order;

    void fit(quint32 buyers)
    {
        if (slotOf.size() < buyers)
            slotOf.resize(buyers, -1);
        if (storedDigest.size() < buyers)
            storedDigest.resize(buyers, 0);
    }
};

struct SegmentationJob::SellerData
{
    explicit SellerData(const BuyerDirectory& directory)
        : ids(directory)
    {}

    QString sellerId;
    QByteArray sellerIdBytes;
    bool verified = false;
    bool antifraud = false;
    BuyerIds ids;
    std::vector<Gathered> buyers; // in id order; those with a sub-segment are known (SEG-3)
    QHash<qint32, std::vector<QByteArray>> productsByCategory; // most expensive first, at most 3
    std::vector<QByteArray> topProducts;
    RegularThresholds thresholds;
    std::optional<Segment> keySegment;
    qint64 knownBuyers = 0;
    QJsonObject entity;
};

namespace {

// The parts of a stored row that are lists of ids, as views into the run's data.
struct RowLists
{
    std::array<std::string_view, 3> interests;
    int interestCount = 0;
    std::array<std::string_view, 3> recommended;
    int recommendedCount = 0;
};

// Interests = the buyer's top 3 of the seller's categories by window activity; recommendations =
// the seller's most expensive products in those categories, else its top 3 (BUY-1).
RowLists listsOf(const SegmentationJob::SellerData& seller, const Catalogue& catalogue, const Gathered& buyer)
{
    RowLists lists;
    for (const qint32 category : buyer.topCategories)
        if (category >= 0)
            lists.interests[static_cast<size_t>(lists.interestCount++)] = viewOf(catalogue.categoryId(category));
    for (int i = 0; i < 3 && buyer.topCategories[static_cast<size_t>(i)] >= 0; ++i) {
        const auto products = seller.productsByCategory.constFind(buyer.topCategories[static_cast<size_t>(i)]);
        if (products == seller.productsByCategory.cend())
            continue;
        for (const QByteArray& product : *products) {
            const std::string_view id = viewOf(product);
            const auto end = lists.recommended.begin() + lists.recommendedCount;
            if (lists.recommendedCount < 3 && std::find(lists.recommended.begin(), end, id) == end)
                lists.recommended[static_cast<size_t>(lists.recommendedCount++)] = id;
        }
    }
    if (lists.recommendedCount == 0)
        for (const QByteArray& product : seller.topProducts)
            lists.recommended[static_cast<size_t>(lists.recommendedCount++)] = viewOf(product);
    return lists;
}

// BUY-3 chat state.
std::string_view chatOf(const SegmentationJob::SellerData& seller, const Gathered& buyer)
{
    if (seller.antifraud)
        return "antifraud_blocked";
    if (buyer.hasChat && buyer.chatBlockedByBuyer)
        return "blocked_by_buyer";
    if (!buyer.hasDelivered)
        return "first_order_not_delivered";
    if (!seller.verified && !(buyer.hasChat && buyer.chatStartedByBuyer))
        return "seller_not_verified";
    return "available";
}

} // namespace

SegmentationJob::SegmentationJob(std::shared_ptr<ServerStore> store, KeySegmentRule rule, SqlPath path)
    : m_store(std::move(store))
    , m_rule(rule)
    , m_path(path)
{}

SegmentationJob::~SegmentationJob() = default;

QDate SegmentationJob::today()
{
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return moscow.isValid() ? now.toTimeZone(moscow).date() : now.addSecs(3 * 3600).date();
}

StoreResult<std::unique_ptr<SegmentationJob::RunContext>> SegmentationJob::makeContext(Worker& worker, QDate asOf,
                                                                                        const QString& onlySeller) const
{
    using Result = StoreResult<std::unique_ptr<RunContext>>;
    auto context = std::make_unique<RunContext>();
    context->asOf = asOf;
    context->asOfBefore = asOf.addDays(-SegmentDynamics::comparisonDays);
    context->dates = {isoDate(SegmentationWindow{asOf}.firstDay()).toLatin1(), isoDate(asOf).toLatin1(),
                      isoDate(SegmentationWindow{context->asOfBefore}.firstDay()).toLatin1(),
                      isoDate(context->asOfBefore).toLatin1()};
    StoreStatus status = context->buyers.load(worker.sql);
    if (status)
        status = context->catalogue.load(worker.sql);
    if (!status)
        return Result::failure(status.error());
    // One seller's run gathers the activity in that seller's categories only.
    std::vector<bool> categories;
    if (!onlySeller.isEmpty()) {
        categories.assign(static_cast<size_t>(context->catalogue.categoryCount()), false);
        status = worker.sql.forEachRow(
            QStringLiteral("SELECT DISTINCT category_id FROM products WHERE seller_id = ?"), {onlySeller},
            QStringLiteral("reading the categories of %1").arg(onlySeller), [&](RowCursor& row) {
                const qint32 category = context->catalogue.category(row.text(0));
                if (category >= 0)
                    categories[static_cast<size_t>(category)] = true;
            });
        if (!status)
            return Result::failure(status.error());
    }
    StoreResult<CategoryActivity> activity = loadCategoryActivity(worker.sql, context->catalogue, context->buyers,
                                                                  context->dates, categories, onlySeller);
    if (!activity)
        return Result::failure(activity.error());
    context->activity = std::move(activity.value());
    return Result(std::move(context));
}

SqlAccess::Mode SegmentationJob::accessMode() const
{
    return m_path == SqlPath::Fastest ? SqlAccess::Mode::Fastest : SqlAccess::Mode::Portable;
}

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
    using Result = StoreResult<SellerSegmentationResult>;
    Worker worker(m_store->connectionForThisThread(), accessMode());
    StoreResult<std::unique_ptr<RunContext>> context = makeContext(worker, asOf, sellerId);
    if (!context)
        return Result::failure(context.error());
    StoreResult<std::unique_ptr<SellerData>> computed = computeSeller(*context.value(), worker, sellerId);
    if (!computed)
        return Result::failure(computed.error());
    const SellerData& seller = *computed.value();
    const Catalogue& catalogue = context.value()->catalogue;
    const BuyerIds& buyers = seller.ids;
    const TextPool& values = buyers.directory().values();
    SellerSegmentationResult result;
    result.sellerId = sellerId;
    result.asOf = asOf;
    result.thresholds = seller.thresholds;
    result.keySegment = seller.keySegment;
    result.entity = seller.entity;
    result.buyers.reserve(static_cast<size_t>(seller.knownBuyers));
    for (const Gathered& g : seller.buyers) {
        if (!g.subSegment)
            continue;
        SegmentedBuyer buyer;
        buyer.buyerId = utf8(buyers.id(g.buyer));
        buyer.subSegment = *g.subSegment;
        buyer.subSegmentBefore = g.subSegmentBefore;
        buyer.ordersInWindow = g.now.ordersInWindow;
        buyer.revenueKopecks = g.now.revenueKopecks;
        buyer.avgCheckKopecks = averageCheckKopecks(g.now);
        buyer.lastOrder = utf8(g.lastOrder.view());
        buyer.recencyDays = g.now.recencyDays;
        const BuyerDirectory::Attributes attributes = buyers.attributes(g.buyer);
        buyer.gender = values.text(attributes.gender);
        buyer.ageBand = values.text(attributes.ageBand);
        buyer.region = values.text(attributes.region);
        const RowLists lists = listsOf(seller, catalogue, g);
        for (int i = 0; i < lists.interestCount; ++i)
            buyer.interests.append(utf8(lists.interests[static_cast<size_t>(i)]));
        for (int i = 0; i < lists.recommendedCount; ++i)
            buyer.recommendedProducts.append(utf8(lists.recommended[static_cast<size_t>(i)]));
        buyer.interestEvents = g.interestEvents();
        buyer.chat = utf8(chatOf(seller, g));
        result.buyers.push_back(std::move(buyer));
    }
    return result;
}

StoreResult<SegmentationJob::Summary> SegmentationJob::run(const QStringList& sellerIds, QDate asOf)
{
    using Result = StoreResult<Summary>;
    Worker writing(m_store->connectionForThisThread(), accessMode());
    StoreResult<std::unique_ptr<RunContext>> made =
        makeContext(writing, asOf, sellerIds.size() == 1 ? sellerIds.first() : QString());
    if (!made)
        return Result::failure(made.error());
    const RunContext& context = *made.value();
    Summary summary;
    const auto store = [&](SellerData& seller) {
        const StoreStatus stored = storeSeller(context, writing, seller, summary);
        if (stored) {
            ++summary.sellers;
            summary.buyers += seller.knownBuyers;
        }
        return stored;
    };
    if (sellerIds.size() == 1) {
        StoreResult<std::unique_ptr<SellerData>> seller = computeSeller(context, writing, sellerIds.first());
        if (!seller)
            return Result::failure(seller.error());
        const StoreStatus stored = store(*seller.value());
        return stored ? Result(summary) : Result::failure(stored.error());
    }

    // Two cores: a thread with its own connection computes the next sellers while this one stores
    // (in seller order, so row versions come out as in a sequential run). At most two computed
    // sellers wait, which bounds the memory.
    struct Handoff
    {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<std::unique_ptr<SellerData>> ready;
        bool stop = false;
        QString computeError;
    } handoff;
    std::thread computing([&] {
        Worker worker(m_store->connectionForThisThread(), accessMode());
        for (const QString& sellerId : sellerIds) {
            {
                std::unique_lock lock(handoff.mutex);
                handoff.changed.wait(lock, [&] { return handoff.stop || handoff.ready.size() < 2; });
                if (handoff.stop)
                    return;
            }
            StoreResult<std::unique_ptr<SellerData>> seller = computeSeller(context, worker, sellerId);
            const std::lock_guard lock(handoff.mutex);
            if (!seller) {
                handoff.computeError = seller.error();
                handoff.stop = true;
            } else {
                handoff.ready.push_back(std::move(seller.value()));
            }
            handoff.changed.notify_all();
            if (handoff.stop)
                return;
        }
    });
    QString storeError;
    for (qsizetype i = 0; i < sellerIds.size() && storeError.isEmpty(); ++i) {
        std::unique_ptr<SellerData> seller;
        {
            std::unique_lock lock(handoff.mutex);
            handoff.changed.wait(lock, [&] { return !handoff.ready.empty() || handoff.stop; });
            if (handoff.ready.empty())
                break;
            seller = std::move(handoff.ready.front());
            handoff.ready.pop_front();
            handoff.changed.notify_all();
        }
        const StoreStatus stored = store(*seller);
        if (!stored)
            storeError = stored.error();
    }
    {
        const std::lock_guard lock(handoff.mutex);
        handoff.stop = true;
        handoff.changed.notify_all();
    }
    computing.join();
    if (!storeError.isEmpty())
        return Result::failure(storeError);
    if (!handoff.computeError.isEmpty())
        return Result::failure(handoff.computeError);
    return summary;
}

namespace {

// SEG-1/SEG-2 per buyer from the seller's counted orders up to asOf, in one pass: SQLite streams
// the rows of the covering index (seller_id, buyer_id, order_date, status, total_kopecks) and
// they are summed here; other databases aggregate in SQL.
template <typename Add>
StoreStatus readOrderSummaries(SqlAccess& sql, const QString& sellerId, const RunDates& dates, Add add)
{
    const QString purpose = QStringLiteral("aggregating orders of %1").arg(sellerId);
    if (!sql.isNative()) {
        return sql.forEachRow(
            QStringLiteral(
                "SELECT buyer_id,"
                " SUM(CASE WHEN order_date >= ? THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN order_date >= ? THEN total_kopecks ELSE 0 END),"
                " MAX(order_date), MIN(order_date),"
                " SUM(CASE WHEN order_date >= ? AND order_date <= ? THEN 1 ELSE 0 END),"
                " SUM(CASE WHEN order_date >= ? AND order_date <= ? THEN total_kopecks ELSE 0 END),"
                " MAX(CASE WHEN order_date <= ? THEN order_date END),"
                " MAX(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END)"
                " FROM orders WHERE seller_id = ? AND order_date <= ? AND status IN ('delivered', 'in_progress')"
                " GROUP BY buyer_id"),
            {QString::fromLatin1(dates.firstNow), QString::fromLatin1(dates.firstNow),
             QString::fromLatin1(dates.firstBefore), QString::fromLatin1(dates.lastBefore),
             QString::fromLatin1(dates.firstBefore), QString::fromLatin1(dates.lastBefore),
             QString::fromLatin1(dates.lastBefore), sellerId, QString::fromLatin1(dates.lastNow)},
            purpose, [&add](RowCursor& row) {
                OrderSummary summary;
                summary.ordersNow = static_cast<int>(row.integer(1));
                summary.revenueNow = row.integer(2);
                summary.lastOrder.assign(row.text(3));
                summary.firstOrder.assign(row.text(4));
                summary.ordersBefore = static_cast<int>(row.integer(5));
                summary.revenueBefore = row.integer(6);
                summary.lastOrderBefore.assign(row.text(7));
                summary.delivered = row.integer(8) != 0;
                add(row.text(0), summary);
            });
    }
    const std::string_view firstNow = viewOf(dates.firstNow);
    const std::string_view firstBefore = viewOf(dates.firstBefore);
    const std::string_view lastBefore = viewOf(dates.lastBefore);
    std::string buyer;
    OrderSummary summary;
    const StoreStatus status = sql.forEachRow(
        QStringLiteral("SELECT buyer_id, order_date, status, total_kopecks FROM orders"
                       " WHERE seller_id = ? AND order_date <= ? AND status IN ('delivered', 'in_progress')"
                       " ORDER BY buyer_id"),
        {sellerId, QString::fromLatin1(dates.lastNow)}, purpose, [&](RowCursor& row) {
            const std::string_view id = row.text(0);
            if (id != buyer) {
                if (!buyer.empty())
                    add(std::string_view(buyer), summary);
                buyer.assign(id);
                summary = OrderSummary();
            }
            const std::string_view date = row.text(1);
            const qint64 total = row.integer(3);
            if (date >= firstNow) {
                ++summary.ordersNow;
                summary.revenueNow += total;
            }
            if (summary.lastOrder.empty() || date > summary.lastOrder.view())
                summary.lastOrder.assign(date);
            if (summary.firstOrder.empty() || date < summary.firstOrder.view())
                summary.firstOrder.assign(date);
            if (date <= lastBefore) {
                if (date >= firstBefore) {
                    ++summary.ordersBefore;
                    summary.revenueBefore += total;
                }
                if (summary.lastOrderBefore.empty() || date > summary.lastOrderBefore.view())
                    summary.lastOrderBefore.assign(date);
            }
            if (row.text(2) == "delivered")
                summary.delivered = true;
        });
    if (status && !buyer.empty())
        add(std::string_view(buyer), summary);
    return status;
}

// SEG-3 "Interested in your products": events on the seller's products in each window, per buyer.
template <typename Add>
StoreStatus readProductInterest(SqlAccess& sql, const QString& sellerId, const RunDates& dates, Add add)
{
    const QString purpose = QStringLiteral("aggregating events of %1").arg(sellerId);
    const QVariantList window{QString::fromLatin1(dates.firstBefore), QString::fromLatin1(dates.lastNow)};
    if (!sql.isNative()) {
        return sql.forEachRow(
            QStringLiteral("SELECT buyer_id, SUM(CASE WHEN event_date >= ? THEN 1 ELSE 0 END),"
                           " SUM(CASE WHEN event_date <= ? THEN 1 ELSE 0 END)"
                           " FROM events WHERE seller_id = ? AND event_date >= ? AND event_date <= ?"
                           " GROUP BY buyer_id"),
            QVariantList{QString::fromLatin1(dates.firstNow), QString::fromLatin1(dates.lastBefore), sellerId} + window,
            purpose, [&add](RowCursor& row) { add(row.text(0), row.integer(1), row.integer(2)); });
    }
    const std::string_view firstNow = viewOf(dates.firstNow);
    const std::string_view lastBefore = viewOf(dates.lastBefore);
    std::string buyer;
    qint64 now = 0, before = 0;
    const StoreStatus status = sql.forEachRow(
        QStringLiteral("SELECT buyer_id, event_date FROM events WHERE seller_id = ? AND event_date >= ?"
                       " AND event_date <= ? ORDER BY buyer_id"),
        QVariantList{sellerId} + window, purpose, [&](RowCursor& row) {
            const std::string_view id = row.text(0);
            if (id != buyer) {
                if (!buyer.empty())
                    add(std::string_view(buyer), now, before);
                buyer.assign(id);
                now = before = 0;
            }
            const std::string_view date = row.text(1);
            now += date >= firstNow ? 1 : 0;
            before += date <= lastBefore ? 1 : 0;
        });
    if (status && !buyer.empty())
        add(std::string_view(buyer), now, before);
    return status;
}

} // namespace

StoreResult<std::unique_ptr<SegmentationJob::SellerData>>
SegmentationJob::computeSeller(const RunContext& context, Worker& worker, const QString& sellerId) const
{
    using Result = StoreResult<std::unique_ptr<SellerData>>;
    auto data = std::make_unique<SellerData>(context.buyers);
    SellerData& seller = *data;
    seller.sellerId = sellerId;
    seller.sellerIdBytes = sellerId.toUtf8();
    {
        QSqlQuery query(worker.db);
        query.prepare(QStringLiteral("SELECT verified, antifraud_blocked FROM sellers WHERE seller_id = ?"));
        query.addBindValue(sellerId);
        if (!query.exec())
            return Result::failure(sqlError(query, QStringLiteral("reading seller %1").arg(sellerId)));
        if (!query.next())
            return Result::failure(QStringLiteral("unknown seller %1").arg(sellerId));
        seller.verified = query.value(0).toInt() != 0;
        seller.antifraud = query.value(1).toInt() != 0;
    }

    // The seller's products per category, most expensive first (recommendations), and so the
    // seller's categories.
    std::vector<bool> sellerCategories(static_cast<size_t>(context.catalogue.categoryCount()), false);
    StoreStatus status = worker.sql.forEachRow(
        QStringLiteral("SELECT category_id, product_id FROM products WHERE seller_id = ?"
                       " ORDER BY price_kopecks DESC, product_id"),
        {sellerId}, QStringLiteral("reading products of %1").arg(sellerId), [&](RowCursor& row) {
            const qint32 category = context.catalogue.category(row.text(0));
            const std::string_view product = row.text(1);
            if (category >= 0) {
                sellerCategories[static_cast<size_t>(category)] = true;
                std::vector<QByteArray>& list = seller.productsByCategory[category];
                if (list.size() < 3)
                    list.emplace_back(product.data(), static_cast<qsizetype>(product.size()));
            }
            if (seller.topProducts.size() < 3)
                seller.topProducts.emplace_back(product.data(), static_cast<qsizetype>(product.size()));
        });
    if (!status)
        return Result::failure(status.error());

    std::vector<Gathered>& gathered = seller.buyers;
    const auto gather = [&](quint32 buyer) -> Gathered& {
        worker.fit(seller.ids.size());
        qint32& slot = worker.slotOf[buyer];
        if (slot < 0) {
            slot = static_cast<qint32>(gathered.size());
            gathered.push_back(Gathered{});
            gathered.back().buyer = buyer;
        }
        return gathered[static_cast<size_t>(slot)];
    };
    BuyerIds::Walk ordersWalk(seller.ids);
    status = readOrderSummaries(worker.sql, sellerId, context.dates, [&](std::string_view id, const OrderSummary& o) {
        Gathered& g = gather(ordersWalk(id));
        g.now.ordersInWindow = o.ordersNow;
        g.now.revenueKopecks = o.revenueNow;
        g.lastOrder = o.lastOrder;
        g.now.recencyDays = static_cast<int>(dateOf(o.lastOrder.view()).daysTo(context.asOf));
        g.now.orderedBeforeWindow = o.firstOrder.view() < viewOf(context.dates.firstNow);
        g.before.ordersInWindow = o.ordersBefore;
        g.before.revenueKopecks = o.revenueBefore;
        if (!o.lastOrderBefore.empty())
            g.before.recencyDays = static_cast<int>(dateOf(o.lastOrderBefore.view()).daysTo(context.asOfBefore));
        g.before.orderedBeforeWindow = o.firstOrder.view() < viewOf(context.dates.firstBefore);
        g.hasDelivered = o.delivered;
    });
    if (!status)
        return Result::failure(status.error());

    BuyerIds::Walk eventsWalk(seller.ids);
    status = readProductInterest(worker.sql, sellerId, context.dates, [&](std::string_view id, qint64 now, qint64 before) {
        if (now == 0 && before == 0)
            return;
        Gathered& g = gather(eventsWalk(id));
        g.productEvents = now;
        g.now.interestedInProducts = now > 0;
        g.before.interestedInProducts = before > 0;
    });
    if (!status)
        return Result::failure(status.error());

    // SEG-3 "Interested in your categories": activity on any product of the seller's categories.
    const CategoryActivity& activity = context.activity;
    for (qint32 category = 0; category < context.catalogue.categoryCount(); ++category) {
        if (!sellerCategories[static_cast<size_t>(category)])
            continue;
        for (quint32 i = activity.offsets[static_cast<size_t>(category)];
             i < activity.offsets[static_cast<size_t>(category) + 1]; ++i) {
            const CategoryActivity::Entry& entry = activity.entries[i];
            if (entry.now == 0 && entry.before == 0)
                continue;
            Gathered& g = gather(entry.buyer);
            if (entry.now > 0) {
                g.now.interestedInCategories = true;
                g.categoryEvents += entry.now;
                g.addCategory(category, entry.now);
            }
            if (entry.before > 0)
                g.before.interestedInCategories = true;
        }
    }

    status = worker.sql.forEachRow(
        QStringLiteral("SELECT buyer_id, started_by, blocked_by_buyer FROM chats WHERE seller_id = ?"), {sellerId},
        QStringLiteral("reading chats of %1").arg(sellerId), [&](RowCursor& row) {
            const quint32 buyer = seller.ids.find(row.text(0));
            if (buyer == BuyerDirectory::none || buyer >= worker.slotOf.size() || worker.slotOf[buyer] < 0)
                return;
            Gathered& g = gathered[static_cast<size_t>(worker.slotOf[buyer])];
            g.hasChat = true;
            g.chatStartedByBuyer = row.text(1) == "buyer";
            g.chatBlockedByBuyer = row.integer(2) != 0;
        });
    for (const Gathered& g : gathered)
        worker.slotOf[g.buyer] = -1;
    if (!status)
        return Result::failure(status.error());
    // Into id order: sort (buyer, position) keys rather than the large entries, then move each
    // entry once along the cycles of the permutation (no second copy of the list).
    {
        std::vector<quint64>& keys = worker.order;
        keys.clear();
        for (size_t i = 0; i < gathered.size(); ++i)
            keys.push_back(static_cast<quint64>(gathered[i].buyer) << 32 | i);
        const BuyerIds& ids = seller.ids;
        std::sort(keys.begin(), keys.end(), [&ids](quint64 a, quint64 b) {
            return ids.inIdOrder(static_cast<quint32>(a >> 32), static_cast<quint32>(b >> 32));
        });
        const auto source = [&keys](size_t position) { return static_cast<size_t>(keys[position] & 0xFFFFFFFFu); };
        const auto placed = [&keys](size_t position) { keys[position] = position; };
        for (size_t start = 0; start < keys.size(); ++start) {
            if (source(start) == start)
                continue;
            Gathered first = gathered[start];
            size_t position = start;
            while (source(position) != start) {
                const size_t from = source(position);
                gathered[position] = gathered[from];
                placed(position);
                position = from;
            }
            gathered[position] = first;
            placed(position);
        }
    }

    // Classification with domain/ (SEG-3, SEG-4) for both dates.
    SegmentDynamics dynamics;
    {
        std::vector<BuyerFacts>& factsNow = worker.factsNow;
        std::vector<BuyerFacts>& factsBefore = worker.factsBefore;
        factsNow.clear();
        factsBefore.clear();
        for (const Gathered& g : gathered) {
            factsNow.push_back(g.now);
            factsBefore.push_back(g.before);
        }
        const SellerSegmentation now = segmentBuyers(factsNow);
        const SellerSegmentation before = segmentBuyers(factsBefore);
        dynamics = compareMemberships(before.subSegments, now.subSegments);
        seller.thresholds = now.thresholds;
        for (size_t i = 0; i < gathered.size(); ++i) {
            gathered[i].subSegment = now.subSegments[i];
            gathered[i].subSegmentBefore = before.subSegments[i];
        }
    }

    std::array<qint64, subSegmentCount> buyersIn{};
    std::array<qint64, subSegmentCount> revenueIn{};
    std::array<qint64, subSegmentCount> ordersIn{};
    std::array<qint64, subSegmentCount> interestIn{};
    for (const Gathered& g : gathered) {
        if (!g.subSegment)
            continue;
        const auto slot = static_cast<size_t>(*g.subSegment);
        ++buyersIn[slot];
        revenueIn[slot] += g.now.revenueKopecks;
        ordersIn[slot] += g.now.ordersInWindow;
        interestIn[slot] += g.interestEvents();
        ++seller.knownBuyers;
    }
    const QDate asOf = context.asOf;
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
    seller.keySegment = chooseKeySegment(counts, m_rule);
    const qint64 allBuyers = seller.knownBuyers;
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
    seller.entity = QJsonObject{
        {QStringLiteral("as_of"), isoDate(asOf)},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("avg_check_high_kopecks"), seller.thresholds.avgCheckHighKopecks},
                     {QStringLiteral("avg_check_low_kopecks"), seller.thresholds.avgCheckLowKopecks},
                     {QStringLiteral("orders_high"), seller.thresholds.ordersHigh},
                     {QStringLiteral("regular_buyers"), seller.thresholds.regularBuyers}}},
        {QStringLiteral("key_segment"),
         seller.keySegment ? QJsonValue(segmentCode(*seller.keySegment)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("key_rule"), QJsonObject{{QStringLiteral("regular_min"), m_rule.regularMin},
                                                 {QStringLiteral("new_min"), m_rule.newMin}}},
        {QStringLiteral("segments"), segments},
    };
    return Result(std::move(data));
}

StoreStatus SegmentationJob::storeSeller(const RunContext& context, Worker& worker, SellerData& seller,
                                         Summary& summary) const
{
    if (!worker.writer) {
        StoreResult<std::unique_ptr<SegmentRowWriter>> writer = SegmentRowWriter::create(worker.sql);
        if (!writer)
            return StoreStatus::failure(writer.error());
        worker.writer = std::move(writer.value());
    }
    // The digests of the seller's stored rows, by buyer; cleared again whatever happens.
    std::vector<quint32> stored;
    const auto clearStored = [&worker, &stored] {
        for (const quint32 buyer : stored)
            worker.storedDigest[buyer] = 0;
    };
    QSqlDatabase& db = worker.db;
    const StoreStatus outcome = inTransaction(db, [&]() -> StoreStatus {
        BuyerIds::Walk walk(seller.ids);
        StoreStatus status = worker.sql.forEachRow(
            storedRowsSql(), {seller.sellerId}, QStringLiteral("reading stored segments"), [&](RowCursor& row) {
                const quint32 buyer = walk(row.text(0));
                worker.fit(seller.ids.size());
                worker.storedDigest[buyer] = digestOfStored(row);
                stored.push_back(buyer);
            });
        if (!status)
            return status;

        worker.fit(seller.ids.size());
        const BuyerIds& buyers = seller.ids;
        const TextPool& values = buyers.directory().values();
        RowImage image;
        const auto imageOf = [&](const Gathered& g) {
            const auto sub = static_cast<size_t>(*g.subSegment);
            image.buyerId = buyers.id(g.buyer);
            image.segment = viewOf(codes().segment[sub]);
            image.subsegment = viewOf(codes().subsegment[sub]);
            image.orders = g.now.ordersInWindow;
            image.avgCheck = averageCheckKopecks(g.now);
            image.revenue = g.now.revenueKopecks;
            image.lastOrder = g.lastOrder.view();
            const BuyerDirectory::Attributes attributes = buyers.attributes(g.buyer);
            image.gender = viewOf(values.bytes(attributes.gender));
            image.ageBand = viewOf(values.bytes(attributes.ageBand));
            image.region = viewOf(values.bytes(attributes.region));
            const RowLists lists = listsOf(seller, context.catalogue, g);
            image.interests.clear();
            appendJsonArray(image.interests, lists.interests.data(), lists.interestCount);
            image.recommended.clear();
            appendJsonArray(image.recommended, lists.recommended.data(), lists.recommendedCount);
            image.interestEvents = g.interestEvents();
            image.chat = chatOf(seller, g);
        };
        std::vector<const Gathered*> changed;
        for (const Gathered& g : seller.buyers) {
            if (!g.subSegment)
                continue;
            imageOf(g);
            quint64& storedDigest = worker.storedDigest[g.buyer];
            const bool same = storedDigest == digestOf(image);
            storedDigest = 0;
            if (!same)
                changed.push_back(&g);
        }
        // Stored rows not matched above: buyers no longer known to the seller.
        std::vector<quint32> gone;
        for (const quint32 buyer : stored)
            if (worker.storedDigest[buyer] != 0)
                gone.push_back(buyer);
        std::sort(gone.begin(), gone.end(), [&buyers](quint32 a, quint32 b) { return buyers.inIdOrder(a, b); });

        const StoreResult<qint64> first =
            ServerStore::allocateRowVersions(db, static_cast<qint64>(changed.size() + gone.size()) + 2);
        if (!first)
            return StoreStatus::from(first);
        qint64 version = first.value();
        SegmentRowWriter& writer = *worker.writer;
        const qint64 writtenBefore = writer.rowsWritten();
        for (const Gathered* g : changed) {
            imageOf(*g);
            if (!(status = writer.write(seller.sellerIdBytes, image, version++)))
                return status;
        }
        if (!(status = writer.finish()))
            return status;
        summary.rowsWritten += writer.rowsWritten() - writtenBefore;

        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM segment_results WHERE seller_id = ? AND buyer_id = ?"));
        for (const quint32 buyer : gone) {
            const QString buyerId = utf8(buyers.id(buyer));
            remove.addBindValue(seller.sellerId);
            remove.addBindValue(buyerId);
            if (!(status = execPrepared(remove, QStringLiteral("removing a buyer no longer known"))))
                return status;
            if (!(status = ServerStore::addTombstone(db, seller.sellerId, QStringLiteral("buyer"), buyerId, version++)))
                return status;
            ++summary.rowsDeleted;
        }
        const QVariant nullText(QMetaType::fromType<QString>());

        // The `segmentation` entity and thresholds; written only when they changed.
        const QString entity = QString::fromUtf8(QJsonDocument(seller.entity).toJson(QJsonDocument::Compact));
        QSqlQuery previous(db);
        previous.prepare(
            QStringLiteral("SELECT data_json, as_of FROM segmentation_runs WHERE seller_id = ?"));
        previous.addBindValue(seller.sellerId);
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
            run.addBindValue(seller.sellerId);
            run.addBindValue(isoDate(context.asOf));
            run.addBindValue(seller.thresholds.avgCheckHighKopecks);
            run.addBindValue(seller.thresholds.avgCheckLowKopecks);
            run.addBindValue(seller.thresholds.ordersHigh);
            run.addBindValue(seller.thresholds.regularBuyers);
            run.addBindValue(seller.keySegment ? QVariant(segmentCode(*seller.keySegment)) : nullText);
            run.addBindValue(m_rule.regularMin);
            run.addBindValue(m_rule.newMin);
            run.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            run.addBindValue(entity);
            run.addBindValue(version++);
            if (!(status = execPrepared(run, QStringLiteral("storing the segmentation"))))
                return status;

            QSqlQuery clear(db);
            clear.prepare(QStringLiteral("DELETE FROM segment_metrics WHERE seller_id = ?"));
            clear.addBindValue(seller.sellerId);
            if (!(status = execPrepared(clear, QStringLiteral("clearing segment metrics"))))
                return status;
            BulkInserter metrics(db, QStringLiteral("segment_metrics"),
                                 {QStringLiteral("seller_id"), QStringLiteral("segment"),
                                  QStringLiteral("subsegment"), QStringLiteral("buyers"),
                                  QStringLiteral("share"), QStringLiteral("revenue_kopecks"),
                                  QStringLiteral("revenue_share"), QStringLiteral("avg_check_kopecks"),
                                  QStringLiteral("orders_per_buyer"), QStringLiteral("joined_count"),
                                  QStringLiteral("left_count"), QStringLiteral("interest_events")});
            for (const QJsonValue& value : seller.entity.value(QStringLiteral("segments")).toArray()) {
                const QJsonObject m = value.toObject();
                metrics.add(seller.sellerId);
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
        if (previousAsOf != isoDate(context.asOf)) {
            // The seller entity carries as_of and the quota month: it changes with the date.
            QSqlQuery touch(db);
            touch.prepare(QStringLiteral("UPDATE sellers SET row_version = ? WHERE seller_id = ?"));
            touch.addBindValue(version++);
            touch.addBindValue(seller.sellerId);
            if (!(status = execPrepared(touch, QStringLiteral("updating the seller's version"))))
                return status;
        }
        // POR-2: saved audiences follow the new segment results in the same transaction.
        return saved_audiences::recount(db, seller.sellerId);
    });
    clearStored();
    return outcome;
}

} // namespace sellercrm::server
