#pragma once

#include "store/StoreResult.h"

#include "PortraitConditions.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <optional>

namespace sellercrm::server {

// Saved audiences (POR-2): a portrait's narrowed audience — the buyers of some segments and
// sub-segments (their union; none = every buyer known to the seller) that match an AND/OR
// condition tree — kept under a name. Each carries its recipient counts, re-evaluated whenever
// the segmentation job stores a seller (recount), and a mailing that names one is resolved to its
// recipients when it is sent (ownRecipients). Stateless; call with the calling thread's
// connection, inside the caller's transaction for writes.
namespace saved_audiences {

inline constexpr QLatin1StringView feedType("audience");

struct Definition final
{
    QStringList segments;    // segment codes
    QStringList subSegments; // sub-segment codes
    PortraitConditions conditions;
};

struct Counts final
{
    qint64 own = 0;       // Regular + New buyers that match: the mailing recipients
    qint64 potential = 0; // Potential buyers that match (banners reach them too)
};

// Columns to SELECT for `data` (in this order; `data` reads by name).
QString columns();
// The feed's `data` object: name, segments, subsegments, conditions, own_buyers,
// potential_buyers, created_at, updated_at, idempotency_key.
QJsonObject data(const QSqlRecord& row);

// Counts the seller's buyers that belong to the audience now.
StoreResult<Counts> count(QSqlDatabase& db, const QString& sellerId, const Definition& definition);

// The stored counts of one of the seller's audiences; nullopt when the seller has none by that id.
StoreResult<std::optional<Counts>> storedCounts(QSqlDatabase& db, const QString& sellerId,
                                                const QString& audienceId);

// Re-evaluates every audience of the seller against its current segment results; an audience
// whose counts changed gets a new row version (so the feed carries it). Inside the caller's
// transaction (the segmentation job's, right after it stored the seller).
StoreStatus recount(QSqlDatabase& db, const QString& sellerId);

// Send-time resolution of a mailing to a saved audience: the own buyers (Regular + New) of the
// audience as it is defined now, evaluated on the current segment results, not contacted since
// `notContactedSince`, in buyer id order, at most `limit`. Empty when the audience is gone.
StoreResult<QStringList> ownRecipients(QSqlDatabase& db, const QString& sellerId, const QString& audienceId,
                                       const QString& notContactedSince, qint64 limit);

} // namespace saved_audiences

} // namespace sellercrm::server
