#include "DashboardModel.h"

#include "SyncStatusModel.h"

namespace sellercrm {

DashboardModel::DashboardModel(SyncStatusModel* status, QObject* parent)
    : QObject(parent)
    , m_status(status)
{
    connect(m_status, &SyncStatusModel::syncFinished, this, &DashboardModel::reload);
}

void DashboardModel::setLoader(Loader loader)
{
    m_loader = std::move(loader);
}

void DashboardModel::reload()
{
    if (!m_loader) {
        setState(State::Loading);
        return;
    }
    const DashboardLoad load = m_loader();
    if (!load.error.isEmpty()) {
        setState(State::Error, load.error);
        return;
    }
    if (!load.data) {
        // Nothing cached yet: loading while the first sync runs, an error once it failed.
        if (!m_status->isRunning() && !m_status->lastError().isEmpty())
            setState(State::Error, m_status->lastError());
        else
            setState(State::Loading);
        return;
    }
    m_data = *load.data;
    setState(m_data.segmentation.hasBuyers() ? State::Ready : State::Empty);
}

void DashboardModel::retry()
{
    setState(State::Loading);
    emit retryRequested();
    reload();
}

void DashboardModel::showState(State state, const QString& error)
{
    setState(state, error);
}

void DashboardModel::setState(State state, const QString& error)
{
    m_state = state;
    m_error = error;
    emit changed();
}

} // namespace sellercrm
