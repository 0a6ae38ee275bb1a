#pragma once

#include "Outcome.h"
#include "WizardPreset.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>

#include <functional>

class QStackedWidget;
class QAction;
class QTimer;

namespace sellercrm {

class AppSettings;
class Banner;
class CacheDb;
class DashboardModel;
class WizardPage;
class NavigationPanel;
class SyncStatusBar;

// The main window: navigation, the pages (created on first visit), the snapshot banner, menus
// (File ▸ Export snapshot / Open snapshot / Settings, Sync now, About) and the status bar.
// Geometry and the last page are kept in AppSettings. What the menus ask for that needs the data
// layer is emitted as a signal for the composition root. Buyers, Communications and Buyer
// portrait read the seller's cache given with setCache(); until then they show the loading state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(DashboardModel* model, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    using DeleteHandler = std::function<Outcome<Done>(const QString& communicationId)>;
    // POR-2: queues a saved audience (the body of POST /api/v1/audiences); the placeholder id.
    using AudienceSaver = std::function<Outcome<QString>(const QJsonObject& request)>;

    // Page ids: home, segments, segment:<sub-segment code>, portrait, buyers, communications.
    static bool isPageId(const QString& pageId);
    bool showPage(const QString& pageId);
    // A segment page's entries (SEG-4): the buyers list or the portrait of one sub-segment.
    bool showSubSegmentIn(const QString& pageId, const QString& subSegmentCode);
    QString currentPage() const { return m_current; }
    QWidget* page(const QString& pageId) const { return m_pages.value(pageId); }
    void restoreLastPage();
    // SYN-4: a read-only snapshot; the banner says whose data and from when.
    void setSnapshotBanner(const QString& text);
    NavigationPanel* navigation() const { return m_navigation; }
    // WIZ-1: the composition root makes the wizard over the seller's cache, outbox and drafts;
    // without a factory (or when it returns nullptr) the entry points only explain themselves.
    void setWizardFactory(std::function<WizardPage*()> factory) { m_wizardFactory = std::move(factory); }
    // The GUI thread's connection to the seller's cache (read-only; a snapshot's in SYN-4), read
    // by the table and portrait pages; pages made before are made again over it. Not owned.
    void setCache(CacheDb* cache);
    // COM-6 delete through the outbox; without one (a snapshot) the page explains it cannot.
    void setDeleteHandler(DeleteHandler handler);
    void setAudienceSaver(AudienceSaver saver) { m_audienceSaver = std::move(saver); }
    // COM-6 "Repeat": the wizard filled with the cached communication; false with a toast when
    // it cannot be read or the wizard cannot open.
    bool repeatCommunication(const QString& communicationId);
    WizardPage* openWizard(const WizardPreset& preset);
    SyncStatusBar* syncStatusBar() const { return m_statusBar; }
    // The warm-up: once the page the seller looks at shows its data and the app has had nothing
    // to do for this long, the Buyer portrait is made in the background, so its snapshot of every
    // cached buyer (read on a worker thread) is ready before its first visit. Negative: never
    // (the pages are made on their first visit only). Tests may change it.
    static int warmUpDelayMs;

signals:
    // The warm-up's pages have read the cache and show their data (or their empty or error state).
    void warmedUp();
    void exportSnapshotRequested(const QString& path);
    void openSnapshotRequested(const QString& path);
    void syncNowRequested();
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createPage(const QString& pageId);
    QWidget* createCachePage(const QString& pageId);
    WizardPage* mountWizard();
    void refreshCachePages();
    void warmUpWhenIdle();
    void warmUp();
    bool isReadOnly() const;
    static QString readOnlyText();
    void openSettings();
    void showAbout();
    void updateSellerTexts();
    void buildMenus();

    DashboardModel* m_model;
    AppSettings* m_settings;
    NavigationPanel* m_navigation;
    QStackedWidget* m_stack;
    Banner* m_snapshotBanner;
    SyncStatusBar* m_statusBar;
    QHash<QString, QWidget*> m_pages;
    QString m_current;
    QAction* m_exportAction = nullptr;
    QAction* m_syncAction = nullptr;
    std::function<WizardPage*()> m_wizardFactory;
    CacheDb* m_cache = nullptr;
    DeleteHandler m_deleteHandler;
    AudienceSaver m_audienceSaver;
    QTimer* m_warmUpTimer;
};

} // namespace sellercrm
