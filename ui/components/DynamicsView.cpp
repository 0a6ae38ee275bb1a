#include "components/DynamicsView.h"

#include "components/DisplayFormat.h"
#include "components/ElidedLabel.h"
#include "components/Icons.h"
#include "components/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {
const char* trendRole(qint64 value)
{
    return value > 0 ? "up" : (value < 0 ? "down" : "flat");
}
} // namespace

QString DynamicsView::summary(const SegmentFigures& figures)
{
    return tr("In 30 days: joined %1, left %2, net change %3")
        .arg(DisplayFormat::signedCount(figures.joined), DisplayFormat::signedCount(-figures.left),
             DisplayFormat::signedCount(figures.net()));
}

DynamicsView::DynamicsView(const SegmentFigures& figures, Style style, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"dynamics"_s);
    setToolTip(summary(figures));
    if (style == Style::Compact) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        const qint64 net = figures.net();
        auto* arrow = new QLabel(this);
        const QString color = net > 0 ? u"success"_s : (net < 0 ? u"danger"_s : u"muted"_s);
        arrow->setPixmap(Icons::pixmap(net < 0 ? u"arrow-down"_s : u"arrow-up"_s, 14, Theme::color(color)));
        arrow->setVisible(net != 0);
        auto* value = new QLabel(DisplayFormat::signedCount(net), this);
        value->setObjectName(u"dynamicsNet"_s);
        Theme::setRole(value, trendRole(net));
        auto* caption = new QLabel(tr("in 30 days"), this);
        Theme::setRole(caption, "caption");
        layout->addWidget(arrow);
        layout->addWidget(value);
        layout->addWidget(caption);
        layout->addStretch(1);
        return;
    }
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    const struct
    {
        QString label;
        qint64 value;
        const char* name;
    } rows[] = {
        { tr("Joined in 30 days"), figures.joined, "dynamicsJoined" },
        { tr("Left in 30 days"), -figures.left, "dynamicsLeft" },
        { tr("Net change"), figures.net(), "dynamicsNet" },
    };
    int row = 0;
    for (const auto& r : rows) {
        auto* label = new ElidedLabel(r.label, this);
        Theme::setRole(label, "muted");
        auto* value = new QLabel(DisplayFormat::signedCount(r.value), this);
        value->setObjectName(QString::fromLatin1(r.name));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        Theme::setRole(value, trendRole(r.value));
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row, 1);
        ++row;
    }
    grid->setColumnStretch(0, 1);
}

} // namespace sellercrm
