#pragma once

#include "portrait/PortraitAggregator.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QAction;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;

namespace sellercrm {

class ConditionBuilder;
class DashboardModel;
class PageStateStack;
class PortraitChartSettings;
class PortraitModel;
class PortraitSnapshot;

// The Buyer portrait page (POR-1..POR-3): a segment chooser, the reach, the condition builder and
// four charts (average check, regions, categories, age × gender), each in a card with a hint, an
// export to PNG and its own empty state; the Charts menu chooses which cards are shown
// (persisted). Loading, empty segment and error with retry are the page's STA-2 states.
// Object names: segmentChooser, chartsButton (menu actions showChart_<id>), reachValue,
// reachShare, reachHint, chartCard_<id> with chartView_<id>, chartEmpty_<id>, hintButton,
// exportButton; the state stack is portraitStates; saveAudienceButton opens the
// SaveAudienceDialog (POR-2).
//
// Mounting it in the main window (the stable public API):
//     PortraitPage* page = PortraitPage::create(cachePath, dashboardModel, parent);
//     stack->addWidget(page);
//     page->chooseAudience(u"subsegment:top"_s);   // arriving from a segment page (SEG-4)
//     page->setCachePath(otherCachePath);          // another account or a snapshot
// create() owns everything else (model, worker-thread loading, chart settings in QSettings
// group `portrait`) and reads the cache again after every sync the dashboard model reports,
// showing the figures read before until the new ones are ready. An empty
// `cachePath` keeps the page in its loading state until setCachePath() names a file.
class PortraitPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortraitPage)

public:
    PortraitPage(PortraitModel* model, PortraitChartSettings* settings, QWidget* parent = nullptr);

    // The page as the main window mounts it: it owns its model and chart settings (the app's
    // QSettings), reads the cache file at `cachePath` and reads it again whenever `dashboard`
    // has new data (after every sync).
    static PortraitPage* create(const QString& cachePath, DashboardModel* dashboard,
                                QWidget* parent = nullptr);
    // Another cache file (a new account or a snapshot): read it now.
    void setCachePath(const QString& cachePath);

    // Audience keys of the chooser: "all", "own", "segment:<code>", "subsegment:<code>".
    static PortraitAudience audienceFor(const QString& key);
    // Arriving from a segment page: "segment:<code>" or "subsegment:<code>".
    bool chooseAudience(const QString& key);
    QString audienceKey() const;

    ConditionBuilder* conditionBuilder() const { return m_builder; }
    PageStateStack* states() const { return m_states; }
    QChartView* chartView(const QString& chartId) const { return m_views.value(chartId); }
    // POR-3: the chart as a PNG file; false with a message to the seller when it cannot be written.
    bool exportChart(const QString& chartId, const QString& path);
    static QString chartTitle(const QString& chartId);
    static QString chartHint(const QString& chartId);

signals:
    // POR-2: the seller named the narrowed audience; `request` is the body of
    // POST /api/v1/audiences for Outbox::enqueueCreateAudience.
    void saveAudienceRequested(const QJsonObject& request);
    // The cache was read: the page shows its figures, its empty state or the error.
    void loadFinished();

protected:
    // Two columns of chart cards on a wide page, one on a narrow one (the charts stay readable).
    void resizeEvent(QResizeEvent* event) override;

private:
    void askToSaveAudience();
    QWidget* makeCard(const QString& chartId, QWidget* parent);
    void showState();
    void showResult();
    void updateOptions();
    void layoutCards();

    PortraitModel* m_model;
    PortraitChartSettings* m_settings;
    QComboBox* m_chooser;
    PageStateStack* m_states;
    ConditionBuilder* m_builder;
    QLabel* m_reach;
    QLabel* m_reachShare;
    QGridLayout* m_grid;
    int m_columns = 2;
    QHash<QString, QWidget*> m_cards;
    QHash<QString, QChartView*> m_views;
    QHash<QString, QStackedWidget*> m_cardStacks;
    QHash<QString, QAction*> m_showActions;
    QString m_cachePath;
    const PortraitSnapshot* m_optionsFrom = nullptr; // the snapshot the builder's options come from
};

} // namespace sellercrm
