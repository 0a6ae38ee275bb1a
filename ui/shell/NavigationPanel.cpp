#include "shell/NavigationPanel.h"

#include "components/ElidedLabel.h"
#include "components/Icons.h"
#include "components/Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

NavigationPanel::NavigationPanel(QWidget* parent)
    : QFrame(parent)
    , m_group(new QButtonGroup(this))
    , m_seller(nullptr)
{
    setObjectName(u"navigation"_s);
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(240);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 18, 14, 16);
    layout->setSpacing(4);

    auto* brand = new QHBoxLayout;
    brand->setSpacing(10);
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/logo.svg"_s).pixmap(32, 32));
    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    auto* product = new QLabel(tr("Seller CRM"), this);
    product->setObjectName(u"brandName"_s);
    auto* seller = new ElidedLabel(QString(), this);
    seller->setObjectName(u"brandSeller"_s);
    m_seller = seller;
    names->addWidget(product);
    names->addWidget(seller);
    brand->addWidget(logo);
    brand->addLayout(names, 1);
    layout->addLayout(brand);
    layout->addSpacing(18);

    auto* analytics = new QLabel(tr("AUDIENCE"), this);
    Theme::setRole(analytics, "navSection");
    layout->addWidget(analytics);
    addEntry(u"home"_s, u"home"_s, tr("Home"));
    addEntry(u"segments"_s, u"segments"_s, tr("Segments"));
    addEntry(u"portrait"_s, u"portrait"_s, tr("Buyer portrait"));
    addEntry(u"buyers"_s, u"buyers"_s, tr("Buyers"));
    auto* outreach = new QLabel(tr("OUTREACH"), this);
    Theme::setRole(outreach, "navSection");
    layout->addSpacing(8);
    layout->addWidget(outreach);
    addEntry(u"communications"_s, u"communications"_s, tr("Communications"));
    layout->addStretch(1);
}

void NavigationPanel::addEntry(const QString& pageId, const QString& icon, const QString& text)
{
    auto* button = new QToolButton(this);
    button->setObjectName(u"nav_"_s + pageId);
    Theme::setRole(button, "nav");
    button->setText(text);
    button->setToolTip(text);
    button->setIcon(Icons::stateIcon(icon, Theme::color(u"muted"_s), Theme::color(u"accent"_s),
                                     Theme::color(u"disabledText"_s)));
    button->setIconSize(QSize(20, 20));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setCheckable(true);
    button->setCursor(Qt::PointingHandCursor);
    m_group->addButton(button);
    m_buttons.insert(pageId, button);
    qobject_cast<QVBoxLayout*>(layout())->addWidget(button);
    connect(button, &QToolButton::clicked, this, [this, pageId] { emit pageRequested(pageId); });
}

void NavigationPanel::setCurrent(const QString& pageId)
{
    const QString entry = pageId.startsWith(u"segment:"_s) ? u"segments"_s : pageId;
    if (QToolButton* button = m_buttons.value(entry))
        button->setChecked(true);
}

void NavigationPanel::setSellerName(const QString& name)
{
    static_cast<ElidedLabel*>(m_seller)->setFullText(name);
}

} // namespace sellercrm
