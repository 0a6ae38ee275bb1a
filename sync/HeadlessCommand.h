#pragma once

#include "SyncTypes.h"

#include <QStringList>

#include <optional>

namespace sellercrm {

// What one window-less command did: its exit code, and for the benchmarks the sync's report
// (timings, items, bytes) and how long the snapshot export took.
struct HeadlessRun final
{
    int exitCode = 0;
    std::optional<SyncReport> sync;
    qint64 exportMs = -1;
};

// Window-less commands of `sellercrm` (--sync, --export-snapshot). Returns the exit code when the
// arguments ask for one of them, nullopt when the app should open its window.
std::optional<int> runHeadlessCommand(const QStringList& arguments);
// The same, with what the command did.
std::optional<HeadlessRun> runHeadless(const QStringList& arguments);

} // namespace sellercrm
