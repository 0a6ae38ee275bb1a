#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace sellercrm {

// What the status bar and the pages know about the connection (SYN-2): online or offline, the
// last successful sync, the progress of a running sync and the last sync error. The composition
// root feeds it from the sync engine; GUI thread only.
class SyncStatusModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusModel)

public:
    explicit SyncStatusModel(QObject* parent = nullptr);

    bool isOnline() const { return m_online; }
    bool isRunning() const { return m_running; }
    bool isReadOnly() const { return m_readOnly; }
    QDateTime lastSync() const { return m_lastSync; }
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; } // 0 while the total is unknown
    QString lastError() const { return m_lastError; }

    void setOnline(bool online);
    void setReadOnly(bool readOnly);
    void setLastSync(const QDateTime& when);
    void startSync();
    void setProgress(qint64 done, qint64 total);
    void finishSync(const QDateTime& when);
    void failSync(const QString& error, bool offline);

signals:
    void changed();
    void syncFinished();

private:
    bool m_online = true; // until a sync fails for want of a connection
    bool m_running = false;
    bool m_readOnly = false;
    QDateTime m_lastSync;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_lastError;
};

} // namespace sellercrm
