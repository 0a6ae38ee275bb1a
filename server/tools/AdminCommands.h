#pragma once

#include <QStringList>

namespace sellercrm::server {

// The administrative subcommands of `sellercrm-server` (everything but `serve`). Each takes the
// arguments after its name, prints results to stdout and errors to stderr, and returns the
// process exit code (0 success, 1 failure, 2 bad usage).
int runImportCommand(const QStringList& arguments);
int runGenerateCommand(const QStringList& arguments);
int runSegmentsCommand(const QStringList& arguments);
int runSegmentationCommand(const QStringList& arguments);
int runTokenCommand(const QStringList& arguments);
int runModerateCommand(const QStringList& arguments);

} // namespace sellercrm::server
