#pragma once

#include "store/ServerStore.h"
#include "store/StoreResult.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace sellercrm::server {

// DAT-1 import: loads a directory of CSV files (sellers, categories, products, buyers, orders,
// order_items, events, promotions, collections, chats; a missing file counts as empty) into the
// store in ONE transaction. Every row is checked (column count, RFC 4180 quoting, UTF-8, enums,
// dates, numbers, duplicate IDs, unknown references, also against rows already in the store); the
// first bad row aborts with `<dir>/<file>.csv:<line>: <reason>` and the transaction rolls back,
// so the store is unchanged. Runs on the calling thread with its connection.
class CsvImporter final
{
public:
    struct FileCount
    {
        QString file;
        qint64 rows = 0;
    };
    using Summary = QList<FileCount>;

    explicit CsvImporter(std::shared_ptr<ServerStore> store);
    Q_DISABLE_COPY_MOVE(CsvImporter)

    StoreResult<Summary> importDirectory(const QString& directory);

    // The DAT-1 files in import order with their exact header rows.
    static QList<QPair<QString, QStringList>> fileFormats();
    static QStringList formatOf(const QString& file);

private:
    std::shared_ptr<ServerStore> m_store;
};

} // namespace sellercrm::server
