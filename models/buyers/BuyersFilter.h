#pragma once

#include "table/PagedSqlModel.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace sellercrm {

// BUY-2: what the seller narrowed the Buyers list to. Every part is optional; the parts are
// combined with AND. Dates are inclusive.
struct BuyersFilter final
{
    // Sub-segment codes from the segment tree ("top", "new", "sleeping", ...); empty = all.
    QStringList subsegments;
    // Average-check range in kopecks (applied with "Apply").
    std::optional<qint64> minAvgCheckKopecks;
    std::optional<qint64> maxAvgCheckKopecks;
    // Buyer actions: any of these types ("view", "cart", "favorite", "order") on the product
    // (empty = any of the seller's products) in the period (an invalid date = open end).
    QStringList actionTypes;
    QString actionProductId;
    QDate actionFrom;
    QDate actionTo;
    // Last communication in this period (the page allows no earlier than 3 months back).
    QDate lastCommunicationFrom;
    QDate lastCommunicationTo;
    // Part of the buyer ID.
    QString search;

    bool hasAvgCheck() const { return minAvgCheckKopecks.has_value() || maxAvgCheckKopecks.has_value(); }
    bool hasAction() const;
    bool hasLastCommunication() const { return lastCommunicationFrom.isValid() || lastCommunicationTo.isValid(); }
    // No filter and no search: the list shows every buyer with an order.
    bool isEmpty() const;

    // The SQL conditions on `buyers`, BUY-1's "at least one order" included.
    QList<SqlCondition> conditions() const;

    friend bool operator==(const BuyersFilter&, const BuyersFilter&) = default;
};

} // namespace sellercrm
