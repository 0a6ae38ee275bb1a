#pragma once

#include "communications/CommunicationsFilter.h"
#include "table/PagedSqlModel.h"

#include <QHash>

namespace sellercrm {

// COM-1/COM-2: the seller's mailings and banners, read page by page from the cache's
// `communications` table (PagedSqlModel) with the COM-5 filters. The offer title (COM-3) and the
// target page (COM-4) are made from the row's offer and content JSON with domain/OfferTitles,
// the names of promotions, products and collections coming from the cache.
class CommunicationsModel final : public PagedSqlModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationsModel)

public:
    enum Column
    {
        Name,
        AudienceColumn,
        OfferColumn,
        Target,
        FormatColumn,
        Status,
        SendDate,
        Recipients,
        Delivered,
        Opened,
        OpenRate,
        Clicks,
        Ctr,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    enum CommunicationRole
    {
        StatusRole = FirstSubclassRole, // the status code
        CanDeleteRole,                  // bool: COM-6, on moderation and not being deleted
        SkuRole,                        // the target product's SKU (COM-4 copy on click), or empty
        MetricsRole,                    // QVariantList of {date, delivered, opened, clicks} maps
        FormatRole,                     // "mailing" / "banner"
        AudienceCodesRole,              // QStringList of the audience's sub-segment / segment codes
    };

    explicit CommunicationsModel(const QSqlDatabase& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const CommunicationsFilter& filter);
    const CommunicationsFilter& filter() const { return m_filter; }
    // Communications of any tab and filter (the page's "no communications yet" state).
    qint64 countAll() const;


protected:
    QString sortSqlColumn(int column) const override;
    QVariant rowData(const QVariantList& row, int column, int role) const override;
    void readLookups() override;

private:
    struct Derived
    {
        QString audience;
        QStringList audienceCodes;
        QString offerTitle;
        QString target;
        QString sku;
    };
    const Derived& derived(const QVariantList& row) const;

    CommunicationsFilter m_filter;
    QHash<QString, QString> m_promotionNames;
    QHash<QString, QPair<QString, QString>> m_products; // id -> (name, sku)
    QHash<QString, QString> m_collectionNames;
    mutable QHash<QString, Derived> m_derived; // by id, cleared on every cache change
};

} // namespace sellercrm
