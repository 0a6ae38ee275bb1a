#include "shell/MainWindow.h"

#include "AppSettings.h"
#include "CacheDb.h"
#include "DashboardModel.h"
#include "Plans.h"
#include "SyncStatusModel.h"
#include "buyers/BuyersPage.h"
#include "communications/CommunicationsPage.h"
#include "components/Banner.h"
#include "components/BenefitsDrawer.h"
#include "components/Dialogs.h"
#include "components/PageStateStack.h"
#include "components/Toast.h"
#include "home/HomePage.h"
#include "portrait/PortraitPage.h"
#include "segments/SegmentPage.h"
#include "segments/SegmentTexts.h"
#include "segments/SegmentsPage.h"
#include "shell/NavigationPanel.h"
#include "shell/SettingsDialog.h"
#include "shell/SyncStatusBar.h"
#include "wizard/WizardPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

int MainWindow::warmUpDelayMs = 1000;

MainWindow::MainWindow(DashboardModel* model, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_settings(settings)
    , m_navigation(new NavigationPanel)
    , m_stack(new QStackedWidget)
    , m_snapshotBanner(new Banner(u"lock"_s))
    , m_statusBar(new SyncStatusBar(model->status()))
    , m_warmUpTimer(new QTimer(this))
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
    connect(m_model->status(), &SyncStatusModel::syncFinished, this, &MainWindow::refreshCachePages);
    m_warmUpTimer->setSingleShot(true);
    connect(m_warmUpTimer, &QTimer::timeout, this, &MainWindow::warmUp);
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

namespace {

// SYN-4: keeps a page's sending button disabled in a read-only snapshot, whatever the page's
// own rules (a selected row) would enable.
class KeepDisabled final : public QObject
{
public:
    static void lock(QPushButton* button, const QString& why)
    {
        button->installEventFilter(new KeepDisabled(button));
        button->setEnabled(false);
        button->setToolTip(why);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* button = static_cast<QWidget*>(watched);
        if (event->type() == QEvent::EnabledChange && button->isEnabled())
            button->setEnabled(false);
        return false;
    }

private:
    using QObject::QObject;
};

const QStringList& cachePageIds()
{
    static const QStringList ids = { u"portrait"_s, u"buyers"_s, u"communications"_s };
    return ids;
}

} // namespace

QWidget* MainWindow::createPage(const QString& pageId)
{
    QWidget* page = nullptr;
    if (cachePageIds().contains(pageId)) {
        page = createCachePage(pageId);
    } else {
        DashboardPage* dashboard = nullptr;
        if (pageId == u"home"_s)
            dashboard = new HomePage(m_model);
        else if (pageId == u"segments"_s)
            dashboard = new SegmentsPage(m_model);
        else
            dashboard = new SegmentPage(m_model, *subSegmentFromCode(QStringView(pageId).mid(8)));
        connect(dashboard, &DashboardPage::navigateRequested, this, [this](const QString& id) { showPage(id); });
        connect(dashboard, &DashboardPage::actionRequested, this, &MainWindow::openWizard);
        connect(dashboard, &DashboardPage::premiumRequested, this, [this] { BenefitsDrawer::open(this); });
        connect(dashboard, &DashboardPage::subSegmentEntryRequested, this, &MainWindow::showSubSegmentIn);
        dashboard->refresh();
        page = dashboard;
    }
    m_stack->addWidget(page);
    m_pages.insert(pageId, page);
    return page;
}

QWidget* MainWindow::createCachePage(const QString& pageId)
{
    if (!m_cache) {
        // Before the first sync has written the cache: the loading state (skeleton after 1 s).
        auto* waiting = new PageStateStack(new QWidget);
        waiting->setObjectName(pageId + u"Waiting"_s);
        waiting->showLoading();
        return waiting;
    }
    const bool readOnly = isReadOnly();
    if (pageId == u"portrait"_s) {
        PortraitPage* portrait = PortraitPage::create(m_cache->path(), m_model);
        connect(portrait, &PortraitPage::saveAudienceRequested, this, [this](const QJsonObject& request) {
            const Outcome<QString> queued =
                m_audienceSaver && !isReadOnly() ? m_audienceSaver(request) : Outcome<QString>::failure(readOnlyText());
            Toast::show(this, queued ? tr("The audience is saved. It can be chosen in the wizard once the server "
                                          "has it.")
                                     : queued.error());
        });
        if (readOnly) {
            if (auto* save = portrait->findChild<QPushButton*>(u"saveAudienceButton"_s))
                KeepDisabled::lock(save, readOnlyText());
        }
        return portrait;
    }
    FilteredTablePage* table = nullptr;
    if (pageId == u"buyers"_s) {
        auto* buyers = new BuyersPage(m_cache->connection(), m_settings->store());
        connect(buyers, &BuyersPage::chatRequested, this, [this] {
            Toast::show(this, isReadOnly() ? readOnlyText() : tr("Chats with buyers come in a later version of the app."));
        });
        table = buyers;
    } else {
        auto* communications = new CommunicationsPage(m_cache->connection(), m_settings->store());
        if (!readOnly && m_deleteHandler)
            communications->setDeleteHandler(m_deleteHandler);
        connect(communications, &CommunicationsPage::repeatRequested, this, &MainWindow::repeatCommunication);
        table = communications;
    }
    connect(table, &FilteredTablePage::createCommunicationRequested, this, [this] { openWizard(WizardPreset{}); });
    if (readOnly) {
        for (const QString& name : { u"createCommunication"_s, u"repeatCommunication"_s, u"deleteCommunication"_s }) {
            if (auto* button = table->findChild<QPushButton*>(name))
                KeepDisabled::lock(button, readOnlyText());
        }
    }
    return table;
}

void MainWindow::setCache(CacheDb* cache)
{
    m_cache = cache;
    for (const QString& id : cachePageIds()) {
        QWidget* old = m_pages.take(id);
        if (!old)
            continue;
        m_stack->removeWidget(old);
        old->deleteLater();
        if (m_current == id)
            showPage(id);
    }
    warmUpWhenIdle();
}

void MainWindow::warmUpWhenIdle()
{
    if (m_cache && warmUpDelayMs >= 0)
        m_warmUpTimer->start(warmUpDelayMs);
}

void MainWindow::warmUp()
{
    const QString portraitId = u"portrait"_s;
    if (!m_cache || m_pages.contains(portraitId))
        return;
    // Not while the seller waits for the page in front (Home's first paint): its data first.
    QWidget* current = m_stack->currentWidget();
    auto* states = current ? current->findChild<PageStateStack*>() : nullptr;
    if (!isVisible() || (states && (states->shown() == PageStateStack::Shown::Blank ||
                                    states->shown() == PageStateStack::Shown::Skeleton))) {
        warmUpWhenIdle();
        return;
    }
    auto* portrait = qobject_cast<PortraitPage*>(createPage(portraitId));
    portrait->ensurePolished(); // the style sheet applied now, not on the first visit
    connect(portrait, &PortraitPage::loadFinished, this, &MainWindow::warmedUp, Qt::SingleShotConnection);
}

void MainWindow::setDeleteHandler(DeleteHandler handler)
{
    m_deleteHandler = std::move(handler);
    if (auto* communications = qobject_cast<CommunicationsPage*>(m_pages.value(u"communications"_s)))
        communications->setDeleteHandler(isReadOnly() ? DeleteHandler() : m_deleteHandler);
}

void MainWindow::refreshCachePages()
{
    for (const QString& id : { u"buyers"_s, u"communications"_s }) {
        if (auto* table = qobject_cast<FilteredTablePage*>(m_pages.value(id)))
            table->refresh();
    }
}

bool MainWindow::isReadOnly() const
{
    return m_model->status()->isReadOnly();
}

QString MainWindow::readOnlyText()
{
    return tr("A read-only snapshot: nothing can be sent or changed from here.");
}

bool MainWindow::showSubSegmentIn(const QString& pageId, const QString& subSegmentCode)
{
    if (!showPage(pageId))
        return false;
    if (auto* buyers = qobject_cast<BuyersPage*>(page(pageId))) {
        buyers->showSegment(subSegmentCode);
        return true;
    }
    if (auto* portrait = qobject_cast<PortraitPage*>(page(pageId)))
        return portrait->chooseAudience(u"subsegment:"_s + subSegmentCode);
    return false;
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

WizardPage* MainWindow::mountWizard()
{
    if (isReadOnly() || !m_wizardFactory)
        return nullptr;
    WizardPage* wizard = m_wizardFactory();
    if (!wizard)
        return nullptr;
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
    m_stack->setCurrentWidget(wizard);
    return wizard;
}

WizardPage* MainWindow::openWizard(const WizardPreset& preset)
{
    WizardPage* wizard = mountWizard();
    if (wizard)
        wizard->openPreset(preset);
    return wizard;
}

bool MainWindow::repeatCommunication(const QString& communicationId)
{
    if (isReadOnly())
        return false;
    if (!m_cache)
        return false;
    const Outcome<CachedCommunication> cached = WizardContext::loadCommunication(*m_cache, communicationId);
    if (!cached) {
        Toast::show(this, cached.error());
        return false;
    }
    WizardPage* wizard = mountWizard();
    if (!wizard)
        return false;
    wizard->openRepeat(cached.value());
    return true;
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
