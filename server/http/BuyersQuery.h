#pragma once

#include "ApiRequest.h"
#include "FieldError.h"

#include <QDate>
#include <QString>
#include <QVariantList>

namespace sellercrm::server {

// BUY-1/BUY-2: the SQL of one buyers page — buyers with at least one order from the seller,
// filtered (segment tree, average-check range, a buyer action on a product in a period, last
// communication, id search), sorted by any column (ties by buyer id), 50 rows a page.
struct BuyersQuery final
{
    QString where;       // " FROM segment_results WHERE ..." (alias-free)
    QVariantList values; // for `where`
    QString orderBy;     // " ORDER BY ..."
    QString cacheKey;    // identifies the filter for the totals cache

    // Reads the query parameters; errors name each invalid one (400) or broken rule (422).
    static BuyersQuery from(const ApiRequest& request, const QString& sellerId, QDate today,
                            FieldErrors& malformed, FieldErrors& invalid);
};

} // namespace sellercrm::server
