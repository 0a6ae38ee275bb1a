#pragma once

#include "store/StoreResult.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace sellercrm::server {

// Inserts many rows into one table with multi-row `INSERT ... VALUES (...), (...)` statements,
// prepared once and reused (the same SQL for SQLite and PostgreSQL; it cuts the per-statement
// cost, which dominates on both). Runs in the caller's transaction; not thread-safe (one per
// connection). Call finish() to write the last partial batch.
class BulkInserter final
{
public:
    BulkInserter(QSqlDatabase db, const QString& table, const QStringList& columns,
                 const QString& conflictClause = {});
    Q_DISABLE_COPY_MOVE(BulkInserter)

    // Appends one value of the current row; the row is complete after columns().size() values.
    void add(QVariant value) { m_pending.push_back(std::move(value)); }
    // Call after the last value of each row: writes a full batch.
    StoreStatus endRow();
    StoreStatus finish();

    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    StoreStatus write(QSqlQuery& query, int rows);
    QString statement(int rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_conflictClause;
    int m_rowsPerStatement = 1;
    int m_pendingRows = 0;
    qint64 m_rowsWritten = 0;
    std::vector<QVariant> m_pending;
    QSqlQuery m_fullBatch;
    bool m_fullBatchPrepared = false;
};

} // namespace sellercrm::server
