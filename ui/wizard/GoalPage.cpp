#include "wizard/GoalPage.h"

#include "OfferTitles.h"
#include "components/Theme.h"
#include "wizard/WizardContext.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

GoalPage::GoalPage(const WizardContext& context, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabBar)
    , m_pages(new QStackedWidget)
{
    setObjectName(u"goalPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto* title = new QLabel(tr("Create a mailing or banner"));
    Theme::setRole(title, "h1");
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("What do you want to achieve?")));
    m_tabs->setObjectName(u"goalTabs"_s);
    m_tabs->addTab(tr("Bring buyers back / grow loyalty"));
    m_tabs->addTab(tr("Grow the buyer base"));
    layout->addWidget(m_tabs);
    m_pages->addWidget(buildTab(context, true));
    m_pages->addWidget(buildTab(context, false));
    layout->addWidget(m_pages, 1);
    auto* scratch = new QPushButton(tr("Create from scratch"));
    scratch->setObjectName(u"createFromScratch"_s);
    Theme::setRole(scratch, "primary");
    connect(scratch, &QPushButton::clicked, this, [this] { emit scratchChosen(goalCode(m_tabs->currentIndex())); });
    layout->addWidget(scratch, 0, Qt::AlignLeft);
    connect(m_tabs, &QTabBar::currentChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Without own buyers the Potential tab is where something can be done.
    if (context.audienceSize(Audience::allOwnBuyers()).total() == 0
        && context.buyersIn(Segment::Potential) > 0)
        m_tabs->setCurrentIndex(growTab);
}

QWidget* GoalPage::buildTab(const WizardContext& context, bool own)
{
    auto* page = new QWidget;
    page->setObjectName(own ? u"goalRetain"_s : u"goalGrow"_s);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 16, 0, 0);
    if (own && context.audienceSize(Audience::allOwnBuyers()).total() == 0) {
        QFrame* card = Theme::makeCard(page, u"noOwnBuyersCard"_s);
        auto* text = new QLabel(tr("You have no own buyers in the last 90 days yet: nobody to bring back. Reach "
                                   "buyers interested in your products instead."));
        text->setWordWrap(true);
        auto* change = new QPushButton(tr("Change segment"));
        change->setObjectName(u"changeSegment"_s);
        Theme::setRole(change, "action");
        connect(change, &QPushButton::clicked, this, [this] { m_tabs->setCurrentIndex(growTab); });
        card->layout()->addWidget(text);
        card->layout()->addWidget(change);
        layout->addWidget(card);
        layout->addStretch(1);
        return page;
    }
    for (SubSegment sub : allSubSegments)
        if (isOwnSegment(segmentOf(sub)) == own)
            addCard(layout, context, sub);
    layout->addStretch(1);
    return page;
}

void GoalPage::addCard(QVBoxLayout* layout, const WizardContext& context, SubSegment sub)
{
    const std::vector<RecommendedAction> actions = RecommendedActions::actionsFor(sub, context.subscription(), context.today);
    if (actions.empty())
        return;
    const RecommendedAction action = actions.front(); // the one the seller's plan allows
    const qint64 buyers = context.buyersIn(sub);
    auto* card = new QPushButton(tr("%1 · %2 buyers\n%3").arg(subSegmentName(sub), QLocale().toString(buyers), action.title()));
    card->setObjectName(u"preset_"_s + subSegmentCode(sub));
    Theme::setRole(card, "action");
    card->setMinimumHeight(56);
    card->setToolTip(subSegmentDescription(sub));
    if (buyers == 0) {
        card->setEnabled(false);
        card->setToolTip(tr("No buyers in this segment now, so there is no one to send to."));
    }
    connect(card, &QPushButton::clicked, this, [this, action] { emit presetChosen(action); });
    layout->addWidget(card);
}

} // namespace sellercrm
