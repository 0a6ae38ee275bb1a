#include "components/BenefitsDrawer.h"

#include "Plans.h"
#include "components/DisplayFormat.h"
#include "components/Icons.h"
#include "components/Theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

BenefitsDrawer* BenefitsDrawer::open(QWidget* window)
{
    if (BenefitsDrawer* existing = find(window))
        return existing;
    auto* drawer = new BenefitsDrawer(window);
    drawer->show();
    drawer->raise();
    drawer->setFocus();
    return drawer;
}

BenefitsDrawer* BenefitsDrawer::find(QWidget* window)
{
    return window->findChild<BenefitsDrawer*>(u"drawerShade"_s, Qt::FindDirectChildrenOnly);
}

BenefitsDrawer::BenefitsDrawer(QWidget* window)
    : QWidget(window)
    , m_panel(new QFrame(this))
{
    setObjectName(u"drawerShade"_s);
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    m_panel->setObjectName(u"benefitsDrawer"_s);
    m_panel->setAttribute(Qt::WA_StyledBackground);

    auto* close = new QToolButton(m_panel);
    close->setObjectName(u"drawerClose"_s);
    Theme::setRole(close, "icon");
    close->setIcon(Icons::icon(u"close"_s, Theme::color(u"muted"_s)));
    close->setToolTip(tr("Close"));
    connect(close, &QToolButton::clicked, this, &QObject::deleteLater);

    auto* badge = new QLabel(m_panel);
    badge->setPixmap(Icons::pixmap(u"premium"_s, 40, Theme::color(u"premium"_s)));
    auto* title = new QLabel(tr("Premium Plus"), m_panel);
    title->setObjectName(u"drawerTitle"_s);
    Theme::setRole(title, "h1");
    auto* lead = new QLabel(tr("This action is part of the Premium Plus subscription. With it you can:"), m_panel);
    lead->setWordWrap(true);
    Theme::setRole(lead, "muted");

    auto* layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(28, 20, 20, 28);
    layout->setSpacing(14);
    auto* header = new QHBoxLayout;
    header->addWidget(badge);
    header->addStretch(1);
    header->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(header);
    layout->addWidget(title);
    layout->addWidget(lead);
    const QStringList benefits = {
        tr("Send push and in-app mailings to your own buyers: %1 messages a month are included.")
            .arg(DisplayFormat::count(premiumPlusMonthlyMailings)),
        tr("Announce new arrivals to your Top buyers and bring At-risk buyers back with a promo code."),
        tr("Reach New buyers with an order-total discount mailing right after their first order."),
        tr("See every mailing's delivery, opens and clicks over time."),
    };
    for (const QString& benefit : benefits) {
        auto* row = new QHBoxLayout;
        row->setSpacing(10);
        auto* icon = new QLabel(m_panel);
        icon->setPixmap(Icons::pixmap(u"star"_s, 18, Theme::color(u"premium"_s)));
        auto* text = new QLabel(benefit, m_panel);
        text->setObjectName(u"drawerBenefit"_s);
        text->setWordWrap(true);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        layout->addLayout(row);
    }
    auto* note = new QLabel(tr("Banners, bonuses and every action for Potential buyers stay available without a subscription."),
                            m_panel);
    note->setWordWrap(true);
    Theme::setRole(note, "caption");
    layout->addSpacing(6);
    layout->addWidget(note);
    layout->addStretch(1);
    auto* how = new QLabel(tr("Subscriptions are managed in your seller account on the marketplace."), m_panel);
    how->setWordWrap(true);
    Theme::setRole(how, "caption");
    layout->addWidget(how);
    auto* gotIt = new QPushButton(tr("Got it"), m_panel);
    gotIt->setObjectName(u"drawerGotIt"_s);
    Theme::setRole(gotIt, "primary");
    connect(gotIt, &QPushButton::clicked, this, &QObject::deleteLater);
    layout->addWidget(gotIt);

    window->installEventFilter(this);
    place();
}

void BenefitsDrawer::place()
{
    QWidget* window = parentWidget();
    setGeometry(window->rect());
    const int width = std::min(420, window->width());
    m_panel->setGeometry(window->width() - width, 0, width, window->height());
}

bool BenefitsDrawer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void BenefitsDrawer::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        deleteLater();
        return;
    }
    QWidget::keyPressEvent(event);
}

void BenefitsDrawer::mousePressEvent(QMouseEvent* event)
{
    if (!m_panel->geometry().contains(event->position().toPoint()))
        deleteLater();
}

} // namespace sellercrm
