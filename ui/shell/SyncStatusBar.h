#pragma once

#include <QStatusBar>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace sellercrm {

class SyncStatusModel;

// SYN-2 status bar: online/offline (or the read-only snapshot), the last sync time and the
// progress of a running sync. Refreshes the "5 min ago" text every 30 s.
class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusBar)

public:
    SyncStatusBar(SyncStatusModel* status, QWidget* parent = nullptr);

    QString connectionText() const;
    QString lastSyncText() const;
    void setSellerText(const QString& text);

private:
    void refresh();

    SyncStatusModel* m_status;
    QLabel* m_connectionIcon;
    QLabel* m_connection;
    QLabel* m_lastSync;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_seller;
    QTimer m_ticker;
};

} // namespace sellercrm
