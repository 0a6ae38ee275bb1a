#include "home/HomePage.h"

#include "KeySegment.h"
#include "components/DisplayFormat.h"
#include "components/DynamicsView.h"
#include "components/ElidedLabel.h"
#include "components/Icons.h"
#include "components/Theme.h"
#include "segments/SegmentTexts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

HomePage::HomePage(DashboardModel* model, QWidget* parent)
    : DashboardPage(model, parent)
{
    setObjectName(u"homePage"_s);
}

QString HomePage::title() const
{
    return tr("Home");
}

QWidget* HomePage::makeSegmentTile(Segment segment, const DashboardData& dashboard, bool key, QWidget* parent)
{
    const SegmentFigures figures = dashboard.segmentation.figures(segmentCode(segment));
    auto* tile = new QFrame(parent);
    tile->setObjectName(u"segmentTile_"_s + segmentCode(segment));
    Theme::setRole(tile, key ? "card" : "tile");
    Theme::setFlag(tile, "key", key);
    tile->setToolTip(SegmentTexts::description(segment));
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    auto* head = new QHBoxLayout;
    auto* name = new ElidedLabel(SegmentTexts::title(segment), tile);
    name->setObjectName(u"tileName"_s);
    Theme::setRole(name, "h3");
    head->addWidget(name, 1);
    layout->addLayout(head);
    // The badge sits beside the number, so the segment's name keeps the whole width (long in Russian).
    auto* figureRow = new QHBoxLayout;
    auto* buyers = new QLabel(DisplayFormat::count(figures.buyers), tile);
    buyers->setObjectName(u"tileBuyers"_s);
    Theme::setRole(buyers, "bigNumber");
    figureRow->addWidget(buyers);
    figureRow->addStretch(1);
    if (key) {
        auto* badge = new QLabel(tr("Key segment"), tile);
        badge->setObjectName(u"keySegmentBadge"_s);
        Theme::setRole(badge, "badge");
        const KeySegmentRule rule{ dashboard.segmentation.regularMin, dashboard.segmentation.newMin };
        badge->setToolTip(keySegmentExplanation(rule, QLocale()));
        figureRow->addWidget(badge, 0, Qt::AlignVCenter);
    }
    layout->addLayout(figureRow);
    auto* share = new QLabel(tr("buyers · %1 of all").arg(DisplayFormat::percent(figures.share)), tile);
    Theme::setRole(share, "caption");
    layout->addWidget(share);
    layout->addWidget(new DynamicsView(figures, DynamicsView::Style::Compact, tile));
    return tile;
}

QWidget* HomePage::makeKeyActions(Segment key, const DashboardData& dashboard, QWidget* parent)
{
    QFrame* card = Theme::makeCard(parent, u"keyActionsCard"_s);
    auto* layout = qobject_cast<QVBoxLayout*>(card->layout());
    auto* title = new QLabel(tr("What to do for your %1").arg(SegmentTexts::title(key).toLower()), card);
    Theme::setRole(title, "h2");
    layout->addWidget(title);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    int row = 0;
    for (SubSegment sub : allSubSegments) {
        if (segmentOf(sub) != key)
            continue;
        const SegmentFigures figures = dashboard.segmentation.figures(segmentCode(key), subSegmentCode(sub));
        auto* name = makeSubSegmentLink(sub, card);
        auto* count = new QLabel(DisplayFormat::count(figures.buyers), card);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        Theme::setRole(count, "number");
        grid->addWidget(name, row, 0);
        grid->addWidget(count, row, 1);
        grid->addLayout(makeActionsRow(sub, dashboard, tr("No buyers yet"), card), row, 2);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnMinimumWidth(1, 80);
    layout->addLayout(grid);
    return card;
}

QWidget* HomePage::makePromo(QWidget* parent)
{
    auto* promo = new QFrame(parent);
    promo->setObjectName(u"promoCard"_s);
    Theme::setRole(promo, "promo");
    auto* layout = new QHBoxLayout(promo);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(24);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(8);
    auto* title = new QLabel(tr("Talk to your buyers, not to everyone"), promo);
    Theme::setRole(title, "h2");
    auto* text = new QLabel(tr("Segments show who buys from you and how. Send a mailing, a banner or bonuses to the "
                               "right segment in three steps: start with a recommended action."),
                            promo);
    text->setWordWrap(true);
    texts->addWidget(title);
    texts->addWidget(text);
    layout->addLayout(texts, 1);
    auto* open = new QPushButton(tr("Explore segments"), promo);
    open->setObjectName(u"promoOpenSegments"_s);
    open->setStyleSheet(u"QPushButton { background: #FFFFFF; color: #2F5BFF; border: none; font-weight: 600; padding: 9px 18px; }"_s);
    connect(open, &QPushButton::clicked, this, [this] { emit navigateRequested(u"segments"_s); });
    auto* icon = new QLabel(promo);
    icon->setPixmap(Icons::pixmap(u"megaphone"_s, 56, QColor(Qt::white)));
    layout->addWidget(open, 0, Qt::AlignVCenter);
    layout->addWidget(icon, 0, Qt::AlignVCenter);
    return promo;
}

bool HomePage::buildBody(QVBoxLayout* body, const DashboardData& dashboard)
{
    QWidget* parent = body->parentWidget();
    const std::optional<Segment> key = segmentFromCode(dashboard.segmentation.keySegment);
    if (dashboard.communications == 0)
        body->addWidget(makePromo(parent));

    QFrame* metrics = Theme::makeCard(parent, u"keyMetricsWidget"_s);
    auto* layout = qobject_cast<QVBoxLayout*>(metrics->layout());
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("Your buyers by segment"), metrics);
    Theme::setRole(title, "h2");
    auto* all = makeLinkButton(tr("All segments"), metrics);
    all->setObjectName(u"openSegments"_s);
    all->setIcon(Icons::icon(u"chevron-right"_s, Theme::color(u"accent"_s)));
    all->setLayoutDirection(Qt::RightToLeft);
    connect(all, &QPushButton::clicked, this, [this] { emit navigateRequested(u"segments"_s); });
    head->addWidget(title, 1);
    head->addWidget(all);
    layout->addLayout(head);
    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(14);
    for (Segment segment : allSegments)
        tiles->addWidget(makeSegmentTile(segment, dashboard, key == segment, metrics), 1);
    layout->addLayout(tiles);
    body->addWidget(metrics);

    if (key)
        body->addWidget(makeKeyActions(*key, dashboard, parent));
    return true;
}

} // namespace sellercrm
