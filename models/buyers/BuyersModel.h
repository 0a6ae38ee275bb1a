#pragma once

#include "buyers/BuyersFilter.h"
#include "table/PagedSqlModel.h"

#include <QHash>

namespace sellercrm {

// BUY-1: the seller's buyers with at least one order, read page by page from the cache's
// `buyers` table (PagedSqlModel), filtered by a BuyersFilter (BUY-2) and sortable by every column.
// Category and product names (interests, recommended products) come from the cache's small
// `categories` and `products` tables, read once per refresh.
class BuyersModel final : public PagedSqlModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuyersModel)

public:
    enum Column
    {
        Buyer,
        SegmentColumn,
        Orders,
        AvgCheck,
        Revenue,
        LastOrder,
        Gender,
        AgeBand,
        Region,
        Interests,
        RecommendedProducts,
        LastCommunication,
        Chat,
        ColumnCount
    };
    Q_ENUM(Column)

    enum BuyerRole
    {
        ChatStateRole = FirstSubclassRole, // the ChatState code of the row
        ChatEnabledRole,                   // bool: the chat button can be pressed
    };

    explicit BuyersModel(const QSqlDatabase& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const BuyersFilter& filter);
    const BuyersFilter& filter() const { return m_filter; }
    // The name of a product of the seller (buyer-action filter tags).
    QString productName(const QString& productId) const { return m_productNames.value(productId); }
    // The seller's products as (id, name), by name (the buyer-action filter's product list).
    QList<QPair<QString, QString>> products() const;


protected:
    QString sortSqlColumn(int column) const override;
    QVariant rowData(const QVariantList& row, int column, int role) const override;
    ExportSource exportSource(int column) const override;
    void readLookups() override;

private:
    QString namesOf(const QVariant& jsonIds, const QHash<QString, QString>& names) const;

    BuyersFilter m_filter;
    QHash<QString, QString> m_categoryNames;
    QHash<QString, QString> m_productNames;
};

} // namespace sellercrm
