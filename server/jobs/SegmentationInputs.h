#pragma once

#include "store/StoreResult.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

struct sqlite3;

namespace sellercrm::server::segmentation {

// A forward-only cursor over one SELECT. Texts are UTF-8 bytes, valid until the next next();
// NULL reads as an empty text or 0.
class RowCursor
{
public:
    virtual ~RowCursor() = default;
    virtual bool next() = 0; // false at the end, or on an error (then error() is set)
    virtual std::string_view text(int column) = 0;
    virtual qint64 integer(int column) = 0;
    virtual QString error() const = 0;
};

// How the job reads and writes one connection: SQLite's C API when the connection is SQLite and its
// driver runs the SQLite library linked here (no QVariant per value), QtSql otherwise (PostgreSQL,
// or SQLite when `portable` is asked for). The same SQL runs both ways.
class SqlAccess final
{
public:
    enum class Mode
    {
        Fastest, // the C API where possible
        Portable // QtSql only
    };
    SqlAccess(QSqlDatabase db, Mode mode);

    bool isNative() const { return m_native != nullptr; }
    sqlite3* nativeHandle() const { return m_native; }
    QSqlDatabase& database() { return m_db; }

    // Runs `sql` with positional values (strings or integers) and calls `row(cursor)` per row.
    template <typename Row>
    StoreStatus forEachRow(const QString& sql, const QVariantList& values, const QString& purpose, Row&& row)
    {
        StoreResult<std::unique_ptr<RowCursor>> cursor = select(sql, values, purpose);
        if (!cursor)
            return StoreStatus::failure(cursor.error());
        RowCursor& rows = *cursor.value();
        while (rows.next())
            row(rows);
        const QString error = rows.error();
        return error.isEmpty() ? StoreStatus() : StoreStatus::failure(QStringLiteral("%1: %2").arg(purpose, error));
    }

    StoreResult<std::unique_ptr<RowCursor>> select(const QString& sql, const QVariantList& values,
                                                   const QString& purpose);

private:
    QSqlDatabase m_db;
    sqlite3* m_native = nullptr;
};

// SEG-3 order of buyer ids: the order QString compares them in (UTF-16 code units), applied to
// their UTF-8 bytes. It is the byte order except that characters above U+FFFF sort before
// U+E000..U+FFFF.
bool idLess(std::string_view a, std::string_view b);

// Interned short texts (gender, age band, region, category ids): one copy each, an index per use.
class TextPool final
{
public:
    static constexpr quint32 none = 0xFFFFFFFFu;

    quint32 intern(std::string_view text);
    quint32 find(std::string_view text) const; // none = not interned
    const QByteArray& bytes(quint32 index) const { return m_values[index]; }
    QString text(quint32 index) const { return QString::fromUtf8(m_values[index]); }
    quint32 size() const { return static_cast<quint32>(m_values.size()); }

private:
    std::vector<QByteArray> m_values;
    std::vector<quint32> m_slots; // open addressing: index + 1, 0 = empty
};

// Every buyer of the store, held compactly for one run: ids in SEG-3 order (a buyer's index is
// its rank, so sorting indexes sorts ids) and the three attributes the rows copy. Ids met while
// the run's inputs are loaded that the buyers table did not hold get indexes after the others
// (see inIdOrder()). Read-only while sellers are computed (BuyerIds holds a seller's extra ids).
class BuyerDirectory final
{
public:
    static constexpr quint32 none = 0xFFFFFFFFu;

    struct Attributes
    {
        quint32 gender = 0;
        quint32 ageBand = 0;
        quint32 region = 0;
    };

    StoreStatus load(SqlAccess& sql);

    quint32 size() const { return static_cast<quint32>(m_offsets.size() - 1); }
    quint32 find(std::string_view id) const;
    quint32 findOrAdd(std::string_view id);
    // Finds an id at or after `position` among the buyers in id order by galloping forward (ids
    // that arrive in id order cost a compare or two each); moves `position` to it. none = not there.
    quint32 seek(std::string_view id, quint32& position) const;
    std::string_view id(quint32 buyer) const
    {
        return {m_ids.data() + m_offsets[buyer], m_offsets[buyer + 1] - m_offsets[buyer]};
    }
    const Attributes& attributes(quint32 buyer) const { return m_attributes[buyer]; }
    Attributes emptyAttributes() const { return {m_empty, m_empty, m_empty}; }
    const TextPool& values() const { return m_values; }
    quint32 sortedCount() const { return m_sorted; }

private:
    void append(std::string_view id, Attributes attributes);
    void rebuildSlots();
    void insertSlot(quint32 buyer);

    std::vector<char> m_ids;
    std::vector<quint32> m_offsets{0};
    std::vector<Attributes> m_attributes;
    std::vector<quint32> m_slots; // open addressing: buyer + 1, 0 = empty
    quint32 m_sorted = 0;         // buyers [0, m_sorted) are in id order
    quint32 m_empty = 0;          // the empty text in m_values
    TextPool m_values;
};

// The buyer indexes of one seller's computation and storage: the directory's, then ids the
// directory does not hold (numbered after it, empty attributes), kept with the seller so the
// shared directory is never changed while sellers are computed on several threads.
class BuyerIds final
{
public:
    explicit BuyerIds(const BuyerDirectory& directory)
        : m_directory(&directory)
    {}

    quint32 size() const { return m_directory->size() + static_cast<quint32>(m_extra.size()); }
    quint32 index(std::string_view id); // adds an id neither holds
    quint32 find(std::string_view id) const;
    std::string_view id(quint32 buyer) const
    {
        return buyer < m_directory->size() ? m_directory->id(buyer)
                                           : std::string_view(m_extra[buyer - m_directory->size()]);
    }
    BuyerDirectory::Attributes attributes(quint32 buyer) const
    {
        return buyer < m_directory->size() ? m_directory->attributes(buyer) : m_directory->emptyAttributes();
    }
    bool inIdOrder(quint32 a, quint32 b) const
    {
        const quint32 sorted = m_directory->sortedCount();
        return (a < sorted && b < sorted) ? a < b : idLess(id(a), id(b));
    }
    const BuyerDirectory& directory() const { return *m_directory; }

    // Resolves ids that mostly arrive in id order (ORDER BY buyer_id) without hashing them.
    class Walk final
    {
    public:
        explicit Walk(BuyerIds& ids)
            : m_ids(ids)
        {}
        quint32 operator()(std::string_view id)
        {
            const quint32 found = m_ids.m_directory->seek(id, m_position);
            return found != BuyerDirectory::none ? found : m_ids.index(id);
        }

    private:
        BuyerIds& m_ids;
        quint32 m_position = 0;
    };

private:
    const BuyerDirectory* m_directory;
    std::vector<std::string> m_extra;
    std::unordered_map<std::string, quint32> m_extraIndex; // a store checked at import has none
};

// The categories of the store, in id order (an index compares like its id), and every product's
// category and seller.
class Catalogue final
{
public:
    StoreStatus load(SqlAccess& sql);
    qint32 category(std::string_view categoryId) const; // -1 = unknown
    qint32 categoryOfProduct(std::string_view productId) const;
    const QByteArray& categoryId(qint32 category) const { return m_categories.bytes(m_order[category]); }
    qint32 categoryCount() const { return static_cast<qint32>(m_order.size()); }

private:
    TextPool m_categories;
    std::vector<quint32> m_order; // category index -> pool index, in id order
    std::vector<qint32> m_rankOf; // pool index -> category index
    TextPool m_products;
    std::vector<qint32> m_productCategory; // product pool index -> category index
};

// SEG-3 "Interested in your categories": every buyer's views, carts, favourites and counted
// orders (any seller) per category in the window as of asOf ("now") and as of asOf - 30
// ("before"), grouped by category for the per-seller look-ups.
struct CategoryActivity
{
    struct Entry
    {
        quint32 buyer = 0;
        quint32 now = 0;
        quint32 before = 0;
    };
    std::vector<quint32> offsets; // category c: entries [offsets[c], offsets[c + 1]), by buyer
    std::vector<Entry> entries;
};

// The dates of one run as ISO texts (SQL and byte comparisons agree on YYYY-MM-DD).
struct RunDates
{
    QByteArray firstNow, lastNow, firstBefore, lastBefore;
};

// `categories` (one flag per category index) restricts the activity to those categories (a
// single seller's run); empty = every category.
StoreResult<CategoryActivity> loadCategoryActivity(SqlAccess& sql, const Catalogue& catalogue,
                                                   BuyerDirectory& buyers, const RunDates& dates,
                                                   const std::vector<bool>& categories,
                                                   const QString& sellerFilter);

} // namespace sellercrm::server::segmentation
