#pragma once

#include "store/StoreResult.h"

#include <QSqlDatabase>
#include <QString>

namespace sellercrm::server {

// Per-seller API tokens (SYN-1). Only the SHA-256 hash of a token is stored; the token itself is
// shown once, by create(). Stateless; use the calling thread's connection.
class ApiTokens final
{
public:
    // A new random token for an existing seller ("scrm_" + 43 base64url characters).
    static StoreResult<QString> create(QSqlDatabase& db, const QString& sellerId);
    // Revokes a token; fails when it is unknown or already revoked.
    static StoreStatus revoke(QSqlDatabase& db, const QString& token);
    // The seller a valid (known, not revoked) token belongs to, or an empty string.
    static StoreResult<QString> sellerForToken(QSqlDatabase& db, const QString& token);

    static QString hashOf(const QString& token);
};

} // namespace sellercrm::server
