// COM-3 offer titles and COM-4 target-page names, in English, and through the translator.
#include "OfferTitles.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);

Offer withPeriod(OfferType type)
{
    Offer offer;
    offer.type = type;
    offer.start = QDate(2024, 8, 29);
    offer.end = QDate(2024, 9, 15);
    return offer;
}

// Answers every lookup of one context with a marked text, and records the contexts asked for.
class RecordingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        m_contexts.insert(QString::fromLatin1(context));
        if (qstrcmp(context, "sellercrm::OfferTitles") == 0 &&
            qstrcmp(sourceText, "No discounts or bonuses") == 0)
            return u"Без скидок и бонусов"_s;
        return QString();
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> m_contexts;
};

} // namespace

class TestOfferTitles final : public QObject
{
    Q_OBJECT

private slots:
    void com3_titles_data();
    void com3_titles();
    void com3_existingPromotionUsesItsName();
    void com3_titlesGoThroughTheTranslator();
    void com4_targetPageNames();
};

void TestOfferTitles::com3_titles_data()
{
    QTest::addColumn<Offer>("offer");
    QTest::addColumn<QString>("title");
    Offer percent = withPeriod(OfferType::OrderDiscount);
    percent.percent = 10;
    percent.minOrderKopecks = 3'000'00;
    QTest::newRow("COM-3 order discount in %")
        << percent
        << u"Discount 10% on orders from 3,000\u00A0₽ on all products, 29.08.2024–15.09.2024"_s;
    Offer roubles = percent;
    roubles.percent.reset();
    roubles.amountKopecks = 500'50;
    QTest::newRow("COM-3 order discount in roubles")
        << roubles
        << u"Discount 500.50\u00A0₽ on orders from 3,000\u00A0₽ on all products, 29.08.2024–15.09.2024"_s;
    Offer code = withPeriod(OfferType::PromoCode);
    code.amountKopecks = 300'00;
    QTest::newRow("COM-3 promo code in roubles")
        << code << u"Promo code coupon for 300\u00A0₽, 29.08.2024–15.09.2024"_s;
    code.amountKopecks.reset();
    code.percent = 15;
    QTest::newRow("COM-3 promo code in %") << code << u"Promo code coupon for 15%, 29.08.2024–15.09.2024"_s;
    QTest::newRow("COM-3 installments")
        << withPeriod(OfferType::Installments) << u"Interest-free installments, 29.08.2024–15.09.2024"_s;
    Offer bonuses;
    bonuses.type = OfferType::Bonuses;
    bonuses.bonusesPerBuyer = 500;
    bonuses.bonusRecipients = 1'000;
    QTest::newRow("COM-3 bonuses") << bonuses << u"500 bonuses for each of 1,000 buyers"_s;
    Offer none;
    none.type = OfferType::ProductPromotion;
    QTest::newRow("COM-3 no offer") << none << u"No discounts or bonuses"_s;
}

void TestOfferTitles::com3_titles()
{
    QFETCH(Offer, offer);
    QFETCH(QString, title);
    QCOMPARE(OfferTitles::offerTitle(offer, english), title);
}

void TestOfferTitles::com3_existingPromotionUsesItsName()
{
    Offer offer;
    offer.type = OfferType::ExistingPromotion;
    offer.promotionId = u"P9"_s;
    QCOMPARE(OfferTitles::offerTitle(offer, english, u"Back to school"_s), u"Back to school"_s);
    QCOMPARE(OfferTitles::offerTitle(offer, english), u"Promotion P9"_s);
}

void TestOfferTitles::com3_titlesGoThroughTheTranslator()
{
    RecordingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    Offer none;
    none.type = OfferType::ProductPromotion;
    const QString translated = OfferTitles::offerTitle(none, QLocale(QLocale::Russian, QLocale::Russia));
    Offer installments = withPeriod(OfferType::Installments);
    OfferTitles::offerTitle(installments, english);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, u"Без скидок и бонусов"_s);
    QVERIFY(translator.m_contexts.contains(u"sellercrm::OfferTitles"_s));
    // Dates in the period keep the COM-3 pattern whatever the locale.
    QCOMPARE(OfferTitles::period(QDate(2024, 8, 29), QDate(2024, 9, 15),
                                 QLocale(QLocale::Russian, QLocale::Russia)),
             u"29.08.2024–15.09.2024"_s);
}

void TestOfferTitles::com4_targetPageNames()
{
    QCOMPARE(OfferTitles::targetPageName(TargetPage::Promotion, u"Autumn sale"_s), u"Autumn sale"_s);
    QCOMPARE(OfferTitles::targetPageName(TargetPage::Product, u"Handmade mug"_s, u"123456789"_s),
             u"Handmade mug, SKU 123456789"_s);
    QCOMPARE(OfferTitles::targetPageName(TargetPage::Collection, u"September 1st"_s), u"September 1st"_s);
    QCOMPARE(OfferTitles::targetPageName(TargetPage::Showcase, QString()), u"Store showcase"_s);
    QCOMPARE(OfferTitles::formatName(FormatType::Mailing), u"Mailing"_s);
    QCOMPARE(OfferTitles::formatName(FormatType::Banner), u"Banner"_s);
}

QTEST_GUILESS_MAIN(TestOfferTitles)
#include "tst_offertitles.moc"
