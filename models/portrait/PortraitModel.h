#pragma once

#include "Outcome.h"
#include "PortraitConditions.h"
#include "portrait/PortraitAggregation.h"
#include "portrait/PortraitAggregator.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace sellercrm {

class PortraitSnapshot;

// The view state of the Buyer portrait page (POR-1, POR-2, STA-2): the snapshot of the cached
// buyers is read on a worker thread (Loading), then every change of the audience or of the
// conditions recomputes all charts at once on the calling thread (a few milliseconds for a
// million buyers, see docs/portrait.md). Empty when the audience has no buyers; Error when the
// cache cannot be read (retry() reads it again).
// Threading: the object lives on the GUI thread; only the loader runs on the worker thread, and
// its result is handed back through a queued call. reload() or refresh() while loading drops the
// older result and reads again once the running load ends (the GUI thread never waits for it).
class PortraitModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortraitModel)

public:
    enum class State
    {
        Loading,
        Ready,
        Empty,
        Error
    };
    Q_ENUM(State)
    // Runs on a worker thread; must not touch objects of the GUI thread.
    using Loader = std::function<Outcome<std::shared_ptr<const PortraitSnapshot>>()>;

    explicit PortraitModel(QObject* parent = nullptr);
    ~PortraitModel() override;

    // A loader that opens the cache file read-only on the worker thread.
    static Loader cacheLoader(const QString& cachePath);
    void setLoader(Loader loader);

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    const PortraitAggregation& result() const { return m_result; }
    const PortraitAudience& audience() const { return m_audience; }
    const PortraitConditions& conditions() const { return m_conditions; }
    std::shared_ptr<const PortraitSnapshot> snapshot() const { return m_snapshot; }
    // Duration of the last recompute (conditions or audience change), nanoseconds.
    qint64 lastRecomputeNs() const { return m_lastRecomputeNs; }

    void setAudience(const PortraitAudience& audience);
    void setConditions(const PortraitConditions& conditions);
    // The readable sentence of the conditions with category names from the cache.
    QString conditionsSentence() const;

public slots:
    // Reads the cache again from the Loading state (another cache file, retry after an error).
    void reload();
    // Reads the cache again after a sync while the figures read before stay shown; they are
    // replaced at once when the new snapshot is ready (the GUI thread never waits for it).
    void refresh();
    void retry() { reload(); }

signals:
    void stateChanged(sellercrm::PortraitModel::State state);
    // The figures changed (new snapshot, audience or conditions).
    void resultChanged();

private:
    void startLoading();
    void publish();
    void setState(State state, const QString& error = {});
    void finishLoad(quint64 generation, Outcome<std::shared_ptr<const PortraitSnapshot>> loaded);
    void joinWorker();

    Loader m_loader;
    std::unique_ptr<QThread> m_worker;
    quint64 m_generation = 0;
    bool m_loadPending = false; // a load was asked for while the worker was still reading
    std::shared_ptr<const PortraitSnapshot> m_snapshot;
    PortraitAudience m_audience;
    PortraitConditions m_conditions;
    PortraitAggregation m_result;
    State m_state = State::Loading;
    QString m_error;
    qint64 m_lastRecomputeNs = 0;
};

} // namespace sellercrm
