#include "ApiService.h"

#include "AudienceEndpoints.h"
#include "BuyerEndpoints.h"
#include "CatalogEndpoints.h"
#include "CommunicationEndpoints.h"
#include "PortraitEndpoints.h"
#include "SellerEndpoints.h"
#include "SyncFeed.h"
#include "WizardEndpoints.h"
#include "store/ApiTokens.h"

#include <QElapsedTimer>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {
const QString apiPrefix = u"/api/v1"_s;

// How long a worker thread trusts a token it has checked: a revoked token is refused at most
// this long after `token revoke` (docs/server.md).
constexpr qint64 tokenTrustMs = 1000;

// Tokens this worker thread found valid, with when it last asked the store. Only valid tokens
// are kept, keyed by the whole token, so a token can only ever map to its own seller.
struct TrustedTokens final
{
    struct Entry final
    {
        QString seller;
        qint64 checkedAtMs = 0;
    };
    QHash<QByteArray, Entry> entries;
    QElapsedTimer clock;
};

thread_local TrustedTokens trustedTokens;

// `Authorization: Bearer <token>` → the token's seller; an empty string when the header is
// missing or malformed or the token unknown or revoked; a failure when the store cannot answer.
StoreResult<QString> authenticatedSeller(QSqlDatabase& db, const QByteArray& header)
{
    constexpr QByteArrayView scheme("Bearer ");
    const QByteArray value = header.trimmed();
    if (value.size() <= scheme.size() || !value.startsWith(scheme))
        return QString();
    const QByteArray token = value.mid(scheme.size()).trimmed();
    TrustedTokens& trusted = trustedTokens;
    if (!trusted.clock.isValid())
        trusted.clock.start();
    const qint64 now = trusted.clock.elapsed();
    const auto found = trusted.entries.constFind(token);
    if (found != trusted.entries.cend() && now - found->checkedAtMs < tokenTrustMs)
        return found->seller;
    StoreResult<QString> seller = ApiTokens::sellerForToken(db, QString::fromUtf8(token));
    if (!seller || seller.value().isEmpty()) {
        trusted.entries.remove(token);
        return seller;
    }
    if (trusted.entries.size() >= 10000)
        trusted.entries.clear();
    trusted.entries.insert(token, {seller.value(), now});
    return seller;
}
} // namespace

ApiService::ApiService(ServiceConfig config)
    : m_config(std::move(config))
    , m_rateLimiter(m_config.rateLimitPerSecond)
{
    SellerEndpoints::addRoutes(m_router);
    CatalogEndpoints::addRoutes(m_router);
    BuyerEndpoints::addRoutes(m_router);
    PortraitEndpoints::addRoutes(m_router);
    WizardEndpoints::addRoutes(m_router);
    CommunicationEndpoints::addRoutes(m_router);
    AudienceEndpoints::addRoutes(m_router);
    SyncFeed::addRoutes(m_router);
}

ApiResponse ApiService::handle(const ApiRequest& request)
{
    if (!request.path.startsWith(apiPrefix))
        return ApiResponse::notFound(u"Resource"_s);
    const ApiRouter::Lookup lookup = m_router.find(request.method, request.path.mid(apiPrefix.size()));
    if (lookup.match == ApiRouter::Match::NoRoute)
        return ApiResponse::notFound(u"Resource"_s);

    QSqlDatabase db = m_config.store->connectionForThisThread();
    if (!db.isOpen())
        return ApiResponse::error(500, u"store_unavailable"_s, u"The store cannot be opened"_s);
    const StoreResult<QString> authenticated = authenticatedSeller(db, request.header("authorization"));
    if (!authenticated)
        return ApiResponse::error(500, u"store_error"_s, authenticated.error());
    const QString& seller = authenticated.value();
    if (seller.isEmpty()) {
        ApiResponse response = ApiResponse::error(
            401, u"unauthorized"_s, u"A valid `Authorization: Bearer <token>` header is required"_s);
        response.extraHeaders.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return response;
    }
    if (lookup.match == ApiRouter::Match::WrongMethod) {
        return ApiResponse::error(405, u"method_not_allowed"_s,
                                  u"%1 is not allowed here"_s.arg(QString::fromLatin1(request.method)));
    }
    if (!m_rateLimiter.admit(seller)) {
        ApiResponse response =
            ApiResponse::error(429, u"rate_limited"_s, u"Too many requests; retry in a second"_s);
        response.extraHeaders.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        return response;
    }
    const ApiContext context{request, seller, db, m_config.today(), lookup.parameters};
    return (*lookup.handler)(context);
}

} // namespace sellercrm::server
