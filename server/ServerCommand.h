#pragma once

#include <QStringList>

namespace sellercrm::server {

// Runs one `sellercrm-server` subcommand; returns the process exit code.
int runServerCommand(const QStringList& arguments);

} // namespace sellercrm::server
