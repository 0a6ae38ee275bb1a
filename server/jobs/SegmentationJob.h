#pragma once

#include "jobs/SegmentationInputs.h"
#include "store/ServerStore.h"
#include "store/StoreResult.h"

#include "KeySegment.h"
#include "Segmentation.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace sellercrm::server {

// One buyer known to a seller with everything the Buyers page and the feed show (BUY-1).
struct SegmentedBuyer final
{
    QString buyerId;
    SubSegment subSegment = SubSegment::New;
    std::optional<SubSegment> subSegmentBefore; // as of asOf - 30 (SEG-5); nullopt = not known then
    int ordersInWindow = 0;
    qint64 revenueKopecks = 0;
    qint64 avgCheckKopecks = 0;
    QString lastOrder; // YYYY-MM-DD or empty
    int recencyDays = -1;
    QString gender;
    QString ageBand;
    QString region;
    QStringList interests;           // top 3 category ids
    QStringList recommendedProducts; // at most 3 product ids
    qint64 interestEvents = 0;
    QString chat; // BUY-3 state code
};

// The segmentation of one seller as of a date: thresholds (SEG-4), every buyer's sub-segment
// (SEG-3), the key segment (SEG-6), and the `segmentation` entity with metrics (SEG-7) and
// dynamics (SEG-5) as SYNC.md shapes it.
struct SellerSegmentationResult final
{
    QString sellerId;
    QDate asOf;
    RegularThresholds thresholds;
    std::optional<Segment> keySegment;
    std::vector<SegmentedBuyer> buyers; // sorted by buyer id (the DAT-2 order)
    QJsonObject entity;
};

// The segmentation job (docs/server.md "Jobs"): per seller, the seller's orders and the events on
// its products are aggregated per buyer in one ordered pass each (as of asOf and as of asOf - 30
// for the dynamics); once per run every buyer's activity per category is gathered for the
// "Interested in your categories" rule and the buyers' attributes are held compactly (ids and
// three small indexes). domain/ classifies; memberships, thresholds, metrics and dynamics are
// stored. Rows whose content changed get a new row_version; buyers no longer known are deleted
// with a tombstone; unchanged rows are not written, so an incremental sync after a re-run carries
// only what changed.
//
// On SQLite the job reads and writes through SQLite's C API on the connection's own handle;
// PostgreSQL (or SqlPath::Portable) goes through QtSql with the aggregates computed by the
// database. Both give the same results.
//
// Threading: a job object is used by one thread at a time, with that thread's connection of the
// store; each seller is written in its own transaction, so readers on other connections see a
// seller's old or new segmentation, never a mix. Two jobs may run at once (writes serialise).
class SegmentationJob final
{
public:
    struct Summary
    {
        int sellers = 0;
        qint64 buyers = 0;
        qint64 rowsWritten = 0; // inserted or changed buyer rows
        qint64 rowsDeleted = 0;
    };

    enum class SqlPath
    {
        Fastest, // SQLite's C API when the store is SQLite
        Portable // QtSql only, as for PostgreSQL
    };

    explicit SegmentationJob(std::shared_ptr<ServerStore> store, KeySegmentRule rule = {},
                             SqlPath path = SqlPath::Fastest);
    ~SegmentationJob();
    Q_DISABLE_COPY_MOVE(SegmentationJob)

    // Every seller (after import, daily) or one seller (on demand).
    StoreResult<Summary> runAll(QDate asOf);
    StoreResult<Summary> runSeller(const QString& sellerId, QDate asOf);

    // Computes without storing anything (the `segments` command, tests).
    StoreResult<SellerSegmentationResult> compute(const QString& sellerId, QDate asOf);

    // "Today" in the sellers' time zone (Europe/Moscow), the default asOf.
    static QDate today();

    // SegmentationJob.cpp: the inputs a run's sellers share, one thread's connection and scratch
    // space, and one seller's gathered and classified buyers.
    struct RunContext;
    struct Worker;
    struct SellerData;

private:
    segmentation::SqlAccess::Mode accessMode() const;
    StoreResult<std::unique_ptr<RunContext>> makeContext(Worker& worker, QDate asOf, const QString& onlySeller) const;
    StoreResult<Summary> run(const QStringList& sellerIds, QDate asOf);
    StoreResult<std::unique_ptr<SellerData>> computeSeller(const RunContext& context, Worker& worker,
                                                           const QString& sellerId) const;
    StoreStatus storeSeller(const RunContext& context, Worker& worker, SellerData& seller, Summary& summary) const;

    std::shared_ptr<ServerStore> m_store;
    KeySegmentRule m_rule;
    SqlPath m_path;
};

} // namespace sellercrm::server
