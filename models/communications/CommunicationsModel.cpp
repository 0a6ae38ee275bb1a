#include "communications/CommunicationsModel.h"

#include "CommunicationJson.h"
#include "OfferTitles.h"
#include "communications/CommunicationStatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

const QString openRateSql = u"CAST(opened AS REAL) / NULLIF(delivered, 0)"_s;
const QString ctrSql = u"CAST(clicks AS REAL) / NULLIF(delivered, 0)"_s;
const QString offerTypeSql = u"json_extract(offer, '$.type')"_s;
const QString targetKindSql = u"json_extract(content, '$.target.kind')"_s;

const QStringList selectColumns{u"name"_s,      u"format"_s,     u"audience"_s,   u"offer"_s,
                                u"content"_s,   u"status"_s,     u"reject_reason"_s, u"send_date"_s,
                                u"recipients"_s, u"delivered"_s, u"opened"_s,     u"clicks"_s,
                                u"created_at"_s, u"audience_segment"_s, u"audience_subsegment"_s,
                                u"local_state"_s, u"metrics"_s,  openRateSql,     ctrSql,
                                offerTypeSql,   targetKindSql};

const QStringList sortColumns{u"name"_s,      u"audience_subsegment"_s, offerTypeSql, targetKindSql,
                              u"format"_s,    u"status"_s,     u"send_date"_s, u"recipients"_s,
                              u"delivered"_s, u"opened"_s,     openRateSql,    u"clicks"_s,
                              ctrSql,         u"created_at"_s};

QJsonObject jsonObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString percentText(const QVariant& share, const QLocale& locale)
{
    if (share.isNull())
        return QStringLiteral("—");
    return locale.toString(share.toDouble() * 100.0, 'f', 1) + u" %"_s;
}

} // namespace

CommunicationsModel::CommunicationsModel(const QSqlDatabase& db, QObject* parent)
    : PagedSqlModel(db, u"communications"_s, selectColumns, parent)
{
    readLookups();
    configure(Created, Qt::DescendingOrder, m_filter.conditions());
}

int CommunicationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommunicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case AudienceColumn:
        return tr("Audience");
    case OfferColumn:
        return tr("Offer");
    case Target:
        return tr("Target page");
    case FormatColumn:
        return tr("Format");
    case Status:
        return tr("Status");
    case SendDate:
        return tr("Send date");
    case Recipients:
        return tr("Recipients");
    case Delivered:
        return tr("Delivered");
    case Opened:
        return tr("Opened");
    case OpenRate:
        return tr("Open rate");
    case Clicks:
        return tr("Clicks");
    case Ctr:
        return tr("CTR");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

void CommunicationsModel::setFilter(const CommunicationsFilter& filter)
{
    m_filter = filter;
    setConditions(m_filter.conditions());
}

qint64 CommunicationsModel::countAll() const
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT COUNT(*) FROM communications"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

void CommunicationsModel::readLookups()
{
    m_derived.clear();
    m_promotionNames.clear();
    m_products.clear();
    m_collectionNames.clear();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT id, name FROM promotions"_s)) {
        while (query.next())
            m_promotionNames.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (query.exec(u"SELECT id, name, sku FROM products"_s)) {
        while (query.next())
            m_products.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    }
    if (query.exec(u"SELECT id, name FROM collections"_s)) {
        while (query.next())
            m_collectionNames.insert(query.value(0).toString(), query.value(1).toString());
    }
}

QString CommunicationsModel::sortSqlColumn(int column) const
{
    return column >= 0 && column < sortColumns.size() ? sortColumns.at(column) : QString();
}

const CommunicationsModel::Derived& CommunicationsModel::derived(const QVariantList& row) const
{
    const QString id = row.value(0).toString();
    const auto found = m_derived.constFind(id);
    if (found != m_derived.cend())
        return *found;
    if (m_derived.size() > 4096)
        m_derived.clear();
    const auto value = [&](const QString& name) { return row.value(valueIndex(name)); };
    const QLocale locale;
    Derived result;

    // Audience: the JSON lists, or the local columns of a single segment / sub-segment.
    const Parsed<Audience> audience = audienceFromJson(jsonObject(value(u"audience"_s)), u"audience"_s);
    if (!audience.value.savedAudienceId.isEmpty()) {
        result.audience = tr("Saved audience");
    } else if (audience.value == Audience::allOwnBuyers()) {
        result.audience = tr("All your buyers in 90 days");
        result.audienceCodes = {segmentCode(Segment::Regular), segmentCode(Segment::New)};
    } else {
        QStringList names;
        for (Segment segment : audience.value.segments) {
            names << segmentName(segment);
            result.audienceCodes << segmentCode(segment);
        }
        for (SubSegment sub : audience.value.subSegments) {
            names << subSegmentName(sub);
            result.audienceCodes << subSegmentCode(sub);
        }
        if (names.isEmpty()) {
            if (const auto sub = subSegmentFromCode(value(u"audience_subsegment"_s).toString())) {
                names << subSegmentName(*sub);
                result.audienceCodes << subSegmentCode(*sub);
            } else if (const auto segment = segmentFromCode(value(u"audience_segment"_s).toString())) {
                names << segmentName(*segment);
                result.audienceCodes << segmentCode(*segment);
            }
        }
        result.audience = names.join(u", "_s);
    }

    // COM-3 offer title.
    const Parsed<Offer> offer = offerFromJson(jsonObject(value(u"offer"_s)), u"offer"_s);
    const bool hasOffer = !value(u"offer"_s).isNull() && !jsonObject(value(u"offer"_s)).isEmpty();
    if (hasOffer)
        result.offerTitle =
            OfferTitles::offerTitle(offer.value, locale, m_promotionNames.value(offer.value.promotionId));

    // COM-4 target page: the content's target, or the one the offer fixes.
    const Parsed<Format> format = formatFromJson(jsonObject(value(u"content"_s)), u"content"_s);
    std::optional<TargetPage> target = format.value.target;
    if (!target && hasOffer)
        target = fixedTargetPage(offer.value.type);
    if (target) {
        const QString targetId = format.value.targetId;
        switch (*target) {
        case TargetPage::Promotion: {
            const QString promotionId = targetId.isEmpty() ? offer.value.promotionId : targetId;
            result.target = OfferTitles::targetPageName(
                *target, m_promotionNames.value(promotionId, result.offerTitle));
            break;
        }
        case TargetPage::Product: {
            const auto product = m_products.value(targetId);
            result.sku = product.second;
            result.target = OfferTitles::targetPageName(*target, product.first.isEmpty() ? targetId : product.first,
                                                        product.second);
            break;
        }
        case TargetPage::Collection:
            result.target = OfferTitles::targetPageName(*target, m_collectionNames.value(targetId, targetId));
            break;
        case TargetPage::Showcase:
            result.target = OfferTitles::targetPageName(*target, {});
            break;
        }
    }
    return *m_derived.insert(id, result);
}

QVariant CommunicationsModel::rowData(const QVariantList& row, int column, int role) const
{
    const auto value = [&](const QString& name) { return row.value(valueIndex(name)); };
    switch (role) {
    case RawValueRole:
        return value(sortSqlColumn(column));
    case StatusRole:
        return value(u"status"_s);
    case CanDeleteRole:
        return CommunicationStatus::canDelete(value(u"status"_s).toString(), value(u"local_state"_s).toString());
    case SkuRole:
        return derived(row).sku;
    case FormatRole:
        return value(u"format"_s);
    case AudienceCodesRole:
        return derived(row).audienceCodes;
    case MetricsRole: {
        QVariantList points;
        const QJsonArray metrics = QJsonDocument::fromJson(value(u"metrics"_s).toString().toUtf8()).array();
        for (const QJsonValue& point : metrics)
            points << point.toObject().toVariantMap();
        return points;
    }
    case Qt::TextAlignmentRole:
        if (column >= Recipients && column <= Ctr)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case ExportRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const bool tip = role == Qt::ToolTipRole;
    const bool exporting = role == ExportRole;
    switch (static_cast<Column>(column)) {
    case Name: {
        const QString name = value(u"name"_s).toString();
        return name.isEmpty() ? derived(row).offerTitle : name;
    }
    case AudienceColumn:
        return derived(row).audience;
    case OfferColumn:
        return derived(row).offerTitle;
    case Target: {
        const Derived& d = derived(row);
        if (tip && !d.sku.isEmpty())
            return tr("%1\nClick to copy the SKU").arg(d.target);
        return d.target;
    }
    case FormatColumn: {
        if (tip)
            return {};
        const auto format = formatTypeFromCode(value(u"format"_s).toString());
        return format ? OfferTitles::formatName(*format) : value(u"format"_s).toString();
    }
    case Status: {
        const QString status = value(u"status"_s).toString();
        const QString localState = value(u"local_state"_s).toString();
        if (tip) {
            if (status == u"rejected"_s && !value(u"reject_reason"_s).toString().isEmpty())
                return tr("Rejected: %1").arg(value(u"reject_reason"_s).toString());
            if (localState == u"deleting"_s)
                return tr("Being deleted: the deletion is sent when the connection allows.");
            return {};
        }
        if (localState == u"deleting"_s && !exporting)
            return tr("Deleting…");
        return CommunicationStatus::name(status);
    }
    case SendDate:
    case Created: {
        if (tip)
            return {};
        const QString raw = value(column == SendDate ? u"send_date"_s : u"created_at"_s).toString();
        if (raw.isEmpty() || exporting)
            return raw;
        const QDate date = column == SendDate ? QDate::fromString(raw, Qt::ISODate)
                                              : QDateTime::fromString(raw, Qt::ISODate).toLocalTime().date();
        return locale.toString(date, QLocale::ShortFormat);
    }
    case Recipients:
    case Delivered:
    case Opened:
    case Clicks: {
        if (tip)
            return {};
        static const QStringList names{u"recipients"_s, u"delivered"_s, u"opened"_s, u""_s, u"clicks"_s};
        const QVariant number = value(names.at(column - Recipients));
        if (number.isNull())
            return QString();
        return exporting ? number.toString() : locale.toString(number.toLongLong());
    }
    case OpenRate:
    case Ctr:
        if (tip)
            return {};
        return percentText(value(column == OpenRate ? openRateSql : ctrSql), locale);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sellercrm
