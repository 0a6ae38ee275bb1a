#include "AppTestFixture.h"

#include "DashboardRepository.h"
#include "Outbox.h"
#include "Segmentation.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

bool AppTestFixture::prepare(const QStringList& sellers, QString* error)
{
    if (!m_server.start(error))
        return false;
    for (const QString& seller : sellers) {
        if (!m_server.syncSeller(seller, cachePath(seller), error))
            return false;
    }
    return true;
}

bool AppTestFixture::sendCommunication(const QString& sellerId, const QJsonObject& request, QString* error)
{
    {
        auto cache = CacheDb::open(cachePath(sellerId), u"fixture-outbox"_s);
        if (!cache) {
            *error = cache.error();
            return false;
        }
        Outbox outbox(*cache.value());
        const Outcome<QString> queued = outbox.enqueueCreateCommunication(request);
        if (!queued) {
            *error = queued.error();
            return false;
        }
    }
    if (!m_server.syncSeller(sellerId, cachePath(sellerId), error))
        return false;
    auto cache = CacheDb::open(cachePath(sellerId), u"fixture-check"_s, CacheDb::Access::ReadOnly);
    if (!cache) {
        *error = cache.error();
        return false;
    }
    QSqlQuery query(cache.value()->connection());
    if (!query.exec(u"SELECT id, status, reject_reason FROM communications"_s) || !query.next()
        || query.value(1).toString() != u"on_moderation"_s || query.value(0).toString().startsWith(u"local:"_s)) {
        *error = u"the communication of %1 did not come back from the server on moderation: %2 %3 %4"_s.arg(
            sellerId, query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        return false;
    }
    return true;
}

QJsonObject AppTestFixture::mailingRequest(const QString& subSegment, const QString& text)
{
    const auto sub = subSegmentFromCode(subSegment);
    return QJsonObject{
        { u"name"_s, QString(u"Mailing to "_s + subSegment) },
        { u"audience"_s, QJsonObject{ { u"segments"_s, QJsonArray{ segmentCode(segmentOf(*sub)) } },
                                      { u"subsegments"_s, QJsonArray{ subSegment } } } },
        { u"offer"_s, QJsonObject{ { u"type"_s, u"product_promotion"_s } } },
        { u"format"_s, QJsonObject{ { u"type"_s, u"mailing"_s },
                                    { u"recipients"_s, 1 },
                                    { u"target"_s, QJsonObject{ { u"kind"_s, u"showcase"_s } } },
                                    { u"send_date"_s, AppTestServer::asOf().addDays(7).toString(Qt::ISODate) },
                                    { u"text"_s, text } } } };
}

AppTestFixture::Models AppTestFixture::open(const QString& sellerId)
{
    Models models;
    auto opened = CacheDb::open(cachePath(sellerId), u"gui-%1-%2"_s.arg(sellerId).arg(++m_opened), CacheDb::Access::ReadOnly);
    if (opened)
        models.cache = std::move(opened.value());
    models.status = std::make_unique<SyncStatusModel>();
    models.status->setLastSync(QDateTime::currentDateTimeUtc().addSecs(-600));
    models.dashboard = std::make_unique<DashboardModel>(models.status.get());
    models.settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_opened)));
    CacheDb* cache = models.cache.get();
    if (cache)
        models.dashboard->setLoader([cache] { return DashboardRepository::load(*cache); });
    models.dashboard->reload();
    return models;
}

} // namespace sellercrm::test
