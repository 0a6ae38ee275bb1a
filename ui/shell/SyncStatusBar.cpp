#include "shell/SyncStatusBar.h"

#include "SyncStatusModel.h"
#include "components/DisplayFormat.h"
#include "components/Icons.h"
#include "components/Theme.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace sellercrm {

SyncStatusBar::SyncStatusBar(SyncStatusModel* status, QWidget* parent)
    : QStatusBar(parent)
    , m_status(status)
    , m_connectionIcon(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_seller(new QLabel(this))
{
    setObjectName(u"statusBar"_s);
    setSizeGripEnabled(false);
    m_connection->setObjectName(u"connectionStatus"_s);
    m_lastSync->setObjectName(u"lastSyncStatus"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progressText->setObjectName(u"syncProgressText"_s);
    m_seller->setObjectName(u"sellerStatus"_s);
    addWidget(m_connectionIcon);
    addWidget(m_connection);
    addWidget(m_lastSync);
    addWidget(m_progress);
    addWidget(m_progressText);
    addPermanentWidget(m_seller);
    connect(m_status, &SyncStatusModel::changed, this, &SyncStatusBar::refresh);
    connect(&m_ticker, &QTimer::timeout, this, &SyncStatusBar::refresh);
    m_ticker.start(30'000);
    refresh();
}

QString SyncStatusBar::connectionText() const
{
    return m_connection->text();
}

QString SyncStatusBar::lastSyncText() const
{
    return m_lastSync->text();
}

void SyncStatusBar::setSellerText(const QString& text)
{
    m_seller->setText(text);
}

void SyncStatusBar::refresh()
{
    QString icon = u"online"_s;
    QString color = u"success"_s;
    if (m_status->isReadOnly()) {
        m_connection->setText(tr("Read-only snapshot"));
        icon = u"lock"_s;
        color = u"warningText"_s;
    } else if (m_status->isOnline()) {
        m_connection->setText(tr("Online"));
    } else {
        m_connection->setText(tr("Offline"));
        icon = u"offline"_s;
        color = u"danger"_s;
    }
    m_connectionIcon->setPixmap(Icons::pixmap(icon, 14, Theme::color(color)));
    const QDateTime last = m_status->lastSync();
    if (m_status->isReadOnly() && last.isValid())
        m_lastSync->setText(tr("Data as of %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)));
    else if (last.isValid())
        m_lastSync->setText(tr("Last sync %1").arg(DisplayFormat::age(last)));
    else
        m_lastSync->setText(tr("Not synced yet"));
    m_lastSync->setToolTip(last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::LongFormat) : QString());
    if (!m_status->lastError().isEmpty() && !m_status->isRunning())
        m_lastSync->setToolTip(tr("Last sync failed: %1").arg(m_status->lastError()));

    const bool running = m_status->isRunning();
    m_progress->setVisible(running);
    m_progressText->setVisible(running);
    if (running) {
        if (m_status->progressTotal() > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * m_status->progressDone() / m_status->progressTotal()));
            m_progressText->setText(tr("Syncing %1 of %2")
                                        .arg(DisplayFormat::count(m_status->progressDone()),
                                             DisplayFormat::count(m_status->progressTotal())));
        } else {
            m_progress->setRange(0, 0);
            m_progressText->setText(m_status->progressDone() > 0
                                        ? tr("Syncing: %1 changes").arg(DisplayFormat::count(m_status->progressDone()))
                                        : tr("Syncing…"));
        }
    }
}

} // namespace sellercrm
