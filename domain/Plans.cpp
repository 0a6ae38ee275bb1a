#include "Plans.h"

#include "EnumCodes.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

class PlanText final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::PlanText)

public:
    PlanText() = delete;
};

} // namespace

constexpr std::array<QStringView, 3> planCodes = {u"none", u"premium", u"premium_plus"};

QString planCode(Plan plan)
{
    return codeOf(plan, planCodes);
}

std::optional<Plan> planFromCode(QStringView code)
{
    return enumFromCode<Plan>(code, planCodes);
}

QString planName(Plan plan)
{
    switch (plan) {
    case Plan::None:
        return PlanText::tr("No subscription");
    case Plan::Premium:
        return PlanText::tr("Premium");
    case Plan::PremiumPlus:
        return PlanText::tr("Premium Plus");
    }
    Q_UNREACHABLE();
    return QString();
}

bool Subscription::isActiveOn(QDate day) const
{
    return plan != Plan::None && day.isValid() && (!end.isValid() || day <= end);
}

bool Subscription::allowsMailingsOn(QDate day) const
{
    return plan == Plan::PremiumPlus && isActiveOn(day);
}

int monthlyMailingQuota(Plan plan)
{
    return plan == Plan::PremiumPlus ? premiumPlusMonthlyMailings : 0;
}

QDate quotaRenewalDate(QDate today)
{
    return QDate(today.year(), today.month(), 1).addMonths(1);
}

} // namespace sellercrm
