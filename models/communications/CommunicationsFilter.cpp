#include "communications/CommunicationsFilter.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

bool CommunicationsFilter::isEmpty() const
{
    return !hasAudience() && statuses.isEmpty() && !hasSendDate() && search.trimmed().isEmpty();
}

QList<SqlCondition> CommunicationsFilter::conditions() const
{
    QList<SqlCondition> result;
    if (!format.isEmpty())
        result << SqlCondition{u"format = ?"_s, {format}};
    if (hasAudience()) {
        // The audience is kept both as the local columns (one segment / sub-segment) and as the
        // audience JSON (lists of segments and sub-segments); either may name it.
        QStringList parts;
        QVariantList binds;
        const auto add = [&](const QString& column, const QString& jsonPath, const QStringList& codes) {
            if (codes.isEmpty())
                return;
            const SqlCondition local = SqlCondition::in(column, codes);
            const SqlCondition listed = SqlCondition::in(u"value"_s, codes);
            parts << local.sql
                  << u"(json_valid(audience) AND EXISTS (SELECT 1 FROM json_each(audience, '%1') WHERE %2))"_s.arg(
                         jsonPath, listed.sql);
            binds << local.binds << listed.binds;
        };
        add(u"audience_segment"_s, u"$.segments"_s, segments);
        add(u"audience_subsegment"_s, u"$.subsegments"_s, subsegments);
        result << SqlCondition{parts.join(u" OR "_s), binds};
    }
    if (!statuses.isEmpty())
        result << SqlCondition::in(u"status"_s, statuses);
    if (sendFrom.isValid())
        result << SqlCondition{u"send_date >= ?"_s, {sendFrom.toString(Qt::ISODate)}};
    if (sendTo.isValid())
        result << SqlCondition{u"send_date <= ?"_s, {sendTo.toString(Qt::ISODate)}};
    if (!search.trimmed().isEmpty())
        result << SqlCondition::contains(u"name"_s, search.trimmed());
    return result;
}

} // namespace sellercrm
