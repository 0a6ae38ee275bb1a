#include "segments/SegmentsPage.h"

#include "KeySegment.h"
#include "components/ChartFactory.h"
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

SegmentsPage::SegmentsPage(DashboardModel* model, QWidget* parent)
    : DashboardPage(model, parent)
{
    setObjectName(u"segmentsPage"_s);
}

QString SegmentsPage::title() const
{
    return tr("Buyer segments");
}

QWidget* SegmentsPage::makeSegmentCard(Segment segment, const DashboardData& dashboard, bool key, QWidget* parent)
{
    const QString code = segmentCode(segment);
    const SegmentFigures figures = dashboard.segmentation.figures(code);
    QFrame* card = Theme::makeCard(parent, u"segmentCard_"_s + code);
    Theme::setFlag(card, "key", key);
    auto* layout = qobject_cast<QVBoxLayout*>(card->layout());
    auto* name = new ElidedLabel(SegmentTexts::title(segment), card);
    name->setObjectName(u"segmentName"_s);
    Theme::setRole(name, "h2");
    name->setExtraToolTip(SegmentTexts::description(segment));
    layout->addWidget(name);
    if (key) {
        // On a line of its own under the name: beside it, the badge left the name too little
        // room in a third of the page (long names in Russian).
        auto* badge = new QLabel(tr("Key segment"), card);
        badge->setObjectName(u"keySegmentBadge"_s);
        Theme::setRole(badge, "badge");
        badge->setToolTip(keySegmentExplanation({ dashboard.segmentation.regularMin, dashboard.segmentation.newMin }, QLocale()));
        layout->addWidget(badge, 0, Qt::AlignLeft);
    }
    auto* description = new QLabel(SegmentTexts::description(segment), card);
    description->setWordWrap(true);
    description->setMinimumHeight(description->fontMetrics().lineSpacing() * 3);
    description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    Theme::setRole(description, "muted");
    layout->addWidget(description);

    auto* sizeRow = new QHBoxLayout;
    auto* buyers = new QLabel(DisplayFormat::count(figures.buyers), card);
    buyers->setObjectName(u"segmentBuyers"_s);
    Theme::setRole(buyers, "bigNumber");
    auto* share = new QLabel(tr("buyers · %1 of all").arg(DisplayFormat::percent(figures.share)), card);
    Theme::setRole(share, "caption");
    sizeRow->addWidget(buyers);
    sizeRow->addWidget(share, 0, Qt::AlignBottom);
    sizeRow->addStretch(1);
    layout->addLayout(sizeRow);
    layout->addWidget(new DynamicsView(figures, DynamicsView::Style::Full, card));

    auto* divider = new QFrame(card);
    divider->setFrameShape(QFrame::HLine);
    divider->setStyleSheet(u"color: %1"_s.arg(Theme::color(u"border"_s).name()));
    layout->addWidget(divider);
    auto* recommended = new QLabel(tr("Recommended actions"), card);
    Theme::setRole(recommended, "h3");
    layout->addWidget(recommended);
    for (SubSegment sub : allSubSegments) {
        if (segmentOf(sub) != segment)
            continue;
        const SegmentFigures subFigures = dashboard.segmentation.figures(code, subSegmentCode(sub));
        auto* row = new QHBoxLayout;
        row->addWidget(makeSubSegmentLink(sub, card), 1);
        auto* count = new QLabel(DisplayFormat::count(subFigures.buyers), card);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        Theme::setRole(count, "number");
        row->addWidget(count);
        layout->addLayout(row);
        layout->addLayout(makeActionsRow(sub, dashboard, tr("No buyers yet"), card));
    }
    layout->addStretch(1);
    return card;
}

QWidget* SegmentsPage::makeKeyBlock(Segment key, const DashboardData& dashboard, QWidget* parent)
{
    const QString code = segmentCode(key);
    QFrame* card = Theme::makeCard(parent, u"keySegmentBlock"_s);
    Theme::setFlag(card, "key", true);
    auto* layout = qobject_cast<QVBoxLayout*>(card->layout());
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("Key segment: %1").arg(SegmentTexts::title(key)), card);
    title->setObjectName(u"keySegmentTitle"_s);
    Theme::setRole(title, "h2");
    auto* info = new QLabel(card);
    info->setObjectName(u"keySegmentInfo"_s);
    info->setPixmap(Icons::pixmap(u"info"_s, 18, Theme::color(u"muted"_s)));
    info->setToolTip(keySegmentExplanation({ dashboard.segmentation.regularMin, dashboard.segmentation.newMin }, QLocale()));
    head->addWidget(title);
    head->addWidget(info);
    head->addStretch(1);
    layout->addLayout(head);
    auto* lead = new QLabel(tr("The audience worth your attention first, by sub-segment, with what to send them."), card);
    Theme::setRole(lead, "muted");
    layout->addWidget(lead);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(12);
    const QStringList headers = { tr("Sub-segment"), tr("Buyers"), tr("Change in 30 days"), tr("Recommended action") };
    for (int c = 0; c < headers.size(); ++c) {
        auto* h = new QLabel(headers.at(c), card);
        Theme::setRole(h, "caption");
        h->setAlignment((c == 1 || c == 2) ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
        grid->addWidget(h, 0, c);
    }
    int row = 1;
    for (SubSegment sub : allSubSegments) {
        if (segmentOf(sub) != key)
            continue;
        const SegmentFigures figures = dashboard.segmentation.figures(code, subSegmentCode(sub));
        auto* nameBox = new QVBoxLayout;
        nameBox->setSpacing(2);
        nameBox->addWidget(makeSubSegmentLink(sub, card));
        // Wrapped: the column is too narrow for the longer Russian descriptions on one line.
        auto* description = new QLabel(subSegmentDescription(sub), card);
        description->setObjectName(u"keySubSegmentDescription"_s);
        description->setWordWrap(true);
        Theme::setRole(description, "caption");
        nameBox->addWidget(description);
        grid->addLayout(nameBox, row, 0);
        auto* count = new QLabel(DisplayFormat::count(figures.buyers), card);
        count->setObjectName(u"keySubSegmentBuyers_"_s + subSegmentCode(sub));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        Theme::setRole(count, "number");
        grid->addWidget(count, row, 1);
        auto* net = new QLabel(DisplayFormat::signedCount(figures.net()), card);
        net->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        net->setToolTip(DynamicsView::summary(figures));
        Theme::setRole(net, figures.net() > 0 ? "up" : (figures.net() < 0 ? "down" : "flat"));
        grid->addWidget(net, row, 2);
        grid->addLayout(makeActionsRow(sub, dashboard, tr("No buyers in this sub-segment yet"), card), row, 3);
        ++row;
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(3, 4);
    grid->setColumnMinimumWidth(1, 90);
    grid->setColumnMinimumWidth(2, 120);
    layout->addLayout(grid);
    return card;
}

QWidget* SegmentsPage::makeChart(const DashboardData& dashboard, QWidget* parent)
{
    QFrame* card = Theme::makeCard(parent, u"chartCard"_s);
    auto* layout = qobject_cast<QVBoxLayout*>(card->layout());
    auto* title = new QLabel(tr("Sub-segment sizes"), card);
    Theme::setRole(title, "h2");
    layout->addWidget(title);
    QList<ChartFactory::Bar> bars;
    for (SubSegment sub : allSubSegments) {
        const Segment segment = segmentOf(sub);
        const SegmentFigures figures = dashboard.segmentation.figures(segmentCode(segment), subSegmentCode(sub));
        bars.append({ SegmentTexts::pageTitle(sub), figures.buyers, int(segment) });
    }
    layout->addWidget(ChartFactory::subSegmentSizes(bars, card));
    return card;
}

bool SegmentsPage::buildBody(QVBoxLayout* body, const DashboardData& dashboard)
{
    QWidget* parent = body->parentWidget();
    const std::optional<Segment> key = segmentFromCode(dashboard.segmentation.keySegment);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    for (Segment segment : allSegments)
        cards->addWidget(makeSegmentCard(segment, dashboard, key == segment, parent), 1);
    body->addLayout(cards);
    if (key)
        body->addWidget(makeKeyBlock(*key, dashboard, parent));
    body->addWidget(makeChart(dashboard, parent));
    return true;
}

} // namespace sellercrm
