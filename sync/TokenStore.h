#pragma once

#include "Outcome.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sellercrm {

// Where the API token of an account lives (SYN-1). Never in settings, logs or snapshots.
// Implementations answer asynchronously on the caller's thread, through `context`.
class TokenStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    using TokenCallback = std::function<void(const Outcome<QString>& token)>; // empty: none stored
    using DoneCallback = std::function<void(const Outcome<Done>& result)>;

    explicit TokenStore(QObject* parent = nullptr)
        : QObject(parent)
    {
    }
    ~TokenStore() override = default;

    virtual void readToken(const QString& account, QObject* context, TokenCallback done) = 0;
    virtual void writeToken(const QString& account, const QString& token, QObject* context, DoneCallback done) = 0;
    virtual void deleteToken(const QString& account, QObject* context, DoneCallback done) = 0;
    // False when tokens are kept for this session only (no keychain service).
    virtual bool isPersistent() const = 0;
    virtual QString unavailableReason() const { return {}; }

signals:
    // The keychain cannot keep the token: the user is told it lasts for this session only.
    void persistenceUnavailable(const QString& message);
};

} // namespace sellercrm
