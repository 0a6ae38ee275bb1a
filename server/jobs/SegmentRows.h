#pragma once

#include "jobs/SegmentationInputs.h"
#include "store/BulkInserter.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace sellercrm::server::segmentation {

// The content of one `segment_results` row (everything but the seller, the version and
// last_communication), as views valid while the row is written or digested.
struct RowImage
{
    std::string_view buyerId;
    std::string_view segment;
    std::string_view subsegment;
    qint64 orders = 0;
    qint64 avgCheck = 0;
    qint64 revenue = 0;
    std::string_view lastOrder; // empty = NULL
    std::string_view gender;
    std::string_view ageBand;
    std::string_view region;
    std::string interests;   // JSON array of category ids
    std::string recommended; // JSON array of product ids
    qint64 interestEvents = 0;
    std::string_view chat;
};

// A 64-bit digest of a row's content: equal digests = unchanged row (a collision that hides a
// change has probability 2^-64 per row). Never 0, so 0 can mean "no row".
quint64 digestOf(const RowImage& row);

// The digest of a stored row read with storedRowsSql() (columns 1..13; column 0 is the buyer).
quint64 digestOfStored(RowCursor& row);
QString storedRowsSql();

// ["a","b"] from UTF-8 ids: a compact JSON array of strings (escaped as QJsonDocument does).
void appendJsonArray(std::string& json, const std::string_view* values, int count);

// Inserts or replaces the rows of one seller with prepared statements reused for the whole run:
// SQLite's C API when `sql` is native, multi-row QtSql inserts otherwise. Runs in the caller's
// transaction.
class SegmentRowWriter
{
public:
    virtual ~SegmentRowWriter() = default;
    virtual StoreStatus write(const QByteArray& sellerId, const RowImage& row, qint64 rowVersion) = 0;
    virtual StoreStatus finish() = 0; // after the seller's last row
    qint64 rowsWritten() const { return m_rowsWritten; }

    static StoreResult<std::unique_ptr<SegmentRowWriter>> create(SqlAccess& sql);

protected:
    qint64 m_rowsWritten = 0;
};

} // namespace sellercrm::server::segmentation
