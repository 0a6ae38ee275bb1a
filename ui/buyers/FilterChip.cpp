#include "buyers/FilterChip.h"

#include "components/Theme.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

FilterChip::FilterChip(const QString& title, QWidget* editor, QWidget* parent)
    : QToolButton(parent)
    , m_title(title)
    , m_popup(new QFrame(this, Qt::Popup))
{
    setText(title);
    setCheckable(false);
    setCursor(Qt::PointingHandCursor);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    Theme::setRole(this, "chip");
    m_popup->setObjectName(u"filterPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(editor);
    connect(this, &QToolButton::clicked, this, &FilterChip::openPopup);
}

void FilterChip::setCount(int count)
{
    m_count = count;
    setText(count > 0 ? tr("%1 · %2").arg(m_title).arg(count) : m_title);
    Theme::setFlag(this, "active", count > 0);
}

void FilterChip::openPopup()
{
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, height() + 4)));
    m_popup->show();
}

void FilterChip::closePopup()
{
    m_popup->hide();
}

} // namespace sellercrm
