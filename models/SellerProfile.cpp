#include "SellerProfile.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

SellerProfile SellerProfile::fromJson(const QString& id, const QJsonObject& data)
{
    const auto date = [&data](QStringView key) {
        return QDate::fromString(data.value(key).toString(), Qt::ISODate);
    };
    SellerProfile seller;
    seller.id = id;
    seller.name = data.value(u"name"_s).toString();
    seller.plan = data.value(u"plan"_s).toString(u"none"_s);
    seller.subscriptionEnd = date(u"subscription_end");
    seller.verified = data.value(u"verified"_s).toBool();
    seller.antifraudBlocked = data.value(u"antifraud_blocked"_s).toBool();
    seller.quotaMonthly = data.value(u"quota_monthly"_s).toInteger();
    seller.quotaLeft = data.value(u"quota_left"_s).toInteger();
    seller.quotaRenewsOn = date(u"quota_renews_on");
    seller.asOf = date(u"as_of");
    return seller;
}

} // namespace sellercrm
