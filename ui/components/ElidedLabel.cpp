#include "components/ElidedLabel.h"

#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace sellercrm {

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setFullText(text);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_fullText = text;
    updateElision();
    updateGeometry();
}

void ElidedLabel::setExtraToolTip(const QString& tip)
{
    m_extraTip = tip;
    updateElision();
}

bool ElidedLabel::isElided() const
{
    return text() != m_fullText;
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize base = QLabel::minimumSizeHint();
    return { fontMetrics().horizontalAdvance(u"W…"_s), base.height() };
}

QSize ElidedLabel::sizeHint() const
{
    return { fontMetrics().horizontalAdvance(m_fullText) + 2, QLabel::sizeHint().height() };
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateElision();
}

void ElidedLabel::updateElision()
{
    const int available = contentsRect().width();
    const QString shown = available > 0 ? fontMetrics().elidedText(m_fullText, Qt::ElideRight, available) : m_fullText;
    setText(shown);
    QString tip = m_extraTip;
    if (shown != m_fullText)
        tip = tip.isEmpty() ? m_fullText : m_fullText + u"\n\n"_s + tip;
    setToolTip(tip);
}

} // namespace sellercrm
