// WIZ-5 / WIZ-6 (and WIZ-4 for the audience): every validation rule, one data row per rule and
// boundary. Each row changes one thing of a valid communication and names the field error it
// expects, or none for the valid side of a boundary.
#include "CommunicationValidator.h"

#include <QtTest/QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sellercrm;

using Mutation = std::function<void(Communication&, ValidationContext&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QDate today(2026, 11, 23);

ValidationContext baseContext()
{
    ValidationContext context;
    context.today = today;
    context.subscription = {Plan::PremiumPlus, today.addDays(60)};
    context.mailingQuotaLeft = 25'000;
    context.ownBuyersInAudience = 1'000;
    context.potentialBuyersInAudience = 0;
    context.promotions = {{u"P1"_s, u"Autumn sale"_s, today.addDays(-5), today.addDays(20)},
                          {u"P0"_s, u"Summer sale"_s, today.addDays(-100), today.addDays(-1)}};
    context.existingPromoCodes = {u"AUTUMN10"_s};
    context.productExists = [](const QString& id) { return id.startsWith(u"SKU"_s); };
    context.collectionExists = [](const QString& id) { return id == u"C1"_s; };
    context.savedAudienceExists = [](const QString& id) { return id == u"A1"_s; };
    return context;
}

Offer orderDiscount()
{
    Offer offer;
    offer.type = OfferType::OrderDiscount;
    offer.percent = 10;
    offer.minOrderKopecks = 3'000'00;
    offer.start = today;
    offer.end = today.addDays(29);
    return offer;
}

Communication mailing(Offer offer)
{
    Communication communication;
    communication.audience = Audience::allOwnBuyers();
    communication.offer = std::move(offer);
    communication.format.type = FormatType::Mailing;
    communication.format.mailing.recipients = 900;
    communication.format.mailing.sendDate = today.addDays(2);
    communication.format.mailing.title = u"Autumn offer"_s;
    communication.format.mailing.text = u"Ten percent off everything this week."_s;
    return communication;
}

Communication banner(Offer offer)
{
    Communication communication;
    communication.audience = Audience::allOwnBuyers();
    communication.offer = std::move(offer);
    communication.format.type = FormatType::Banner;
    communication.format.banner.creative = CreativeKind::Generated;
    communication.format.banner.start = today;
    communication.format.banner.end = today.addDays(7);
    communication.format.banner.dailyBudgetKopecks = 500'00;
    return communication;
}

Offer ofType(OfferType type)
{
    Offer offer;
    offer.type = type;
    switch (type) {
    case OfferType::ExistingPromotion:
        offer.promotionId = u"P1"_s;
        break;
    case OfferType::OrderDiscount:
        return orderDiscount();
    case OfferType::PromoCode:
        offer.code = u"WINTER2026"_s;
        offer.singleUse = true;
        offer.amountKopecks = 500'00;
        offer.start = today;
        offer.end = today.addDays(10);
        break;
    case OfferType::Installments:
        offer.start = today.addDays(1);
        offer.end = today.addDays(30);
        break;
    case OfferType::Bonuses:
        offer.bonusesPerBuyer = 500;
        offer.bonusRecipients = 800;
        offer.bonusValidityDays = 14;
        break;
    case OfferType::ProductPromotion:
        break;
    }
    return offer;
}

Communication bonusCampaign()
{
    Communication communication = mailing(ofType(OfferType::Bonuses));
    communication.format.mailing = MailingFormat();
    communication.format.mailing.sendDate = today.addDays(1);
    return communication;
}

Communication productMailing()
{
    Communication communication = mailing(ofType(OfferType::ProductPromotion));
    communication.format.target = TargetPage::Product;
    communication.format.targetId = u"SKU-1"_s;
    return communication;
}

QString repeat(int n)
{
    return QString(n, u'a');
}

} // namespace

class TestCommunicationValidator final : public QObject
{
    Q_OBJECT

private slots:
    void validBaselines_data();
    void validBaselines();
    void rules_data();
    void rules();
    void everyInvalidFieldAtOnce();
    void wiz7_changingTheOfferRevalidatesTheFormat();
    void wiz3_eachStepReportsItsOwnFields();
    void promoCodeCharacters();
    void visibleLengthCountsCharacters();
};

void TestCommunicationValidator::validBaselines_data()
{
    QTest::addColumn<Communication>("communication");
    const OfferType offers[] = {OfferType::ExistingPromotion, OfferType::OrderDiscount, OfferType::PromoCode,
                                OfferType::Installments, OfferType::ProductPromotion};
    for (OfferType type : offers) {
        Communication m = mailing(ofType(type));
        Communication b = banner(ofType(type));
        if (type == OfferType::ProductPromotion) {
            m = productMailing();
            b.format.target = TargetPage::Showcase;
        }
        QTest::addRow("WIZ-6 valid mailing with %s", qPrintable(offerTypeCode(type))) << m;
        QTest::addRow("WIZ-6 valid banner with %s", qPrintable(offerTypeCode(type))) << b;
    }
    QTest::newRow("WIZ-6 valid bonus campaign") << bonusCampaign();
}

void TestCommunicationValidator::validBaselines()
{
    QFETCH(Communication, communication);
    const FieldErrors errors = CommunicationValidator::validate(communication, baseContext());
    QVERIFY2(
        errors.isEmpty(),
        qPrintable(errors.isEmpty() ? QString() : errors.first().field + u": "_s + errors.first().message));
}

void TestCommunicationValidator::rules_data()
{
    QTest::addColumn<Communication>("communication");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");
    const Communication discount = mailing(orderDiscount());
    // `count`: how many errors the change causes in all (a rule can imply another, e.g. an ended
    // promotion also makes the send date fall after its end).
    const auto row = [](const char* tag, const Communication& base, Mutation mutate, const QString& field,
                        QStringView code, int count = 1) {
        QTest::newRow(tag) << base << std::move(mutate) << field << code.toString()
                           << (field.isEmpty() ? 0 : count);
    };
    const QString none;

    // WIZ-4 audience
    row(
        "WIZ-4 audience required", discount,
        [](Communication& c, ValidationContext&) { c.audience = Audience(); }, u"audience"_s,
        FieldErrorCode::required);
    row(
        "WIZ-4 audience with no buyers", banner(orderDiscount()),
        [](Communication&, ValidationContext& x) { x.ownBuyersInAudience = 0; }, u"audience"_s,
        FieldErrorCode::outOfRange);
    row(
        "WIZ-4 saved audience and segments conflict", discount,
        [](Communication& c, ValidationContext&) { c.audience.savedAudienceId = u"A1"_s; },
        u"audience.saved_audience_id"_s, FieldErrorCode::conflict);
    row(
        "WIZ-4 saved audience unknown", discount,
        [](Communication& c, ValidationContext&) {
            c.audience = Audience();
            c.audience.savedAudienceId = u"A9"_s;
        },
        u"audience.saved_audience_id"_s, FieldErrorCode::notFound);

    // WIZ-5 existing promotion
    const Communication promotion = mailing(ofType(OfferType::ExistingPromotion));
    row(
        "WIZ-5 promotion required", promotion,
        [](Communication& c, ValidationContext&) { c.offer.promotionId.clear(); }, u"offer.promotion_id"_s,
        FieldErrorCode::required);
    row(
        "WIZ-5 promotion not the seller's", promotion,
        [](Communication& c, ValidationContext&) { c.offer.promotionId = u"P7"_s; }, u"offer.promotion_id"_s,
        FieldErrorCode::notFound);
    row(
        "WIZ-5 promotion already ended", promotion,
        [](Communication& c, ValidationContext&) { c.offer.promotionId = u"P0"_s; }, u"offer.promotion_id"_s,
        FieldErrorCode::dateInPast, 2);

    // WIZ-5 discount from order total
    row(
        "WIZ-5 discount 0% is out of range", discount,
        [](Communication& c, ValidationContext&) { c.offer.percent = 0; }, u"offer.percent"_s,
        FieldErrorCode::outOfRange);
    row("WIZ-5 discount 1% is valid", discount,
        [](Communication& c, ValidationContext&) { c.offer.percent = 1; }, none, {});
    row("WIZ-5 discount 90% is valid", discount,
        [](Communication& c, ValidationContext&) { c.offer.percent = 90; }, none, {});
    row(
        "WIZ-5 discount 91% is out of range", discount,
        [](Communication& c, ValidationContext&) { c.offer.percent = 91; }, u"offer.percent"_s,
        FieldErrorCode::outOfRange);
    row(
        "WIZ-5 discount required", discount,
        [](Communication& c, ValidationContext&) { c.offer.percent.reset(); }, u"offer.percent"_s,
        FieldErrorCode::required);
    row(
        "WIZ-5 discount in % and in roubles conflict", discount,
        [](Communication& c, ValidationContext&) { c.offer.amountKopecks = 100'00; },
        u"offer.amount_kopecks"_s, FieldErrorCode::conflict);
    row(
        "WIZ-5 discount 0.99 roubles is below 1", discount,
        [](Communication& c, ValidationContext&) {
            c.offer.percent.reset();
            c.offer.amountKopecks = 99;
        },
        u"offer.amount_kopecks"_s, FieldErrorCode::outOfRange);
    row("WIZ-5 discount 1 rouble is valid", discount,
        [](Communication& c, ValidationContext&) {
            c.offer.percent.reset();
            c.offer.amountKopecks = 100;
        },
        none, {});
    row(
        "WIZ-5 discount equal to the minimum order", discount,
        [](Communication& c, ValidationContext&) {
            c.offer.percent.reset();
            c.offer.amountKopecks = 3'000'00;
        },
        u"offer.amount_kopecks"_s, FieldErrorCode::outOfRange);
    row("WIZ-5 discount just below the minimum order is valid", discount,
        [](Communication& c, ValidationContext&) {
            c.offer.percent.reset();
            c.offer.amountKopecks = 2'999'99;
        },
        none, {});
    row(
        "WIZ-5 minimum order required", discount,
        [](Communication& c, ValidationContext&) { c.offer.minOrderKopecks.reset(); },
        u"offer.min_order_kopecks"_s, FieldErrorCode::required);
    row(
        "WIZ-5 minimum order below 1 rouble", discount,
        [](Communication& c, ValidationContext&) { c.offer.minOrderKopecks = 99; },
        u"offer.min_order_kopecks"_s, FieldErrorCode::outOfRange);
    row(
        "WIZ-5 start required", discount,
        [](Communication& c, ValidationContext&) { c.offer.start = QDate(); }, u"offer.start"_s,
        FieldErrorCode::required);
    row(
        "WIZ-5 start yesterday", discount,
        [](Communication& c, ValidationContext&) { c.offer.start = today.addDays(-1); }, u"offer.start"_s,
        FieldErrorCode::dateInPast);
    row(
        "WIZ-5 end required", discount, [](Communication& c, ValidationContext&) { c.offer.end = QDate(); },
        u"offer.end"_s, FieldErrorCode::required);
    row(
        "WIZ-5 end before start", discount,
        [](Communication& c, ValidationContext&) {
            c.offer.start = today.addDays(5);
            c.offer.end = today.addDays(4);
        },
        u"offer.end"_s, FieldErrorCode::dateOrder);
    row("WIZ-5 one-day period is valid", discount,
        [](Communication& c, ValidationContext&) {
            c.offer.end = c.offer.start;
            c.format.mailing.sendDate = today;
        },
        none, {});
    row("WIZ-5 period of 90 days is valid", discount,
        [](Communication& c, ValidationContext&) { c.offer.end = c.offer.start.addDays(89); }, none, {});
    row(
        "WIZ-5 period of 91 days is too long", discount,
        [](Communication& c, ValidationContext&) { c.offer.end = c.offer.start.addDays(90); }, u"offer.end"_s,
        FieldErrorCode::periodTooLong);

    // WIZ-5 promo code
    const Communication code = mailing(ofType(OfferType::PromoCode));
    row("WIZ-5 promo code generated is valid", code,
        [](Communication& c, ValidationContext&) {
            c.offer.code.clear();
            c.offer.generateCode = true;
        },
        none, {});
    row(
        "WIZ-5 promo code typed and generated conflict", code,
        [](Communication& c, ValidationContext&) { c.offer.generateCode = true; }, u"offer.code"_s,
        FieldErrorCode::conflict);
    row(
        "WIZ-5 promo code required", code, [](Communication& c, ValidationContext&) { c.offer.code.clear(); },
        u"offer.code"_s, FieldErrorCode::required);
    row(
        "WIZ-5 promo code of 3 characters", code,
        [](Communication& c, ValidationContext&) { c.offer.code = u"ABC"_s; }, u"offer.code"_s,
        FieldErrorCode::tooShort);
    row("WIZ-5 promo code of 4 characters is valid", code,
        [](Communication& c, ValidationContext&) { c.offer.code = u"AB12"_s; }, none, {});
    row("WIZ-5 promo code of 20 characters is valid", code,
        [](Communication& c, ValidationContext&) { c.offer.code = QString(20, u'Z'); }, none, {});
    row(
        "WIZ-5 promo code of 21 characters", code,
        [](Communication& c, ValidationContext&) { c.offer.code = QString(21, u'Z'); }, u"offer.code"_s,
        FieldErrorCode::tooLong);
    row(
        "WIZ-5 promo code in lower case", code,
        [](Communication& c, ValidationContext&) { c.offer.code = u"winter26"_s; }, u"offer.code"_s,
        FieldErrorCode::invalidValue);
    row(
        "WIZ-5 promo code with Cyrillic letters", code,
        [](Communication& c, ValidationContext&) { c.offer.code = u"ЗИМА2026"_s; }, u"offer.code"_s,
        FieldErrorCode::invalidValue);
    row(
        "WIZ-5 promo code not unique for the seller", code,
        [](Communication& c, ValidationContext&) { c.offer.code = u"AUTUMN10"_s; }, u"offer.code"_s,
        FieldErrorCode::notUnique);
    row(
        "WIZ-5 promo code single or multi use required", code,
        [](Communication& c, ValidationContext&) { c.offer.singleUse.reset(); }, u"offer.single_use"_s,
        FieldErrorCode::required);
    row("WIZ-5 promo code multi-use is valid", code,
        [](Communication& c, ValidationContext&) { c.offer.singleUse = false; }, none, {});
    row("WIZ-5 promo code minimum order is optional", code,
        [](Communication& c, ValidationContext&) { c.offer.minOrderKopecks.reset(); }, none, {});
    row(
        "WIZ-5 promo code discount not below its minimum order", code,
        [](Communication& c, ValidationContext&) { c.offer.minOrderKopecks = 500'00; },
        u"offer.amount_kopecks"_s, FieldErrorCode::outOfRange);
    row(
        "WIZ-5 promo code period in the past", code,
        [](Communication& c, ValidationContext&) { c.offer.start = today.addDays(-2); }, u"offer.start"_s,
        FieldErrorCode::dateInPast);

    // WIZ-5 installments
    const Communication installments = mailing(ofType(OfferType::Installments));
    row(
        "WIZ-5 installment term fixed at 6 months", installments,
        [](Communication& c, ValidationContext&) { c.offer.termMonths = 12; }, u"offer.term_months"_s,
        FieldErrorCode::fixedValue);
    row(
        "WIZ-5 installments need a period", installments,
        [](Communication& c, ValidationContext&) { c.offer.end = QDate(); }, u"offer.end"_s,
        FieldErrorCode::required);

    // WIZ-5 bonuses
    const Communication bonuses = bonusCampaign();
    row(
        "WIZ-5 bonuses per buyer required", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusesPerBuyer.reset(); },
        u"offer.bonuses_per_buyer"_s, FieldErrorCode::required);
    row(
        "WIZ-5 bonuses 49 per buyer", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusesPerBuyer = 49; },
        u"offer.bonuses_per_buyer"_s, FieldErrorCode::outOfRange);
    row("WIZ-5 bonuses 50 per buyer is valid", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusesPerBuyer = 50; }, none, {});
    row("WIZ-5 bonuses 10 000 per buyer is valid", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusesPerBuyer = 10'000; }, none, {});
    row(
        "WIZ-5 bonuses 10 001 per buyer", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusesPerBuyer = 10'001; },
        u"offer.bonuses_per_buyer"_s, FieldErrorCode::outOfRange);
    row(
        "WIZ-5 bonus recipients required", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusRecipients.reset(); }, u"offer.recipients"_s,
        FieldErrorCode::required);
    row(
        "WIZ-5 bonus recipients 0", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusRecipients = 0; }, u"offer.recipients"_s,
        FieldErrorCode::outOfRange);
    row("WIZ-5 bonus recipients the whole audience is valid", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusRecipients = 1'000; }, none, {});
    row(
        "WIZ-5 bonus recipients above the audience", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusRecipients = 1'001; }, u"offer.recipients"_s,
        FieldErrorCode::outOfRange);
    row(
        "WIZ-5 bonus validity required", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusValidityDays.reset(); },
        u"offer.validity_days"_s, FieldErrorCode::required);
    row(
        "WIZ-5 bonus validity 15 days is not offered", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusValidityDays = 15; },
        u"offer.validity_days"_s, FieldErrorCode::invalidValue);
    row("WIZ-5 bonus validity 90 days is valid", bonuses,
        [](Communication& c, ValidationContext&) { c.offer.bonusValidityDays = 90; }, none, {});

    // WIZ-6 mailing
    row(
        "WIZ-6 mailing needs Premium Plus", discount,
        [](Communication&, ValidationContext& x) { x.subscription.plan = Plan::Premium; }, u"format.type"_s,
        FieldErrorCode::formatNotAllowed);
    row(
        "WIZ-6 mailing recipients required", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.recipients.reset(); },
        u"format.recipients"_s, FieldErrorCode::required);
    row(
        "WIZ-6 mailing recipients 0", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.recipients = 0; }, u"format.recipients"_s,
        FieldErrorCode::outOfRange);
    row("WIZ-6 mailing recipients all own buyers is valid", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.recipients = 1'000; }, none, {});
    row(
        "WIZ-6 mailing recipients above own buyers", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.recipients = 1'001; },
        u"format.recipients"_s, FieldErrorCode::outOfRange);
    row(
        "WIZ-6 mailing recipients above own buyers of a mixed audience", discount,
        [](Communication& c, ValidationContext& x) {
            x.potentialBuyersInAudience = 5'000;
            c.format.mailing.recipients = 1'001;
        },
        u"format.recipients"_s, FieldErrorCode::outOfRange);
    row(
        "WIZ-6 mailing recipients above the quota left", discount,
        [](Communication&, ValidationContext& x) { x.mailingQuotaLeft = 899; }, u"format.recipients"_s,
        FieldErrorCode::quotaExceeded);
    row("WIZ-6 mailing recipients equal to the quota left is valid", discount,
        [](Communication&, ValidationContext& x) { x.mailingQuotaLeft = 900; }, none, {});
    row(
        "WIZ-6 send date required", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.sendDate = QDate(); },
        u"format.send_date"_s, FieldErrorCode::required);
    row("WIZ-6 send date today is valid", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.sendDate = today; }, none, {});
    row(
        "WIZ-6 send date in the past", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.sendDate = today.addDays(-1); },
        u"format.send_date"_s, FieldErrorCode::dateInPast);
    row("WIZ-6 send date on the promotion's last day is valid", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.sendDate = c.offer.end; }, none, {});
    row(
        "WIZ-6 send date after the promotion ends", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.sendDate = c.offer.end.addDays(1); },
        u"format.send_date"_s, FieldErrorCode::afterPromotionEnd);
    row(
        "WIZ-6 send date after an existing promotion ends", promotion,
        [](Communication& c, ValidationContext&) { c.format.mailing.sendDate = today.addDays(21); },
        u"format.send_date"_s, FieldErrorCode::afterPromotionEnd);
    row("WIZ-6 send date on the subscription's last day is valid", discount,
        [](Communication& c, ValidationContext& x) {
            x.subscription.end = today.addDays(2);
            c.format.mailing.sendDate = today.addDays(2);
        },
        none, {});
    row(
        "WIZ-6 send date after the subscription ends", discount,
        [](Communication& c, ValidationContext& x) {
            x.subscription.end = today.addDays(2);
            c.format.mailing.sendDate = today.addDays(3);
        },
        u"format.send_date"_s, FieldErrorCode::afterSubscriptionEnd);
    row(
        "WIZ-6 send date on a day the platform capacity is used up", discount,
        [](Communication& c, ValidationContext& x) {
            const QDate full = c.format.mailing.sendDate;
            x.platformMessagesOnDay = [full](QDate day) {
                return day == full ? platformDailyMessageCapacity : 0;
            };
        },
        u"format.send_date"_s, FieldErrorCode::capacityExhausted);
    row("WIZ-6 send date with capacity for exactly the recipients is valid", discount,
        [](Communication&, ValidationContext& x) {
            x.platformMessagesOnDay = [](QDate) { return platformDailyMessageCapacity - 900; };
        },
        none, {});
    row(
        "WIZ-6 send date with capacity for fewer than the recipients", discount,
        [](Communication&, ValidationContext& x) {
            x.platformMessagesOnDay = [](QDate) { return platformDailyMessageCapacity - 899; };
        },
        u"format.send_date"_s, FieldErrorCode::capacityExhausted);
    row("WIZ-6 empty title is valid (generated)", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.title.clear(); }, none, {});
    row("WIZ-6 title of 50 characters is valid", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.title = repeat(50); }, none, {});
    row(
        "WIZ-6 title of 51 characters", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.title = repeat(51); }, u"format.title"_s,
        FieldErrorCode::tooLong);
    row(
        "WIZ-6 text required", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.text.clear(); }, u"format.text"_s,
        FieldErrorCode::required);
    row(
        "WIZ-6 text of 9 characters", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.text = repeat(9); }, u"format.text"_s,
        FieldErrorCode::tooShort);
    row("WIZ-6 text of 10 characters is valid", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.text = repeat(10); }, none, {});
    row("WIZ-6 text of 300 characters is valid", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.text = repeat(300); }, none, {});
    row(
        "WIZ-6 text of 301 characters", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.text = repeat(301); }, u"format.text"_s,
        FieldErrorCode::tooLong);
    row("WIZ-6 text of 300 emoji is valid (characters, not UTF-16 units)", discount,
        [](Communication& c, ValidationContext&) { c.format.mailing.text = QString(u"🎁"_s).repeated(300); },
        none, {});
    row("WIZ-6 image 2000x1000 PNG is valid", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/png"_s, 1'000'000, 2000, 1000};
        },
        none, {});
    row(
        "WIZ-6 image GIF", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/gif"_s, 1'000'000, 2000, 1000};
        },
        u"format.image.mime"_s, FieldErrorCode::imageType);
    row("WIZ-6 image of exactly 10 MB is valid", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/jpeg"_s, 10 * 1024 * 1024, 2000, 1000};
        },
        none, {});
    row(
        "WIZ-6 image over 10 MB", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/jpeg"_s, 10 * 1024 * 1024 + 1, 2000, 1000};
        },
        u"format.image.bytes"_s, FieldErrorCode::imageTooLarge);
    row(
        "WIZ-6 image 998x499 is too small", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/png"_s, 1000, 998, 499};
        },
        u"format.image"_s, FieldErrorCode::imageDimensions);
    row("WIZ-6 image 1000x500 is valid", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/png"_s, 1000, 1000, 500};
        },
        none, {});
    row("WIZ-6 image ratio 2.1:1 is within 5 %", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/png"_s, 1000, 2100, 1000};
        },
        none, {});
    row(
        "WIZ-6 image ratio 2.12:1 is outside 5 %", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/png"_s, 1000, 2120, 1000};
        },
        u"format.image"_s, FieldErrorCode::imageDimensions);
    row(
        "WIZ-6 image ratio 1.88:1 is outside 5 %", discount,
        [](Communication& c, ValidationContext&) {
            c.format.mailing.image = ImageMeta{u"image/png"_s, 1000, 1880, 1000};
        },
        u"format.image"_s, FieldErrorCode::imageDimensions);

    // WIZ-6 bonus campaign (a mailing with a fixed template)
    row("WIZ-6 bonus campaign without a subscription is valid", bonuses,
        [](Communication&, ValidationContext& x) {
            x.subscription = Subscription();
            x.mailingQuotaLeft = 0;
        },
        none, {});
    row("WIZ-6 bonus campaign to potential buyers is valid", bonuses,
        [](Communication&, ValidationContext& x) {
            x.ownBuyersInAudience = 0;
            x.potentialBuyersInAudience = 900;
        },
        none, {});
    row(
        "WIZ-6 bonus campaign text is a fixed template", bonuses,
        [](Communication& c, ValidationContext&) { c.format.mailing.text = u"My own text here"_s; },
        u"format.text"_s, FieldErrorCode::fixedValue);
    row(
        "WIZ-6 bonus campaign recipients come from the offer", bonuses,
        [](Communication& c, ValidationContext&) { c.format.mailing.recipients = 10; },
        u"format.recipients"_s, FieldErrorCode::fixedValue);
    row(
        "WIZ-6 bonus campaign send date in the past", bonuses,
        [](Communication& c, ValidationContext&) { c.format.mailing.sendDate = today.addDays(-1); },
        u"format.send_date"_s, FieldErrorCode::dateInPast);
    row(
        "WIZ-6 bonus campaign link is the showcase", bonuses,
        [](Communication& c, ValidationContext&) {
            c.format.target = TargetPage::Product;
            c.format.targetId = u"SKU-1"_s;
        },
        u"format.target"_s, FieldErrorCode::fixedValue);

    // WIZ-6 link (target page)
    const Communication product = productMailing();
    row(
        "WIZ-6 product promotion needs a link", product,
        [](Communication& c, ValidationContext&) { c.format.target.reset(); }, u"format.target"_s,
        FieldErrorCode::required);
    row(
        "WIZ-6 product promotion cannot link a promotion", product,
        [](Communication& c, ValidationContext&) { c.format.target = TargetPage::Promotion; },
        u"format.target.kind"_s, FieldErrorCode::invalidValue);
    row(
        "WIZ-6 product link needs a product", product,
        [](Communication& c, ValidationContext&) { c.format.targetId.clear(); }, u"format.target.id"_s,
        FieldErrorCode::required);
    row(
        "WIZ-6 product link to an unknown product", product,
        [](Communication& c, ValidationContext&) { c.format.targetId = u"X-1"_s; }, u"format.target.id"_s,
        FieldErrorCode::notFound);
    row("WIZ-6 collection link is valid", product,
        [](Communication& c, ValidationContext&) {
            c.format.target = TargetPage::Collection;
            c.format.targetId = u"C1"_s;
        },
        none, {});
    row(
        "WIZ-6 collection link to an unknown collection", product,
        [](Communication& c, ValidationContext&) {
            c.format.target = TargetPage::Collection;
            c.format.targetId = u"C2"_s;
        },
        u"format.target.id"_s, FieldErrorCode::notFound);
    row(
        "WIZ-6 showcase link takes no id", product,
        [](Communication& c, ValidationContext&) { c.format.target = TargetPage::Showcase; },
        u"format.target.id"_s, FieldErrorCode::invalidValue);
    row(
        "WIZ-6 a discount links its promotion's collection", discount,
        [](Communication& c, ValidationContext&) { c.format.target = TargetPage::Showcase; },
        u"format.target"_s, FieldErrorCode::fixedValue);
    row("WIZ-6 an existing promotion may name itself as the link", promotion,
        [](Communication& c, ValidationContext&) {
            c.format.target = TargetPage::Promotion;
            c.format.targetId = u"P1"_s;
        },
        none, {});
    row(
        "WIZ-6 an existing promotion cannot link another promotion", promotion,
        [](Communication& c, ValidationContext&) {
            c.format.target = TargetPage::Promotion;
            c.format.targetId = u"P0"_s;
        },
        u"format.target"_s, FieldErrorCode::fixedValue);

    // WIZ-6 banner
    const Communication bannerDiscount = banner(orderDiscount());
    row(
        "WIZ-6 banner not for bonuses", bonuses,
        [](Communication& c, ValidationContext&) { c.format.type = FormatType::Banner; }, u"format.type"_s,
        FieldErrorCode::formatNotAllowed);
    row(
        "WIZ-6 banner creative required", bannerDiscount,
        [](Communication& c, ValidationContext&) { c.format.banner.creative.reset(); }, u"format.creative"_s,
        FieldErrorCode::required);
    const auto uploaded = [](Communication& c) {
        c.format.banner.creative = CreativeKind::Uploaded;
        c.format.banner.image = ImageMeta{u"image/png"_s, 400'000, 1200, 400};
        c.format.banner.legalText = u"Seller LLC, OGRN 1234567890123"_s;
    };
    row("WIZ-6 uploaded banner 1200x400 is valid", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) { uploaded(c); }, none, {});
    row(
        "WIZ-6 uploaded banner needs an image", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) {
            uploaded(c);
            c.format.banner.image.reset();
        },
        u"format.image"_s, FieldErrorCode::required);
    row(
        "WIZ-6 uploaded banner must be exactly 1200x400", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) {
            uploaded(c);
            c.format.banner.image->width = 1201;
        },
        u"format.image"_s, FieldErrorCode::imageDimensions);
    row(
        "WIZ-6 uploaded banner over 5 MB", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) {
            uploaded(c);
            c.format.banner.image->bytes = 5 * 1024 * 1024 + 1;
        },
        u"format.image.bytes"_s, FieldErrorCode::imageTooLarge);
    row(
        "WIZ-6 uploaded banner WebP", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) {
            uploaded(c);
            c.format.banner.image->mimeType = u"image/webp"_s;
        },
        u"format.image.mime"_s, FieldErrorCode::imageType);
    row(
        "WIZ-6 uploaded banner legal text required", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) {
            uploaded(c);
            c.format.banner.legalText.clear();
        },
        u"format.legal_text"_s, FieldErrorCode::required);
    row("WIZ-6 uploaded banner legal text of 120 characters is valid", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) {
            uploaded(c);
            c.format.banner.legalText = repeat(120);
        },
        none, {});
    row(
        "WIZ-6 uploaded banner legal text of 121 characters", bannerDiscount,
        [uploaded](Communication& c, ValidationContext&) {
            uploaded(c);
            c.format.banner.legalText = repeat(121);
        },
        u"format.legal_text"_s, FieldErrorCode::tooLong);
    row(
        "WIZ-6 banner start in the past", bannerDiscount,
        [](Communication& c, ValidationContext&) { c.format.banner.start = today.addDays(-1); },
        u"format.start"_s, FieldErrorCode::dateInPast);
    row(
        "WIZ-6 banner end required", bannerDiscount,
        [](Communication& c, ValidationContext&) { c.format.banner.end = QDate(); }, u"format.end"_s,
        FieldErrorCode::required);
    row(
        "WIZ-6 banner end before start", bannerDiscount,
        [](Communication& c, ValidationContext&) {
            c.format.banner.end = today.addDays(-1);
            c.format.banner.start = today;
        },
        u"format.end"_s, FieldErrorCode::dateOrder);
    row(
        "WIZ-6 banner runs past the promotion's end", bannerDiscount,
        [](Communication& c, ValidationContext&) { c.format.banner.end = c.offer.end.addDays(1); },
        u"format.end"_s, FieldErrorCode::afterPromotionEnd);
    row(
        "WIZ-6 banner daily budget required", bannerDiscount,
        [](Communication& c, ValidationContext&) { c.format.banner.dailyBudgetKopecks.reset(); },
        u"format.daily_budget_kopecks"_s, FieldErrorCode::required);
    row(
        "WIZ-6 banner daily budget 499.99 roubles", bannerDiscount,
        [](Communication& c, ValidationContext&) { c.format.banner.dailyBudgetKopecks = 499'99; },
        u"format.daily_budget_kopecks"_s, FieldErrorCode::outOfRange);
    row("WIZ-6 banner daily budget 500 roubles is valid", bannerDiscount,
        [](Communication& c, ValidationContext&) { c.format.banner.dailyBudgetKopecks = 500'00; }, none, {});
    row("WIZ-6 banner without a subscription is valid", bannerDiscount,
        [](Communication&, ValidationContext& x) {
            x.subscription = Subscription();
            x.mailingQuotaLeft = 0;
        },
        none, {});
}

void TestCommunicationValidator::rules()
{
    QFETCH(Communication, communication);
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(int, count);
    ValidationContext context = baseContext();
    QVERIFY2(CommunicationValidator::validate(communication, context).isEmpty(),
             "the baseline must be valid");
    mutate(communication, context);
    const FieldErrors errors = CommunicationValidator::validate(communication, context);
    QStringList seen;
    for (const FieldError& error : errors) {
        seen << error.field + u'/' + error.code;
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.field));
    }
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(seen.join(u", ")));
        return;
    }
    QVERIFY2(hasFieldError(errors, field, code),
             qPrintable(u"expected "_s + field + u'/' + code + u", got "_s + seen.join(u", ")));
    // The rule reports the field it is about; nothing else of a valid communication breaks.
    QVERIFY2(errors.size() == count, qPrintable(seen.join(u", ")));
}

void TestCommunicationValidator::everyInvalidFieldAtOnce()
{
    // WIZ-3: "Next" highlights every missing or invalid field at once.
    Communication communication;
    communication.offer.type = OfferType::OrderDiscount;
    communication.format.type = FormatType::Mailing;
    const FieldErrors errors = CommunicationValidator::validate(communication, baseContext());
    for (const QString& field :
         {u"audience"_s, u"offer.percent"_s, u"offer.min_order_kopecks"_s, u"offer.start"_s, u"offer.end"_s,
          u"format.recipients"_s, u"format.text"_s, u"format.send_date"_s})
        QVERIFY2(findFieldError(errors, field), qPrintable(field));
}

void TestCommunicationValidator::wiz7_changingTheOfferRevalidatesTheFormat()
{
    // Step 3 was valid with the autumn sale; the seller goes back and picks a promotion that ends
    // before the chosen send date: the send date is flagged.
    ValidationContext context = baseContext();
    context.promotions.push_back({u"P2"_s, u"Flash sale"_s, today, today.addDays(1)});
    Communication communication = mailing(ofType(OfferType::ExistingPromotion));
    communication.format.mailing.sendDate = today.addDays(5);
    QVERIFY(
        CommunicationValidator::validateFormat(communication.format, communication.offer, context).isEmpty());
    communication.offer.promotionId = u"P2"_s;
    const FieldErrors errors =
        CommunicationValidator::validateFormat(communication.format, communication.offer, context);
    QVERIFY(hasFieldError(errors, u"format.send_date", FieldErrorCode::afterPromotionEnd));
    QCOMPARE(CommunicationValidator::promotionEnd(communication.offer, context), today.addDays(1));
}

void TestCommunicationValidator::wiz3_eachStepReportsItsOwnFields()
{
    Communication communication;
    communication.offer.type = OfferType::Bonuses;
    communication.format.type = FormatType::Banner;
    const ValidationContext context = baseContext();
    const auto allUnder = [](const FieldErrors& errors, QStringView prefix) {
        return !errors.isEmpty() &&
               std::all_of(errors.begin(), errors.end(), [prefix](const FieldError& error) {
                   return error.field == prefix || error.field.startsWith(prefix + u'.');
               });
    };
    QVERIFY(allUnder(CommunicationValidator::validateAudience(communication.audience, context), u"audience"));
    QVERIFY(allUnder(CommunicationValidator::validateOffer(communication.offer, context), u"offer"));
    QVERIFY(
        allUnder(CommunicationValidator::validateFormat(communication.format, communication.offer, context),
                 u"format"));
}

void TestCommunicationValidator::promoCodeCharacters()
{
    QVERIFY(CommunicationValidator::isValidPromoCode(u"A1B2"_s));
    QVERIFY(CommunicationValidator::isValidPromoCode(u"ABCDEFGHIJKLMNOPQRST"_s));
    QVERIFY(!CommunicationValidator::isValidPromoCode(u"AB-12"_s));
    QVERIFY(!CommunicationValidator::isValidPromoCode(u"AB 12"_s));
    QVERIFY(!CommunicationValidator::isValidPromoCode(u"ABC"_s));
    QVERIFY(!CommunicationValidator::isValidPromoCode(u"ÄBCD"_s));
}

void TestCommunicationValidator::visibleLengthCountsCharacters()
{
    QCOMPARE(visibleLength(u"abc"_s), 3);
    QCOMPARE(visibleLength(u"привет"_s), 6);
    QCOMPARE(visibleLength(u"🎁🎁"_s), 2);
    QCOMPARE(visibleLength(QString()), 0);
}

QTEST_GUILESS_MAIN(TestCommunicationValidator)
#include "tst_communicationvalidator.moc"
