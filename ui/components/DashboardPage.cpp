#include "components/DashboardPage.h"

#include "SyncStatusModel.h"
#include "components/Banner.h"
#include "components/DisplayFormat.h"
#include "components/Icons.h"
#include "components/PageStateStack.h"
#include "components/Theme.h"
#include "segments/SegmentActions.h"
#include "segments/SegmentTexts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

DashboardPage::DashboardPage(DashboardModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_headerLayout(new QVBoxLayout)
    , m_offline(new Banner(u"offline"_s, this))
    , m_scroll(new QScrollArea)
{
    m_title->setObjectName(u"pageTitle"_s);
    Theme::setRole(m_title, "h1");
    m_subtitle->setObjectName(u"pageSubtitle"_s);
    Theme::setRole(m_subtitle, "muted");
    m_create->setObjectName(u"createButton"_s);
    m_create->setText(tr("Create a mailing or banner"));
    m_create->setIcon(Icons::icon(u"plus"_s, QColor(Qt::white)));
    Theme::setRole(m_create, "primary");
    connect(m_create, &QPushButton::clicked, this, [this] { emit actionRequested(WizardPreset{}); });
    m_offline->setObjectName(u"offlineBanner"_s);
    m_offline->setVisible(false);

    m_scroll->setObjectName(u"pageScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_states = new PageStateStack(m_scroll, this);
    connect(m_states, &PageStateStack::retryRequested, m_model, &DashboardModel::retry);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto* header = new QHBoxLayout;
    header->setSpacing(16);
    header->addLayout(titles, 1);
    header->addWidget(m_create, 0, Qt::AlignTop);

    auto* top = new QVBoxLayout;
    top->setContentsMargins(32, 28, 32, 8);
    top->setSpacing(14);
    top->addLayout(header);
    m_headerLayout->setSpacing(12);
    top->addLayout(m_headerLayout);
    top->addWidget(m_offline);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_states, 1);

    connect(m_model, &DashboardModel::changed, this, &DashboardPage::refresh);
    connect(m_model->status(), &SyncStatusModel::changed, this, &DashboardPage::updateOfflineBanner);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::subtitle(const DashboardData& dashboard) const
{
    return tr("Buyers over the last 90 days, as of %1").arg(DisplayFormat::date(dashboard.segmentation.asOf));
}

QString DashboardPage::emptyTitle() const
{
    return tr("No buyers yet");
}

QString DashboardPage::emptyText() const
{
    return tr("Segments appear once buyers order from you or look at your products. Check back after your "
              "first orders.");
}

void DashboardPage::updateHeaderExtras(const DashboardData*)
{
}

bool DashboardPage::isReadOnly() const
{
    return m_model->status()->isReadOnly();
}

void DashboardPage::applyReadOnly(QPushButton* button)
{
    if (!isReadOnly())
        return;
    button->setEnabled(false);
    button->setToolTip(tr("This is a read-only support snapshot: sending is disabled."));
}

QPushButton* DashboardPage::makeActionButton(const QString& text, const WizardPreset& preset, bool premiumLocked,
                                             QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    Theme::setRole(button, "action");
    button->setProperty("subsegment", preset.subsegment);
    button->setCursor(Qt::PointingHandCursor);
    if (premiumLocked) {
        button->setObjectName(u"premiumAction"_s);
        Theme::setFlag(button, "premium", true);
        button->setIcon(Icons::icon(u"premium"_s, Theme::color(u"premium"_s)));
        button->setToolTip(tr("Available with the Premium Plus subscription. Click to see what it gives."));
        connect(button, &QPushButton::clicked, this, &DashboardPage::premiumRequested);
    } else {
        button->setObjectName(u"recommendedAction"_s);
        button->setIcon(Icons::icon(u"megaphone"_s, Theme::color(u"accent"_s)));
        connect(button, &QPushButton::clicked, this, [this, preset] { emit actionRequested(preset); });
    }
    applyReadOnly(button);
    return button;
}

QPushButton* DashboardPage::makeLinkButton(const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    Theme::setRole(button, "link");
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QPushButton* DashboardPage::makeSubSegmentLink(SubSegment sub, QWidget* parent)
{
    auto* link = makeLinkButton(SegmentTexts::pageTitle(sub), parent);
    link->setObjectName(u"subSegmentLink_"_s + subSegmentCode(sub));
    link->setToolTip(subSegmentDescription(sub));
    connect(link, &QPushButton::clicked, this, [this, sub] { emit navigateRequested(u"segment:"_s + subSegmentCode(sub)); });
    return link;
}

QHBoxLayout* DashboardPage::makeActionsRow(SubSegment sub, const DashboardData& dashboard, const QString& emptyText,
                                           QWidget* parent)
{
    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    const SegmentFigures figures = dashboard.segmentation.figures(segmentCode(segmentOf(sub)), subSegmentCode(sub));
    if (figures.buyers == 0) {
        auto* none = new QLabel(emptyText, parent);
        Theme::setRole(none, "muted");
        actions->addWidget(none);
    } else {
        for (const SegmentAction& action : SegmentActions::forSubSegment(sub, dashboard.seller))
            actions->addWidget(makeActionButton(action.text, action.preset, action.premiumLocked, parent));
    }
    actions->addStretch(1);
    return actions;
}

void DashboardPage::updateOfflineBanner()
{
    const SyncStatusModel* status = m_model->status();
    const bool offline = !status->isOnline() && !status->isReadOnly() && status->lastSync().isValid();
    if (offline) {
        m_offline->setText(tr("You are offline. Showing the data of the last sync, %1 (%2). New mailings and "
                              "banners wait in the outbox until the connection returns.")
                               .arg(DisplayFormat::age(status->lastSync()),
                                    QLocale().toString(status->lastSync().toLocalTime(), QLocale::ShortFormat)));
    }
    m_offline->setVisible(offline);
}

void DashboardPage::refresh()
{
    m_title->setText(title());
    const DashboardData* dashboard = m_model->state() == DashboardModel::State::Ready
                                        || m_model->state() == DashboardModel::State::Empty
                                    ? &m_model->data()
                                    : nullptr;
    m_subtitle->setText(dashboard ? subtitle(*dashboard) : QString());
    m_subtitle->setVisible(dashboard != nullptr);
    updateHeaderExtras(dashboard);
    updateOfflineBanner();
    m_create->setVisible(m_model->state() == DashboardModel::State::Ready);
    applyReadOnly(m_create);
    if (!isReadOnly()) {
        m_create->setEnabled(true);
        m_create->setToolTip(QString());
    }

    switch (m_model->state()) {
    case DashboardModel::State::Loading:
        m_states->showLoading();
        return;
    case DashboardModel::State::Error:
        m_states->showError(m_model->errorText());
        return;
    case DashboardModel::State::Empty:
        m_states->showEmpty(emptyTitle(), emptyText());
        return;
    case DashboardModel::State::Ready:
        break;
    }
    auto* bodyWidget = new QWidget;
    bodyWidget->setObjectName(u"pageScrollBody"_s);
    auto* body = new QVBoxLayout(bodyWidget);
    body->setContentsMargins(32, 8, 32, 32);
    body->setSpacing(16);
    const bool hasSubject = buildBody(body, m_model->data());
    body->addStretch(1);
    m_scroll->setWidget(bodyWidget);
    if (hasSubject) {
        m_states->showContent();
    } else {
        m_create->setVisible(false);
        m_states->showEmpty(emptyTitle(), emptyText());
    }
}

} // namespace sellercrm
