#include "MemoryTokenStore.h"

#include <QTimer>

namespace sellercrm {

MemoryTokenStore::MemoryTokenStore(QObject* parent)
    : TokenStore(parent)
{
}

MemoryTokenStore::~MemoryTokenStore()
{
    for (QString& token : m_tokens)
        token.fill(QLatin1Char('\0'));
}

void MemoryTokenStore::readToken(const QString& account, QObject* context, TokenCallback done)
{
    QTimer::singleShot(0, context, [done = std::move(done), token = m_tokens.value(account)] {
        done(Outcome<QString>(token));
    });
}

void MemoryTokenStore::writeToken(const QString& account, const QString& token, QObject* context, DoneCallback done)
{
    m_tokens.insert(account, token);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(sellercrm::done()); });
}

void MemoryTokenStore::deleteToken(const QString& account, QObject* context, DoneCallback done)
{
    m_tokens.remove(account);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(sellercrm::done()); });
}

} // namespace sellercrm
