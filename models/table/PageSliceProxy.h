#pragma once

#include <QAbstractProxyModel>

namespace sellercrm {

// One page of a flat source table (BUY-1, COM-1: 50 rows a page with pagination): rows
// [page * pageSize, page * pageSize + pageSize) of the source. Sorting is forwarded to the source
// (which sorts in SQL); the page stays within range when the source shrinks.
class PageSliceProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageSliceProxy)

public:
    static constexpr int defaultPageSize = 50;

    explicit PageSliceProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const;
    int firstSourceRow() const { return m_page * m_pageSize; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void pageChanged(int page, int pageCount);

private:
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void beginSourceReset();
    void endSourceReset();
    int clampedPage(int page) const;

    int m_pageSize = defaultPageSize;
    int m_page = 0;
    bool m_resetting = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sellercrm
