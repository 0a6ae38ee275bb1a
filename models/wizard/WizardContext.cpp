#include "wizard/WizardContext.h"

#include "CacheDb.h"
#include "CommunicationJson.h"
#include "DashboardRepository.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sellercrm {

Subscription WizardContext::subscription() const
{
    Subscription result;
    result.plan = planFromCode(seller.plan).value_or(Plan::None);
    result.end = seller.subscriptionEnd;
    return result;
}

qint64 WizardContext::buyersIn(Segment segment) const
{
    return segmentation.figures(segmentCode(segment)).buyers;
}

qint64 WizardContext::buyersIn(SubSegment subSegment) const
{
    if (subSegment == SubSegment::New) // New is both a segment and its only sub-segment (SEG-3)
        return buyersIn(Segment::New);
    return segmentation.figures(segmentCode(segmentOf(subSegment)), subSegmentCode(subSegment)).buyers;
}

AudienceSize WizardContext::audienceSize(const Audience& audience) const
{
    if (!audience.savedAudienceId.isEmpty()) {
        const WizardSavedAudience* saved = savedAudience(audience.savedAudienceId);
        return saved ? saved->size : AudienceSize{};
    }
    AudienceSize size;
    const auto add = [&size](Segment segment, qint64 buyers) {
        (isOwnSegment(segment) ? size.own : size.potential) += buyers;
    };
    for (Segment segment : audience.segments)
        add(segment, buyersIn(segment));
    for (SubSegment sub : audience.subSegments) {
        const Segment segment = segmentOf(sub);
        if (std::find(audience.segments.begin(), audience.segments.end(), segment) == audience.segments.end())
            add(segment, buyersIn(sub));
    }
    return size;
}

ValidationContext WizardContext::validationContext(const Audience& audience) const
{
    ValidationContext context;
    context.today = today;
    context.subscription = subscription();
    context.mailingQuotaLeft = int(seller.quotaLeft);
    context.existingPromoCodes = promoCodes;
    context.quotaRenewsOn = seller.quotaRenewsOn;
    const AudienceSize size = audienceSize(audience);
    context.ownBuyersInAudience = size.own;
    context.potentialBuyersInAudience = size.potential;
    for (const WizardPromotion& promotion : promotions)
        context.promotions.push_back(PromotionInfo{ promotion.id, promotion.name, promotion.start, promotion.end });
    const QList<WizardProduct> productList = products;
    context.productExists = [productList](const QString& id) {
        return std::any_of(productList.begin(), productList.end(), [&id](const WizardProduct& p) { return p.id == id; });
    };
    const QList<WizardSavedAudience> savedList = savedAudiences;
    context.savedAudienceExists = [savedList](const QString& id) {
        return std::any_of(savedList.begin(), savedList.end(), [&id](const WizardSavedAudience& a) { return a.id == id; });
    };
    const QList<WizardNamedItem> collectionList = collections;
    context.collectionExists = [collectionList](const QString& id) {
        return std::any_of(collectionList.begin(), collectionList.end(),
                           [&id](const WizardNamedItem& c) { return c.id == id; });
    };
    return context;
}

const WizardPromotion* WizardContext::promotion(const QString& id) const
{
    for (const WizardPromotion& item : promotions)
        if (item.id == id)
            return &item;
    return nullptr;
}

const WizardProduct* WizardContext::product(const QString& id) const
{
    for (const WizardProduct& item : products)
        if (item.id == id)
            return &item;
    return nullptr;
}

static QString nameIn(const QList<WizardNamedItem>& items, const QString& id)
{
    for (const WizardNamedItem& item : items)
        if (item.id == id)
            return item.name;
    return {};
}

QString WizardContext::collectionName(const QString& id) const
{
    return nameIn(collections, id);
}

QString WizardContext::categoryName(const QString& id) const
{
    return nameIn(categories, id);
}

std::optional<WizardContext> WizardContext::load(const CacheDb& cache, QDate today, QString* error)
{
    DashboardLoad dashboard = DashboardRepository::load(cache);
    if (!dashboard.data) {
        *error = dashboard.error.isEmpty() ? tr("Nothing is synced yet: the wizard needs your segments and plan.")
                                           : dashboard.error;
        return std::nullopt;
    }
    WizardContext context;
    context.today = today;
    context.seller = dashboard.data->seller;
    context.segmentation = dashboard.data->segmentation;

    QSqlQuery query(cache.connection());
    query.exec(u"SELECT id, name, mechanic, \"start\", \"end\", status FROM promotions ORDER BY \"start\" DESC, id"_s);
    while (query.next())
        context.promotions.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    QDate::fromString(query.value(3).toString(), Qt::ISODate),
                                    QDate::fromString(query.value(4).toString(), Qt::ISODate),
                                    query.value(5).toString() });
    query.exec(u"SELECT id, sku, name, category_id, price_kopecks FROM products ORDER BY name, id"_s);
    while (query.next())
        context.products.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toLongLong() });
    query.exec(u"SELECT id, name FROM categories ORDER BY name, id"_s);
    while (query.next())
        context.categories.append({ query.value(0).toString(), query.value(1).toString() });
    query.exec(u"SELECT id, name FROM collections ORDER BY name, id"_s);
    while (query.next())
        context.collections.append({ query.value(0).toString(), query.value(1).toString() });
    query.exec(u"SELECT COUNT(*) FROM communications WHERE offer LIKE '%\"type\":\"bonuses\"%'"_s);
    context.firstBonusCampaign = !query.next() || query.value(0).toLongLong() == 0;
    query.exec(u"SELECT DISTINCT upper(json_extract(offer, '$.code')) FROM communications "
               "WHERE json_valid(offer) AND json_extract(offer, '$.code') IS NOT NULL"_s);
    while (query.next())
        context.promoCodes.insert(query.value(0).toString());
    query.exec(u"SELECT id, name, own_buyers, potential_buyers FROM saved_audiences WHERE local_state IS NULL"
               " ORDER BY name COLLATE NOCASE, id"_s);
    while (query.next())
        context.savedAudiences.append({ query.value(0).toString(), query.value(1).toString(),
                                        AudienceSize{ query.value(2).toLongLong(), query.value(3).toLongLong() } });
    return context;
}

const WizardSavedAudience* WizardContext::savedAudience(const QString& id) const
{
    for (const WizardSavedAudience& audience : savedAudiences) {
        if (audience.id == id)
            return &audience;
    }
    return nullptr;
}

namespace {

QJsonObject jsonObjectOf(const QVariant& column)
{
    return QJsonDocument::fromJson(column.toString().toUtf8()).object();
}

} // namespace

Outcome<CachedCommunication> WizardContext::loadCommunication(const CacheDb& cache, const QString& id)
{
    QSqlQuery query(cache.connection());
    query.prepare(u"SELECT c.name, c.audience, c.offer, c.content, c.status, c.reject_reason, o.error_message "
                  "FROM communications c LEFT JOIN outbox o ON o.idempotency_key = c.idempotency_key "
                  "AND o.state = 'rejected' WHERE c.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Outcome<CachedCommunication>::failure(CacheDb::describe(query, u"read communication %1"_s.arg(id)));
    if (!query.next())
        return Outcome<CachedCommunication>::failure(tr("Communication %1 is not in the cache.").arg(id));
    QJsonObject json{ { u"audience"_s, jsonObjectOf(query.value(1)) },
                      { u"offer"_s, jsonObjectOf(query.value(2)) },
                      { u"format"_s, jsonObjectOf(query.value(3)) } };
    if (!query.value(0).toString().isEmpty())
        json.insert(u"name"_s, query.value(0).toString());
    const Parsed<Communication> parsed = communicationFromJson(json);
    for (const FieldError& error : parsed.errors)
        if (error.code != FieldErrorCode::required)
            return Outcome<CachedCommunication>::failure(
                tr("Communication %1 cannot be repeated: %2 (%3).").arg(id, error.field, error.message));
    CachedCommunication cached;
    cached.id = id;
    cached.communication = parsed.value;
    cached.status = query.value(4).toString();
    cached.rejectReason = query.value(5).toString();
    if (cached.isLocalRejection())
        cached.serverErrors = rejectedFields(query.value(6).toString());
    return cached;
}

FieldErrors WizardContext::rejectedFields(const QString& reason)
{
    // The field list is the trailing "(…)"; its entries are "field.id: message" joined by "; ".
    static const QRegularExpression list(u"\\(([a-z_]+(?:[.\\[][a-z0-9_\\]]*)*: .*)\\)$"_s);
    static const QRegularExpression entryStart(u"(?:^|; )([a-z_]+(?:[.\\[][a-z0-9_\\]]*)*): "_s);
    const QRegularExpressionMatch found = list.match(reason);
    if (!found.hasMatch())
        return {};
    const QString fields = found.captured(1);
    FieldErrors errors;
    QRegularExpressionMatchIterator it = entryStart.globalMatch(fields);
    QRegularExpressionMatch current;
    const auto add = [&](qsizetype end) {
        errors.append(FieldError{ current.captured(1), rejectedByServer.toString(),
                                  fields.mid(current.capturedEnd(), end - current.capturedEnd()) });
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch next = it.next();
        if (current.hasMatch())
            add(next.capturedStart());
        current = next;
    }
    if (current.hasMatch())
        add(fields.size());
    return errors;
}

} // namespace sellercrm
