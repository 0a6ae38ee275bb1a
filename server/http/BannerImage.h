#pragma once

#include <QByteArray>
#include <QString>

namespace sellercrm::server {

// WIZ-6 generated creatives: a 1200×400 PNG whose colours and shapes follow from the target
// (deterministic per target and variant, so "back" to an earlier generation shows the same
// picture). Drawn with QImage/QPainter without text, so no font or GUI platform is needed.
struct BannerImage final
{
    static constexpr int width = 1200;
    static constexpr int height = 400;
    static QByteArray generate(const QString& seed, int variant);
};

} // namespace sellercrm::server
