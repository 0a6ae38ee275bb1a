#include "wizard/GoalPage.h"

#include "DraftStore.h"
#include "OfferTitles.h"
#include "components/Theme.h"
#include "wizard/WizardContext.h"

#include <QGridLayout>
#include <QHBoxLayout>
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
    , m_drafts(Theme::makeCard(this, u"draftsCard"_s))
    , m_draftRows(new QVBoxLayout)
{
    setObjectName(u"goalPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto* title = new QLabel(tr("Create a mailing or banner"));
    Theme::setRole(title, "h1");
    layout->addWidget(title);
    auto* draftsTitle = new QLabel(tr("Your drafts"));
    Theme::setRole(draftsTitle, "h3");
    m_draftRows->setContentsMargins(0, 0, 0, 0);
    m_draftRows->setSpacing(8);
    m_drafts->layout()->addWidget(draftsTitle);
    static_cast<QVBoxLayout*>(m_drafts->layout())->addLayout(m_draftRows);
    m_drafts->setVisible(false);
    layout->addSpacing(8);
    layout->addWidget(m_drafts);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("What do you want to achieve?")));
    m_tabs->setObjectName(u"goalTabs"_s);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("Bring buyers back / grow loyalty"));
    m_tabs->addTab(tr("Grow the buyer base"));
    layout->addWidget(m_tabs);
    m_pages->addWidget(buildTab(context, true));
    m_pages->addWidget(buildTab(context, false));
    layout->addWidget(m_pages);
    auto* scratch = new QPushButton(tr("Create from scratch"));
    scratch->setObjectName(u"createFromScratch"_s);
    Theme::setRole(scratch, "primary");
    connect(scratch, &QPushButton::clicked, this, [this] { emit scratchChosen(goalCode(m_tabs->currentIndex())); });
    layout->addSpacing(8);
    layout->addWidget(scratch, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_tabs, &QTabBar::currentChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Without own buyers the Potential tab is where something can be done.
    if (context.audienceSize(Audience::allOwnBuyers()).total() == 0
        && context.buyersIn(Segment::Potential) > 0)
        m_tabs->setCurrentIndex(growTab);
}

void GoalPage::setDrafts(const QList<Draft>& drafts)
{
    // A row may be the sender of the click that led here: taken out now, deleted later.
    while (QLayoutItem* item = m_draftRows->takeAt(0)) {
        if (QWidget* row = item->widget()) {
            row->hide();
            row->setParent(nullptr);
            row->deleteLater();
        }
        delete item;
    }
    const QLocale locale;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const Draft& draft = drafts.at(i);
        auto* row = new QWidget;
        row->setObjectName(u"draft_%1"_s.arg(i));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* texts = new QVBoxLayout;
        texts->setSpacing(2);
        auto* title = new QLabel(draft.title);
        title->setObjectName(u"draftTitle_%1"_s.arg(i));
        title->setWordWrap(true);
        auto* saved = new QLabel(tr("Stopped at step %1 of 3 · saved %2")
                                     .arg(draft.data.value(u"step"_s).toInt() + 1)
                                     .arg(locale.toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        saved->setObjectName(u"draftSaved_%1"_s.arg(i));
        Theme::setRole(saved, "caption");
        texts->addWidget(title);
        texts->addWidget(saved);
        auto* open = new QPushButton(tr("Continue"));
        open->setObjectName(u"draftOpen_%1"_s.arg(i));
        Theme::setRole(open, "action");
        auto* remove = new QPushButton(tr("Delete"));
        remove->setObjectName(u"draftDelete_%1"_s.arg(i));
        Theme::setRole(remove, "link");
        const QString id = draft.id;
        connect(open, &QPushButton::clicked, this, [this, id] { emit draftChosen(id); });
        connect(remove, &QPushButton::clicked, this, [this, id] { emit draftDeleteRequested(id); });
        rowLayout->addLayout(texts, 1);
        rowLayout->addWidget(open);
        rowLayout->addSpacing(8);
        rowLayout->addWidget(remove);
        m_draftRows->addWidget(row);
    }
    m_drafts->setVisible(!drafts.isEmpty());
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
    // Two cards a row: a card reads as one block, not a line across the window.
    auto* cards = new QGridLayout;
    cards->setSpacing(12);
    for (int column = 0; column < cardColumns; ++column)
        cards->setColumnStretch(column, 1);
    for (SubSegment sub : allSubSegments)
        if (isOwnSegment(segmentOf(sub)) == own)
            addCard(cards, context, sub);
    layout->addLayout(cards);
    layout->addStretch(1);
    return page;
}

void GoalPage::addCard(QGridLayout* cards, const WizardContext& context, SubSegment sub)
{
    const std::vector<RecommendedAction> actions = RecommendedActions::actionsFor(sub, context.subscription(), context.today);
    if (actions.empty())
        return;
    const RecommendedAction action = actions.front(); // the one the seller's plan allows
    const qint64 buyers = context.buyersIn(sub);
    auto* card = new QPushButton(tr("%1 · %2 buyers\n%3").arg(subSegmentName(sub), QLocale().toString(buyers), action.title()));
    card->setObjectName(u"preset_"_s + subSegmentCode(sub));
    Theme::setRole(card, "action");
    card->setMinimumHeight(64);
    card->setToolTip(subSegmentDescription(sub));
    if (buyers == 0) {
        card->setEnabled(false);
        card->setToolTip(tr("No buyers in this segment now, so there is no one to send to."));
    }
    connect(card, &QPushButton::clicked, this, [this, action] { emit presetChosen(action); });
    const int index = cards->count();
    cards->addWidget(card, index / cardColumns, index % cardColumns);
}

} // namespace sellercrm
