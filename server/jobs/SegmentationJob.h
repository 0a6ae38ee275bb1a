#pragma once

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

// The segmentation job: aggregates orders and events in SQL per seller (for the window as of asOf
// and as of asOf - 30 for the dynamics), classifies with domain/ and stores memberships,
// thresholds, metrics and dynamics. Rows whose content changed get a new row_version; buyers no
// longer known are deleted with a tombstone; unchanged rows are not written, so an incremental
// sync after a re-run carries only what changed.
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

    explicit SegmentationJob(std::shared_ptr<ServerStore> store, KeySegmentRule rule = {});
    Q_DISABLE_COPY_MOVE(SegmentationJob)

    // Every seller (after import, daily) or one seller (on demand).
    StoreResult<Summary> runAll(QDate asOf);
    StoreResult<Summary> runSeller(const QString& sellerId, QDate asOf);

    // Computes without storing anything (the `segments` command, tests).
    StoreResult<SellerSegmentationResult> compute(const QString& sellerId, QDate asOf);

    // "Today" in the sellers' time zone (Europe/Moscow), the default asOf.
    static QDate today();

    struct RunContext; // the dates and connection of one run (SegmentationJob.cpp)

private:
    RunContext makeContext(QDate asOf) const;
    StoreResult<Summary> run(const QStringList& sellerIds, QDate asOf);
    StoreResult<SellerSegmentationResult> computeSeller(RunContext& context, const QString& sellerId);
    StoreStatus storeSeller(RunContext& context, const SellerSegmentationResult& result, Summary& summary);

    std::shared_ptr<ServerStore> m_store;
    KeySegmentRule m_rule;
};

} // namespace sellercrm::server
