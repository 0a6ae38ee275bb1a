#include "segments/SegmentPage.h"

#include "components/DisplayFormat.h"
#include "components/DynamicsView.h"
#include "components/ElidedLabel.h"
#include "components/Icons.h"
#include "components/Theme.h"
#include "segments/SegmentActions.h"
#include "segments/SegmentTexts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

SegmentPage::SegmentPage(DashboardModel* model, SubSegment subSegment, QWidget* parent)
    : DashboardPage(model, parent)
    , m_subSegment(subSegment)
    , m_description(new QLabel(this))
    , m_rule(new QLabel(this))
{
    setObjectName(u"segmentPage_"_s + subSegmentCode(subSegment));
    auto* back = makeLinkButton(tr("Segments"), this);
    back->setObjectName(u"backToSegments"_s);
    back->setIcon(Icons::icon(u"chevron-left"_s, Theme::color(u"accent"_s)));
    connect(back, &QPushButton::clicked, this, [this] { emit navigateRequested(u"segments"_s); });
    m_description->setObjectName(u"segmentDescription"_s);
    m_description->setWordWrap(true);
    m_rule->setObjectName(u"segmentRule"_s);
    m_rule->setWordWrap(true);
    auto* ruleTile = new QFrame(this);
    Theme::setRole(ruleTile, "tile");
    auto* ruleLayout = new QHBoxLayout(ruleTile);
    ruleLayout->setContentsMargins(14, 10, 14, 10);
    ruleLayout->setSpacing(10);
    auto* info = new QLabel(ruleTile);
    info->setPixmap(Icons::pixmap(u"info"_s, 18, Theme::color(u"accent"_s)));
    ruleLayout->addWidget(info, 0, Qt::AlignTop);
    ruleLayout->addWidget(m_rule, 1);
    headerLayout()->insertWidget(0, back, 0, Qt::AlignLeft);
    headerLayout()->addWidget(m_description);
    headerLayout()->addWidget(ruleTile);
}

QString SegmentPage::title() const
{
    return SegmentTexts::pageTitle(m_subSegment);
}

QString SegmentPage::subtitle(const DashboardData& dashboard) const
{
    const Segment segment = segmentOf(m_subSegment);
    if (m_subSegment == SubSegment::New)
        return tr("Over the last 90 days, as of %1").arg(DisplayFormat::date(dashboard.segmentation.asOf));
    return tr("Part of %1 · over the last 90 days, as of %2")
        .arg(SegmentTexts::title(segment), DisplayFormat::date(dashboard.segmentation.asOf));
}

QString SegmentPage::emptyTitle() const
{
    return tr("No buyers in this segment yet");
}

QString SegmentPage::emptyText() const
{
    return tr("Buyers appear here as soon as someone matches the rule above. There is nobody to send a mailing "
              "or banner to yet.");
}

void SegmentPage::updateHeaderExtras(const DashboardData* dashboard)
{
    m_description->setText(subSegmentDescription(m_subSegment));
    RegularThresholds thresholds;
    if (dashboard) {
        thresholds.avgCheckHighKopecks = dashboard->segmentation.avgCheckHighKopecks;
        thresholds.avgCheckLowKopecks = dashboard->segmentation.avgCheckLowKopecks;
        thresholds.ordersHigh = dashboard->segmentation.ordersHigh;
        thresholds.regularBuyers = int(dashboard->segmentation.regularBuyers);
    }
    m_rule->setText(subSegmentRuleText(m_subSegment, thresholds, QLocale()));
    m_rule->parentWidget()->setVisible(dashboard != nullptr);
    m_description->setVisible(true);
}

QWidget* SegmentPage::makeMetrics(const SegmentFigures& figures, QWidget* parent)
{
    QFrame* card = Theme::makeCard(parent, u"metricsCard"_s);
    auto* layout = qobject_cast<QVBoxLayout*>(card->layout());
    auto* title = new QLabel(tr("Metrics"), card);
    Theme::setRole(title, "h2");
    layout->addWidget(title);
    struct Metric
    {
        QString label;
        QString value;
        QString tip;
        QString name;
    };
    QList<Metric> metrics = {
        { tr("Buyers"), DisplayFormat::count(figures.buyers), tr("Buyers in this segment now"), u"metricBuyers"_s },
        { tr("Share of all buyers"), DisplayFormat::percent(figures.share),
          tr("This segment's buyers among all buyers who know your store"), u"metricShare"_s },
        { tr("Revenue"), DisplayFormat::money(figures.revenueKopecks),
          tr("The sum of this segment's orders in 90 days, without cancelled and returned ones"), u"metricRevenue"_s },
        { tr("Share of revenue"), DisplayFormat::percent(figures.revenueShare), tr("This segment's part of your revenue"),
          u"metricRevenueShare"_s },
        { tr("Average check"), DisplayFormat::money(figures.avgCheckKopecks), tr("Revenue divided by the number of orders"),
          u"metricAvgCheck"_s },
        { tr("Orders per buyer"), DisplayFormat::decimal(figures.ordersPerBuyer),
          tr("Orders in 90 days divided by the number of buyers"), u"metricOrdersPerBuyer"_s },
    };
    if (segmentOf(m_subSegment) == Segment::Potential) {
        metrics.append({ tr("Interest events"), DisplayFormat::count(figures.interestEvents),
                         tr("Views, carts and favourites of your products or categories in 90 days"),
                         u"metricInterestEvents"_s });
    }
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    const int columns = 4;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const Metric& m = metrics.at(i);
        auto* tile = new QFrame(card);
        Theme::setRole(tile, "tile");
        tile->setToolTip(m.tip);
        auto* tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(14, 12, 14, 12);
        tileLayout->setSpacing(4);
        auto* label = new ElidedLabel(m.label, tile);
        label->setExtraToolTip(m.tip);
        Theme::setRole(label, "caption");
        auto* value = new QLabel(m.value, tile);
        value->setObjectName(m.name);
        Theme::setRole(value, "h2");
        tileLayout->addWidget(label);
        tileLayout->addWidget(value);
        grid->addWidget(tile, int(i / columns), int(i % columns));
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);
    return card;
}

bool SegmentPage::buildBody(QVBoxLayout* body, const DashboardData& dashboard)
{
    QWidget* parent = body->parentWidget();
    const Segment segment = segmentOf(m_subSegment);
    const SegmentFigures figures = dashboard.segmentation.figures(segmentCode(segment), subSegmentCode(m_subSegment));
    if (figures.buyers == 0)
        return false;
    body->addWidget(makeMetrics(figures, parent));

    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    QFrame* dynamics = Theme::makeCard(parent, u"dynamicsCard"_s);
    auto* dynamicsTitle = new QLabel(tr("Dynamics"), dynamics);
    Theme::setRole(dynamicsTitle, "h2");
    dynamics->layout()->addWidget(dynamicsTitle);
    dynamics->layout()->addWidget(new DynamicsView(figures, DynamicsView::Style::Full, dynamics));
    qobject_cast<QVBoxLayout*>(dynamics->layout())->addStretch(1);
    row->addWidget(dynamics, 1);

    QFrame* actions = Theme::makeCard(parent, u"actionsCard"_s);
    auto* actionsLayout = qobject_cast<QVBoxLayout*>(actions->layout());
    auto* actionsTitle = new QLabel(tr("Recommended actions"), actions);
    Theme::setRole(actionsTitle, "h2");
    actionsLayout->addWidget(actionsTitle);
    auto* actionsHint = new QLabel(tr("Opens the last step of the wizard with the audience and the offer filled in."),
                                   actions);
    actionsHint->setWordWrap(true);
    Theme::setRole(actionsHint, "muted");
    actionsLayout->addWidget(actionsHint);
    for (const SegmentAction& action : SegmentActions::forSubSegment(m_subSegment, dashboard.seller))
        actionsLayout->addWidget(makeActionButton(action.text, action.preset, action.premiumLocked, actions));
    actionsLayout->addStretch(1);
    row->addWidget(actions, 1);

    QFrame* explore = Theme::makeCard(parent, u"exploreCard"_s);
    auto* exploreLayout = qobject_cast<QVBoxLayout*>(explore->layout());
    auto* exploreTitle = new QLabel(tr("Explore these buyers"), explore);
    Theme::setRole(exploreTitle, "h2");
    exploreLayout->addWidget(exploreTitle);
    auto* portrait = makeLinkButton(tr("Buyer portrait of this segment"), explore);
    portrait->setObjectName(u"openPortrait"_s);
    portrait->setIcon(Icons::icon(u"portrait"_s, Theme::color(u"accent"_s)));
    connect(portrait, &QPushButton::clicked, this, [this] { emit subSegmentEntryRequested(u"portrait"_s, subSegmentCode(m_subSegment)); });
    auto* buyers = makeLinkButton(tr("Buyers list filtered by this segment"), explore);
    buyers->setObjectName(u"openBuyers"_s);
    buyers->setIcon(Icons::icon(u"buyers"_s, Theme::color(u"accent"_s)));
    connect(buyers, &QPushButton::clicked, this, [this] { emit subSegmentEntryRequested(u"buyers"_s, subSegmentCode(m_subSegment)); });
    exploreLayout->addWidget(portrait);
    exploreLayout->addWidget(buyers);
    exploreLayout->addStretch(1);
    row->addWidget(explore, 1);
    body->addLayout(row);
    return true;
}

} // namespace sellercrm
