#pragma once

#include "TokenStore.h"

#include <QByteArray>
#include <QString>

namespace sellercrm::test {

// A TokenStore's asynchronous calls, waited for (30 s at most; a failure names the call that got
// no answer).
Outcome<QString> readTokenNow(TokenStore& store, const QString& account);
Outcome<Done> writeTokenNow(TokenStore& store, const QString& account, const QString& token);
Outcome<Done> deleteTokenNow(TokenStore& store, const QString& account);

// True when a file below `root` (hidden ones included) holds `needle`.
bool anyFileContains(const QString& root, const QByteArray& needle);

} // namespace sellercrm::test
