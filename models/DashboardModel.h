#pragma once

#include "DashboardData.h"

#include <QObject>

#include <functional>

namespace sellercrm {

class SyncStatusModel;

// The view state of Home and the Segments pages (STA-2): Loading until the cache holds a
// segmentation, Ready, Empty (no buyers in any segment) or Error (reading the cache failed, or
// the first sync failed with nothing cached). Offline with data stays Ready; the pages read the
// cache age from the SyncStatusModel. Reloads after every sync. GUI thread only.
class DashboardModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModel)

public:
    enum class State { Loading, Ready, Empty, Error };
    Q_ENUM(State)
    using Loader = std::function<DashboardLoad()>;

    explicit DashboardModel(SyncStatusModel* status, QObject* parent = nullptr);

    void setLoader(Loader loader);
    State state() const { return m_state; }
    const DashboardData& data() const { return m_data; }
    QString errorText() const { return m_error; }
    SyncStatusModel* status() const { return m_status; }

public slots:
    void reload();
    // Asks for a new sync (connected by the composition root) and reads the cache again.
    void retry();
    // Puts the page into a state regardless of the cache (Loading, Empty, Error): the --grab
    // renderings of the states for docs and support. reload() returns to the cache's state.
    void showState(State state, const QString& error = {});

signals:
    void changed();
    void retryRequested();

private:
    void setState(State state, const QString& error = {});

    SyncStatusModel* m_status;
    Loader m_loader;
    State m_state = State::Loading;
    DashboardData m_data;
    QString m_error;
};

} // namespace sellercrm
