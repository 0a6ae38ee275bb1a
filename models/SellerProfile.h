#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace sellercrm {

// The `seller` entity of the sync feed (SYNC.md): name, plan (STA-1) and mailing quota.
struct SellerProfile final
{
    QString id;
    QString name;
    QString plan = QStringLiteral("none"); // none, premium, premium_plus
    QDate subscriptionEnd;
    bool verified = false;
    bool antifraudBlocked = false;
    qint64 quotaMonthly = 0;
    qint64 quotaLeft = 0;
    QDate quotaRenewsOn;
    QDate asOf;

    bool hasPremiumPlus() const { return plan == QStringLiteral("premium_plus"); }

    static SellerProfile fromJson(const QString& id, const QJsonObject& data);
};

} // namespace sellercrm
