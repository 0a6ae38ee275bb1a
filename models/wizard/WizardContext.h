#pragma once

#include "CommunicationValidator.h"
#include "SegmentationReport.h"
#include "SellerProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sellercrm {

class CacheDb;

struct WizardPromotion final
{
    QString id;
    QString name;
    QString mechanic;
    QDate start;
    QDate end;
    QString status;
};

struct WizardProduct final
{
    QString id;
    QString sku;
    QString name;
    QString categoryId;
    qint64 priceKopecks = 0;
};

struct WizardNamedItem final
{
    QString id;
    QString name;
};

// Buyers of an audience, split as WIZ-6 needs them: own (Regular + New) and Potential.
struct AudienceSize final
{
    qint64 own = 0;
    qint64 potential = 0;
    qint64 total() const { return own + potential; }
};

// What the wizard reads from the sync cache (docs/sync.md): the seller's plan and quota, segment
// sizes, promotions, products, categories and collections. A value type; the rules that use it
// live in domain/ and get it as a ValidationContext.
struct WizardContext final
{
    Q_DECLARE_TR_FUNCTIONS(sellercrm::WizardContext)

public:
    QDate today;
    SellerProfile seller;
    SegmentationReport segmentation;
    QList<WizardPromotion> promotions;
    QList<WizardProduct> products;
    QList<WizardNamedItem> categories;
    QList<WizardNamedItem> collections;
    bool firstBonusCampaign = true; // the seller has no bonus communication yet (WIZ-5 discount)

    Subscription subscription() const;
    qint64 buyersIn(Segment segment) const;
    qint64 buyersIn(SubSegment subSegment) const;
    AudienceSize audienceSize(const Audience& audience) const;
    ValidationContext validationContext(const Audience& audience) const;
    const WizardPromotion* promotion(const QString& id) const;
    const WizardProduct* product(const QString& id) const;
    QString collectionName(const QString& id) const;
    QString categoryName(const QString& id) const;

    // Reads the cache; nullopt with `error` when the seller or the segmentation is not cached yet.
    static std::optional<WizardContext> load(const CacheDb& cache, QDate today, QString* error);
};

} // namespace sellercrm
