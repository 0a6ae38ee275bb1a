#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace sellercrm {

// The project's SVG icons (resources/icons, stroke="currentColor") rendered in a theme colour.
class Icons final
{
public:
    static QIcon icon(const QString& name, const QColor& color);
    // Normal/checked/disabled colours for navigation and action buttons.
    static QIcon stateIcon(const QString& name, const QColor& normal, const QColor& active, const QColor& disabled);
    static QPixmap pixmap(const QString& name, int size, const QColor& color, qreal devicePixelRatio = 2.0);
};

} // namespace sellercrm
