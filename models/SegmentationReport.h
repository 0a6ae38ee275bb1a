#pragma once

#include "SegmentFigures.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sellercrm {

// The seller's segmentation as the `segmentation` entity of the sync feed carries it (SYNC.md):
// SEG-4 thresholds, the SEG-6 key segment and the SEG-5/SEG-7 figures of every segment and
// sub-segment. A value type: pages read it, nothing writes it back.
struct SegmentationReport final
{
    QDate asOf;
    qint64 avgCheckHighKopecks = 0;
    qint64 avgCheckLowKopecks = 0;
    int ordersHigh = 0;
    qint64 regularBuyers = 0;
    QString keySegment; // regular, new, potential or empty (no buyers at all)
    int regularMin = 10;
    int newMin = 10;
    QList<SegmentFigures> rows;

    // The figures of a segment's total (subsegment empty) or of a sub-segment; zeros when the
    // feed has no row for it.
    SegmentFigures figures(const QString& segment, const QString& subsegment = {}) const;
    qint64 totalBuyers() const;
    bool hasBuyers() const { return totalBuyers() > 0; }

    // Parses the entity's `data`; nullopt with `error` naming the field when it is malformed.
    static std::optional<SegmentationReport> fromJson(const QJsonObject& data, QString* error);
};

} // namespace sellercrm
