#include "tools/CsvImporter.h"

#include "store/BulkInserter.h"
#include "store/SchemaMigrations.h"
#include "tools/CsvReader.h"
#include "tools/IdHashSet.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace sellercrm::server {

namespace {

using Fields = std::vector<QByteArrayView>;

// Bulk indexes are dropped and rebuilt when the big files are at least this large, or when the
// store holds no orders yet (building an index once is cheaper than maintaining it row by row).
constexpr qint64 rebuildIndexesFromBytes = 64LL * 1024 * 1024;

QString text(QByteArrayView field)
{
    return QString::fromUtf8(field);
}

QString quoted(QByteArrayView field)
{
    return QLatin1Char('"') + text(field) + QLatin1Char('"');
}

std::optional<qint64> parseCount(QByteArrayView field)
{
    if (field.isEmpty() || field.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : field) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isDate(QByteArrayView field)
{
    if (field.size() != 10 || field[4] != '-' || field[7] != '-')
        return false;
    const auto number = [&field](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            if (field[i] < '0' || field[i] > '9')
                return -1;
            value = value * 10 + (field[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    return year > 0 && month > 0 && day > 0 && QDate(year, month, day).isValid();
}

bool isOneOf(QByteArrayView field, std::initializer_list<const char*> values)
{
    for (const char* value : values)
        if (field == QByteArrayView(value))
            return true;
    return false;
}

void addTexts(BulkRows& row, const Fields& fields, std::initializer_list<int> columns)
{
    for (const int column : columns)
        row.addText(fields[static_cast<size_t>(column)]);
}

// An optional column (dates, parent category): empty is NULL.
void addTextOrNull(BulkRows& row, QByteArrayView field)
{
    if (field.isEmpty())
        row.addNull();
    else
        row.addText(field);
}

QString unknownValue(const char* column, QByteArrayView value)
{
    return QStringLiteral("unknown %1 %2").arg(QString::fromLatin1(column), quoted(value));
}

QString duplicateValue(const char* column, QByteArrayView value)
{
    return QStringLiteral("duplicate %1 %2").arg(QString::fromLatin1(column), quoted(value));
}

// The id column of a row that must be new: empty or already seen is the reason to reject the
// row; otherwise the id is remembered.
QString claimNewId(QSet<QByteArray>& ids, const char* column, QByteArrayView id)
{
    if (id.isEmpty())
        return QStringLiteral("empty %1").arg(QString::fromLatin1(column));
    const QByteArray key = id.toByteArray();
    if (ids.contains(key))
        return duplicateValue(column, id);
    ids.insert(key);
    return {};
}

// A reference to a row of `ids` (sellers): the reason to reject the row when it is unknown.
QString requireKnown(const QSet<QByteArray>& ids, const char* column, QByteArrayView id)
{
    return ids.contains(id.toByteArray()) ? QString() : unknownValue(column, id);
}

// Checked rows of one file on their way from the parsing thread to the writing thread, with the
// line of each row (to name a row SQLite refuses).
struct RowBatch final
{
    std::size_t file = 0;
    BulkRows rows{1};
    std::vector<qint64> lines;
};

// Between the two threads of an import: the parser pushes batches (blocking while `capacity` wait),
// the writer pops them and hands the emptied ones back for reuse. Either side can stop the other:
// the parser by finishing (its status says whether the input was good), the writer by cancelling.
class BatchQueue final
{
public:
    static constexpr std::size_t capacity = 3;

    // An empty batch for `file`, reusing one the writer handed back when there is one.
    std::unique_ptr<RowBatch> emptyBatch(std::size_t file, int columns)
    {
        std::unique_ptr<RowBatch> batch;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                batch = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        if (!batch)
            batch = std::make_unique<RowBatch>();
        batch->file = file;
        batch->rows.reset(columns);
        batch->lines.clear();
        return batch;
    }

    // False when the writer has given up (the batch is dropped).
    bool push(std::unique_ptr<RowBatch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_ready.size() < capacity; });
        if (m_cancelled)
            return false;
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // The parser is done: with a failure the writer stops at once (nothing more need be written).
    void finish(StoreStatus parsed)
    {
        const std::lock_guard lock(m_mutex);
        m_parsed = std::move(parsed);
        m_finished = true;
        m_changed.notify_all();
    }

    // The next batch; null once the parser has finished and everything is written, or failed.
    std::unique_ptr<RowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty() || !m_parsed)
            return nullptr;
        std::unique_ptr<RowBatch> batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }

    void recycle(std::unique_ptr<RowBatch> batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
    }

    // The writer failed: the parser's next push() returns false.
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

    StoreStatus parsed() const
    {
        const std::lock_guard lock(m_mutex);
        return m_parsed;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_ready;
    std::vector<std::unique_ptr<RowBatch>> m_spare;
    StoreStatus m_parsed;
    bool m_finished = false;
    bool m_cancelled = false;
};

// One import. Threads: run() is called on the thread that owns the connection; it reads the IDs
// already in the store, then starts a parsing thread that reads, checks and batches the rows of
// every file in order (all the checking state below belongs to that thread while it runs) while
// the calling thread writes the batches (BulkInserter). Parsing the next rows overlaps SQLite's
// work on the previous ones.
class ImportRun final
{
public:
    ImportRun(QSqlDatabase db, QString directory)
        : m_db(std::move(db))
        , m_directory(std::move(directory))
    {}

    StoreStatus run(CsvImporter::Summary& summary);

private:
    // Checks a row and adds its values (returns a reason to reject it).
    using RowBuilder = std::function<QString(const Fields&, BulkRows&)>;
    // One file of the import: its rows go into `table`'s `columns` through `build`.
    struct FileLoad final
    {
        QString file;
        QString table;
        QStringList columns;
        RowBuilder build;
    };
    static constexpr qsizetype rowsPerBatch = 16384;

    StoreStatus preload();
    // The parsing thread: every file in order, then BatchQueue::finish().
    StoreStatus parseFiles(const std::vector<FileLoad>& files, BatchQueue& queue,
                           CsvImporter::Summary& summary);
    StoreStatus parseFile(std::size_t index, const FileLoad& load, BatchQueue& queue,
                          CsvImporter::Summary& summary);
    // The calling thread: writes the batches until the queue ends.
    StoreStatus writeBatches(const std::vector<FileLoad>& files, BatchQueue& queue);
    QString pathOf(const QString& file) const { return QDir(m_directory).filePath(file); }
    StoreStatus rebuildIndexes(bool drop);
    // Every parent_id of categories.csv names a category (checked once the file is read).
    StoreStatus checkCategoryParents() const;
    qint64 takeVersion() { return m_nextVersion++; }
    void releaseIdSets()
    {
        m_buyers = {};
        m_orders = {};
        m_productSeller = {};
    }

    QSqlDatabase m_db;
    QString m_directory;
    qint64 m_firstVersion = 0;
    qint64 m_nextVersion = 0;
    qint64 m_line = 0;

    QSet<QByteArray> m_sellers;
    QSet<QByteArray> m_categories;
    IdHashMap m_productSeller;       // product -> index in m_sellerNames
    QList<QByteArray> m_sellerNames; // the sellers of products, each once
    QHash<QByteArray, std::int32_t> m_sellerIndex;
    std::int32_t sellerIndex(QByteArrayView sellerId)
    {
        const QByteArray seller = sellerId.toByteArray();
        const auto found = m_sellerIndex.constFind(seller);
        if (found != m_sellerIndex.cend())
            return found.value();
        m_sellerNames.append(seller);
        return m_sellerIndex.insert(seller, static_cast<std::int32_t>(m_sellerNames.size() - 1)).value();
    }
    IdHashSet m_buyers;
    IdHashSet m_orders;
    QSet<QByteArray> m_promotions;
    QSet<QByteArray> m_collections;
    QSet<QByteArray> m_chats;
    QList<QPair<qint64, QByteArray>> m_categoryParents; // line, parent id: checked after the file
};

StoreStatus ImportRun::preload()
{
    const auto loadIds = [this](const QString& sql,
                                const std::function<void(QSqlQuery&)>& add) -> StoreStatus {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return StoreStatus::failure(sqlError(query, QStringLiteral("reading existing IDs")));
        while (query.next())
            add(query);
        return {};
    };
    const auto bytes = [](QSqlQuery& query, int column) { return query.value(column).toString().toUtf8(); };
    StoreStatus status = loadIds(QStringLiteral("SELECT seller_id FROM sellers"),
                                 [&](QSqlQuery& q) { m_sellers.insert(bytes(q, 0)); });
    if (status)
        status = loadIds(QStringLiteral("SELECT category_id FROM categories"),
                         [&](QSqlQuery& q) { m_categories.insert(bytes(q, 0)); });
    if (status)
        status = loadIds(QStringLiteral("SELECT product_id, seller_id FROM products"), [&](QSqlQuery& q) {
            m_productSeller.insert(bytes(q, 0), sellerIndex(bytes(q, 1)));
        });
    if (status)
        status = loadIds(QStringLiteral("SELECT buyer_id FROM buyers"),
                         [&](QSqlQuery& q) { m_buyers.insert(bytes(q, 0)); });
    if (status)
        status = loadIds(QStringLiteral("SELECT order_id FROM orders"),
                         [&](QSqlQuery& q) { m_orders.insert(bytes(q, 0)); });
    if (status)
        status = loadIds(QStringLiteral("SELECT promotion_id FROM promotions"),
                         [&](QSqlQuery& q) { m_promotions.insert(bytes(q, 0)); });
    if (status)
        status = loadIds(QStringLiteral("SELECT collection_id FROM collections"),
                         [&](QSqlQuery& q) { m_collections.insert(bytes(q, 0)); });
    if (status)
        status = loadIds(QStringLiteral("SELECT seller_id, buyer_id FROM chats"),
                         [&](QSqlQuery& q) { m_chats.insert(bytes(q, 0) + '\x1f' + bytes(q, 1)); });
    return status;
}

StoreStatus ImportRun::rebuildIndexes(bool drop)
{
    if (drop) {
        for (const QString& index : SchemaMigrations::bulkIndexNames()) {
            const StoreStatus status = execSql(m_db, QStringLiteral("DROP INDEX IF EXISTS ") + index);
            if (!status)
                return status;
        }
        return {};
    }
    // SQLite sorts the keys of each new index on two helper threads while this one scans the table.
    // Each sorts a run of keys as large as the page cache, so the cache is smaller meanwhile
    // (three runs of 96 MB instead of three of the bulk load's 256 MB: peak RSS stays < 1 GB).
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    QString cacheSize;
    if (sqlite) {
        QSqlQuery cache(m_db);
        if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next())
            cacheSize = cache.value(0).toString();
        execSql(m_db, QStringLiteral("PRAGMA cache_size=-98304"));
        execSql(m_db, QStringLiteral("PRAGMA threads=2"));
    }
    StoreStatus status;
    for (const QString& sql : SchemaMigrations::createBulkIndexes())
        if (!(status = execSql(m_db, sql)))
            break;
    if (sqlite) {
        execSql(m_db, QStringLiteral("PRAGMA threads=0"));
        if (!cacheSize.isEmpty())
            execSql(m_db, QStringLiteral("PRAGMA cache_size=") + cacheSize);
    }
    return status;
}

StoreStatus ImportRun::parseFile(std::size_t index, const FileLoad& load, BatchQueue& queue,
                                 CsvImporter::Summary& summary)
{
    const QString& name = load.file;
    const QStringList header = CsvImporter::formatOf(name);
    const QString path = pathOf(name);
    if (!QFileInfo::exists(path)) {
        summary.append({name, 0});
        return {};
    }
    CsvReader reader(path);
    if (!reader.open())
        return StoreStatus::failure(QStringLiteral("%1: %2").arg(path, reader.errorMessage()));
    const auto fail = [&path](qint64 line, const QString& reason) {
        return StoreStatus::failure(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(reason));
    };
    CsvReader::Status status = reader.next();
    if (status == CsvReader::Status::Error)
        return fail(reader.line(), reader.errorMessage());
    QStringList found;
    if (status == CsvReader::Status::Record)
        for (const QByteArrayView field : reader.fields())
            found.append(text(field));
    if (found != header)
        return fail(1, QStringLiteral("the header must be \"%1\"").arg(header.join(QLatin1Char(','))));
    const int columns = static_cast<int>(load.columns.size());
    std::unique_ptr<RowBatch> batch = queue.emptyBatch(index, columns);
    const auto cancelled = [&path]() {
        return StoreStatus::failure(QStringLiteral("%1: the import stopped while writing").arg(path));
    };
    qint64 rows = 0;
    while ((status = reader.next()) == CsvReader::Status::Record) {
        m_line = reader.line();
        const Fields& fields = reader.fields();
        if (fields.size() != static_cast<size_t>(header.size()))
            return fail(
                reader.line(),
                QStringLiteral("expected %1 columns, found %2").arg(header.size()).arg(fields.size()));
        const QString reason = load.build(fields, batch->rows);
        if (!reason.isEmpty())
            return fail(reader.line(), reason);
        batch->lines.push_back(m_line);
        ++rows;
        if (batch->rows.rowCount() >= rowsPerBatch) {
            if (!queue.push(std::move(batch)))
                return cancelled();
            batch = queue.emptyBatch(index, columns);
        }
    }
    if (status == CsvReader::Status::Error)
        return fail(reader.line(), reader.errorMessage());
    if (!batch->rows.isEmpty() && !queue.push(std::move(batch)))
        return cancelled();
    summary.append({name, rows});
    return {};
}

StoreStatus ImportRun::parseFiles(const std::vector<FileLoad>& files, BatchQueue& queue,
                                  CsvImporter::Summary& summary)
{
    m_categoryParents.clear();
    for (std::size_t index = 0; index < files.size(); ++index) {
        StoreStatus status = parseFile(index, files[index], queue, summary);
        if (status && files[index].table == QLatin1String("categories"))
            status = checkCategoryParents();
        if (!status)
            return status;
    }
    return {};
}

StoreStatus ImportRun::writeBatches(const std::vector<FileLoad>& files, BatchQueue& queue)
{
    std::unique_ptr<BulkInserter> insert;
    std::size_t current = files.size();
    while (std::unique_ptr<RowBatch> batch = queue.pop()) {
        const FileLoad& load = files[batch->file];
        if (batch->file != current) {
            insert.reset(); // the previous file's statements end first
            insert = std::make_unique<BulkInserter>(m_db, load.table, load.columns);
            current = batch->file;
        }
        qsizetype failedRow = -1;
        const StoreStatus written = insert->write(batch->rows, &failedRow);
        if (!written)
            return StoreStatus::failure(
                failedRow >= 0 ? QStringLiteral("%1:%2: %3")
                                     .arg(pathOf(load.file))
                                     .arg(batch->lines[static_cast<size_t>(failedRow)])
                                     .arg(written.error())
                               : QStringLiteral("%1: %2").arg(pathOf(load.file), written.error()));
        queue.recycle(std::move(batch));
    }
    return {};
}

StoreStatus ImportRun::checkCategoryParents() const
{
    for (const auto& [line, parent] : std::as_const(m_categoryParents))
        if (!m_categories.contains(parent))
            return StoreStatus::failure(QStringLiteral("%1:%2: %3")
                                            .arg(pathOf(QStringLiteral("categories.csv")))
                                            .arg(line)
                                            .arg(unknownValue("parent_id", parent)));
    return {};
}

StoreStatus ImportRun::run(CsvImporter::Summary& summary)
{
    if (!QFileInfo(m_directory).isDir())
        return StoreStatus::failure(QStringLiteral("%1: not a directory").arg(m_directory));
    StoreStatus status = preload();
    if (!status)
        return status;
    const StoreResult<qint64> first = ServerStore::allocateRowVersions(m_db, 0); // also locks the counter
    if (!first)
        return StoreStatus::from(first);
    m_firstVersion = m_nextVersion = first.value();

    qint64 bigBytes = 0;
    for (const char* big : {"orders.csv", "order_items.csv", "events.csv"})
        bigBytes += QFileInfo(QDir(m_directory).filePath(QString::fromLatin1(big))).size();
    const bool rebuild = bigBytes >= rebuildIndexesFromBytes || (bigBytes > 0 && m_orders.size() == 0);
    if (rebuild && !(status = rebuildIndexes(true)))
        return status;

    const auto unknown = unknownValue;
    const auto duplicate = duplicateValue;
    const auto invalid = [](const char* column, QByteArrayView value, const char* expected) {
        return QStringLiteral("invalid %1 %2 (expected %3)")
            .arg(QString::fromLatin1(column), quoted(value), QString::fromLatin1(expected));
    };
    const auto empty = [](const char* column) {
        return QStringLiteral("empty %1").arg(QString::fromLatin1(column));
    };

    std::vector<FileLoad> files;
    QByteArray lastSeller; // orders.csv comes grouped by seller: its seller is checked once a group
    files.push_back({QStringLiteral("sellers.csv"),
                     QStringLiteral("sellers"),
                     {QStringLiteral("seller_id"), QStringLiteral("name"), QStringLiteral("plan"),
                      QStringLiteral("subscription_end"), QStringLiteral("verified"),
                      QStringLiteral("antifraud_blocked"), QStringLiteral("row_version")},
                     [&](const Fields& f, BulkRows& row) -> QString {
                         if (const QString reason = claimNewId(m_sellers, "seller_id", f[0]);
                             !reason.isEmpty())
                             return reason;
                         if (!isOneOf(f[2], {"none", "premium", "premium_plus"}))
                             return invalid("plan", f[2], "none, premium or premium_plus");
                         if (!f[3].isEmpty() && !isDate(f[3]))
                             return invalid("subscription_end", f[3], "YYYY-MM-DD or empty");
                         if (!isOneOf(f[4], {"0", "1"}))
                             return invalid("verified", f[4], "0 or 1");
                         if (!isOneOf(f[5], {"0", "1"}))
                             return invalid("antifraud_blocked", f[5], "0 or 1");
                         addTexts(row, f, {0, 1, 2});
                         addTextOrNull(row, f[3]);
                         row.addInteger(f[4] == QByteArrayView("1") ? 1 : 0);
                         row.addInteger(f[5] == QByteArrayView("1") ? 1 : 0);
                         row.addInteger(takeVersion());
                         return {};
                     }});
    files.push_back({QStringLiteral("categories.csv"),
                     QStringLiteral("categories"),
                     {QStringLiteral("category_id"), QStringLiteral("name"), QStringLiteral("parent_id"),
                      QStringLiteral("row_version")},
                     [&](const Fields& f, BulkRows& row) -> QString {
                         if (const QString reason = claimNewId(m_categories, "category_id", f[0]);
                             !reason.isEmpty())
                             return reason;
                         if (f[2] == f[0])
                             return QStringLiteral("category %1 is its own parent").arg(quoted(f[0]));
                         if (!f[2].isEmpty())
                             m_categoryParents.append({m_line, f[2].toByteArray()});
                         addTexts(row, f, {0, 1});
                         addTextOrNull(row, f[2]);
                         row.addInteger(takeVersion());
                         return {};
                     }});
    files.push_back(
        {QStringLiteral("products.csv"),
         QStringLiteral("products"),
         {QStringLiteral("product_id"), QStringLiteral("seller_id"), QStringLiteral("sku"),
          QStringLiteral("name"), QStringLiteral("category_id"), QStringLiteral("price_kopecks"),
          QStringLiteral("row_version")},
         [&](const Fields& f, BulkRows& row) -> QString {
             if (f[0].isEmpty())
                 return empty("product_id");
             if (m_productSeller.find(f[0]) >= 0)
                 return duplicate("product_id", f[0]);
             if (const QString reason = requireKnown(m_sellers, "seller_id", f[1]); !reason.isEmpty())
                 return reason;
             if (const QString reason = requireKnown(m_categories, "category_id", f[4]); !reason.isEmpty())
                 return reason;
             const std::optional<qint64> price = parseCount(f[5]);
             if (!price)
                 return invalid("price_kopecks", f[5], "a whole number of kopecks");
             m_productSeller.insert(f[0], sellerIndex(f[1]));
             addTexts(row, f, {0, 1});
             addTexts(row, f, {2, 3, 4});
             row.addInteger(*price);
             row.addInteger(takeVersion());
             return {};
         }});
    files.push_back({QStringLiteral("buyers.csv"),
                     QStringLiteral("buyers"),
                     {QStringLiteral("buyer_id"), QStringLiteral("gender"), QStringLiteral("age_band"),
                      QStringLiteral("region")},
                     [&](const Fields& f, BulkRows& row) -> QString {
                         if (f[0].isEmpty())
                             return empty("buyer_id");
                         if (!isOneOf(f[1], {"f", "m", ""}))
                             return invalid("gender", f[1], "f, m or empty");
                         if (!isOneOf(f[2], {"18-24", "25-34", "35-44", "45-54", "55+", ""}))
                             return invalid("age_band", f[2], "18-24, 25-34, 35-44, 45-54, 55+ or empty");
                         if (!m_buyers.insert(f[0]))
                             return duplicate("buyer_id", f[0]);
                         addTexts(row, f, {0, 1, 2, 3});
                         return {};
                     }});
    files.push_back({QStringLiteral("orders.csv"),
                     QStringLiteral("orders"),
                     {QStringLiteral("order_id"), QStringLiteral("seller_id"), QStringLiteral("buyer_id"),
                      QStringLiteral("order_date"), QStringLiteral("total_kopecks"), QStringLiteral("status"),
                      QStringLiteral("row_version")},
                     [&](const Fields& f, BulkRows& row) -> QString {
                         if (f[0].isEmpty())
                             return empty("order_id");
                         if (f[1] != QByteArrayView(lastSeller)) {
                             if (const QString reason = requireKnown(m_sellers, "seller_id", f[1]);
                                 !reason.isEmpty())
                                 return reason;
                             lastSeller = f[1].toByteArray();
                         }
                         if (!m_buyers.contains(f[2]))
                             return unknown("buyer_id", f[2]);
                         if (!isDate(f[3]))
                             return invalid("date", f[3], "YYYY-MM-DD");
                         const std::optional<qint64> total = parseCount(f[4]);
                         if (!total)
                             return invalid("total_kopecks", f[4], "a whole number of kopecks");
                         if (!isOneOf(f[5], {"delivered", "in_progress", "cancelled", "returned"}))
                             return invalid("status", f[5], "delivered, in_progress, cancelled or returned");
                         if (!m_orders.insert(f[0]))
                             return duplicate("order_id", f[0]);
                         addTexts(row, f, {0, 1, 2, 3});
                         row.addInteger(*total);
                         row.addText(f[5]);
                         row.addInteger(takeVersion());
                         return {};
                     }});
    files.push_back({QStringLiteral("order_items.csv"),
                     QStringLiteral("order_items"),
                     {QStringLiteral("order_id"), QStringLiteral("product_id"), QStringLiteral("quantity"),
                      QStringLiteral("price_kopecks"), QStringLiteral("seller_id")},
                     [&](const Fields& f, BulkRows& row) -> QString {
                         if (!m_orders.contains(f[0]))
                             return unknown("order_id", f[0]);
                         const std::int32_t product = m_productSeller.find(f[1]);
                         if (product < 0)
                             return unknown("product_id", f[1]);
                         const std::optional<qint64> quantity = parseCount(f[2]);
                         if (!quantity || *quantity < 1)
                             return invalid("quantity", f[2], "a whole number of at least 1");
                         const std::optional<qint64> price = parseCount(f[3]);
                         if (!price)
                             return invalid("price_kopecks", f[3], "a whole number of kopecks");
                         addTexts(row, f, {0, 1});
                         row.addInteger(*quantity);
                         row.addInteger(*price);
                         row.addText(m_sellerNames[product]);
                         return {};
                     }});
    files.push_back(
        {QStringLiteral("events.csv"),
         QStringLiteral("events"),
         {QStringLiteral("buyer_id"), QStringLiteral("product_id"), QStringLiteral("event_type"),
          QStringLiteral("event_date"), QStringLiteral("seller_id"), QStringLiteral("row_version")},
         [&](const Fields& f, BulkRows& row) -> QString {
             if (!m_buyers.contains(f[0]))
                 return unknown("buyer_id", f[0]);
             const std::int32_t product = m_productSeller.find(f[1]);
             if (product < 0)
                 return unknown("product_id", f[1]);
             if (!isOneOf(f[2], {"view", "cart", "favorite"}))
                 return invalid("type", f[2], "view, cart or favorite");
             if (!isDate(f[3]))
                 return invalid("date", f[3], "YYYY-MM-DD");
             addTexts(row, f, {0, 1, 2, 3});
             row.addText(m_sellerNames[product]);
             row.addInteger(takeVersion());
             return {};
         }});
    files.push_back(
        {QStringLiteral("promotions.csv"),
         QStringLiteral("promotions"),
         {QStringLiteral("promotion_id"), QStringLiteral("seller_id"), QStringLiteral("name"),
          QStringLiteral("mechanic"), QStringLiteral("start_date"), QStringLiteral("end_date"),
          QStringLiteral("status"), QStringLiteral("row_version")},
         [&](const Fields& f, BulkRows& row) -> QString {
             if (const QString reason = claimNewId(m_promotions, "promotion_id", f[0]); !reason.isEmpty())
                 return reason;
             if (const QString reason = requireKnown(m_sellers, "seller_id", f[1]); !reason.isEmpty())
                 return reason;
             if (f[3].isEmpty())
                 return empty("mechanic");
             if (!f[4].isEmpty() && !isDate(f[4]))
                 return invalid("start", f[4], "YYYY-MM-DD or empty");
             if (!f[5].isEmpty() && !isDate(f[5]))
                 return invalid("end", f[5], "YYYY-MM-DD or empty");
             if (!f[4].isEmpty() && !f[5].isEmpty() && f[5] < f[4])
                 return QStringLiteral("end %1 is before start %2").arg(quoted(f[5]), quoted(f[4]));
             if (f[6].isEmpty())
                 return empty("status");
             addTexts(row, f, {0, 1, 2, 3});
             addTextOrNull(row, f[4]);
             addTextOrNull(row, f[5]);
             row.addText(f[6]);
             row.addInteger(takeVersion());
             return {};
         }});
    files.push_back(
        {QStringLiteral("collections.csv"),
         QStringLiteral("collections"),
         {QStringLiteral("collection_id"), QStringLiteral("seller_id"), QStringLiteral("name"),
          QStringLiteral("row_version")},
         [&](const Fields& f, BulkRows& row) -> QString {
             if (const QString reason = claimNewId(m_collections, "collection_id", f[0]); !reason.isEmpty())
                 return reason;
             if (const QString reason = requireKnown(m_sellers, "seller_id", f[1]); !reason.isEmpty())
                 return reason;
             addTexts(row, f, {0, 1, 2});
             row.addInteger(takeVersion());
             return {};
         }});
    files.push_back({QStringLiteral("chats.csv"),
                     QStringLiteral("chats"),
                     {QStringLiteral("seller_id"), QStringLiteral("buyer_id"), QStringLiteral("started_by"),
                      QStringLiteral("blocked_by_buyer")},
                     [&](const Fields& f, BulkRows& row) -> QString {
                         if (const QString reason = requireKnown(m_sellers, "seller_id", f[0]);
                             !reason.isEmpty())
                             return reason;
                         if (!m_buyers.contains(f[1]))
                             return unknown("buyer_id", f[1]);
                         if (!isOneOf(f[2], {"buyer", "seller"}))
                             return invalid("started_by", f[2], "buyer or seller");
                         if (!isOneOf(f[3], {"0", "1"}))
                             return invalid("blocked_by_buyer", f[3], "0 or 1");
                         const QByteArray pair = f[0].toByteArray() + '\x1f' + f[1].toByteArray();
                         if (m_chats.contains(pair))
                             return QStringLiteral("duplicate chat of seller %1 with buyer %2")
                                 .arg(quoted(f[0]), quoted(f[1]));
                         m_chats.insert(pair);
                         addTexts(row, f, {0, 1, 2});
                         row.addInteger(f[3] == QByteArrayView("1") ? 1 : 0);
                         return {};
                     }});
    BatchQueue queue;
    std::thread parser([&]() { queue.finish(parseFiles(files, queue, summary)); });
    const StoreStatus written = writeBatches(files, queue);
    if (!written)
        queue.cancel();
    parser.join();
    if (!written)
        return written;
    if (!(status = queue.parsed()))
        return status;
    releaseIdSets(); // their memory goes back before SQLite sorts the new indexes

    if (rebuild && !(status = rebuildIndexes(false)))
        return status;
    const qint64 used = m_nextVersion - m_firstVersion;
    if (used > 0) {
        const StoreResult<qint64> allocated = ServerStore::allocateRowVersions(m_db, used);
        if (!allocated)
            return StoreStatus::from(allocated);
    }
    return {};
}

// True when the store has no buyers and no orders yet: the first import may bulk-load it.
StoreResult<bool> storeHoldsNoData(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM buyers) OR EXISTS (SELECT 1 FROM orders)")) ||
        !query.next())
        return StoreResult<bool>::failure(
            sqlError(query, QStringLiteral("checking whether the store is empty")));
    return query.value(0).toInt() == 0;
}

} // namespace

CsvImporter::CsvImporter(std::shared_ptr<ServerStore> store)
    : m_store(std::move(store))
{}

QList<QPair<QString, QStringList>> CsvImporter::fileFormats()
{
    const auto columns = [](const char* header) {
        return QString::fromLatin1(header).split(QLatin1Char(','));
    };
    return {
        {QStringLiteral("sellers.csv"),
         columns("seller_id,name,plan,subscription_end,verified,antifraud_blocked")},
        {QStringLiteral("categories.csv"), columns("category_id,name,parent_id")},
        {QStringLiteral("products.csv"), columns("product_id,seller_id,sku,name,category_id,price_kopecks")},
        {QStringLiteral("buyers.csv"), columns("buyer_id,gender,age_band,region")},
        {QStringLiteral("orders.csv"), columns("order_id,seller_id,buyer_id,date,total_kopecks,status")},
        {QStringLiteral("order_items.csv"), columns("order_id,product_id,quantity,price_kopecks")},
        {QStringLiteral("events.csv"), columns("buyer_id,product_id,type,date")},
        {QStringLiteral("promotions.csv"), columns("promotion_id,seller_id,name,mechanic,start,end,status")},
        {QStringLiteral("collections.csv"), columns("collection_id,seller_id,name")},
        {QStringLiteral("chats.csv"), columns("seller_id,buyer_id,started_by,blocked_by_buyer")},
    };
}

QStringList CsvImporter::formatOf(const QString& file)
{
    for (const auto& format : fileFormats())
        if (format.first == file)
            return format.second;
    return {};
}

StoreResult<CsvImporter::Summary> CsvImporter::importDirectory(const QString& directory)
{
    QSqlDatabase db = m_store->connectionForThisThread();
    const bool sqlite = m_store->dialect() == SqlDialect::Sqlite;
    bool bulkLoad = false;
    if (sqlite) {
        const StoreResult<bool> empty = storeHoldsNoData(db);
        if (!empty)
            return StoreResult<Summary>::failure(empty.error());
        if (empty.value()) {
            const StoreResult<bool> begun = ServerStore::beginSqliteBulkLoad(db);
            if (!begun)
                return StoreResult<Summary>::failure(begun.error());
            bulkLoad = begun.value();
        }
    }
    Summary summary;
    ImportRun run(db, directory);
    const StoreStatus status = inTransaction(db, [&]() { return run.run(summary); });
    // Back to WAL whether the import committed or rolled back.
    const StoreStatus restored = bulkLoad ? ServerStore::endSqliteBulkLoad(db) : StoreStatus();
    if (!status)
        return StoreResult<Summary>::failure(status.error());
    if (!restored)
        return StoreResult<Summary>::failure(restored.error());
    if (sqlite)
        execSql(db, QStringLiteral("PRAGMA analysis_limit=1000"));
    execSql(db, QStringLiteral("ANALYZE"));
    return summary;
}

} // namespace sellercrm::server
