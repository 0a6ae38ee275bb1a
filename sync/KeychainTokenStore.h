#pragma once

#include "MemoryTokenStore.h"

namespace sellercrm {

// Tokens in the OS keychain through QtKeychain (SYN-1). Where no keychain service runs (a
// headless Linux without Secret Service) a write falls back to this session's memory, the store
// reports isPersistent() == false and emits persistenceUnavailable() once so the user is told.
// Never falls back to a plain file or QSettings.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    explicit KeychainTokenStore(const QString& service, QObject* parent = nullptr);
    ~KeychainTokenStore() override;

    void readToken(const QString& account, QObject* context, TokenCallback done) override;
    void writeToken(const QString& account, const QString& token, QObject* context, DoneCallback done) override;
    void deleteToken(const QString& account, QObject* context, DoneCallback done) override;
    bool isPersistent() const override { return m_persistent; }
    QString unavailableReason() const override { return m_unavailableReason; }

private:
    void markUnavailable(const QString& reason);

    QString m_service;
    MemoryTokenStore m_session;
    bool m_persistent = true;
    QString m_unavailableReason;
};

} // namespace sellercrm
