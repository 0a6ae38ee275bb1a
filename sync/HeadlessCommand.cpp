#include "HeadlessCommand.h"

#include <QTextStream>

namespace sellercrm {

std::optional<int> runHeadlessCommand(const QStringList& arguments)
{
    if (!arguments.contains(QStringLiteral("--sync")) && !arguments.contains(QStringLiteral("--export-snapshot")))
        return std::nullopt;
    QTextStream(stderr) << "sellercrm: sync is not built yet (see the data layer issue).\n";
    return 2;
}

} // namespace sellercrm
