#pragma once

#include "AppOptions.h"
#include "DemoServer.h"
#include "Outcome.h"

#include <QJsonObject>
#include <QObject>
#include <QPixmap>
#include <QUrl>

#include <memory>

namespace sellercrm {

class AppSettings;
class CacheDb;
class DashboardModel;
class DraftStore;
class Outbox;
class WizardPage;
class MainWindow;
class SyncEngine;
class SyncStatusModel;
class TokenStore;

// The composition root of the window: picks the data source (a snapshot, --server, the demo,
// the saved connection or the first-run dialog), wires the sync engine to the status and
// dashboard models, and owns the main window. GUI thread only.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(AppOptions options, AppSettings* settings, QObject* parent = nullptr);
    ~AppController() override;

    // Opens the window (or, with --grab, renders and returns). Returns an exit code when the
    // app should end now, nullopt when the event loop should run.
    std::optional<int> start();

    MainWindow* window() const { return m_window.get(); }
    DashboardModel* dashboard() const { return m_model; }
    // The demo's generated store ("Open the demo", --demo); the defaults are the README's demo.
    void setDemoOptions(const DemoServer::Options& options) { m_demoOptions = options; }

private:
    bool openSnapshot(const QString& file, QString* error);
    void connectTo(const QUrl& server, const QString& token, const QString& cachePath);
    void startDemo(bool fromFirstRun);
    bool runFirstRun();
    void onCacheOpened(bool ok, const QString& message);
    void exportSnapshot(const QString& path);
    void openSnapshotWindow(const QString& path);
    void reloadGuiCache();
    int grab(const QString& page, const QString& output);
    QPixmap grabWizard(const QString& name);
    QPixmap grabWindow(const QString& pageId, const QString& state);
    static void settle(int ms);
    bool waitForFirstData(int timeoutMs);
    QString demoDirectory() const;
    // The read-write connection of the wizard and the outbox (not in a snapshot), opened once.
    bool openWriteCache();
    void reportFirstPaint();
    WizardPage* createWizard();
    Outcome<Done> deleteCommunication(const QString& communicationId);
    Outcome<QString> saveAudience(const QJsonObject& request);

    AppOptions m_options;
    AppSettings* m_settings;
    SyncStatusModel* m_status;
    DashboardModel* m_model;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CacheDb> m_cache;
    QString m_cachePath;
    SyncEngine* m_engine = nullptr;
    TokenStore* m_tokens = nullptr;
    DemoServer* m_demo = nullptr;
    DemoServer::Options m_demoOptions;
    // The wizard's read-write connection to the cache (WIZ-8 outbox, WIZ-9 drafts), opened on first use.
    std::unique_ptr<CacheDb> m_wizardCache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DraftStore> m_drafts;
};

} // namespace sellercrm
