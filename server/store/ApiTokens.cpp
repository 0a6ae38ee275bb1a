#include "store/ApiTokens.h"

#include "store/ServerStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <array>

namespace sellercrm::server {

QString ApiTokens::hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

StoreResult<QString> ApiTokens::create(QSqlDatabase& db, const QString& sellerId)
{
    QSqlQuery seller(db);
    seller.prepare(QStringLiteral("SELECT 1 FROM sellers WHERE seller_id = ?"));
    seller.addBindValue(sellerId);
    if (!seller.exec())
        return StoreResult<QString>::failure(
            sqlError(seller, QStringLiteral("looking up seller %1").arg(sellerId)));
    if (!seller.next())
        return StoreResult<QString>::failure(QStringLiteral("unknown seller %1").arg(sellerId));

    std::array<quint32, 8> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char*>(random.data()), sizeof(random));
    const QString token =
        QStringLiteral("scrm_") +
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO api_tokens (token_hash, seller_id, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(hashOf(token));
    insert.addBindValue(sellerId);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec())
        return StoreResult<QString>::failure(sqlError(insert, QStringLiteral("storing the token")));
    return token;
}

StoreStatus ApiTokens::revoke(QSqlDatabase& db, const QString& token)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(hashOf(token));
    if (!query.exec())
        return StoreStatus::failure(sqlError(query, QStringLiteral("revoking the token")));
    if (query.numRowsAffected() != 1)
        return StoreStatus::failure(QStringLiteral("unknown or already revoked token"));
    return {};
}

StoreResult<QString> ApiTokens::sellerForToken(QSqlDatabase& db, const QString& token)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT seller_id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL"));
    query.addBindValue(hashOf(token));
    if (!query.exec())
        return StoreResult<QString>::failure(sqlError(query, QStringLiteral("checking the token")));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace sellercrm::server
