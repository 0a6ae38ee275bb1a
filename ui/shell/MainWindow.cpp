#include "shell/MainWindow.h"

#include "AppSettings.h"
#include "DashboardModel.h"
#include "Plans.h"
#include "SyncStatusModel.h"
#include "components/Banner.h"
#include "components/BenefitsDrawer.h"
#include "components/Dialogs.h"
#include "components/Toast.h"
#include "home/HomePage.h"
#include "segments/SegmentPage.h"
#include "segments/SegmentTexts.h"
#include "segments/SegmentsPage.h"
#include "shell/ComingLaterPage.h"
#include "shell/NavigationPanel.h"
#include "shell/SettingsDialog.h"
#include "shell/SyncStatusBar.h"
#include "wizard/WizardPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

MainWindow::MainWindow(DashboardModel* model, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_settings(settings)
    , m_navigation(new NavigationPanel)
    , m_stack(new QStackedWidget)
    , m_snapshotBanner(new Banner(u"lock"_s))
    , m_statusBar(new SyncStatusBar(model->status()))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Seller CRM"));
    setWindowIcon(QIcon(u":/icons/logo.svg"_s));
    setMinimumSize(1100, 700);
    m_stack->setObjectName(u"pageArea"_s);
    m_snapshotBanner->setObjectName(u"snapshotBanner"_s);
    m_snapshotBanner->setVisible(false);

    auto* central = new QWidget;
    central->setObjectName(u"central"_s);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    auto* bannerBox = new QVBoxLayout;
    bannerBox->setContentsMargins(32, 16, 32, 0);
    bannerBox->addWidget(m_snapshotBanner);
    right->addLayout(bannerBox);
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    buildMenus();

    connect(m_navigation, &NavigationPanel::pageRequested, this, [this](const QString& id) { showPage(id); });
    connect(m_model, &DashboardModel::changed, this, &MainWindow::updateSellerTexts);
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
    updateSellerTexts();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(tr("&Export snapshot…"), this, [this] {
        const QString path = Dialogs::saveFile(this, tr("Export snapshot"), tr("Seller CRM snapshot (*.sellercrm-snapshot)"));
        if (!path.isEmpty())
            emit exportSnapshotRequested(path);
    });
    m_exportAction->setObjectName(u"exportSnapshotAction"_s);
    QAction* open = file->addAction(tr("&Open snapshot…"), this, [this] {
        const QString path = Dialogs::openFile(this, tr("Open snapshot"), tr("Seller CRM snapshot (*.sellercrm-snapshot);;All files (*)"));
        if (!path.isEmpty())
            emit openSnapshotRequested(path);
    });
    open->setObjectName(u"openSnapshotAction"_s);
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* sync = menuBar()->addMenu(tr("&Sync"));
    m_syncAction = sync->addAction(tr("Sync &now"), this, &MainWindow::syncNowRequested);
    m_syncAction->setObjectName(u"syncNowAction"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Seller CRM"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::isPageId(const QString& pageId)
{
    static const QStringList fixed = { u"home"_s, u"segments"_s, u"portrait"_s, u"buyers"_s, u"communications"_s };
    if (fixed.contains(pageId))
        return true;
    return pageId.startsWith(u"segment:"_s) && subSegmentFromCode(QStringView(pageId).mid(8)).has_value();
}

QWidget* MainWindow::createPage(const QString& pageId)
{
    DashboardPage* dashboard = nullptr;
    QWidget* page = nullptr;
    if (pageId == u"home"_s) {
        dashboard = new HomePage(m_model);
    } else if (pageId == u"segments"_s) {
        dashboard = new SegmentsPage(m_model);
    } else if (pageId.startsWith(u"segment:"_s)) {
        dashboard = new SegmentPage(m_model, *subSegmentFromCode(QStringView(pageId).mid(8)));
    } else if (pageId == u"portrait"_s) {
        page = new ComingLaterPage(pageId, tr("Buyer portrait"),
                                   tr("Charts of a segment's buyers by average check, region, categories, age and "
                                      "gender, narrowed with AND/OR conditions, come in a later version of the app."));
    } else if (pageId == u"buyers"_s) {
        page = new ComingLaterPage(pageId, tr("Buyers"),
                                   tr("The list of your buyers with filters, sorting and chat states comes in a later "
                                      "version of the app."));
    } else {
        page = new ComingLaterPage(pageId, tr("Communications"),
                                   tr("The table of your mailings and banners with their statuses and results comes "
                                      "in a later version of the app."));
    }
    if (dashboard) {
        connect(dashboard, &DashboardPage::navigateRequested, this, [this](const QString& id) { showPage(id); });
        connect(dashboard, &DashboardPage::actionRequested, this, &MainWindow::openWizard);
        connect(dashboard, &DashboardPage::premiumRequested, this, [this] { BenefitsDrawer::open(this); });
        connect(dashboard, &DashboardPage::laterFeatureRequested, this, &MainWindow::openLaterFeature);
        dashboard->refresh();
        page = dashboard;
    }
    m_stack->addWidget(page);
    m_pages.insert(pageId, page);
    return page;
}

bool MainWindow::showPage(const QString& pageId)
{
    if (!isPageId(pageId))
        return false;
    QWidget* page = m_pages.value(pageId);
    if (!page)
        page = createPage(pageId);
    m_stack->setCurrentWidget(page);
    m_current = pageId;
    m_navigation->setCurrent(pageId);
    m_settings->setLastPage(pageId);
    return true;
}

void MainWindow::restoreLastPage()
{
    if (!showPage(m_settings->lastPage()))
        showPage(u"home"_s);
}

void MainWindow::setSnapshotBanner(const QString& text)
{
    m_snapshotBanner->setText(text);
    m_snapshotBanner->setVisible(!text.isEmpty());
    m_exportAction->setEnabled(text.isEmpty());
    m_syncAction->setEnabled(text.isEmpty());
}

void MainWindow::openWizard(const WizardPreset& preset)
{
    if (m_model->status()->isReadOnly())
        return;
    if (WizardPage* wizard = m_wizardFactory ? m_wizardFactory() : nullptr) {
        m_stack->addWidget(wizard);
        connect(wizard, &WizardPage::closeRequested, this, [this, wizard] {
            showPage(m_current.isEmpty() ? u"home"_s : m_current);
            wizard->deleteLater();
        });
        connect(wizard, &WizardPage::submitted, this, [this, wizard] {
            showPage(u"communications"_s);
            Toast::show(this, tr("Sent to moderation. Offline it waits in the outbox and goes out once."));
            wizard->deleteLater();
            emit syncNowRequested();
        });
        wizard->openPreset(preset);
        m_stack->setCurrentWidget(wizard);
        return;
    }
    QString what;
    if (preset.isGoalPage()) {
        what = tr("The communication wizard comes in a later version of the app. It will open on the goal page.");
    } else {
        const auto sub = subSegmentFromCode(preset.subsegment);
        what = tr("The communication wizard comes in a later version of the app. It will open at its last step "
                  "for “%1”.")
                   .arg(sub ? SegmentTexts::pageTitle(*sub) : preset.segment);
    }
    Toast* toast = Toast::show(this, what);
    toast->setProperty("goal", preset.goal);
    toast->setProperty("subsegment", preset.subsegment);
    toast->setProperty("offer", preset.offer);
    toast->setProperty("format", preset.format);
}

void MainWindow::openLaterFeature(const QString& feature)
{
    if (feature == u"portrait"_s)
        Toast::show(this, tr("The buyer portrait comes in a later version of the app."));
    else
        Toast::show(this, tr("The buyers list comes in a later version of the app."));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        emit settingsChanged();
}

void MainWindow::showAbout()
{
    Dialogs::message(this, Dialogs::Kind::Information, tr("About Seller CRM"),
                     tr("Seller CRM %1\n\nWho your buyers are and what to do about it: segments, buyer portrait and "
                        "targeted mailings, banners and bonuses for marketplace sellers.\n\nBuilt with Qt %2.")
                         .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::updateSellerTexts()
{
    const DashboardModel::State state = m_model->state();
    if (state != DashboardModel::State::Ready && state != DashboardModel::State::Empty)
        return;
    const SellerProfile& seller = m_model->data().seller;
    m_navigation->setSellerName(seller.name);
    const Plan plan = planFromCode(seller.plan).value_or(Plan::None);
    m_statusBar->setSellerText(tr("%1 · %2").arg(seller.name, planName(plan)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setLastPage(m_current.isEmpty() ? u"home"_s : m_current);
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

} // namespace sellercrm
