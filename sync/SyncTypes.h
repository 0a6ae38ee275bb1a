#pragma once

#include "ApiError.h"
#include "Outbox.h"

#include <QDateTime>
#include <QMetaType>

namespace sellercrm {

enum class SyncPhase
{
    Idle,
    SendingOutbox,
    FullSync,
    IncrementalSync,
    BuildingIndexes,
};

// Progress of a running sync, reported after every applied page.
struct SyncProgress final
{
    SyncPhase phase = SyncPhase::Idle;
    qint64 items = 0; // changes applied in this sync
    qint64 bytes = 0; // feed bytes received in this sync
    int pages = 0;
};

// How a sync ended.
struct SyncReport final
{
    bool ok = false;
    bool offline = false;  // the server could not be reached (network, timeout, 502/503/504)
    bool fullSync = false; // started without a cursor (first sync or after cursor_expired)
    QString message;       // empty when ok; otherwise what went wrong, for the user
    ApiError apiError;
    qint64 items = 0;
    qint64 bytes = 0;
    int pages = 0;
    qint64 elapsedMs = 0;    // from start() to the last commit (or the failure)
    qint64 processingMs = 0; // of that, the client's own work: parsing, validating, writing pages
    qint64 indexingMs = 0;   // of that, building the indexes after a full sync
    qint64 indexingCpuMs = 0; // processor time of the process while the indexes were built
    OutboxReport outbox;
    QDateTime finishedAt; // UTC
};

} // namespace sellercrm

Q_DECLARE_METATYPE(sellercrm::SyncProgress)
Q_DECLARE_METATYPE(sellercrm::SyncReport)
