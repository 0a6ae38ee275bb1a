#include "store/BulkInserter.h"

#include "store/ServerStore.h"

#include <algorithm>

namespace sellercrm::server {

BulkInserter::BulkInserter(QSqlDatabase db, const QString& table, const QStringList& columns,
                           const QString& conflictClause)
    : m_db(std::move(db))
    , m_table(table)
    , m_columns(columns)
    , m_conflictClause(conflictClause)
    , m_rowsPerStatement(
          std::max(1, std::min(256, 30000 / static_cast<int>(std::max<qsizetype>(1, columns.size())))))
    , m_fullBatch(m_db)
{
    m_pending.reserve(static_cast<size_t>(m_rowsPerStatement * columns.size()));
}

QString BulkInserter::statement(int rows) const
{
    QString row = QStringLiteral("(");
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    row += QLatin1Char(')');
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QLatin1Char(',')));
    sql.reserve(sql.size() + rows * (row.size() + 1) + m_conflictClause.size() + 1);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    if (!m_conflictClause.isEmpty())
        sql += QLatin1Char(' ') + m_conflictClause;
    return sql;
}

StoreStatus BulkInserter::write(QSqlQuery& query, int rows)
{
    const size_t values = static_cast<size_t>(rows) * static_cast<size_t>(m_columns.size());
    for (size_t i = 0; i < values; ++i)
        query.bindValue(static_cast<int>(i), m_pending[i]);
    if (!query.exec())
        return StoreStatus::failure(sqlError(query, QStringLiteral("inserting into %1").arg(m_table)));
    m_rowsWritten += rows;
    m_pending.clear();
    m_pendingRows = 0;
    return {};
}

StoreStatus BulkInserter::endRow()
{
    if (++m_pendingRows < m_rowsPerStatement)
        return {};
    if (!m_fullBatchPrepared) {
        if (!m_fullBatch.prepare(statement(m_rowsPerStatement)))
            return StoreStatus::failure(
                sqlError(m_fullBatch, QStringLiteral("preparing the insert into %1").arg(m_table)));
        m_fullBatchPrepared = true;
    }
    return write(m_fullBatch, m_rowsPerStatement);
}

StoreStatus BulkInserter::finish()
{
    if (m_pendingRows == 0)
        return {};
    QSqlQuery tail(m_db);
    if (!tail.prepare(statement(m_pendingRows)))
        return StoreStatus::failure(
            sqlError(tail, QStringLiteral("preparing the insert into %1").arg(m_table)));
    return write(tail, m_pendingRows);
}

} // namespace sellercrm::server
