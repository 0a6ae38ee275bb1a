#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <functional>

class QLocale;

namespace sellercrm {

// WIZ-6: which days a mailing may be sent on. The calendar disables the other days and explains
// each in a tooltip; the validator rejects them with the same reasons.
enum class SendDayState : quint8
{
    Available,
    InPast,               // before today
    AfterPromotionEnd,    // after the offer's promotion ends
    AfterSubscriptionEnd, // after the Premium Plus subscription ends
    CapacityExhausted,    // the platform's daily capacity is used up that day
};

struct SendCalendarRules
{
    QDate today;
    QDate promotionEnd;    // invalid = the offer has no end (bonuses, product promotion)
    QDate subscriptionEnd; // invalid = the subscription has no end date or does not apply (bonuses)
    // Messages the platform already has scheduled on a day; empty = none anywhere.
    std::function<qint64(QDate)> platformMessagesOnDay;
    qint64 platformDailyCapacity = 3'000'000;
    // The day is full when fewer than `recipients` messages are left of its capacity (1 = used up).
    qint64 recipients = 1;
};

// First reason wins: past, promotion end, subscription end, capacity.
SendDayState sendDayState(const SendCalendarRules& rules, QDate day);
QString sendDayExplanation(SendDayState state, const SendCalendarRules& rules, const QLocale& locale);
// The first available day from `from` on, within `searchDays` days; invalid when there is none.
QDate firstAvailableSendDay(const SendCalendarRules& rules, QDate from, int searchDays = 366);

} // namespace sellercrm
