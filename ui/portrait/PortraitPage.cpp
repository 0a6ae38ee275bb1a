#include "portrait/PortraitPage.h"

#include "DashboardModel.h"
#include "Money.h"
#include "Segmentation.h"
#include "components/Dialogs.h"
#include "components/PageStateStack.h"
#include "components/Theme.h"
#include "components/Toast.h"
#include "portrait/ConditionBuilder.h"
#include "portrait/PortraitChartFactory.h"
#include "portrait/PortraitChartSettings.h"
#include "portrait/PortraitModel.h"
#include "portrait/PortraitSnapshot.h"
#include "portrait/SaveAudienceDialog.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr qsizetype shownRegions = 8;
// Height of a chart: nine bars with their labels and the value axis.
constexpr int chartHeight = 300;
// Narrower than this, the chart cards stand in one column.
constexpr int twoColumnsFrom = 1300;
constexpr qsizetype shownCategories = 8;

QString bucketLabel(int bucket, const QLocale& locale)
{
    const auto& bounds = PortraitAggregation::bucketBounds;
    if (bucket == 0)
        return PortraitPage::tr("under %1").arg(formatRoubles(bounds.front(), locale));
    if (bucket == PortraitAggregation::bucketCount - 1)
        return PortraitPage::tr("%1 and more").arg(formatRoubles(bounds.back(), locale));
    return PortraitPage::tr("%1–%2").arg(formatRoubles(bounds[std::size_t(bucket - 1)], locale),
                                         formatRoubles(bounds[std::size_t(bucket)], locale));
}

QToolButton* makeHintButton(const QString& hint, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(u"hintButton"_s);
    button->setText(u"?"_s);
    button->setAutoRaise(true);
    button->setToolTip(hint);
    button->setAccessibleName(PortraitPage::tr("About this chart"));
    return button;
}

} // namespace

PortraitPage::PortraitPage(PortraitModel* model, PortraitChartSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_settings(settings)
    , m_chooser(new QComboBox(this))
    , m_builder(new ConditionBuilder)
    , m_reach(new QLabel)
    , m_reachShare(new QLabel)
    , m_grid(new QGridLayout)
{
    setObjectName(u"portraitPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->setSpacing(16);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Buyer portrait"), this);
    Theme::setRole(title, "h1");
    header->addWidget(title);
    header->addSpacing(16);
    m_chooser->setObjectName(u"segmentChooser"_s);
    m_chooser->setToolTip(tr("The segment or sub-segment whose buyers the charts describe"));
    m_chooser->addItem(tr("All buyers"), u"all"_s);
    m_chooser->addItem(tr("All your buyers in 90 days"), u"own"_s);
    for (Segment segment : allSegments) {
        m_chooser->addItem(segmentName(segment), QString(u"segment:"_s + segmentCode(segment)));
        for (SubSegment sub : allSubSegments) {
            if (segmentOf(sub) == segment && !(segment == Segment::New && sub == SubSegment::New))
                m_chooser->addItem(u"    "_s + subSegmentName(sub),
                                   QString(u"subsegment:"_s + subSegmentCode(sub)));
        }
    }
    m_chooser->setCurrentIndex(1);
    header->addWidget(m_chooser);
    header->addStretch(1);
    auto* charts = new QToolButton(this);
    charts->setObjectName(u"chartsButton"_s);
    charts->setText(tr("Charts"));
    charts->setToolTip(tr("Choose which charts are shown"));
    charts->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(charts);
    for (const QString& id : PortraitChartSettings::chartIds()) {
        QAction* action = menu->addAction(chartTitle(id));
        action->setObjectName(u"showChart_"_s + id);
        action->setCheckable(true);
        action->setChecked(m_settings->isShown(id));
        connect(action, &QAction::toggled, this, [this, id](bool on) { m_settings->setShown(id, on); });
        m_showActions.insert(id, action);
    }
    charts->setMenu(menu);
    charts->setProperty("hasMenu", true);
    auto* saveAudience = new QPushButton(tr("Save audience"), this);
    saveAudience->setObjectName(u"saveAudienceButton"_s);
    saveAudience->setToolTip(tr("Keep these buyers under a name to choose them in the communication wizard"));
    connect(saveAudience, &QPushButton::clicked, this, &PortraitPage::askToSaveAudience);
    header->addWidget(saveAudience);
    header->addWidget(charts);
    layout->addLayout(header);

    // The content: reach, conditions and the chart cards, scrolled together.
    auto* content = new QWidget;
    content->setObjectName(u"portraitContent"_s);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(16);

    QFrame* reachCard = Theme::makeCard(content, u"reachCard"_s);
    auto* reachLayout = qobject_cast<QBoxLayout*>(reachCard->layout());
    auto* reachTitle = new QHBoxLayout;
    auto* reachLabel = new QLabel(tr("Reach"), reachCard);
    Theme::setRole(reachLabel, "caption");
    reachTitle->addWidget(reachLabel);
    QToolButton* reachHint = makeHintButton(
        tr("Reach: how many buyers of the chosen segment match the conditions. Every buyer is counted once, "
           "by an anonymous ID; the figures come from your local data as of the last sync."),
        reachCard);
    reachHint->setObjectName(u"reachHint"_s);
    reachTitle->addWidget(reachHint);
    reachTitle->addStretch(1);
    reachLayout->addLayout(reachTitle);
    m_reach->setObjectName(u"reachValue"_s);
    Theme::setRole(m_reach, "bigNumber");
    reachLayout->addWidget(m_reach);
    m_reachShare->setObjectName(u"reachShare"_s);
    Theme::setRole(m_reachShare, "muted");
    reachLayout->addWidget(m_reachShare);
    column->addWidget(reachCard);

    m_builder->setParent(content);
    column->addWidget(m_builder);

    m_grid->setSpacing(16);
    for (const QString& id : PortraitChartSettings::chartIds())
        m_cards.insert(id, makeCard(id, content));
    column->addLayout(m_grid);
    column->addStretch(1);
    // The scroll area must not squeeze the cards below their charts' height.
    column->setSizeConstraint(QLayout::SetMinimumSize);
    layoutCards();

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"portraitScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_states = new PageStateStack(scroll, this);
    m_states->setObjectName(u"portraitStates"_s);
    layout->addWidget(m_states, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setAudience(audienceFor(m_chooser->currentData().toString())); });
    connect(m_builder, &ConditionBuilder::conditionsChanged, m_model, &PortraitModel::setConditions);
    connect(m_model, &PortraitModel::stateChanged, this, &PortraitPage::showState);
    connect(m_model, &PortraitModel::resultChanged, this, &PortraitPage::showResult);
    connect(m_states, &PageStateStack::retryRequested, m_model, &PortraitModel::retry);
    connect(m_settings, &PortraitChartSettings::changed, this, &PortraitPage::layoutCards);

    m_model->setAudience(audienceFor(m_chooser->currentData().toString()));
    m_model->setConditions(m_builder->conditions());
    showState();
    showResult();
}

PortraitPage* PortraitPage::create(const QString& cachePath, DashboardModel* dashboard, QWidget* parent)
{
    auto* model = new PortraitModel;
    auto* settings = new PortraitChartSettings;
    auto* page = new PortraitPage(model, settings, parent);
    model->setParent(page);
    settings->setParent(page);
    connect(dashboard, &DashboardModel::changed, page, [page, dashboard] {
        const DashboardModel::State state = dashboard->state();
        if (!page->m_cachePath.isEmpty() &&
            (state == DashboardModel::State::Ready || state == DashboardModel::State::Empty))
            page->m_model->refresh();
    });
    page->setCachePath(cachePath);
    return page;
}

void PortraitPage::setCachePath(const QString& cachePath)
{
    m_cachePath = cachePath;
    m_model->setLoader(cachePath.isEmpty() ? PortraitModel::Loader() : PortraitModel::cacheLoader(cachePath));
    m_model->reload();
}

PortraitAudience PortraitPage::audienceFor(const QString& key)
{
    if (key == u"own")
        return {{segmentCode(Segment::Regular), segmentCode(Segment::New)}, {}};
    if (key.startsWith(u"segment:"))
        return {{key.mid(8)}, {}};
    if (key.startsWith(u"subsegment:"))
        return {{}, {key.mid(11)}};
    return {};
}

bool PortraitPage::chooseAudience(const QString& key)
{
    QString wanted = key;
    if (wanted == u"subsegment:new")
        wanted = u"segment:new"_s;
    const int index = m_chooser->findData(wanted);
    if (index < 0)
        return false;
    m_chooser->setCurrentIndex(index);
    return true;
}

QString PortraitPage::audienceKey() const
{
    return m_chooser->currentData().toString();
}

void PortraitPage::askToSaveAudience()
{
    const QString description = m_chooser->currentText().trimmed() + u", "_s + m_builder->conditions().sentence();
    auto* dialog = new SaveAudienceDialog(description, this);
    dialog->setObjectName(u"saveAudienceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaveAudienceDialog::nameChosen, this, [this](const QString& name) {
        emit saveAudienceRequested(
            SaveAudienceDialog::requestBody(name, audienceFor(audienceKey()), m_builder->conditions()));
    });
    dialog->open();
}

QString PortraitPage::chartTitle(const QString& chartId)
{
    if (chartId == u"avg_check")
        return tr("By average check");
    if (chartId == u"regions")
        return tr("By region");
    if (chartId == u"categories")
        return tr("By popular categories");
    return tr("By age and gender");
}

QString PortraitPage::chartHint(const QString& chartId)
{
    if (chartId == u"avg_check")
        return tr("Buyers by their average check with your store over the last 90 days (revenue divided by "
                  "orders; cancelled and returned orders do not count). Potential buyers have no orders and "
                  "fall in the first range.");
    if (chartId == u"regions")
        return tr("Buyers by the region of their marketplace profile. The eight largest regions are shown; "
                  "the rest are summed up as “Other regions”.");
    if (chartId == u"categories")
        return tr(
            "Categories your buyers are most interested in: each buyer brings up to three top categories "
            "of their views, carts, favourites and orders on the marketplace, so one buyer can count in "
            "several bars.");
    return tr("Buyers by age band and gender from their marketplace profiles. Age is only known as a band "
              "(18–24 … 55+); buyers who did not state it are shown as “Not specified”. No personal data is "
              "shown.");
}

QWidget* PortraitPage::makeCard(const QString& chartId, QWidget* parent)
{
    QFrame* card = Theme::makeCard(parent, u"chartCard_"_s + chartId);
    auto* layout = qobject_cast<QBoxLayout*>(card->layout());
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(chartTitle(chartId), card);
    Theme::setRole(title, "h2");
    header->addWidget(title);
    header->addWidget(makeHintButton(chartHint(chartId), card));
    header->addStretch(1);
    auto* exportButton = new QToolButton(card);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setText(tr("Export PNG"));
    exportButton->setToolTip(tr("Save this chart as a PNG image"));
    header->addWidget(exportButton);
    layout->addLayout(header);

    auto* stack = new QStackedWidget(card);
    stack->setMinimumHeight(chartHeight);
    QChartView* view = PortraitChartFactory::makeView(u"chartView_"_s + chartId, stack);
    auto* empty = new QLabel(tr("No buyers in this segment match the conditions."), stack);
    empty->setObjectName(u"chartEmpty_"_s + chartId);
    empty->setAlignment(Qt::AlignCenter);
    Theme::setRole(empty, "muted");
    stack->addWidget(view);
    stack->addWidget(empty);
    layout->addWidget(stack, 1);
    m_views.insert(chartId, view);
    m_cardStacks.insert(chartId, stack);

    connect(exportButton, &QToolButton::clicked, this, [this, chartId] {
        QString path = Dialogs::saveFile(this, tr("Export chart"), tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
            path += u".png"_s;
        if (exportChart(chartId, path))
            Toast::show(window(), tr("The chart was saved to %1").arg(path));
    });
    return card;
}

bool PortraitPage::exportChart(const QString& chartId, const QString& path)
{
    QChartView* view = m_views.value(chartId);
    if (!view)
        return false;
    const QSize size = view->size().expandedTo(QSize(640, 360));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Theme::color(u"surface"_s));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Theme::color(u"text"_s));
        painter.drawText(QRect(16, 8, size.width() - 32, 28), Qt::AlignLeft | Qt::AlignVCenter,
                         chartTitle(chartId) + u" · "_s + m_chooser->currentText().trimmed());
        view->chart()->scene()->render(&painter, QRectF(8, 40, size.width() - 16, size.height() - 48));
    }
    if (!image.save(path, "PNG")) {
        Dialogs::message(this, Dialogs::Kind::Warning, tr("Export chart"),
                         tr("The image could not be written to %1.").arg(path));
        return false;
    }
    return true;
}

void PortraitPage::layoutCards()
{
    for (QWidget* card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    int position = 0;
    for (const QString& id : PortraitChartSettings::chartIds()) {
        QWidget* card = m_cards.value(id);
        const bool shown = m_settings->isShown(id);
        card->setVisible(shown);
        if (QAction* action = m_showActions.value(id); action && action->isChecked() != shown)
            action->setChecked(shown);
        if (!shown)
            continue;
        m_grid->addWidget(card, position / m_columns, position % m_columns);
        ++position;
    }
}

void PortraitPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int columns = width() >= twoColumnsFrom ? 2 : 1;
    if (columns != m_columns) {
        m_columns = columns;
        layoutCards();
    }
}

void PortraitPage::showState()
{
    switch (m_model->state()) {
    case PortraitModel::State::Loading:
        m_states->showLoading();
        break;
    case PortraitModel::State::Ready:
        m_states->showContent();
        break;
    case PortraitModel::State::Empty:
        m_states->showEmpty(tr("No buyers in this segment"),
                            tr("There are no buyers in “%1” yet. Choose another segment above; the portrait "
                               "fills in after the next sync brings buyers.")
                                .arg(m_chooser->currentText().trimmed()));
        break;
    case PortraitModel::State::Error:
        m_states->showError(m_model->errorText());
        break;
    }
    if (m_model->state() != PortraitModel::State::Loading)
        emit loadFinished();
}

void PortraitPage::updateOptions()
{
    const auto snapshot = m_model->snapshot();
    if (!snapshot)
        return;
    QList<ConditionBuilder::Option> regions;
    for (const QString& region : snapshot->regions().names) {
        if (!region.isEmpty())
            regions.append({region, region});
    }
    std::sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    QList<ConditionBuilder::Option> categories;
    for (const QString& id : snapshot->categories().names)
        categories.append({id, snapshot->categoryName(id)});
    std::sort(categories.begin(), categories.end(),
              [](const auto& a, const auto& b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_builder->setOptions(ConditionBuilder::Kind::Region, regions);
    m_builder->setOptions(ConditionBuilder::Kind::Category, categories);
}

void PortraitPage::showResult()
{
    const PortraitAggregation& result = m_model->result();
    const QLocale locale;
    if (m_model->snapshot().get() != m_optionsFrom) {
        m_optionsFrom = m_model->snapshot().get();
        updateOptions();
    }
    m_reach->setText(locale.toString(result.reach));
    const double share = result.audience > 0 ? 100.0 * double(result.reach) / double(result.audience) : 0.0;
    m_reachShare->setText(tr("of %1 buyers in the segment (%2 %)")
                              .arg(locale.toString(result.audience), locale.toString(share, 'f', 1)));

    QList<PortraitChartFactory::Bar> buckets;
    for (int b = 0; b < PortraitAggregation::bucketCount; ++b)
        buckets.append({bucketLabel(b, locale), result.avgCheckBuckets[std::size_t(b)]});
    PortraitChartFactory::showRows(m_views.value(u"avg_check"_s), buckets);

    QList<PortraitChartFactory::Bar> regions;
    qint64 otherRegions = 0;
    for (qsizetype i = 0; i < result.regions.size(); ++i) {
        const auto& region = result.regions.at(i);
        if (i < shownRegions)
            regions.append({region.key.isEmpty() ? tr("Not specified") : region.key, region.buyers});
        else
            otherRegions += region.buyers;
    }
    if (otherRegions > 0)
        regions.append({tr("Other regions"), otherRegions});
    PortraitChartFactory::showRows(m_views.value(u"regions"_s), regions);

    QList<PortraitChartFactory::Bar> categories;
    for (qsizetype i = 0; i < result.categories.size() && i < shownCategories; ++i)
        categories.append({result.categories.at(i).name, result.categories.at(i).buyers});
    PortraitChartFactory::showRows(m_views.value(u"categories"_s), categories);

    QStringList bands = PortraitConditions::ageBandCodes();
    QStringList genders = PortraitConditions::genderCodes();
    bool unknownAge = false;
    bool unknownGender = false;
    for (const auto& count : result.ageGender) {
        unknownAge = unknownAge || count.key.startsWith(u'/');
        unknownGender = unknownGender || count.key.endsWith(u'/');
    }
    if (unknownAge)
        bands.append(QString());
    if (unknownGender)
        genders.append(QString());
    QList<PortraitChartFactory::Group> groups;
    for (const QString& band : bands) {
        PortraitChartFactory::Group group{
            band.isEmpty() ? tr("Not specified") : PortraitConditions::ageBandName(band), {}};
        for (const QString& gender : genders)
            group.values.append(result.ageGenderBuyers(band, gender));
        groups.append(group);
    }
    QStringList seriesNames;
    for (const QString& gender : genders)
        seriesNames.append(gender == u"f" ? tr("Women") : gender == u"m" ? tr("Men") : tr("Not specified"));
    PortraitChartFactory::showGroupedColumns(m_views.value(u"age_gender"_s), groups, seriesNames);

    for (QStackedWidget* stack : std::as_const(m_cardStacks))
        stack->setCurrentIndex(result.reach > 0 ? 0 : 1);
}

} // namespace sellercrm
