// STA-1 plans, subscription and quota; money formatting and rounding used by every rule.
#include "CommunicationValidator.h"
#include "Money.h"
#include "Plans.h"
#include "PromoCodes.h"

#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class TestPlansAndMoney final : public QObject
{
    Q_OBJECT

private slots:
    void sta1_planCodes();
    void sta1_subscriptionActivity();
    void sta1_quota();
    void money_formatting();
    void money_rounding();
    void wiz5_generatedPromoCode();
};

void TestPlansAndMoney::sta1_planCodes()
{
    QCOMPARE(planCode(Plan::None), u"none"_s);
    QCOMPARE(planCode(Plan::Premium), u"premium"_s);
    QCOMPARE(planCode(Plan::PremiumPlus), u"premium_plus"_s);
    for (Plan plan : {Plan::None, Plan::Premium, Plan::PremiumPlus}) {
        QCOMPARE(planFromCode(planCode(plan)), std::optional(plan));
        QVERIFY(!planName(plan).isEmpty());
    }
    QCOMPARE(planFromCode(u"gold"), std::nullopt);
}

void TestPlansAndMoney::sta1_subscriptionActivity()
{
    const QDate today(2026, 11, 23);
    const Subscription plus{Plan::PremiumPlus, today};
    QVERIFY(plus.isActiveOn(today));
    QVERIFY(plus.allowsMailingsOn(today));
    QVERIFY(!plus.isActiveOn(today.addDays(1)));
    QVERIFY(!plus.allowsMailingsOn(today.addDays(1)));
    QVERIFY(Subscription({Plan::PremiumPlus, QDate()}).allowsMailingsOn(today)); // no end date
    QVERIFY(Subscription({Plan::Premium, today}).isActiveOn(today));
    QVERIFY(!Subscription({Plan::Premium, today}).allowsMailingsOn(today));
    QVERIFY(!Subscription().isActiveOn(today));
}

void TestPlansAndMoney::sta1_quota()
{
    QCOMPARE(monthlyMailingQuota(Plan::PremiumPlus), 25'000);
    QCOMPARE(monthlyMailingQuota(Plan::Premium), 0);
    QCOMPARE(monthlyMailingQuota(Plan::None), 0);
    QCOMPARE((MailingQuota{25'000, 24'000}).left(), 1'000);
    QCOMPARE((MailingQuota{25'000, 26'000}).left(), 0);
    QCOMPARE(platformDailyMessageCapacity, 3'000'000);
}

void TestPlansAndMoney::money_formatting()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatRoubles(4'200'00, english), u"4,200\u00A0₽"_s);
    QCOMPARE(formatRoubles(4'200'05, english), u"4,200.05\u00A0₽"_s);
    QCOMPARE(formatRoubles(-1'50, english), u"-1.50\u00A0₽"_s);
    QCOMPARE(formatRoubles(0, english), u"0\u00A0₽"_s);
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    QCOMPARE(formatRoubles(4'200'50, russian), u"4\u00A0200,50\u00A0₽"_s);
}

void TestPlansAndMoney::money_rounding()
{
    QCOMPARE(divideRounded(5, 2), 3);
    QCOMPARE(divideRounded(4, 3), 1);
    QCOMPARE(divideRounded(5, 3), 2);
    QCOMPARE(divideRounded(-5, 2), -3);
    QCOMPARE(divideRounded(0, 7), 0);
}

void TestPlansAndMoney::wiz5_generatedPromoCode()
{
    QRandomGenerator random(7);
    QSet<QString> taken;
    for (int i = 0; i < 500; ++i) {
        const QString code = generatePromoCode(random, taken);
        QCOMPARE(code.size(), 8);
        QVERIFY2(CommunicationValidator::isValidPromoCode(code), qPrintable(code));
        QVERIFY(!taken.contains(code));
        taken.insert(code);
    }
}

QTEST_GUILESS_MAIN(TestPlansAndMoney)
#include "tst_plansandmoney.moc"
