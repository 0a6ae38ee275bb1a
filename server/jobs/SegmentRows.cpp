#include "jobs/SegmentRows.h"

#include <sqlite3.h>

#include <string>

namespace sellercrm::server::segmentation {

namespace {

const QStringList rowColumns{QStringLiteral("seller_id"),
                             QStringLiteral("buyer_id"),
                             QStringLiteral("segment"),
                             QStringLiteral("subsegment"),
                             QStringLiteral("orders_90d"),
                             QStringLiteral("avg_check_kopecks"),
                             QStringLiteral("revenue_kopecks"),
                             QStringLiteral("last_order"),
                             QStringLiteral("gender"),
                             QStringLiteral("age_band"),
                             QStringLiteral("region"),
                             QStringLiteral("interests"),
                             QStringLiteral("recommended_products"),
                             QStringLiteral("interest_events"),
                             QStringLiteral("chat"),
                             QStringLiteral("row_version")};

QString conflictClause()
{
    return QStringLiteral(
        "ON CONFLICT (seller_id, buyer_id) DO UPDATE SET segment = excluded.segment,"
        " subsegment = excluded.subsegment, orders_90d = excluded.orders_90d,"
        " avg_check_kopecks = excluded.avg_check_kopecks, revenue_kopecks = excluded.revenue_kopecks,"
        " last_order = excluded.last_order,"
        " gender = excluded.gender, age_band = excluded.age_band, region = excluded.region,"
        " interests = excluded.interests, recommended_products = excluded.recommended_products,"
        " interest_events = excluded.interest_events, chat = excluded.chat,"
        " row_version = excluded.row_version");
}

// Fields in one buffer (the thread's, reused), each text prefixed by its length, then hashed once.
class Digest final
{
public:
    Digest()
        : m_buffer(threadBuffer())
    {
        m_buffer.clear();
    }
    Q_DISABLE_COPY_MOVE(Digest)

    void text(std::string_view value)
    {
        number(static_cast<qint64>(value.size()));
        m_buffer.append(value);
    }
    void number(qint64 value) { m_buffer.append(reinterpret_cast<const char*>(&value), sizeof value); }
    quint64 finish() const { return qHashBits(m_buffer.data(), m_buffer.size(), 0x5e9u) | 1u; }

private:
    static std::string& threadBuffer()
    {
        thread_local std::string buffer;
        return buffer;
    }
    std::string& m_buffer;
};

QString utf8(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

class NativeRowWriter final : public SegmentRowWriter
{
public:
    NativeRowWriter(sqlite3* db, sqlite3_stmt* statement)
        : m_db(db)
        , m_statement(statement)
    {}
    ~NativeRowWriter() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(NativeRowWriter)

    StoreStatus write(const QByteArray& sellerId, const RowImage& row, qint64 rowVersion) override
    {
        int column = 0;
        const auto text = [&](std::string_view value) {
            // A null pointer would bind NULL: an empty text is "".
            sqlite3_bind_text(m_statement, ++column, value.data() ? value.data() : "", static_cast<int>(value.size()),
                              SQLITE_STATIC);
        };
        const auto number = [&](qint64 value) { sqlite3_bind_int64(m_statement, ++column, value); };
        text({sellerId.constData(), static_cast<size_t>(sellerId.size())});
        text(row.buyerId);
        text(row.segment);
        text(row.subsegment);
        number(row.orders);
        number(row.avgCheck);
        number(row.revenue);
        if (row.lastOrder.empty())
            sqlite3_bind_null(m_statement, ++column);
        else
            text(row.lastOrder);
        text(row.gender);
        text(row.ageBand);
        text(row.region);
        text(row.interests);
        text(row.recommended);
        number(row.interestEvents);
        text(row.chat);
        number(rowVersion);
        const int status = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (status != SQLITE_DONE)
            return StoreStatus::failure(
                QStringLiteral("storing segment results: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        ++m_rowsWritten;
        return {};
    }
    StoreStatus finish() override { return {}; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
};

class PortableRowWriter final : public SegmentRowWriter
{
public:
    explicit PortableRowWriter(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    StoreStatus write(const QByteArray& sellerId, const RowImage& row, qint64 rowVersion) override
    {
        if (!m_inserter)
            m_inserter = std::make_unique<BulkInserter>(m_db, QStringLiteral("segment_results"), rowColumns,
                                                        conflictClause());
        BulkInserter& upsert = *m_inserter;
        upsert.add(QString::fromUtf8(sellerId));
        upsert.add(utf8(row.buyerId));
        upsert.add(utf8(row.segment));
        upsert.add(utf8(row.subsegment));
        upsert.add(row.orders);
        upsert.add(row.avgCheck);
        upsert.add(row.revenue);
        upsert.add(row.lastOrder.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(utf8(row.lastOrder)));
        upsert.add(utf8(row.gender));
        upsert.add(utf8(row.ageBand));
        upsert.add(utf8(row.region));
        upsert.add(utf8(row.interests));
        upsert.add(utf8(row.recommended));
        upsert.add(row.interestEvents);
        upsert.add(utf8(row.chat));
        upsert.add(rowVersion);
        return upsert.endRow();
    }
    StoreStatus finish() override
    {
        if (!m_inserter)
            return {};
        const StoreStatus status = m_inserter->finish();
        m_rowsWritten += m_inserter->rowsWritten();
        m_inserter.reset();
        return status;
    }

private:
    QSqlDatabase m_db;
    std::unique_ptr<BulkInserter> m_inserter;
};

} // namespace

quint64 digestOf(const RowImage& row)
{
    Digest digest;
    digest.text(row.segment);
    digest.text(row.subsegment);
    digest.number(row.orders);
    digest.number(row.avgCheck);
    digest.number(row.revenue);
    digest.text(row.lastOrder);
    digest.text(row.gender);
    digest.text(row.ageBand);
    digest.text(row.region);
    digest.text(row.interests);
    digest.text(row.recommended);
    digest.number(row.interestEvents);
    digest.text(row.chat);
    return digest.finish();
}

QString storedRowsSql()
{
    return QStringLiteral("SELECT buyer_id, segment, subsegment, orders_90d, avg_check_kopecks, revenue_kopecks,"
                          " last_order, gender, age_band, region, interests, recommended_products,"
                          " interest_events, chat FROM segment_results WHERE seller_id = ? ORDER BY buyer_id");
}

quint64 digestOfStored(RowCursor& row)
{
    thread_local RowImage image; // its JSON strings keep their capacity from row to row
    image.segment = row.text(1);
    image.subsegment = row.text(2);
    image.orders = row.integer(3);
    image.avgCheck = row.integer(4);
    image.revenue = row.integer(5);
    image.lastOrder = row.text(6);
    image.gender = row.text(7);
    image.ageBand = row.text(8);
    image.region = row.text(9);
    image.interests.assign(row.text(10));
    image.recommended.assign(row.text(11));
    image.interestEvents = row.integer(12);
    image.chat = row.text(13);
    return digestOf(image);
}

void appendJsonArray(std::string& json, const std::string_view* values, int count)
{
    static constexpr char hex[] = "0123456789abcdef";
    json += '[';
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += '"';
        for (const char c : values[i]) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                json += '\\';
                json += c;
            } else if (byte < 0x20) {
                json += "\\u00";
                json += hex[byte >> 4];
                json += hex[byte & 0xF];
            } else {
                json += c;
            }
        }
        json += '"';
    }
    json += ']';
}

StoreResult<std::unique_ptr<SegmentRowWriter>> SegmentRowWriter::create(SqlAccess& sql)
{
    using Result = StoreResult<std::unique_ptr<SegmentRowWriter>>;
    if (!sql.isNative())
        return Result(std::make_unique<PortableRowWriter>(sql.database()));
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < rowColumns.size(); ++i)
        placeholders += QStringLiteral(", ?");
    const QByteArray text = QStringLiteral("INSERT INTO segment_results (%1) VALUES (%2) %3")
                                .arg(rowColumns.join(QStringLiteral(", ")), placeholders, conflictClause())
                                .toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(sql.nativeHandle(), text.constData(), static_cast<int>(text.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return Result::failure(QStringLiteral("preparing the segment results insert: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(sql.nativeHandle()))));
    return Result(std::make_unique<NativeRowWriter>(sql.nativeHandle(), statement));
}

} // namespace sellercrm::server::segmentation
