#include "SendCalendar.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

namespace sellercrm {

namespace {

class SendCalendarText final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::SendCalendarText)

public:
    SendCalendarText() = delete;
};

} // namespace

SendDayState sendDayState(const SendCalendarRules& rules, QDate day)
{
    if (!day.isValid() || day < rules.today)
        return SendDayState::InPast;
    if (rules.promotionEnd.isValid() && day > rules.promotionEnd)
        return SendDayState::AfterPromotionEnd;
    if (rules.subscriptionEnd.isValid() && day > rules.subscriptionEnd)
        return SendDayState::AfterSubscriptionEnd;
    const qint64 used = rules.platformMessagesOnDay ? rules.platformMessagesOnDay(day) : 0;
    if (rules.platformDailyCapacity - used < std::max<qint64>(1, rules.recipients))
        return SendDayState::CapacityExhausted;
    return SendDayState::Available;
}

QString sendDayExplanation(SendDayState state, const SendCalendarRules& rules, const QLocale& locale)
{
    switch (state) {
    case SendDayState::Available:
        return QString();
    case SendDayState::InPast:
        return SendCalendarText::tr("A mailing cannot be sent in the past.");
    case SendDayState::AfterPromotionEnd:
        return SendCalendarText::tr("The promotion ends on %1: send the mailing before it ends.")
            .arg(locale.toString(rules.promotionEnd, QLocale::ShortFormat));
    case SendDayState::AfterSubscriptionEnd:
        return SendCalendarText::tr(
                   "Your Premium Plus subscription ends on %1: mailings can be sent until then.")
            .arg(locale.toString(rules.subscriptionEnd, QLocale::ShortFormat));
    case SendDayState::CapacityExhausted:
        return SendCalendarText::tr(
            "The platform has no more mailing capacity on this day. Choose another date.");
    }
    Q_UNREACHABLE();
    return QString();
}

QDate firstAvailableSendDay(const SendCalendarRules& rules, QDate from, int searchDays)
{
    for (int i = 0; i < searchDays; ++i) {
        const QDate day = from.addDays(i);
        if (sendDayState(rules, day) == SendDayState::Available)
            return day;
    }
    return QDate();
}

} // namespace sellercrm
