#include "BannerImage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

namespace sellercrm::server {

QByteArray BannerImage::generate(const QString& seed, int variant)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(seed.toUtf8() + QByteArray::number(variant)), QCryptographicHash::Sha256);
    const auto byte = [&digest](int i) {
        return static_cast<int>(static_cast<quint8>(digest.at(i % digest.size())));
    };
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, width, height);
    background.setColorAt(0, QColor::fromHsv(byte(0) * 359 / 255, 140, 230));
    background.setColorAt(1, QColor::fromHsv(byte(1) * 359 / 255, 200, 150));
    painter.fillRect(image.rect(), background);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 6; ++i) {
        QColor colour = QColor::fromHsv(byte(2 + i) * 359 / 255, 90, 255);
        colour.setAlpha(70 + byte(8 + i) % 90);
        painter.setBrush(colour);
        const int size = 80 + byte(14 + i) * 2;
        painter.drawEllipse(QPoint(byte(20 + i) * width / 255, byte(26 + i) * height / 255), size, size);
    }
    // The area where the client lays the target's name.
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(QRectF(60, 250, 620, 100), 24, 24);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

} // namespace sellercrm::server
