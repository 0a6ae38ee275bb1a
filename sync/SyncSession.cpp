#include "SyncSession.h"

#include "ApiClient.h"
#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "FeedPage.h"

#include <QEventLoop>
#include <QUrlQuery>

#include <ctime>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {
// The sync connection's page cache while a first full sync loads and indexes the big tables
// (the index build's sorter takes as much again); the peak RSS target is 300 MB.
constexpr int bulkLoadCacheMb = 96;

qint64 processCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000 + time.tv_nsec / 1000000;
}
} // namespace

SyncSession::SyncSession(CacheDb& cache, ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_writer(std::make_unique<CacheWriter>(cache))
    , m_outbox(std::make_unique<Outbox>(cache))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
}

SyncSession::~SyncSession()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void SyncSession::start()
{
    if (m_running)
        return;
    m_running = true;
    m_resets = 0;
    m_rebuildIndexes = false;
    m_clock.start();
    m_progress = SyncProgress{};
    m_report = SyncReport{};
    m_progress.phase = SyncPhase::SendingOutbox;
    emit progress(m_progress);
    m_outbox->deliverDue(m_api, m_outboxIgnoresBackoff, [this](const OutboxReport& report) {
        m_report.outbox = report;
        if (!m_running)
            return;
        if (report.lastError.kind == ApiError::Kind::Cancelled) {
            fail(tr("The sync was cancelled."), report.lastError);
            return;
        }
        pull();
    });
}

SyncReport SyncSession::runToCompletion()
{
    SyncReport report;
    bool done = false;
    QEventLoop loop;
    const QMetaObject::Connection connection = connect(this, &SyncSession::finished, &loop, [&](const SyncReport& finished) {
        report = finished;
        done = true;
        loop.quit();
    });
    start();
    if (!done)
        loop.exec();
    disconnect(connection);
    return report;
}

void SyncSession::cancel()
{
    if (!m_running)
        return;
    m_outbox->cancel();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        fail(tr("The sync was cancelled."), cancelled);
    }
}

void SyncSession::pull()
{
    const SyncState state = m_cache.syncState();
    m_report.fullSync = m_report.fullSync || state.cursor.isEmpty();
    m_progress.phase = state.cursor.isEmpty() || !state.fullSyncDone ? SyncPhase::FullSync : SyncPhase::IncrementalSync;
    if (!state.fullSyncDone)
        m_rebuildIndexes = true;
    if (state.cursor.isEmpty() && m_cache.rowCount(u"buyers"_s) == 0) {
        // A first full sync loads into bare tables and builds the indexes once at the end.
        auto dropped = m_cache.dropBuyerIndexes();
        if (dropped)
            dropped = m_cache.dropActionKeyIndex();
        if (!dropped) {
            fail(dropped.error(), ApiError{});
            return;
        }
    }
    // Without the action key index (a first full sync, or one stopped before its indexes were
    // built) the actions are appended and the indexes built at the end.
    if (!m_cache.hasIndex(CacheSchema::actionKeyIndexName())) {
        m_rebuildIndexes = true;
        m_writer->setBulkLoad(true);
        if (auto bulk = m_cache.beginBulkLoad(bulkLoadCacheMb); !bulk) {
            fail(bulk.error(), ApiError{});
            return;
        }
    }
    emit progress(m_progress);
    requestPage(state.cursor);
}

void SyncSession::requestPage(const QString& cursor)
{
    ApiRequest request;
    request.path = u"/sync"_s;
    if (!cursor.isEmpty())
        request.query.addQueryItem(u"cursor"_s, cursor);
    request.query.addQueryItem(u"limit"_s, QString::number(m_pageLimit));
    m_call = m_api.send(request);
    connect(m_call, &ApiCall::finished, this, &SyncSession::onPage);
}

void SyncSession::onPage(const ApiResponse& response)
{
    m_call = nullptr;
    if (!m_running)
        return;
    if (response.error.kind == ApiError::Kind::Http && response.httpStatus == 409
        && response.error.code == u"cursor_expired"_s && m_resets == 0) {
        ++m_resets;
        if (auto cleared = m_writer->clearServerData(); !cleared) {
            fail(cleared.error(), ApiError{});
            return;
        }
        pull();
        return;
    }
    if (response.error.isError()) {
        fail(tr("The sync stopped: %1").arg(response.error.describe()), response.error);
        return;
    }
    m_progress.bytes += response.body.size();
    QElapsedTimer processing;
    processing.start();
    auto page = FeedPage::parse(response.body);
    if (!page) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = response.httpStatus;
        error.message = page.error();
        fail(page.error(), error);
        return;
    }
    if (page->hasMore)
        requestPage(page->cursor);
    if (auto applied = m_writer->applyPage(page.value()); !applied) {
        if (m_call) {
            m_call->disconnect(this);
            m_call->cancel();
            m_call = nullptr;
        }
        fail(tr("The sync could not write the cache: %1").arg(applied.error()), ApiError{});
        return;
    }
    m_report.processingMs += processing.elapsed();
    m_progress.items += page->changeCount();
    ++m_progress.pages;
    emit progress(m_progress);
    if (!page->hasMore)
        succeed();
}

void SyncSession::succeed()
{
    if (m_rebuildIndexes) {
        m_progress.phase = SyncPhase::BuildingIndexes;
        emit progress(m_progress);
        QElapsedTimer indexing;
        indexing.start();
        const qint64 cpuBefore = processCpuMs();
        if (auto built = m_cache.ensureIndexes(); !built) {
            fail(built.error(), ApiError{});
            return;
        }
        m_report.indexingMs = indexing.elapsed();
        m_report.indexingCpuMs = processCpuMs() - cpuBefore;
        m_report.processingMs += m_report.indexingMs;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto recorded = m_writer->recordSuccess(now); !recorded) {
        fail(recorded.error(), ApiError{});
        return;
    }
    m_report.ok = true;
    m_report.finishedAt = now;
    finish();
}

void SyncSession::fail(const QString& message, const ApiError& error)
{
    m_report.ok = false;
    m_report.message = message;
    m_report.apiError = error;
    m_report.offline = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
                    || (error.kind == ApiError::Kind::Http
                        && (error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504));
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_writer->recordAttempt(m_report.finishedAt, message);
    finish();
}

void SyncSession::finish()
{
    m_running = false;
    if (m_writer->isBulkLoad()) {
        m_writer->setBulkLoad(false);
        // Back to WAL; should another connection hold the file now, its next open does it.
        if (auto wal = m_cache.endBulkLoad(); !wal)
            qWarning("sync: %s", qPrintable(wal.error()));
    }
    m_report.items = m_progress.items;
    m_report.bytes = m_progress.bytes;
    m_report.pages = m_progress.pages;
    m_report.elapsedMs = m_clock.elapsed();
    m_progress.phase = SyncPhase::Idle;
    emit progress(m_progress);
    emit finished(m_report);
}

} // namespace sellercrm
