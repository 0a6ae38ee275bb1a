#pragma once

#include <QStringList>

#include <optional>

namespace sellercrm {

// Window-less commands of `sellercrm` (--sync, --export-snapshot). Returns the exit code when the
// arguments ask for one of them, nullopt when the app should open its window.
std::optional<int> runHeadlessCommand(const QStringList& arguments);

} // namespace sellercrm
