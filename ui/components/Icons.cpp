#include "components/Icons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace sellercrm {

QPixmap Icons::pixmap(const QString& name, int size, const QColor& color, qreal devicePixelRatio)
{
    static QHash<QString, QByteArray> sources;
    auto it = sources.find(name);
    if (it == sources.end()) {
        QFile file(u":/icons/"_s + name + u".svg"_s);
        it = sources.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    QByteArray svg = *it;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap result(pixels, pixels);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    renderer.render(&painter);
    painter.end();
    result.setDevicePixelRatio(devicePixelRatio);
    return result;
}

QIcon Icons::icon(const QString& name, const QColor& color)
{
    QIcon result;
    for (int size : { 16, 20, 24, 32 })
        result.addPixmap(pixmap(name, size, color));
    return result;
}

QIcon Icons::stateIcon(const QString& name, const QColor& normal, const QColor& active, const QColor& disabled)
{
    QIcon result;
    for (int size : { 16, 20, 24 }) {
        result.addPixmap(pixmap(name, size, normal), QIcon::Normal, QIcon::Off);
        result.addPixmap(pixmap(name, size, active), QIcon::Normal, QIcon::On);
        result.addPixmap(pixmap(name, size, active), QIcon::Active, QIcon::On);
        result.addPixmap(pixmap(name, size, disabled), QIcon::Disabled, QIcon::Off);
    }
    return result;
}

} // namespace sellercrm
