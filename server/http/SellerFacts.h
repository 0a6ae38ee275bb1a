#pragma once

#include "CommunicationValidator.h"
#include "store/StoreResult.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace sellercrm::server {

// What the domain rules need to know about a seller, read from the store: the ValidationContext
// of CommunicationValidator (plan, quota, audience sizes, promotions, promo codes, platform
// capacity, referenced ids). The same facts drive the calendar and the bonus quote endpoints.
class SellerFacts final
{
public:
    // `db` must outlive the context (its existence checks query it).
    static StoreResult<ValidationContext> load(QSqlDatabase db, const QString& sellerId, QDate today,
                                               const Audience& audience);
    // Own (Regular + New) and Potential buyers of an audience (segments ∪ sub-segments).
    static StoreResult<std::pair<qint64, qint64>> audienceSize(QSqlDatabase& db, const QString& sellerId,
                                                               const Audience& audience);
    // Whether the seller has ever run a bonus campaign (WIZ-5 first-campaign discount).
    static StoreResult<bool> hasBonusCampaign(QSqlDatabase& db, const QString& sellerId);
};

} // namespace sellercrm::server
