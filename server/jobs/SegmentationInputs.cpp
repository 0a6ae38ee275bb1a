#include "jobs/SegmentationInputs.h"

#include "store/ServerStore.h"
#include "store/SqliteHandle.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace sellercrm::server::segmentation {

namespace {

size_t hashBytes(std::string_view bytes)
{
    return qHashBits(bytes.data(), bytes.size(), 0x5e9u);
}

std::string_view viewOf(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

// Open addressing over indexes stored as index + 1 (0 = empty); `keyOf(index)` gives the key.
template <typename KeyOf> quint32 findSlot(const std::vector<quint32>& table, std::string_view key, KeyOf keyOf)
{
    if (table.empty())
        return 0;
    const size_t mask = table.size() - 1;
    for (size_t slot = hashBytes(key) & mask;; slot = (slot + 1) & mask) {
        const quint32 stored = table[slot];
        if (stored == 0 || keyOf(stored - 1) == key)
            return stored;
    }
}

template <typename KeyOf>
void insertIntoSlots(std::vector<quint32>& table, quint32 index, KeyOf keyOf, quint32 count)
{
    if (table.size() < 2 * static_cast<size_t>(count) + 2) {
        size_t size = 64;
        while (size < 4 * static_cast<size_t>(count) + 4)
            size *= 2;
        table.assign(size, 0);
        for (quint32 i = 0; i < count; ++i)
            if (i != index)
                insertIntoSlots(table, i, keyOf, count);
    }
    const size_t mask = table.size() - 1;
    size_t slot = hashBytes(keyOf(index)) & mask;
    while (table[slot] != 0)
        slot = (slot + 1) & mask;
    table[slot] = index + 1;
}

class NativeCursor final : public RowCursor
{
public:
    NativeCursor(sqlite3* db, sqlite3_stmt* statement)
        : m_db(db)
        , m_statement(statement)
    {}
    ~NativeCursor() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(NativeCursor)

    bool next() override
    {
        const int status = sqlite3_step(m_statement);
        if (status == SQLITE_ROW)
            return true;
        if (status != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    std::string_view text(int column) override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return bytes ? std::string_view(bytes, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                     : std::string_view();
    }
    qint64 integer(int column) override { return sqlite3_column_int64(m_statement, column); }
    QString error() const override { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    QString m_error;
};

class QtSqlCursor final : public RowCursor
{
public:
    explicit QtSqlCursor(QSqlQuery query)
        : m_query(std::move(query))
    {}

    bool next() override
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        return false;
    }
    std::string_view text(int column) override
    {
        if (m_texts.size() <= static_cast<size_t>(column))
            m_texts.resize(static_cast<size_t>(column) + 1);
        m_texts[static_cast<size_t>(column)] = m_query.value(column).toString().toUtf8();
        return viewOf(m_texts[static_cast<size_t>(column)]);
    }
    qint64 integer(int column) override { return m_query.value(column).toLongLong(); }
    QString error() const override { return m_error; }

private:
    QSqlQuery m_query;
    std::vector<QByteArray> m_texts;
    QString m_error;
};

} // namespace

SqlAccess::SqlAccess(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
    , m_native(mode == Mode::Fastest ? nativeSqliteHandle(m_db) : nullptr)
{}

StoreResult<std::unique_ptr<RowCursor>> SqlAccess::select(const QString& sql, const QVariantList& values,
                                                          const QString& purpose)
{
    using Result = StoreResult<std::unique_ptr<RowCursor>>;
    if (m_native) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_native, text.constData(), static_cast<int>(text.size()), &statement, nullptr) !=
            SQLITE_OK)
            return Result::failure(QStringLiteral("%1: %2").arg(purpose, QString::fromUtf8(sqlite3_errmsg(m_native))));
        auto cursor = std::make_unique<NativeCursor>(m_native, statement);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant& value = values[i];
            const int position = static_cast<int>(i) + 1;
            const int bound = value.typeId() == QMetaType::QString
                                  ? sqlite3_bind_text(statement, position, value.toString().toUtf8().constData(),
                                                      -1, SQLITE_TRANSIENT)
                                  : sqlite3_bind_int64(statement, position, value.toLongLong());
            if (bound != SQLITE_OK)
                return Result::failure(
                    QStringLiteral("%1: %2").arg(purpose, QString::fromUtf8(sqlite3_errmsg(m_native))));
        }
        return Result(std::move(cursor));
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Result::failure(sqlError(query, purpose));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result::failure(sqlError(query, purpose));
    return Result(std::make_unique<QtSqlCursor>(std::move(query)));
}

bool idLess(std::string_view a, std::string_view b)
{
    const auto [left, right] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (left == a.end() || right == b.end())
        return a.size() < b.size();
    // At the first difference both strings are at the same place of the same character: a lead
    // byte >= 0xEE starts U+E000..U+FFFF (0xEE, 0xEF) or a character above U+FFFF (0xF0..0xF4),
    // which UTF-16 writes with surrogates (0xD800..) and so sorts first.
    const auto weight = [](unsigned char c) { return c >= 0xF0 ? c - 2 : c >= 0xEE ? c + 5 : c; };
    return weight(static_cast<unsigned char>(*left)) < weight(static_cast<unsigned char>(*right));
}

quint32 TextPool::find(std::string_view text) const
{
    return findSlot(m_slots, text, [this](quint32 index) { return viewOf(m_values[index]); }) - 1;
}

quint32 TextPool::intern(std::string_view text)
{
    const auto keyOf = [this](quint32 index) { return viewOf(m_values[index]); };
    const quint32 found = findSlot(m_slots, text, keyOf);
    if (found != 0)
        return found - 1;
    m_values.emplace_back(text.data(), static_cast<qsizetype>(text.size()));
    const quint32 index = size() - 1;
    insertIntoSlots(m_slots, index, keyOf, size());
    return index;
}

void BuyerDirectory::append(std::string_view id, Attributes attributes)
{
    m_ids.insert(m_ids.end(), id.begin(), id.end());
    m_offsets.push_back(static_cast<quint32>(m_ids.size()));
    m_attributes.push_back(attributes);
}

void BuyerDirectory::insertSlot(quint32 buyer)
{
    insertIntoSlots(m_slots, buyer, [this](quint32 index) { return id(index); }, size());
}

void BuyerDirectory::rebuildSlots()
{
    m_slots.clear();
    if (size() > 0)
        insertSlot(size() - 1); // sizes the table and inserts every buyer
}

StoreStatus BuyerDirectory::load(SqlAccess& sql)
{
    m_ids.clear();
    m_offsets.assign(1, 0);
    m_attributes.clear();
    const StoreStatus read = sql.forEachRow(
        QStringLiteral("SELECT buyer_id, gender, age_band, region FROM buyers ORDER BY buyer_id"), {},
        QStringLiteral("reading buyers"), [this](RowCursor& row) {
            append(row.text(0),
                   {m_values.intern(row.text(1)), m_values.intern(row.text(2)), m_values.intern(row.text(3))});
        });
    if (!read)
        return read;
    // SQL sorts bytes (SQLite) or by the database's collation (PostgreSQL): put them in id order.
    std::vector<quint32> order(size());
    std::iota(order.begin(), order.end(), 0u);
    const auto less = [this](quint32 a, quint32 b) { return idLess(id(a), id(b)); };
    if (!std::is_sorted(order.begin(), order.end(), less)) {
        std::sort(order.begin(), order.end(), less);
        std::vector<char> ids;
        std::vector<quint32> offsets{0};
        std::vector<Attributes> attributes;
        ids.reserve(m_ids.size());
        offsets.reserve(m_offsets.size());
        attributes.reserve(m_attributes.size());
        for (const quint32 buyer : order) {
            const std::string_view text = id(buyer);
            ids.insert(ids.end(), text.begin(), text.end());
            offsets.push_back(static_cast<quint32>(ids.size()));
            attributes.push_back(m_attributes[buyer]);
        }
        m_ids = std::move(ids);
        m_offsets = std::move(offsets);
        m_attributes = std::move(attributes);
    }
    m_sorted = size();
    m_empty = m_values.intern({});
    rebuildSlots();
    return {};
}

quint32 BuyerDirectory::seek(std::string_view buyerId, quint32& position) const
{
    // Gallop: buyers before `first` are known to sort before the id, the id is not after `last`.
    quint32 first = position;
    quint32 step = 1;
    while (first + step < m_sorted && idLess(id(first + step), buyerId)) {
        first += step;
        step *= 2;
    }
    quint32 last = std::min(first + step + 1, m_sorted);
    while (first < last) {
        const quint32 middle = first + (last - first) / 2;
        if (idLess(id(middle), buyerId))
            first = middle + 1;
        else
            last = middle;
    }
    if (first < m_sorted && id(first) == buyerId) {
        position = first;
        return first;
    }
    return none;
}

quint32 BuyerIds::find(std::string_view buyerId) const
{
    const quint32 found = m_directory->find(buyerId);
    if (found != BuyerDirectory::none)
        return found;
    const auto extra = m_extraIndex.find(std::string(buyerId));
    return extra != m_extraIndex.end() ? extra->second : BuyerDirectory::none;
}

quint32 BuyerIds::index(std::string_view buyerId)
{
    const quint32 found = find(buyerId);
    if (found != BuyerDirectory::none)
        return found;
    m_extra.emplace_back(buyerId);
    m_extraIndex.emplace(std::string(buyerId), size() - 1);
    return size() - 1;
}

quint32 BuyerDirectory::find(std::string_view buyerId) const
{
    return findSlot(m_slots, buyerId, [this](quint32 index) { return id(index); }) - 1;
}

quint32 BuyerDirectory::findOrAdd(std::string_view buyerId)
{
    const quint32 found = find(buyerId);
    if (found != none)
        return found;
    // Not in the buyers table: the row shows empty attributes (as a buyer without them).
    append(buyerId, emptyAttributes());
    insertSlot(size() - 1);
    return size() - 1;
}

StoreStatus Catalogue::load(SqlAccess& sql)
{
    StoreStatus status = sql.forEachRow(
        QStringLiteral("SELECT category_id FROM categories UNION SELECT category_id FROM products"), {},
        QStringLiteral("reading categories"), [this](RowCursor& row) { m_categories.intern(row.text(0)); });
    if (!status)
        return status;
    m_order.resize(m_categories.size());
    std::iota(m_order.begin(), m_order.end(), 0u);
    std::sort(m_order.begin(), m_order.end(), [this](quint32 a, quint32 b) {
        return idLess(viewOf(m_categories.bytes(a)), viewOf(m_categories.bytes(b)));
    });
    m_rankOf.resize(m_order.size());
    for (size_t rank = 0; rank < m_order.size(); ++rank)
        m_rankOf[m_order[rank]] = static_cast<qint32>(rank);
    return sql.forEachRow(QStringLiteral("SELECT product_id, category_id FROM products"), {},
                          QStringLiteral("reading products"), [this](RowCursor& row) {
                              const quint32 product = m_products.intern(row.text(0));
                              if (m_productCategory.size() <= product)
                                  m_productCategory.resize(product + 1, -1);
                              m_productCategory[product] = category(row.text(1));
                          });
}

qint32 Catalogue::category(std::string_view categoryId) const
{
    const quint32 found = m_categories.find(categoryId);
    return found == TextPool::none ? -1 : m_rankOf[found];
}

qint32 Catalogue::categoryOfProduct(std::string_view productId) const
{
    const quint32 found = m_products.find(productId);
    return found == TextPool::none ? -1 : m_productCategory[found];
}

namespace {

// One action (or, from the portable query, one buyer's actions) on a category.
struct CategoryCount
{
    quint64 key = 0; // category << 32 | buyer
    quint32 now = 0;
    quint32 before = 0;
};

} // namespace

StoreResult<CategoryActivity> loadCategoryActivity(SqlAccess& sql, const Catalogue& catalogue,
                                                   BuyerDirectory& buyers, const RunDates& dates,
                                                   const std::vector<bool>& categories,
                                                   const QString& sellerFilter)
{
    using Result = StoreResult<CategoryActivity>;
    const auto wanted = [&categories](qint32 category) {
        return category >= 0 && (categories.empty() || categories[static_cast<size_t>(category)]);
    };
    const auto keyOf = [](qint32 category, quint32 buyer) {
        return static_cast<quint64>(category) << 32 | buyer;
    };
    std::vector<CategoryCount> counts;
    const QVariantList window{QString::fromLatin1(dates.firstBefore), QString::fromLatin1(dates.lastNow)};
    if (sql.isNative()) {
        // One row per action; the product's category comes from the catalogue held in memory.
        const std::string_view firstNow = viewOf(dates.firstNow);
        const std::string_view lastBefore = viewOf(dates.lastBefore);
        const auto addAction = [&](RowCursor& row) {
            const qint32 category = catalogue.categoryOfProduct(row.text(1));
            if (!wanted(category))
                return;
            const std::string_view date = row.text(2);
            counts.push_back({keyOf(category, buyers.findOrAdd(row.text(0))), date >= firstNow ? 1u : 0u,
                              date <= lastBefore ? 1u : 0u});
        };
        StoreStatus status = sql.forEachRow(
            QStringLiteral("SELECT buyer_id, product_id, event_date FROM events"
                           " WHERE event_date >= ? AND event_date <= ?"),
            window, QStringLiteral("reading events for category interest"), addAction);
        if (!status)
            return Result::failure(status.error());
        status = sql.forEachRow(
            QStringLiteral("SELECT o.buyer_id, i.product_id, o.order_date FROM orders o"
                           " JOIN order_items i ON i.order_id = o.order_id"
                           " WHERE o.order_date >= ? AND o.order_date <= ? AND o.status IN ('delivered', 'in_progress')"),
            window, QStringLiteral("reading orders for category interest"), addAction);
        if (!status)
            return Result::failure(status.error());
    } else {
        // The database aggregates (PostgreSQL runs it in its own processes).
        const QString categoryFilter =
            sellerFilter.isEmpty()
                ? QString()
                : QStringLiteral(" AND p.category_id IN (SELECT category_id FROM products WHERE seller_id = ?)");
        QVariantList values{QString::fromLatin1(dates.firstNow), QString::fromLatin1(dates.lastBefore)};
        values += window;
        if (!sellerFilter.isEmpty())
            values.append(sellerFilter);
        values += QVariantList{QString::fromLatin1(dates.firstNow), QString::fromLatin1(dates.lastBefore)};
        values += window;
        if (!sellerFilter.isEmpty())
            values.append(sellerFilter);
        const StoreStatus status = sql.forEachRow(
            QStringLiteral("SELECT buyer_id, category_id, SUM(now_flag), SUM(before_flag) FROM ("
                           "  SELECT e.buyer_id, p.category_id,"
                           "   CASE WHEN e.event_date >= ? THEN 1 ELSE 0 END AS now_flag,"
                           "   CASE WHEN e.event_date <= ? THEN 1 ELSE 0 END AS before_flag"
                           "  FROM events e JOIN products p ON p.product_id = e.product_id"
                           "  WHERE e.event_date >= ? AND e.event_date <= ?%1"
                           "  UNION ALL"
                           "  SELECT o.buyer_id, p.category_id,"
                           "   CASE WHEN o.order_date >= ? THEN 1 ELSE 0 END,"
                           "   CASE WHEN o.order_date <= ? THEN 1 ELSE 0 END"
                           "  FROM orders o JOIN order_items i ON i.order_id = o.order_id"
                           "  JOIN products p ON p.product_id = i.product_id"
                           "  WHERE o.order_date >= ? AND o.order_date <= ?"
                           "   AND o.status IN ('delivered', 'in_progress')%1"
                           " ) activity GROUP BY buyer_id, category_id")
                .arg(categoryFilter),
            values, QStringLiteral("gathering category interest"), [&](RowCursor& row) {
                const qint32 category = catalogue.category(row.text(1));
                if (!wanted(category))
                    return;
                counts.push_back({keyOf(category, buyers.findOrAdd(row.text(0))),
                                  static_cast<quint32>(row.integer(2)), static_cast<quint32>(row.integer(3))});
            });
        if (!status)
            return Result::failure(status.error());
    }

    std::sort(counts.begin(), counts.end(),
              [](const CategoryCount& a, const CategoryCount& b) { return a.key < b.key; });
    CategoryActivity activity;
    activity.offsets.assign(static_cast<size_t>(catalogue.categoryCount()) + 1, 0);
    for (size_t i = 0; i < counts.size();) {
        CategoryActivity::Entry entry{static_cast<quint32>(counts[i].key), 0, 0};
        const quint64 key = counts[i].key;
        for (; i < counts.size() && counts[i].key == key; ++i) {
            entry.now += counts[i].now;
            entry.before += counts[i].before;
        }
        activity.entries.push_back(entry);
        ++activity.offsets[static_cast<size_t>(key >> 32) + 1];
    }
    std::partial_sum(activity.offsets.begin(), activity.offsets.end(), activity.offsets.begin());
    return activity;
}

} // namespace sellercrm::server::segmentation
