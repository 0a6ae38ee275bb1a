#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sellercrm {
class CacheDb;
}

namespace sellercrm::test {

// A create request (openapi.yaml CommunicationCreate) the real server accepts for the generated
// Premium Plus seller S0001 as of ServerProcess::asOf.
QJsonObject validMailing(const QString& name);
// buyer id -> "segment,subsegment" of every buyer in the cache (compared with DAT-2 output).
QHash<QString, QString> cachedSegments(const CacheDb& cache);

} // namespace sellercrm::test
