#include "jobs/ServerJobs.h"

#include "jobs/CommunicationLifecycle.h"
#include "jobs/SegmentationJob.h"

#include <QDateTime>
#include <QTextStream>
#include <QTimer>

namespace sellercrm::server {

ServerJobs::ServerJobs(std::shared_ptr<ServerStore> store, ServerJobsOptions options, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("jobs"));
}

ServerJobs::~ServerJobs()
{
    m_thread.quit();
    m_thread.wait();
}

QString ServerJobs::segmentedAsOfKey()
{
    return QStringLiteral("segmented_as_of");
}

QDate ServerJobs::today() const
{
    return m_options.fixedToday.value_or(SegmentationJob::today());
}

void ServerJobs::start()
{
    if (m_worker)
        return;
    // The timer is made a child of the worker while both still live on this thread; moving the
    // worker then moves its child. (Creating a child of an object that already lives on the jobs
    // thread fails with "Cannot create children for a parent that is in a different thread" and
    // leaves the timer without a parent, never deleted.)
    m_worker = new QObject;
    auto* timer = new QTimer(m_worker);
    timer->setInterval(m_options.tickMilliseconds);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(timer, &QTimer::timeout, m_worker, [this] { tick(); });
    connect(&m_thread, &QThread::started, timer, [timer, this] {
        tick();
        timer->start();
    });
    m_thread.start();
}

void ServerJobs::tick()
{
    QSqlDatabase db = m_store->connectionForThisThread();
    QTextStream err(stderr);
    const QDate date = today();
    int approved = 0;
    int advanced = 0;
    bool segmented = false;
    const StoreResult<QString> done = ServerStore::metaValue(db, segmentedAsOfKey());
    if (done && done.value() != date.toString(Qt::ISODate)) {
        SegmentationJob job(m_store, m_options.keySegmentRule);
        const auto summary = job.runAll(date);
        if (summary) {
            ServerStore::setMetaValue(db, segmentedAsOfKey(), date.toString(Qt::ISODate));
            segmented = true;
        } else {
            err << "segmentation job: " << summary.error() << '\n';
        }
    }
    const StoreResult<int> moderated = CommunicationLifecycle::autoModerate(
        db, QDateTime::currentDateTimeUtc(), m_options.moderationDelaySeconds);
    if (moderated)
        approved = moderated.value();
    else
        err << "moderation job: " << moderated.error() << '\n';
    const StoreResult<int> delivered = CommunicationLifecycle::advanceDeliveries(db, date);
    if (delivered)
        advanced = delivered.value();
    else
        err << "delivery job: " << delivered.error() << '\n';
    err.flush();
    if (approved > 0 || advanced > 0 || segmented)
        emit tickDone(approved, advanced, segmented);
}

} // namespace sellercrm::server
