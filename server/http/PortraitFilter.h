#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace sellercrm::server {

// POR-2: the condition builder of the portrait as SQL over segment_results. A condition is a
// leaf or a group:
//   {"field": "gender" | "age_band" | "region" | "category", "in": ["f", ...]}
//   {"field": "avg_check", "min_kopecks": 100000, "max_kopecks": 500000}   (either end optional)
//   {"op": "and" | "or", "items": [condition, ...]}
// e.g. (women AND 25-34) OR Moscow:
//   {"op":"or","items":[{"op":"and","items":[{"field":"gender","in":["f"]},
//                                            {"field":"age_band","in":["25-34"]}]},
//                       {"field":"region","in":["Moscow"]}]}
struct PortraitFilter final {
    QString sql;          // a boolean SQL expression (" 1 = 1" when there is no condition)
    QVariantList values;  // bound in order

    static constexpr int maxDepth = 8;
    // `path` names the member in field errors ("conditions.items[0].in").
    static PortraitFilter from(const QJsonValue& conditions, const QString& path, FieldErrors& errors);
};

} // namespace sellercrm::server
