#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

namespace sellercrm {

KeychainTokenStore::KeychainTokenStore(const QString& service, QObject* parent)
    : TokenStore(parent)
    , m_service(service)
{
}

KeychainTokenStore::~KeychainTokenStore() = default;

void KeychainTokenStore::markUnavailable(const QString& reason)
{
    const bool first = m_persistent;
    m_persistent = false;
    m_unavailableReason =
        tr("No keychain is available (%1). The API token is kept for this session only and must be "
           "entered again after a restart.")
            .arg(reason);
    if (first)
        emit persistenceUnavailable(m_unavailableReason);
}

void KeychainTokenStore::readToken(const QString& account, QObject* context, TokenCallback done)
{
    if (m_session.contains(account)) {
        m_session.readToken(account, context, std::move(done));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [this, job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(Outcome<QString>(job->textData()));
            return;
        case QKeychain::EntryNotFound:
            done(Outcome<QString>(QString()));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::OtherError:
            markUnavailable(job->errorString());
            done(Outcome<QString>(QString()));
            return;
        default:
            done(Outcome<QString>::failure(tr("Cannot read the token from the keychain: %1").arg(job->errorString())));
            return;
        }
    });
    job->start();
}

void KeychainTokenStore::writeToken(const QString& account, const QString& token, QObject* context,
                                    DoneCallback done)
{
    if (!m_persistent) {
        m_session.setToken(account, token);
        m_session.readToken(account, context, [done = std::move(done)](const Outcome<QString>&) {
            done(sellercrm::done());
        });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, context, [this, job, account, token, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(sellercrm::done());
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::OtherError:
            markUnavailable(job->errorString());
            m_session.setToken(account, token);
            done(sellercrm::done());
            return;
        default:
            done(Outcome<Done>::failure(tr("Cannot store the token in the keychain: %1").arg(job->errorString())));
            return;
        }
    });
    job->start();
}

void KeychainTokenStore::deleteToken(const QString& account, QObject* context, DoneCallback done)
{
    m_session.removeToken(account);
    if (!m_persistent) {
        m_session.deleteToken(account, context, std::move(done));
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            done(sellercrm::done());
            return;
        }
        done(Outcome<Done>::failure(tr("Cannot delete the token from the keychain: %1").arg(job->errorString())));
    });
    job->start();
}

} // namespace sellercrm
