// WIZ-6: the send-date calendar: past, promotion end, subscription end, platform capacity.
#include "Plans.h"
#include "SendCalendar.h"

#include <QtCore/QLocale>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

Q_DECLARE_METATYPE(sellercrm::SendDayState)

namespace {

const QDate today(2026, 11, 23);

SendCalendarRules rules()
{
    SendCalendarRules r;
    r.today = today;
    r.promotionEnd = today.addDays(10);
    r.subscriptionEnd = today.addDays(5);
    const QDate full = today.addDays(3);
    r.platformMessagesOnDay = [full](QDate day) {
        return day == full ? platformDailyMessageCapacity : 1'000;
    };
    r.platformDailyCapacity = platformDailyMessageCapacity;
    return r;
}

} // namespace

class TestSendCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void wiz6_dayStates_data();
    void wiz6_dayStates();
    void wiz6_capacityCountsRecipients();
    void wiz6_firstAvailableDay();
    void wiz6_explanations();
};

void TestSendCalendar::wiz6_dayStates_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<SendDayState>("state");
    QTest::newRow("WIZ-6 yesterday is in the past") << -1 << SendDayState::InPast;
    QTest::newRow("WIZ-6 today is available") << 0 << SendDayState::Available;
    QTest::newRow("WIZ-6 a day with the capacity used up") << 3 << SendDayState::CapacityExhausted;
    QTest::newRow("WIZ-6 the subscription's last day is available") << 5 << SendDayState::Available;
    QTest::newRow("WIZ-6 the day after the subscription ends") << 6 << SendDayState::AfterSubscriptionEnd;
    QTest::newRow("WIZ-6 the day after the promotion ends") << 11 << SendDayState::AfterPromotionEnd;
}

void TestSendCalendar::wiz6_dayStates()
{
    QFETCH(int, offset);
    QFETCH(SendDayState, state);
    QCOMPARE(sendDayState(rules(), today.addDays(offset)), state);
}

void TestSendCalendar::wiz6_capacityCountsRecipients()
{
    SendCalendarRules r = rules();
    r.platformMessagesOnDay = [](QDate) { return platformDailyMessageCapacity - 100; };
    r.recipients = 100;
    QCOMPARE(sendDayState(r, today), SendDayState::Available);
    r.recipients = 101;
    QCOMPARE(sendDayState(r, today), SendDayState::CapacityExhausted);
    // No promotion end, no subscription end (a bonus campaign): only past and capacity matter.
    SendCalendarRules open;
    open.today = today;
    QCOMPARE(sendDayState(open, today.addDays(400)), SendDayState::Available);
}

void TestSendCalendar::wiz6_firstAvailableDay()
{
    SendCalendarRules r = rules();
    r.platformMessagesOnDay = [](QDate day) {
        return day <= today.addDays(2) ? platformDailyMessageCapacity : 0;
    };
    QCOMPARE(firstAvailableSendDay(r, today), today.addDays(3));
    r.platformMessagesOnDay = [](QDate) { return platformDailyMessageCapacity; };
    QVERIFY(!firstAvailableSendDay(r, today).isValid());
}

void TestSendCalendar::wiz6_explanations()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const SendCalendarRules r = rules();
    QVERIFY(sendDayExplanation(SendDayState::Available, r, english).isEmpty());
    for (SendDayState state : {SendDayState::InPast, SendDayState::AfterPromotionEnd,
                               SendDayState::AfterSubscriptionEnd, SendDayState::CapacityExhausted})
        QVERIFY(!sendDayExplanation(state, r, english).isEmpty());
    QVERIFY(sendDayExplanation(SendDayState::AfterPromotionEnd, r, english)
                .contains(english.toString(r.promotionEnd, QLocale::ShortFormat)));
    QVERIFY(sendDayExplanation(SendDayState::AfterSubscriptionEnd, r, english)
                .contains(english.toString(r.subscriptionEnd, QLocale::ShortFormat)));
}

QTEST_GUILESS_MAIN(TestSendCalendar)
#include "tst_sendcalendar.moc"
