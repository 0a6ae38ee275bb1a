#include "portrait/PortraitModel.h"

#include "CacheDb.h"
#include "portrait/PortraitSnapshot.h"

#include <QElapsedTimer>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sellercrm {

PortraitModel::PortraitModel(QObject* parent)
    : QObject(parent)
{}

PortraitModel::~PortraitModel()
{
    joinWorker();
}

PortraitModel::Loader PortraitModel::cacheLoader(const QString& cachePath)
{
    return [cachePath]() -> Outcome<std::shared_ptr<const PortraitSnapshot>> {
        using Result = Outcome<std::shared_ptr<const PortraitSnapshot>>;
        auto cache = CacheDb::open(cachePath, u"portrait"_s, CacheDb::Access::ReadOnly);
        if (!cache)
            return Result::failure(cache.error());
        auto snapshot = PortraitSnapshot::load(*cache.value());
        if (!snapshot)
            return Result::failure(snapshot.error());
        return Result(std::make_shared<const PortraitSnapshot>(std::move(snapshot).value()));
    };
}

void PortraitModel::setLoader(Loader loader)
{
    m_loader = std::move(loader);
}

void PortraitModel::joinWorker()
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
}

void PortraitModel::reload()
{
    ++m_generation;
    setState(State::Loading);
    startLoading();
}

void PortraitModel::refresh()
{
    if (m_state != State::Ready && m_state != State::Empty) {
        reload();
        return;
    }
    ++m_generation;
    startLoading();
}

void PortraitModel::startLoading()
{
    const quint64 generation = m_generation;
    if (!m_loader)
        return; // no cache yet (the first sync is running): stay Loading
    if (m_worker && m_worker->isRunning()) {
        m_loadPending = true; // started when the running load hands its result back
        return;
    }
    joinWorker();
    m_worker.reset(QThread::create([this, generation, loader = m_loader] {
        auto loaded = loader();
        QMetaObject::invokeMethod(
            this,
            [this, generation, loaded = std::move(loaded)]() mutable {
                finishLoad(generation, std::move(loaded));
            },
            Qt::QueuedConnection);
    }));
    m_worker->start();
}

void PortraitModel::finishLoad(quint64 generation, Outcome<std::shared_ptr<const PortraitSnapshot>> loaded)
{
    const bool stale = generation != m_generation;
    if (m_loadPending) {
        m_loadPending = false;
        startLoading();
    }
    if (stale)
        return;
    if (!loaded) {
        setState(State::Error,
                 tr("The buyers could not be read from the local data: %1").arg(loaded.error()));
        return;
    }
    m_snapshot = std::move(loaded).value();
    publish();
}

void PortraitModel::setAudience(const PortraitAudience& audience)
{
    if (audience == m_audience)
        return;
    m_audience = audience;
    if (m_state == State::Ready || m_state == State::Empty)
        publish();
}

void PortraitModel::setConditions(const PortraitConditions& conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    if (m_state == State::Ready || m_state == State::Empty)
        publish();
}

QString PortraitModel::conditionsSentence() const
{
    const std::shared_ptr<const PortraitSnapshot> snapshot = m_snapshot;
    return m_conditions.sentence(QLocale(), [snapshot](PortraitConditions::Kind kind, const QString& value) {
        return kind == PortraitConditions::Kind::Category && snapshot ? snapshot->categoryName(value) : value;
    });
}

void PortraitModel::publish()
{
    QElapsedTimer timer;
    timer.start();
    m_result = PortraitAggregator::compute(*m_snapshot, m_audience, m_conditions);
    m_lastRecomputeNs = timer.nsecsElapsed();
    setState(m_result.audience == 0 ? State::Empty : State::Ready);
    emit resultChanged();
}

void PortraitModel::setState(State state, const QString& error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace sellercrm
