#include "buyers/BuyersModel.h"

#include "Money.h"
#include "Segmentation.h"
#include "buyers/ChatState.h"
#include "table/CsvExporter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

// The select list: the value index of a column is its position + 1 (id comes first).
const QStringList buyerColumns{u"segment"_s,         u"subsegment"_s,         u"orders_90d"_s,
                               u"avg_check_kopecks"_s, u"revenue_kopecks"_s,  u"last_order"_s,
                               u"gender"_s,          u"age_band"_s,           u"region"_s,
                               u"interests"_s,       u"recommended_products"_s, u"last_communication"_s,
                               u"chat"_s};

// The SQL column each view column shows and sorts on (BUY-2: sorting by any column).
const QStringList sortColumns{u"id"_s,         u"subsegment"_s, u"orders_90d"_s,
                              u"avg_check_kopecks"_s, u"revenue_kopecks"_s, u"last_order"_s,
                              u"gender"_s,     u"age_band"_s,   u"region"_s,
                              u"interests"_s,  u"recommended_products"_s, u"last_communication"_s,
                              u"chat"_s};

} // namespace

BuyersModel::BuyersModel(const QSqlDatabase& db, QObject* parent)
    : PagedSqlModel(db, u"buyers"_s, buyerColumns, parent)
{
    // A million buyers: a filtered page is read from a bounded walk of the sort index first.
    setScanBudget(defaultScanBudget);
    readLookups();
    configure(Revenue, Qt::DescendingOrder, m_filter.conditions());
}

int BuyersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuyersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (static_cast<Column>(section)) {
    case Buyer:
        return tr("Buyer");
    case SegmentColumn:
        return tr("Segment");
    case Orders:
        return tr("Orders in 90 days");
    case AvgCheck:
        return tr("Average check");
    case Revenue:
        return tr("Revenue");
    case LastOrder:
        return tr("Last order");
    case Gender:
        return tr("Gender");
    case AgeBand:
        return tr("Age");
    case Region:
        return tr("Region");
    case Interests:
        return tr("Interests");
    case RecommendedProducts:
        return tr("Recommended products");
    case LastCommunication:
        return tr("Last communication");
    case Chat:
        return tr("Chat");
    case ColumnCount:
        break;
    }
    return {};
}

void BuyersModel::setFilter(const BuyersFilter& filter)
{
    m_filter = filter;
    setConditions(m_filter.conditions());
}

void BuyersModel::readLookups()
{
    m_categoryNames.clear();
    m_productNames.clear();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT id, name FROM categories"_s)) {
        while (query.next())
            m_categoryNames.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (query.exec(u"SELECT id, name FROM products"_s)) {
        while (query.next())
            m_productNames.insert(query.value(0).toString(), query.value(1).toString());
    }
}

QList<QPair<QString, QString>> BuyersModel::products() const
{
    QList<QPair<QString, QString>> list;
    for (auto it = m_productNames.cbegin(); it != m_productNames.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return list;
}

QString BuyersModel::namesOf(const QVariant& jsonIds, const QHash<QString, QString>& names) const
{
    if (jsonIds.isNull())
        return {};
    const QJsonArray ids = QJsonDocument::fromJson(jsonIds.toString().toUtf8()).array();
    QStringList shown;
    for (const QJsonValue& id : ids) {
        const QString key = id.toString();
        shown << names.value(key, key);
    }
    return shown.join(u", "_s);
}

QString BuyersModel::sortSqlColumn(int column) const
{
    return column >= 0 && column < sortColumns.size() ? sortColumns.at(column) : QString();
}

// Every column's export text is a function of one value (and of the names read with the
// lookups): the export reads the stored text, formats the kopecks, or makes each distinct
// value's text once.
PagedSqlModel::ExportSource BuyersModel::exportSource(int column) const
{
    switch (static_cast<Column>(column)) {
    case Buyer:
    case LastOrder:
    case LastCommunication:
    case Region:
        return {ExportSource::StoredText, valueIndex(sortSqlColumn(column))};
    case AvgCheck:
    case Revenue:
        return {ExportSource::Kopecks, valueIndex(sortSqlColumn(column))};
    case SegmentColumn:
    case Orders:
    case Gender:
    case AgeBand:
    case Interests:
    case RecommendedProducts:
    case Chat:
        return {ExportSource::PerValue, valueIndex(sortSqlColumn(column))};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BuyersModel::rowData(const QVariantList& row, int column, int role) const
{
    const auto value = [&](const QString& name) { return row.value(valueIndex(name)); };
    if (role == RawValueRole)
        return value(sortSqlColumn(column));
    if (role == ChatStateRole)
        return value(u"chat"_s);
    if (role == ChatEnabledRole) {
        const auto state = ChatStates::fromCode(value(u"chat"_s).toString());
        return state && ChatStates::canWrite(*state);
    }
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Orders:
        case AvgCheck:
        case Revenue:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    const bool exporting = role == ExportRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !exporting)
        return {};
    const QLocale locale;
    switch (static_cast<Column>(column)) {
    case Buyer:
        return role == Qt::ToolTipRole ? QVariant() : row.value(0);
    case SegmentColumn: {
        const auto sub = subSegmentFromCode(value(u"subsegment"_s).toString());
        if (!sub)
            return value(u"subsegment"_s);
        if (role == Qt::ToolTipRole)
            return QString(segmentName(segmentOf(*sub)) + u" · "_s + subSegmentName(*sub));
        return subSegmentName(*sub);
    }
    case Orders:
        if (role == Qt::ToolTipRole)
            return {};
        return exporting ? value(u"orders_90d"_s).toString() : locale.toString(value(u"orders_90d"_s).toLongLong());
    case AvgCheck:
    case Revenue: {
        if (role == Qt::ToolTipRole)
            return {};
        const qint64 kopecks = value(column == AvgCheck ? u"avg_check_kopecks"_s : u"revenue_kopecks"_s).toLongLong();
        return exporting ? CsvExporter::moneyText(kopecks) : formatRoubles(kopecks, locale);
    }
    case LastOrder:
    case LastCommunication: {
        if (role == Qt::ToolTipRole)
            return {};
        const QVariant raw = value(column == LastOrder ? u"last_order"_s : u"last_communication"_s);
        if (raw.isNull() || exporting)
            return raw.toString();
        return locale.toString(QDate::fromString(raw.toString(), Qt::ISODate), QLocale::ShortFormat);
    }
    case Gender: {
        if (role == Qt::ToolTipRole)
            return {};
        const QString gender = value(u"gender"_s).toString();
        if (gender == u"f"_s)
            return tr("Female");
        if (gender == u"m"_s)
            return tr("Male");
        return tr("Not specified");
    }
    case AgeBand: {
        if (role == Qt::ToolTipRole)
            return {};
        const QString band = value(u"age_band"_s).toString();
        return band.isEmpty() ? tr("Not specified") : band;
    }
    case Region:
        return value(u"region"_s).toString();
    case Interests:
        return namesOf(value(u"interests"_s), m_categoryNames);
    case RecommendedProducts:
        return namesOf(value(u"recommended_products"_s), m_productNames);
    case Chat: {
        const auto state = ChatStates::fromCode(value(u"chat"_s).toString());
        if (!state)
            return {};
        if (role == Qt::ToolTipRole)
            return ChatStates::explanation(*state);
        return exporting ? ChatStates::code(*state) : ChatStates::buttonText(*state);
    }
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sellercrm
