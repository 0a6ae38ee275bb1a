#pragma once

#include "Communication.h"
#include "CommunicationValidator.h"
#include "Outcome.h"
#include "SegmentationReport.h"
#include "SellerProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
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

// A saved audience (POR-2) the server has confirmed, with its counts as of the last segmentation.
struct WizardSavedAudience final
{
    QString id;
    QString name;
    AudienceSize size;
};

// COM-6 "Repeat": a communication of the cache read back as the wizard's state. When it is one the
// seller made and the server rejected (WIZ-8: the outbox's rejected state, `local:<key>`), the
// server's field errors come with it so the wizard shows them at their fields.
struct CachedCommunication final
{
    QString id;
    QString status; // the cache's status code: on_moderation, rejected, sent, ...
    Communication communication;
    QString rejectReason;
    FieldErrors serverErrors;
    bool isLocalRejection() const { return id.startsWith(QStringLiteral("local:")) && status == QStringLiteral("rejected"); }
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
    QSet<QString> promoCodes;       // the seller's promo codes in the cache (WIZ-5 uniqueness)
    QList<WizardSavedAudience> savedAudiences; // by name; offline ones the server has not accepted yet are left out

    Subscription subscription() const;
    qint64 buyersIn(Segment segment) const;
    qint64 buyersIn(SubSegment subSegment) const;
    AudienceSize audienceSize(const Audience& audience) const;
    ValidationContext validationContext(const Audience& audience) const;
    const WizardPromotion* promotion(const QString& id) const;
    const WizardSavedAudience* savedAudience(const QString& id) const;
    const WizardProduct* product(const QString& id) const;
    QString collectionName(const QString& id) const;
    QString categoryName(const QString& id) const;

    // Reads the cache; nullopt with `error` when the seller or the segmentation is not cached yet.
    static std::optional<WizardContext> load(const CacheDb& cache, QDate today, QString* error);
    // COM-6: the communication `id` of the cache (a synced one or a `local:<key>` row of the
    // outbox); fails naming the id when it is not there or its JSON cannot be read.
    static Outcome<CachedCommunication> loadCommunication(const CacheDb& cache, const QString& id);
    // The field errors of a rejection as the outbox keeps it (ApiError::describe():
    // "HTTP 422 validation_failed: … (offer.code: message; format.text: message)").
    // Their code is `rejectedByServer`: the outbox keeps the server's message, not its code.
    static FieldErrors rejectedFields(const QString& reason);
    static constexpr QStringView rejectedByServer = u"rejected_by_server";
};

} // namespace sellercrm
