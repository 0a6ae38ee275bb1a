#include "AppController.h"

#include "AppSettings.h"
#include "CacheDb.h"
#include "CacheLocation.h"
#include "DashboardModel.h"
#include "DashboardRepository.h"
#include "DemoServer.h"
#include "DraftStore.h"
#include "Outbox.h"
#include "KeychainTokenStore.h"
#include "Snapshot.h"
#include "SyncEngine.h"
#include "SyncStatusModel.h"
#include "components/Dialogs.h"
#include "components/PageStateStack.h"
#include "components/Toast.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "components/DashboardPage.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardGrab.h"
#include "wizard/WizardPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sellercrm {

AppController::AppController(AppOptions options, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
    , m_status(new SyncStatusModel(this))
    , m_model(new DashboardModel(m_status, this))
{
    m_demoOptions.dataDir = demoDirectory();
    m_window = std::make_unique<MainWindow>(m_model, m_settings);
    connect(m_window.get(), &MainWindow::exportSnapshotRequested, this, &AppController::exportSnapshot);
    connect(m_window.get(), &MainWindow::openSnapshotRequested, this, &AppController::openSnapshotWindow);
    connect(m_window.get(), &MainWindow::syncNowRequested, this, [this] {
        if (m_engine)
            m_engine->syncNow();
    });
    m_window->setWizardFactory([this] { return createWizard(); });
    m_window->setDeleteHandler([this](const QString& id) { return deleteCommunication(id); });
    m_window->setAudienceSaver([this](const QJsonObject& request) { return saveAudience(request); });
    connect(m_model, &DashboardModel::retryRequested, this, [this] {
        if (m_engine)
            m_engine->syncNow();
        else
            reloadGuiCache();
    });
}

bool AppController::openWriteCache()
{
    if (m_wizardCache)
        return true;
    if (m_cachePath.isEmpty() || m_status->isReadOnly())
        return false;
    Outcome<std::unique_ptr<CacheDb>> opened = CacheDb::open(m_cachePath, u"wizard"_s);
    if (!opened) {
        Toast::show(m_window.get(), opened.error());
        return false;
    }
    m_wizardCache = std::move(opened.value());
    m_outbox = std::make_unique<Outbox>(*m_wizardCache);
    m_drafts = std::make_unique<DraftStore>(*m_wizardCache);
    return true;
}

Outcome<Done> AppController::deleteCommunication(const QString& communicationId)
{
    if (!openWriteCache())
        return Outcome<Done>::failure(tr("The local data cannot be written, so nothing can be deleted now."));
    const Outcome<Done> queued = m_outbox->enqueueDeleteCommunication(communicationId);
    if (queued && m_engine)
        m_engine->syncNow();
    return queued;
}

Outcome<QString> AppController::saveAudience(const QJsonObject& request)
{
    if (!openWriteCache())
        return Outcome<QString>::failure(tr("The local data cannot be written, so the audience cannot be saved now."));
    Outcome<QString> queued = m_outbox->enqueueCreateAudience(request);
    if (queued && m_engine)
        m_engine->syncNow();
    return queued;
}

WizardPage* AppController::createWizard()
{
    if (!openWriteCache())
        return nullptr;
    QString error;
    std::optional<WizardContext> context = WizardContext::load(*m_wizardCache, QDate::currentDate(), &error);
    if (!context) {
        Toast::show(m_window.get(), error);
        return nullptr;
    }
    auto* wizard = new WizardPage(std::move(*context));
    wizard->setStorage(m_outbox.get(), m_drafts.get());
    return wizard;
}

AppController::~AppController()
{
    m_window.reset();
    m_cache.reset();
    delete m_engine;
    delete m_demo;
}

QString AppController::demoDirectory() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo"_s;
}

std::optional<int> AppController::start()
{
    QTextStream err(stderr);
    if (!m_options.snapshot.isEmpty()) {
        QString error;
        if (!openSnapshot(m_options.snapshot, &error)) {
            err << "sellercrm: " << error << Qt::endl;
            if (!m_options.grabPage.isEmpty())
                return 1;
            Dialogs::message(nullptr, Dialogs::Kind::Warning, tr("Open snapshot"), error);
            return 1;
        }
    } else if (m_options.server.isValid()) {
        QFile file(m_options.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "sellercrm: " << tr("Cannot read the token file %1: %2").arg(m_options.tokenFile, file.errorString())
                << Qt::endl;
            return 2;
        }
        const QString token = QString::fromUtf8(file.readAll()).trimmed();
        connectTo(m_options.server, token,
                  m_options.cacheFile.isEmpty() ? CacheLocation::cachePath(QString(), m_options.server, token)
                                                : m_options.cacheFile);
    } else if (!m_options.cacheFile.isEmpty()) {
        // A cache file alone: shown as it is, without syncing (offline).
        m_cachePath = m_options.cacheFile;
        onCacheOpened(QFileInfo::exists(m_cachePath), tr("The cache file %1 does not exist.").arg(m_cachePath));
        m_status->setOnline(false);
    } else if (m_options.demo || m_settings->demoMode()) {
        startDemo(false);
    } else if (m_settings->serverUrl().isValid() && !m_options.grabPage.isEmpty()) {
        err << "sellercrm: " << tr("--grab needs --server, --snapshot, --cache or --demo.") << Qt::endl;
        return 2;
    } else if (m_settings->serverUrl().isValid()) {
        m_tokens = new KeychainTokenStore(u"sellercrm"_s, this);
        const QUrl server = m_settings->serverUrl();
        m_tokens->readToken(server.toString(), this, [this, server](const Outcome<QString>& token) {
            if (token.ok() && !token.value().isEmpty()) {
                connectTo(server, token.value(), CacheLocation::cachePath(QString(), server, token.value()));
                return;
            }
            if (!runFirstRun())
                QCoreApplication::quit();
        });
    } else if (m_options.grabPage.isEmpty()) {
        if (!runFirstRun())
            return 0;
    }

    if (!m_options.grabPage.isEmpty())
        return grab(m_options.grabPage, m_options.grabOutput);
    m_window->restoreLastPage();
    m_window->show();
    if (m_options.reportPainted)
        reportFirstPaint();
    return std::nullopt;
}

void AppController::reportFirstPaint()
{
    // The page's own state stack says when its data is shown; the first paint of the page or of
    // any widget on it after that is the first frame the seller sees with data.
    class PaintWatch final : public QObject
    {
    public:
        PaintWatch(QWidget* page)
            : QObject(page)
            , m_page(page)
        {
        }
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() != QEvent::Paint || !watched->isWidgetType())
                return false;
            auto* widget = static_cast<QWidget*>(watched);
            if (widget != m_page && !m_page->isAncestorOf(widget))
                return false;
            auto* states = m_page->findChild<PageStateStack*>();
            const bool loading = states && (states->shown() == PageStateStack::Shown::Blank
                                            || states->shown() == PageStateStack::Shown::Skeleton);
            if (!loading) {
                QTextStream(stdout) << "painted" << Qt::endl;
                qApp->removeEventFilter(this);
                deleteLater();
            }
            return false;
        }

    private:
        QWidget* m_page;
    };
    if (QWidget* page = m_window->page(m_window->currentPage()))
        qApp->installEventFilter(new PaintWatch(page));
    // The pages made in the background after it (MainWindow::warmUpDelayMs) have read the cache.
    connect(m_window.get(), &MainWindow::warmedUp, this, [] { QTextStream(stdout) << "warmed" << Qt::endl; },
            Qt::SingleShotConnection);
}

bool AppController::openSnapshot(const QString& file, QString* error)
{
    SnapshotManifest manifest;
    Outcome<std::unique_ptr<CacheDb>> opened = Snapshot::open(file, &manifest);
    if (!opened) {
        *error = tr("The snapshot %1 cannot be opened: %2").arg(file, opened.error());
        return false;
    }
    m_cache = std::move(opened.value());
    m_status->setReadOnly(true);
    m_status->setLastSync(manifest.exportedAt);
    CacheDb* cache = m_cache.get();
    m_model->setLoader([cache] { return DashboardRepository::load(*cache); });
    m_model->reload();
    m_window->setCache(m_cache.get());
    m_window->setSnapshotBanner(
        tr("Support snapshot of “%1”, exported %2. Read-only: nothing can be sent or changed from here.")
            .arg(manifest.sellerName.isEmpty() ? manifest.sellerId : manifest.sellerName,
                 QLocale().toString(manifest.exportedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void AppController::connectTo(const QUrl& server, const QString& token, const QString& cachePath)
{
    m_cachePath = cachePath;
    SyncWorker::Config config;
    config.server = server;
    config.token = token;
    config.cachePath = cachePath;
    config.intervalMs = m_settings->syncIntervalMinutes() * 60 * 1000;
    delete m_engine;
    m_engine = new SyncEngine(config);
    connect(m_engine, &SyncEngine::cacheOpened, this, &AppController::onCacheOpened);
    connect(m_engine, &SyncEngine::syncStarted, m_status, &SyncStatusModel::startSync);
    connect(m_engine, &SyncEngine::progress, m_status,
            [this](const SyncProgress& progress) { m_status->setProgress(progress.items, 0); });
    connect(m_engine, &SyncEngine::syncFinished, this, [this](const SyncReport& report) {
        if (!m_cache)
            reloadGuiCache();
        if (report.ok)
            m_status->finishSync(report.finishedAt.isValid() ? report.finishedAt : QDateTime::currentDateTimeUtc());
        else
            m_status->failSync(report.message, report.offline);
    });
    connect(m_engine, &SyncEngine::onlineChanged, m_status, &SyncStatusModel::setOnline);
    m_model->setLoader({});
    m_model->reload();
    m_engine->start();
}

void AppController::onCacheOpened(bool ok, const QString& message)
{
    if (!ok) {
        m_model->setLoader([message] { return DashboardLoad{ std::nullopt, message }; });
        m_model->reload();
        return;
    }
    reloadGuiCache();
}

void AppController::reloadGuiCache()
{
    if (!m_cache) {
        if (!QFileInfo::exists(m_cachePath))
            return;
        Outcome<std::unique_ptr<CacheDb>> opened = CacheDb::open(m_cachePath, u"gui"_s, CacheDb::Access::ReadOnly);
        if (!opened) {
            const QString error = opened.error();
            m_model->setLoader([error] { return DashboardLoad{ std::nullopt, error }; });
            m_model->reload();
            return;
        }
        m_cache = std::move(opened.value());
        m_window->setCache(m_cache.get());
        if (!m_engine) {
            const SyncState state = m_cache->syncState();
            m_status->setLastSync(state.lastSuccessAt);
        }
    }
    CacheDb* cache = m_cache.get();
    m_model->setLoader([cache] { return DashboardRepository::load(*cache); });
    m_model->reload();
}

void AppController::startDemo(bool fromFirstRun)
{
    delete m_demo;
    m_demo = new DemoServer(m_demoOptions);
    // Preparing the demo store the first time takes a while: say what happens on the terminal too.
    connect(m_demo, &DemoServer::progress, this, [](const QString& step) { QTextStream(stderr) << "sellercrm: " << step << Qt::endl; });
    connect(m_demo, &DemoServer::ready, this, [this](const QUrl& url, const QString& token) {
        m_settings->setDemoMode(true);
        m_settings->setServerUrl(QUrl());
        connectTo(url, token,
                  m_options.cacheFile.isEmpty() ? m_demoOptions.dataDir + u"/cache.sqlite"_s : m_options.cacheFile);
    });
    if (!fromFirstRun) {
        connect(m_demo, &DemoServer::failed, this, [this](const QString& message) {
            m_model->setLoader([message] { return DashboardLoad{ std::nullopt, message }; });
            m_model->reload();
        });
    }
    m_demo->start();
}

bool AppController::runFirstRun()
{
    FirstRunDialog dialog;
    connect(&dialog, &FirstRunDialog::connectRequested, this, [this, &dialog](const QUrl& url, const QString& token) {
        m_tokens = m_tokens ? m_tokens : new KeychainTokenStore(u"sellercrm"_s, this);
        m_tokens->writeToken(url.toString(), token, &dialog, [this, &dialog, url, token](const Outcome<Done>& written) {
            m_settings->setServerUrl(url);
            m_settings->setDemoMode(false);
            m_settings->sync();
            connectTo(url, token, CacheLocation::cachePath(QString(), url, token));
            dialog.accept();
            if (!written.ok() || !m_tokens->isPersistent()) {
                const QString reason = written.ok() ? m_tokens->unavailableReason() : written.error();
                QTimer::singleShot(500, m_window.get(), [this, reason] {
                    Toast::show(m_window.get(), tr("No system keychain is available (%1): the token is kept for this "
                                                   "session only and asked for again next time.")
                                                    .arg(reason));
                });
            }
        });
    });
    connect(&dialog, &FirstRunDialog::demoRequested, this, [this, &dialog] {
        startDemo(true);
        connect(m_demo, &DemoServer::progress, &dialog, &FirstRunDialog::setBusy);
        connect(m_demo, &DemoServer::failed, &dialog, &FirstRunDialog::setError);
        connect(m_demo, &DemoServer::ready, &dialog, &QDialog::accept);
    });
    return dialog.exec() == QDialog::Accepted;
}

void AppController::exportSnapshot(const QString& path)
{
    if (!m_cache) {
        Toast::show(m_window.get(), tr("There is nothing to export yet: the first sync has not finished."));
        return;
    }
    // The GUI's connection is read-only; the export opens its own read connection on this thread.
    Outcome<std::unique_ptr<CacheDb>> source = CacheDb::open(m_cachePath, u"snapshot-export"_s, CacheDb::Access::ReadOnly);
    if (!source) {
        Toast::show(m_window.get(), tr("The snapshot was not exported: %1").arg(source.error()));
        return;
    }
    const Outcome<SnapshotManifest> exported = Snapshot::exportTo(*source.value(), path, QCoreApplication::applicationVersion());
    if (exported)
        Toast::show(m_window.get(), tr("Snapshot exported to %1. It holds no token and no unsent data.").arg(path));
    else
        Toast::show(m_window.get(), tr("The snapshot was not exported: %1").arg(exported.error()));
}

void AppController::openSnapshotWindow(const QString& path)
{
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), { u"--snapshot"_s, path }))
        Toast::show(m_window.get(), tr("The snapshot opens in a new read-only window."));
    else
        Toast::show(m_window.get(), tr("The snapshot window could not be started."));
}

bool AppController::waitForFirstData(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const DashboardModel::State state = m_model->state();
        const bool demoFailed = !m_engine && m_model->state() == DashboardModel::State::Error;
        if (demoFailed || (m_engine && !m_status->isRunning() && state != DashboardModel::State::Loading))
            return true;
        if (!m_engine && !m_demo)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return false;
}

int AppController::grab(const QString& page, const QString& output)
{
    QTextStream err(stderr);
    QString base = page;
    QString state;
    static const QStringList states = { u"empty"_s, u"error"_s, u"offline"_s, u"loading"_s };
    const qsizetype colon = page.lastIndexOf(u':');
    if (colon > 0 && states.contains(page.mid(colon + 1))) {
        base = page.left(colon);
        state = page.mid(colon + 1);
    }
    const bool wizard = wizardGrabNames().contains(base);
    if (!wizard && !MainWindow::isPageId(base)) {
        err << "sellercrm: "
            << tr("Unknown page “%1” for --grab. Pages: home, segments, segment:<sub-segment>, portrait, buyers, "
                  "communications, %2; states :empty, :error, :offline, :loading.")
                   .arg(page, wizardGrabNames().join(u", "_s))
            << Qt::endl;
        return 2;
    }
    if (m_engine || m_demo) {
        if (!waitForFirstData(180'000))
            err << "sellercrm: " << tr("The first sync did not finish in time; rendering what is cached.") << Qt::endl;
    }
    const QPixmap shot = wizard ? grabWizard(base) : grabWindow(base, state);
    if (shot.isNull())
        return 1;
    if (shot.size() != QSize(1440, 900)) {
        err << "sellercrm: " << tr("The window rendered at %1×%2 instead of 1440×900.").arg(shot.width()).arg(shot.height())
            << Qt::endl;
    }
    if (!shot.save(output, "PNG")) {
        err << "sellercrm: " << tr("Cannot write %1.").arg(output) << Qt::endl;
        return 1;
    }
    return 0;
}

QPixmap AppController::grabWizard(const QString& name)
{
    QString error = tr("There is no cached data to open the wizard over.");
    std::optional<WizardContext> context;
    if (m_cache)
        context = WizardContext::load(*m_cache, QDate::currentDate(), &error);
    if (!context) {
        QTextStream(stderr) << "sellercrm: " << error << Qt::endl;
        return {};
    }
    return grabWizardPage(name, *context);
}

QPixmap AppController::grabWindow(const QString& pageId, const QString& state)
{
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->resize(1440, 900);
    m_window->show();
    if (state == u"loading"_s)
        PageStateStack::skeletonDelayMs = 0;
    m_window->showPage(pageId);
    const QString failure =
        tr("The server did not answer (connection refused). Nothing is lost: try again in a minute.");
    // Home and the Segments pages follow the dashboard model; the other pages have their own
    // state stack.
    PageStateStack* pageStates = qobject_cast<DashboardPage*>(m_window->page(pageId))
                                     ? nullptr
                                     : m_window->page(pageId)->findChild<PageStateStack*>();
    if (pageStates && state.isEmpty()) {
        // Pages that read in the background (the portrait): their data, not the blank first second.
        const QDeadlineTimer loaded(30'000);
        while (!loaded.hasExpired() && (pageStates->shown() == PageStateStack::Shown::Blank
                                        || pageStates->shown() == PageStateStack::Shown::Skeleton))
            settle(50);
    }
    if (state == u"empty"_s) {
        m_model->showState(DashboardModel::State::Empty);
    } else if (state == u"error"_s) {
        m_model->showState(DashboardModel::State::Error, failure);
        if (pageStates)
            pageStates->showError(failure);
    } else if (state == u"loading"_s) {
        m_model->showState(DashboardModel::State::Loading);
        if (pageStates)
            pageStates->showLoading();
    } else if (state == u"offline"_s) {
        if (!m_status->lastSync().isValid())
            m_status->setLastSync(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
        m_status->setOnline(false);
    }
    settle(state == u"loading"_s ? 300 : 150);
    return m_window->grab();
}

void AppController::settle(int ms)
{
    const QDeadlineTimer settled(ms);
    while (!settled.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

} // namespace sellercrm
