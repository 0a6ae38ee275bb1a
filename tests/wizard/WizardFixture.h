#pragma once

#include "CacheDb.h"
#include "wizard/WizardContext.h"

#include <QTemporaryDir>

#include <memory>

// A seller as the wizard tests need it: Premium Plus with quota left, own and Potential buyers,
// two promotions, products in two categories, a collection. `today` is 2026-11-20.
struct WizardFixture final
{
    static QDate today() { return QDate(2026, 11, 20); }
    static sellercrm::WizardContext context(const QString& plan = QStringLiteral("premium_plus"));
    // Writes the seller and the segmentation of context() into a cache file, as the sync does.
    static bool writeCache(sellercrm::CacheDb& cache, const sellercrm::WizardContext& context);
    // A real PNG of the size in `dir`; returns its path.
    static QString writePng(const QTemporaryDir& dir, int width, int height);
    // A real image file of `format` ("PNG", "BMP"), padded after its end to at least `minBytes`
    // (the decoders stop at the image's end, the file size is what the upload checks).
    static QString writeImage(const QTemporaryDir& dir, int width, int height, const char* format, qint64 minBytes = 0);
};
