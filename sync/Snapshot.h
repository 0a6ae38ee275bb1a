#pragma once

#include "Outcome.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace sellercrm {

class CacheDb;

// What a snapshot says about itself (table `snapshot_manifest` inside the file).
struct SnapshotManifest final
{
    QString sellerId;
    QString sellerName;
    QDateTime exportedAt; // UTC
    QString appVersion;
    int schemaVersion = 0;
};

// Support snapshots (SYN-4): one SQLite file with a consistent copy of the cache and a manifest.
// Invariants: the copy is taken in one read transaction (VACUUM INTO), so it is consistent while
// a sync writes; the outbox (idempotency keys, unsent bodies), the keys in offline rows' ids,
// the server address and the last error are removed with secure_delete on, so no byte of them
// is left in the file; tokens are never in the cache to begin with. A snapshot is opened
// read-only; one of a newer schema is refused, one of an older schema is upgraded in a
// temporary copy.
namespace Snapshot {

Outcome<SnapshotManifest> exportTo(CacheDb& cache, const QString& file, const QString& appVersion);
Outcome<SnapshotManifest> readManifest(const QString& file);
// Opens `file` read-only on the calling thread; `manifest` receives its manifest.
Outcome<std::unique_ptr<CacheDb>> open(const QString& file, SnapshotManifest* manifest = nullptr);

} // namespace Snapshot
} // namespace sellercrm
