#pragma once

#include "Segmentation.h"

#include <QCoreApplication>
#include <QString>

namespace sellercrm {

// The segment-level texts of the Segments pages (the sub-segment names, descriptions and rules
// come from domain/Segmentation.h).
class SegmentTexts final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentTexts)

public:
    static QString title(Segment segment);       // "Regular buyers"
    static QString description(Segment segment); // one sentence
    static QString pageTitle(SubSegment subSegment);
};

} // namespace sellercrm
