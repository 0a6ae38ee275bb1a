#pragma once

#include "TokenStore.h"

#include <QHash>

namespace sellercrm {

// Tokens in memory for the life of the process: unit tests, and the session fallback of
// KeychainTokenStore when no keychain service runs.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

public:
    explicit MemoryTokenStore(QObject* parent = nullptr);
    ~MemoryTokenStore() override;

    void readToken(const QString& account, QObject* context, TokenCallback done) override;
    void writeToken(const QString& account, const QString& token, QObject* context, DoneCallback done) override;
    void deleteToken(const QString& account, QObject* context, DoneCallback done) override;
    bool isPersistent() const override { return false; }

    // Synchronous access for the keychain fallback.
    QString token(const QString& account) const { return m_tokens.value(account); }
    bool contains(const QString& account) const { return m_tokens.contains(account); }
    void setToken(const QString& account, const QString& token) { m_tokens.insert(account, token); }
    void removeToken(const QString& account) { m_tokens.remove(account); }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace sellercrm
