#include "components/SkeletonView.h"

#include "components/Theme.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace sellercrm {

SkeletonView::SkeletonView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"skeleton"_s);
}

void SkeletonView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor block = Theme::color(u"skeleton"_s);
    const QColor card = Theme::color(u"surface"_s);
    const QColor border = Theme::color(u"border"_s);
    const auto rounded = [&painter](const QRectF& rect, qreal radius, const QColor& fill) {
        QPainterPath path;
        path.addRoundedRect(rect, radius, radius);
        painter.fillPath(path, fill);
    };
    const qreal margin = 32;
    const qreal width = this->width() - 2 * margin;
    rounded({ margin, 28, width * 0.28, 26 }, 6, block);
    rounded({ margin, 66, width * 0.45, 14 }, 6, block);
    const qreal gap = 16;
    const qreal cardWidth = (width - 2 * gap) / 3;
    for (int i = 0; i < 3; ++i) {
        const QRectF rect(margin + i * (cardWidth + gap), 104, cardWidth, 200);
        painter.setPen(border);
        painter.setBrush(card);
        painter.drawRoundedRect(rect, 12, 12);
        rounded({ rect.left() + 20, rect.top() + 22, cardWidth * 0.4, 16 }, 6, block);
        rounded({ rect.left() + 20, rect.top() + 56, cardWidth * 0.3, 28 }, 6, block);
        rounded({ rect.left() + 20, rect.top() + 100, cardWidth - 40, 12 }, 6, block);
        rounded({ rect.left() + 20, rect.top() + 122, cardWidth * 0.7, 12 }, 6, block);
        rounded({ rect.left() + 20, rect.bottom() - 52, cardWidth * 0.55, 32 }, 8, block);
    }
    const QRectF wide(margin, 328, width, std::max<qreal>(120, height() - 360));
    painter.setPen(border);
    painter.setBrush(card);
    painter.drawRoundedRect(wide, 12, 12);
    for (int row = 0; row < 4 && 24 + row * 40 + 16 < wide.height(); ++row)
        rounded({ wide.left() + 20, wide.top() + 24 + row * 40, width * (row % 2 ? 0.5 : 0.7), 16 }, 6, block);
}

} // namespace sellercrm
