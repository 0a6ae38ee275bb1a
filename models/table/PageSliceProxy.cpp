#include "table/PageSliceProxy.h"

#include <algorithm>

namespace sellercrm {

PageSliceProxy::PageSliceProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void PageSliceProxy::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_page = 0;
    if (source) {
        m_connections << connect(source, &QAbstractItemModel::dataChanged, this, &PageSliceProxy::sourceDataChanged)
                      << connect(source, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
        for (auto about : {&QAbstractItemModel::modelAboutToBeReset})
            m_connections << connect(source, about, this, &PageSliceProxy::beginSourceReset);
        for (auto done : {&QAbstractItemModel::modelReset})
            m_connections << connect(source, done, this, &PageSliceProxy::endSourceReset);
        m_connections << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                 &PageSliceProxy::beginSourceReset)
                      << connect(source, &QAbstractItemModel::layoutChanged, this, &PageSliceProxy::endSourceReset);
        // Rows added after the page (the total arriving) only change the page count.
        m_connections << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                 [this](const QModelIndex&, int first) {
                                     if (first < firstSourceRow() + m_pageSize)
                                         beginSourceReset();
                                 })
                      << connect(source, &QAbstractItemModel::rowsInserted, this, [this] {
                             if (m_resetting)
                                 endSourceReset();
                             else
                                 emit pageChanged(m_page, pageCount());
                         });
        for (auto about : {&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::columnsAboutToBeInserted,
                           &QAbstractItemModel::columnsAboutToBeRemoved})
            m_connections << connect(source, about, this, &PageSliceProxy::beginSourceReset);
        for (auto done : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::columnsInserted,
                          &QAbstractItemModel::columnsRemoved})
            m_connections << connect(source, done, this, &PageSliceProxy::endSourceReset);
    }
    endResetModel();
    emit pageChanged(m_page, pageCount());
}

void PageSliceProxy::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(1, rows);
    m_page = clampedPage(m_page);
    endResetModel();
    emit pageChanged(m_page, pageCount());
}

void PageSliceProxy::setPage(int page)
{
    const int clamped = clampedPage(page);
    if (clamped == m_page)
        return;
    beginResetModel();
    m_page = clamped;
    endResetModel();
    emit pageChanged(m_page, pageCount());
}

int PageSliceProxy::pageCount() const
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    return std::max(1, (rows + m_pageSize - 1) / m_pageSize);
}

int PageSliceProxy::clampedPage(int page) const
{
    return std::clamp(page, 0, pageCount() - 1);
}

QModelIndex PageSliceProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PageSliceProxy::parent(const QModelIndex&) const
{
    return {};
}

int PageSliceProxy::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel() || m_resetting)
        return 0;
    const int rows = sourceModel()->rowCount() - firstSourceRow();
    return std::clamp(rows, 0, m_pageSize);
}

int PageSliceProxy::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel() || m_resetting)
        return 0;
    return sourceModel()->columnCount();
}

bool PageSliceProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex PageSliceProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(firstSourceRow() + proxyIndex.row(), proxyIndex.column());
}

QModelIndex PageSliceProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = sourceIndex.row() - firstSourceRow();
    if (row < 0 || row >= rowCount())
        return {};
    return createIndex(row, sourceIndex.column());
}

QVariant PageSliceProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical)
        return sourceModel()->headerData(firstSourceRow() + section, orientation, role);
    return sourceModel()->headerData(section, orientation, role);
}

void PageSliceProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

void PageSliceProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                       const QList<int>& roles)
{
    const int first = std::max(topLeft.row() - firstSourceRow(), 0);
    const int last = std::min(bottomRight.row() - firstSourceRow(), rowCount() - 1);
    if (first > last)
        return;
    emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

void PageSliceProxy::beginSourceReset()
{
    if (m_resetting)
        return;
    beginResetModel();
    m_resetting = true;
}

void PageSliceProxy::endSourceReset()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    m_page = clampedPage(m_page);
    endResetModel();
    emit pageChanged(m_page, pageCount());
}

} // namespace sellercrm
