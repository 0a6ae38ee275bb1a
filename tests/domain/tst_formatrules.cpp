// WIZ-6: which formats an offer + audience + plan allow, and the placeholder reason when not.
#include "FormatRules.h"

#include <QtCore/QLocale>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

Q_DECLARE_METATYPE(sellercrm::FormatBlock)
Q_DECLARE_METATYPE(sellercrm::OfferType)

namespace {

const QDate today(2026, 11, 23);
const QLocale english(QLocale::English, QLocale::UnitedStates);

FormatContext premiumPlus()
{
    FormatContext context;
    context.today = today;
    context.subscription = {Plan::PremiumPlus, today.addDays(30)};
    context.mailingQuotaLeft = 25'000;
    context.ownBuyersInAudience = 500;
    return context;
}

} // namespace

class TestFormatRules final : public QObject
{
    Q_OBJECT

private slots:
    void wiz6_mailing_data();
    void wiz6_mailing();
    void wiz6_bannerNotForBonuses();
    void wiz6_placeholderTexts();
    void wiz6_mixedAudienceWarning();
    void wiz6_maxRecipients();
    void sta1_quotaRenewsOnTheFirst();
};

void TestFormatRules::wiz6_mailing_data()
{
    QTest::addColumn<OfferType>("offer");
    QTest::addColumn<int>("plan");
    QTest::addColumn<int>("subscriptionDays"); // end relative to today
    QTest::addColumn<int>("quotaLeft");
    QTest::addColumn<qint64>("own");
    QTest::addColumn<qint64>("potential");
    QTest::addColumn<FormatBlock>("block");
    const int pp = static_cast<int>(Plan::PremiumPlus);
    QTest::newRow("WIZ-6 Premium Plus with quota: allowed")
        << OfferType::PromoCode << pp << 30 << 100 << qint64(500) << qint64(0) << FormatBlock::None;
    QTest::newRow("WIZ-6 no subscription: needs Premium Plus")
        << OfferType::PromoCode << int(Plan::None) << 30 << 100 << qint64(500) << qint64(0)
        << FormatBlock::NeedsPremiumPlus;
    QTest::newRow("WIZ-6 Premium is not enough")
        << OfferType::OrderDiscount << int(Plan::Premium) << 30 << 100 << qint64(500) << qint64(0)
        << FormatBlock::NeedsPremiumPlus;
    QTest::newRow("WIZ-6 subscription ended yesterday")
        << OfferType::PromoCode << pp << -1 << 100 << qint64(500) << qint64(0)
        << FormatBlock::SubscriptionEnded;
    QTest::newRow("WIZ-6 subscription ends today: still allowed")
        << OfferType::PromoCode << pp << 0 << 100 << qint64(500) << qint64(0) << FormatBlock::None;
    QTest::newRow("WIZ-6 quota used up") << OfferType::ProductPromotion << pp << 30 << 0 << qint64(500)
                                         << qint64(0) << FormatBlock::QuotaUsedUp;
    QTest::newRow("WIZ-6 potential-only audience") << OfferType::PromoCode << pp << 30 << 100 << qint64(0)
                                                   << qint64(800) << FormatBlock::PotentialOnlyAudience;
    QTest::newRow("WIZ-6 potential-only audience is reported before the plan")
        << OfferType::PromoCode << int(Plan::None) << 30 << 0 << qint64(0) << qint64(800)
        << FormatBlock::PotentialOnlyAudience;
    QTest::newRow("WIZ-6 empty audience")
        << OfferType::PromoCode << pp << 30 << 100 << qint64(0) << qint64(0) << FormatBlock::EmptyAudience;
    QTest::newRow("WIZ-6 bonus campaign needs no subscription")
        << OfferType::Bonuses << int(Plan::None) << 30 << 0 << qint64(500) << qint64(0) << FormatBlock::None;
    QTest::newRow("WIZ-6 bonus campaign reaches potential buyers")
        << OfferType::Bonuses << int(Plan::None) << 30 << 0 << qint64(0) << qint64(800) << FormatBlock::None;
}

void TestFormatRules::wiz6_mailing()
{
    QFETCH(OfferType, offer);
    QFETCH(int, plan);
    QFETCH(int, subscriptionDays);
    QFETCH(int, quotaLeft);
    QFETCH(qint64, own);
    QFETCH(qint64, potential);
    QFETCH(FormatBlock, block);
    FormatContext context;
    context.today = today;
    context.subscription = {static_cast<Plan>(plan), today.addDays(subscriptionDays)};
    context.mailingQuotaLeft = quotaLeft;
    context.ownBuyersInAudience = own;
    context.potentialBuyersInAudience = potential;
    const FormatAvailability availability = formatAvailability(FormatType::Mailing, offer, context, english);
    QCOMPARE(availability.block, block);
    QCOMPARE(availability.allowed(), block == FormatBlock::None);
    QCOMPARE(availability.message.isEmpty(), block == FormatBlock::None);
    // Banners stay available whatever the plan or quota, except for bonuses.
    QCOMPARE(formatAvailability(FormatType::Banner, offer, context, english).allowed(),
             offer != OfferType::Bonuses);
}

void TestFormatRules::wiz6_bannerNotForBonuses()
{
    const std::vector<FormatAvailability> options = formatOptions(OfferType::Bonuses, premiumPlus(), english);
    QCOMPARE(options.size(), std::size_t(2));
    QCOMPARE(options[0].format, FormatType::Mailing);
    QVERIFY(options[0].allowed());
    QCOMPARE(options[1].format, FormatType::Banner);
    QCOMPARE(options[1].block, FormatBlock::NotForBonuses);
    QVERIFY(options[1].message.contains(u"bonuses"_s));
}

void TestFormatRules::wiz6_placeholderTexts()
{
    FormatContext context = premiumPlus();
    context.subscription.plan = Plan::None;
    const QString needs =
        formatAvailability(FormatType::Mailing, OfferType::PromoCode, context, english).message;
    QVERIFY2(needs.contains(u"Premium Plus"_s) && needs.contains(u"banner"_s) && needs.contains(u"bonus"_s),
             qPrintable(needs));

    context = premiumPlus();
    context.mailingQuotaLeft = 0;
    const QString quota =
        formatAvailability(FormatType::Mailing, OfferType::PromoCode, context, english).message;
    // The date the quota renews: the 1st of next month.
    QVERIFY2(quota.contains(english.toString(QDate(2026, 12, 1), QLocale::ShortFormat)), qPrintable(quota));
    context.quotaRenewsOn = QDate(2026, 12, 5);
    QVERIFY(formatAvailability(FormatType::Mailing, OfferType::PromoCode, context, english)
                .message.contains(english.toString(QDate(2026, 12, 5), QLocale::ShortFormat)));

    context = premiumPlus();
    context.ownBuyersInAudience = 0;
    context.potentialBuyersInAudience = 10;
    const QString potential =
        formatAvailability(FormatType::Mailing, OfferType::PromoCode, context, english).message;
    QVERIFY2(potential.contains(u"bonuses"_s) && potential.contains(u"banner"_s), qPrintable(potential));
}

void TestFormatRules::wiz6_mixedAudienceWarning()
{
    FormatContext context = premiumPlus();
    QVERIFY(
        formatAvailability(FormatType::Mailing, OfferType::PromoCode, context, english).warning.isEmpty());
    context.potentialBuyersInAudience = 300;
    const FormatAvailability mixed =
        formatAvailability(FormatType::Mailing, OfferType::PromoCode, context, english);
    QVERIFY(mixed.allowed());
    QVERIFY2(mixed.warning.contains(u"500"_s), qPrintable(mixed.warning));
    QVERIFY(formatAvailability(FormatType::Mailing, OfferType::Bonuses, context, english).warning.isEmpty());
}

void TestFormatRules::wiz6_maxRecipients()
{
    FormatContext context = premiumPlus();
    context.potentialBuyersInAudience = 300;
    QCOMPARE(maxMailingRecipients(OfferType::PromoCode, context), 500);
    context.mailingQuotaLeft = 120;
    QCOMPARE(maxMailingRecipients(OfferType::PromoCode, context), 120);
    QCOMPARE(maxMailingRecipients(OfferType::Bonuses, context), 800);
}

void TestFormatRules::sta1_quotaRenewsOnTheFirst()
{
    QCOMPARE(quotaRenewalDate(QDate(2026, 11, 23)), QDate(2026, 12, 1));
    QCOMPARE(quotaRenewalDate(QDate(2026, 12, 31)), QDate(2027, 1, 1));
    QCOMPARE(quotaRenewalDate(QDate(2026, 12, 1)), QDate(2027, 1, 1));
}

QTEST_GUILESS_MAIN(TestFormatRules)
#include "tst_formatrules.moc"
