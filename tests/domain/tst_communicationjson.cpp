// The communication JSON shape (CommunicationJson.h): round trips, and field errors with
// JSON-pointer-like ids for wrong types, unknown members and unknown codes (SYN-5, WIZ-3).
#include "CommunicationJson.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return document.object();
}

QString describe(const FieldErrors& errors)
{
    QStringList parts;
    for (const FieldError& error : errors)
        parts << error.field + u'/' + error.code;
    return parts.join(u", ");
}

Communication sample(OfferType type, FormatType format)
{
    Communication c;
    c.name = u"Winter"_s;
    c.audience.segments = {Segment::Regular};
    c.audience.subSegments = {SubSegment::Sleeping, SubSegment::InterestedCategories};
    c.offer.type = type;
    switch (type) {
    case OfferType::ExistingPromotion:
        c.offer.promotionId = u"P1"_s;
        break;
    case OfferType::OrderDiscount:
        c.offer.percent = 15;
        c.offer.minOrderKopecks = 2'000'00;
        break;
    case OfferType::PromoCode:
        c.offer.code = u"SNOW2026"_s;
        c.offer.singleUse = false;
        c.offer.amountKopecks = 300'00;
        break;
    case OfferType::Installments:
        break;
    case OfferType::Bonuses:
        c.offer.bonusesPerBuyer = 700;
        c.offer.bonusRecipients = 120;
        c.offer.bonusValidityDays = 30;
        break;
    case OfferType::ProductPromotion:
        break;
    }
    if (offerHasOwnPeriod(type)) {
        c.offer.start = QDate(2026, 12, 1);
        c.offer.end = QDate(2026, 12, 15);
    }
    c.format.type = format;
    c.format.target = type == OfferType::ProductPromotion ? std::optional(TargetPage::Product) : std::nullopt;
    c.format.targetId = type == OfferType::ProductPromotion ? u"SKU-7"_s : QString();
    if (format == FormatType::Mailing) {
        c.format.mailing.recipients = 100;
        c.format.mailing.sendDate = QDate(2026, 12, 2);
        c.format.mailing.title = u"Снег"_s;
        c.format.mailing.text = u"Скидки на зимнее"_s;
        c.format.mailing.image = ImageMeta{u"image/png"_s, 12345, 2000, 1000};
    } else {
        c.format.banner.creative = CreativeKind::Uploaded;
        c.format.banner.image = ImageMeta{u"image/jpeg"_s, 4000, 1200, 400};
        c.format.banner.legalText = u"LLC"_s;
        c.format.banner.start = QDate(2026, 12, 1);
        c.format.banner.end = QDate(2026, 12, 10);
        c.format.banner.dailyBudgetKopecks = 700'00;
    }
    return c;
}

} // namespace

class TestCommunicationJson final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void savedAudienceRoundTrip();
    void promoCodeGenerate();
    void shapeOfAnOrderDiscount();
    void wrongTypesAreFieldErrors();
    void unknownMembersAreFieldErrors();
    void memberOfAnotherOfferTypeIsUnknown();
    void unknownCodesAndDates();
    void missingPartsAreRequired();
    void nullIsAbsent();
    void listItemsHaveIndexedIds();
};

void TestCommunicationJson::roundTrip_data()
{
    QTest::addColumn<Communication>("communication");
    for (OfferType type : {OfferType::ExistingPromotion, OfferType::OrderDiscount, OfferType::PromoCode,
                           OfferType::Installments, OfferType::Bonuses, OfferType::ProductPromotion}) {
        for (FormatType format : {FormatType::Mailing, FormatType::Banner})
            QTest::addRow("%s %s", qPrintable(offerTypeCode(type)), qPrintable(formatTypeCode(format)))
                << sample(type, format);
    }
}

void TestCommunicationJson::roundTrip()
{
    QFETCH(Communication, communication);
    const QJsonObject json = communicationToJson(communication);
    // Through text too, as it travels.
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const Parsed<Communication> parsed = communicationFromJson(reparsed);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.errors)));
    QVERIFY(parsed.value == communication);
}

void TestCommunicationJson::savedAudienceRoundTrip()
{
    Audience audience;
    audience.savedAudienceId = u"A42"_s;
    const QJsonObject json = audienceToJson(audience);
    QCOMPARE(json, (QJsonObject{{u"saved_audience_id"_s, u"A42"_s}}));
    const Parsed<Audience> parsed = audienceFromJson(json, u"audience"_s);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value == audience);
}

void TestCommunicationJson::promoCodeGenerate()
{
    const Parsed<Offer> parsed = offerFromJson(
        parse(
            R"({"type":"promo_code","generate":true,"single_use":true,"percent":5,"start":"2026-12-01","end":"2026-12-02"})"),
        u"offer"_s);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.errors)));
    QVERIFY(parsed.value.generateCode);
    QVERIFY(parsed.value.code.isEmpty());
    const QJsonObject back = offerToJson(parsed.value);
    QCOMPARE(back.value(u"generate"_s), QJsonValue(true));
    QVERIFY(!back.contains(u"code"_s));
}

void TestCommunicationJson::shapeOfAnOrderDiscount()
{
    Offer offer;
    offer.type = OfferType::OrderDiscount;
    offer.amountKopecks = 500'00;
    offer.minOrderKopecks = 3'000'00;
    offer.start = QDate(2026, 12, 1);
    offer.end = QDate(2026, 12, 31);
    const QJsonObject expected = parse(
        R"({"type":"order_discount","amount_kopecks":50000,"min_order_kopecks":300000,"start":"2026-12-01","end":"2026-12-31"})");
    QCOMPARE(offerToJson(offer), expected);
}

void TestCommunicationJson::wrongTypesAreFieldErrors()
{
    const Parsed<Communication> parsed = communicationFromJson(parse(R"({
        "audience": {"segments": "regular"},
        "offer": {"type": "order_discount", "percent": "10", "min_order_kopecks": 1.5, "start": 20261201, "end": "2026-12-31"},
        "format": {"type": "mailing", "recipients": true, "send_date": "2026-12-02", "text": 5,
                   "image": {"mime": "image/png", "bytes": "big", "width": 10, "height": 5}}
    })"));
    const QString seen = describe(parsed.errors);
    for (const char* field : {"audience.segments", "offer.percent", "offer.min_order_kopecks", "offer.start",
                              "format.recipients", "format.text", "format.image.bytes"})
        QVERIFY2(hasFieldError(parsed.errors, QString::fromLatin1(field), FieldErrorCode::wrongType),
                 qPrintable(QString::fromLatin1(field) + u" in "_s + seen));
    QCOMPARE(parsed.errors.size(), 7);
    for (const FieldError& error : parsed.errors)
        QVERIFY(!error.message.isEmpty());
}

void TestCommunicationJson::unknownMembersAreFieldErrors()
{
    const Parsed<Communication> parsed = communicationFromJson(parse(R"({
        "audience": {"segments": ["new"], "colour": "red"},
        "offer": {"type": "product_promotion", "discount": 5},
        "format": {"type": "banner", "creative": "generated", "start": "2026-12-01", "end": "2026-12-02",
                   "daily_budget_kopecks": 50000, "target": {"kind": "showcase", "url": "x"}},
        "priority": 1
    })"));
    const QString seen = describe(parsed.errors);
    for (const char* field : {"audience.colour", "offer.discount", "format.target.url", "priority"})
        QVERIFY2(hasFieldError(parsed.errors, QString::fromLatin1(field), FieldErrorCode::unknownField),
                 qPrintable(seen));
    QCOMPARE(parsed.errors.size(), 4);
}

void TestCommunicationJson::memberOfAnotherOfferTypeIsUnknown()
{
    // "recipients" belongs to bonuses, "text" to mailings: elsewhere they are unknown.
    const Parsed<Offer> offer = offerFromJson(
        parse(R"({"type":"installments","recipients":5,"start":"2026-12-01","end":"2026-12-05"})"),
        u"offer"_s);
    QVERIFY(hasFieldError(offer.errors, u"offer.recipients", FieldErrorCode::unknownField));
    const Parsed<Format> format =
        formatFromJson(parse(R"({"type":"banner","text":"hello there"})"), u"format"_s);
    QVERIFY(hasFieldError(format.errors, u"format.text", FieldErrorCode::unknownField));
}

void TestCommunicationJson::unknownCodesAndDates()
{
    const Parsed<Communication> parsed = communicationFromJson(parse(R"({
        "audience": {"subsegments": ["vip"]},
        "offer": {"type": "order_discount", "percent": 10, "min_order_kopecks": 100000, "start": "2026-02-30", "end": "31.12.2026"},
        "format": {"type": "banner", "creative": "drawn", "target": {"kind": "homepage"}}
    })"));
    const QString seen = describe(parsed.errors);
    for (const char* field :
         {"audience.subsegments[0]", "offer.start", "offer.end", "format.creative", "format.target.kind"})
        QVERIFY2(hasFieldError(parsed.errors, QString::fromLatin1(field), FieldErrorCode::invalidValue),
                 qPrintable(seen));
    const Parsed<Offer> offer = offerFromJson(parse(R"({"type":"lottery"})"), u"offer"_s);
    QVERIFY(hasFieldError(offer.errors, u"offer.type", FieldErrorCode::invalidValue));
}

void TestCommunicationJson::missingPartsAreRequired()
{
    const Parsed<Communication> parsed = communicationFromJson(QJsonObject());
    QVERIFY(hasFieldError(parsed.errors, u"audience", FieldErrorCode::required));
    QVERIFY(hasFieldError(parsed.errors, u"offer", FieldErrorCode::required));
    QVERIFY(hasFieldError(parsed.errors, u"format", FieldErrorCode::required));
    const Parsed<Offer> offer = offerFromJson(QJsonObject(), u"offer"_s);
    QVERIFY(hasFieldError(offer.errors, u"offer.type", FieldErrorCode::required));
    const Parsed<Communication> notObjects =
        communicationFromJson(parse(R"({"audience":[],"offer":"x","format":1})"));
    QCOMPARE(notObjects.errors.size(), 3);
    QVERIFY(hasFieldError(notObjects.errors, u"offer", FieldErrorCode::wrongType));
}

void TestCommunicationJson::nullIsAbsent()
{
    const Parsed<Format> parsed =
        formatFromJson(parse(R"({"type":"mailing","title":null,"image":null,"recipients":3})"), u"format"_s);
    QVERIFY2(parsed.ok(), qPrintable(describe(parsed.errors)));
    QVERIFY(parsed.value.mailing.title.isEmpty());
    QVERIFY(!parsed.value.mailing.image);
    QCOMPARE(parsed.value.mailing.recipients, std::optional(3));
}

void TestCommunicationJson::listItemsHaveIndexedIds()
{
    const Parsed<Audience> parsed =
        audienceFromJson(parse(R"({"segments":["regular", 7, "old"]})"), u"audience"_s);
    QVERIFY(hasFieldError(parsed.errors, u"audience.segments[1]", FieldErrorCode::wrongType));
    QVERIFY(hasFieldError(parsed.errors, u"audience.segments[2]", FieldErrorCode::invalidValue));
    QCOMPARE(parsed.value.segments, std::vector<Segment>{Segment::Regular});
}

QTEST_GUILESS_MAIN(TestCommunicationJson)
#include "tst_communicationjson.moc"
