#include "components/Banner.h"

#include "components/Icons.h"
#include "components/Theme.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace sellercrm {

Banner::Banner(const QString& iconName, QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    Theme::setRole(this, "banner");
    m_icon->setPixmap(Icons::pixmap(iconName, 18, Theme::color(u"warningText"_s)));
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void Banner::setText(const QString& text)
{
    m_text->setText(text);
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace sellercrm
