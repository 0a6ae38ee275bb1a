// Every user-visible text of domain/ goes through tr() under a `sellercrm::<Class>` context, the
// context lupdate files it under, so the shipped Russian translation reaches it at run time.
#include "BonusPricing.h"
#include "CommunicationJson.h"
#include "CommunicationValidator.h"
#include "FormatRules.h"
#include "KeySegment.h"
#include "OfferTitles.h"
#include "Plans.h"
#include "RecommendedActions.h"
#include "Segmentation.h"
#include "SendCalendar.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

// Translates every text to "[context] source" and records the contexts it was asked for.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        contexts.insert(QString::fromLatin1(context));
        return u"["_s + QString::fromLatin1(context) + u"] "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> contexts;
};

} // namespace

class TestTranslationContexts final : public QObject
{
    Q_OBJECT

private slots:
    void everyTextIsTranslated();
};

void TestTranslationContexts::everyTextIsTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale locale(QLocale::Russian, QLocale::Russia);
    const QDate today(2026, 11, 23);
    QStringList texts;

    texts << subSegmentName(SubSegment::Top) << segmentName(Segment::Potential)
          << subSegmentDescription(SubSegment::Sleeping)
          << subSegmentRuleText(SubSegment::Top, RegularThresholds{4'200'00, 1'000'00, 4, 10}, locale);
    texts << keySegmentExplanation(KeySegmentRule(), locale);
    texts << planName(Plan::PremiumPlus);
    SendCalendarRules rules;
    rules.today = today;
    texts << sendDayExplanation(SendDayState::InPast, rules, locale);
    FormatContext formatContext;
    formatContext.today = today;
    formatContext.ownBuyersInAudience = 10;
    texts << formatAvailability(FormatType::Mailing, OfferType::PromoCode, formatContext, locale).message;
    const BonusCampaign campaign{500, 10, Plan::Premium, false};
    texts << bonusCostExplanation(bonusCost(campaign), campaign, locale);
    Offer none;
    none.type = OfferType::ProductPromotion;
    texts << OfferTitles::offerTitle(none, locale) << OfferTitles::formatName(FormatType::Banner);
    texts << RecommendedActions::tableAction(SubSegment::AtRisk, true).title();
    ValidationContext context;
    context.today = today;
    for (const FieldError& error : CommunicationValidator::validate(Communication(), context))
        texts << error.message;
    for (const FieldError& error : communicationFromJson(QJsonObject{{u"x"_s, 1}}).errors)
        texts << error.message;

    QCoreApplication::removeTranslator(&translator);
    for (const QString& text : std::as_const(texts))
        QVERIFY2(text.startsWith(u"[sellercrm::"_s), qPrintable(text));
    const QSet<QString> expected{u"sellercrm::SegmentationText"_s,
                                 u"sellercrm::KeySegmentText"_s,
                                 u"sellercrm::PlanText"_s,
                                 u"sellercrm::SendCalendarText"_s,
                                 u"sellercrm::FormatRulesText"_s,
                                 u"sellercrm::BonusPricingText"_s,
                                 u"sellercrm::OfferTitles"_s,
                                 u"sellercrm::RecommendedActions"_s,
                                 u"sellercrm::CommunicationValidator"_s,
                                 u"sellercrm::JsonText"_s};
    QCOMPARE(translator.contexts, expected);
}

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
