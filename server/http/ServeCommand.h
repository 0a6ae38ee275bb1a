#pragma once

#include <QStringList>

namespace sellercrm::server {

// `sellercrm-server serve ...`: arguments after the subcommand name; returns the exit code.
int runServeCommand(const QStringList& arguments);

} // namespace sellercrm::server
