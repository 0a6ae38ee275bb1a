#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include "Plans.h"

namespace sellercrm::server {

// The `segmentation` entity (docs/api/SYNC.md) as GET /segments answers it.
struct SegmentationJson final
{
    // A seller the job has not segmented yet: no thresholds, no key segment, no segments.
    static QJsonObject empty(QDate asOf);
    // Adds `rules` (SEG-4 explanation per sub-segment, from the stored thresholds) and
    // `recommended_actions` (SEG-8, per sub-segment for the seller's subscription as of today).
    static QJsonObject withExplanations(QJsonObject data, const Subscription& subscription, QDate today);
};

} // namespace sellercrm::server
