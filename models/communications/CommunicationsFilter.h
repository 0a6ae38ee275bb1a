#pragma once

#include "table/PagedSqlModel.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace sellercrm {

// COM-1 tab and COM-5 filters of the Communications page, combined with AND.
struct CommunicationsFilter final
{
    QString format; // the tab: "mailing" or "banner"; empty = both
    // The audience tree: whole segments ("regular", "new", "potential") and single sub-segments
    // ("top", ...). A communication matches when its audience names one of them.
    QStringList segments;
    QStringList subsegments;
    QStringList statuses; // CommunicationStatus codes; empty = all
    QDate sendFrom;       // inclusive; invalid = open
    QDate sendTo;
    QString search; // part of the name

    bool hasAudience() const { return !segments.isEmpty() || !subsegments.isEmpty(); }
    bool hasSendDate() const { return sendFrom.isValid() || sendTo.isValid(); }
    // No filter and no search (the tab does not count).
    bool isEmpty() const;
    QList<SqlCondition> conditions() const;

    friend bool operator==(const CommunicationsFilter&, const CommunicationsFilter&) = default;
};

} // namespace sellercrm
