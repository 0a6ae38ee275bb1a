#include "Outbox.h"

#include "ApiClient.h"
#include "CacheDb.h"
#include "CacheWriter.h"
#include "FeedPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString localPrefix = u"local:"_s;

QString compact(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QVariant textOrNull(const QJsonValue& value)
{
    return value.isString() ? QVariant(value.toString()) : QVariant();
}

// The communication (or audience) in the answer to a create: the object itself or wrapped in
// "communication" / "data".
QJsonObject createdEntityOf(const QByteArray& body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    for (const QString& wrapper : {u"communication"_s, u"data"_s}) {
        if (root.value(wrapper).isObject())
            return root.value(wrapper).toObject();
    }
    return root;
}

} // namespace

struct Outbox::Resource final
{
    const char* createOp;
    const char* deleteOp;
    QString path;     // REST collection: "/communications"
    QString feedType; // "communication"
    QString table;    // cache table: "communications"
};

namespace {

const Outbox::Resource communicationWrites{Outbox::createOp, Outbox::deleteOp, u"/communications"_s,
                                           u"communication"_s, u"communications"_s};
const Outbox::Resource audienceWrites{Outbox::createAudienceOp, Outbox::deleteAudienceOp, u"/audiences"_s,
                                      u"audience"_s, u"saved_audiences"_s};

const Outbox::Resource& resourceOf(const QString& op)
{
    return op == QLatin1String(Outbox::createAudienceOp) || op == QLatin1String(Outbox::deleteAudienceOp)
               ? audienceWrites
               : communicationWrites;
}

bool isCreate(const QString& op)
{
    return op == QLatin1String(Outbox::createOp) || op == QLatin1String(Outbox::createAudienceOp);
}

} // namespace

Outbox::Outbox(CacheDb& cache, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_writer(std::make_unique<CacheWriter>(cache))
{
}

Outbox::~Outbox()
{
    cancel();
}

void Outbox::setBackoff(qint64 baseMs, qint64 maxMs)
{
    m_backoffBaseMs = baseMs;
    m_backoffMaxMs = maxMs;
}

qint64 Outbox::backoffMs(int attempts) const
{
    const qint64 exponential = std::min(m_backoffMaxMs, m_backoffBaseMs << std::min(std::max(attempts - 1, 0), 20));
    return exponential / 2 + QRandomGenerator::global()->bounded(exponential / 2 + 1);
}

Outcome<QString> Outbox::enqueueCreateCommunication(const QJsonObject& request)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString localId = localPrefix + key;
    const QString time = now();
    auto stored = m_cache.inTransaction([&]() -> Outcome<Done> {
        if (auto entry = insertEntry(key, createOp, QString(), request); !entry)
            return entry;
        // The create request (openapi.yaml CommunicationCreate): name, audience, offer, and the
        // format object that becomes the communication's content.
        const QJsonObject audience = request.value(u"audience"_s).toObject();
        const QJsonObject format = request.value(u"format"_s).toObject();
        const QJsonValue sendDate = format.contains(u"send_date"_s) ? format.value(u"send_date"_s) : format.value(u"start"_s);
        const auto integerOrNull = [](const QJsonValue& value) {
            return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
        };
        const auto codeOrNull = [&audience](const QString& singular) {
            const QString code = CacheWriter::audienceCode(audience, singular);
            return code.isEmpty() ? QVariant() : QVariant(code);
        };
        QSqlQuery& row = m_cache.prepared(
            u"INSERT INTO communications (id, name, format, audience, offer, content, status, send_date, end_date, "
            "recipients, daily_budget_kopecks, created_at, updated_at, idempotency_key, audience_segment, "
            "audience_subsegment, local_state) VALUES (?, ?, ?, ?, ?, ?, 'waiting_to_send', ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'waiting')"_s);
        int i = 0;
        row.bindValue(i++, localId);
        row.bindValue(i++, textOrNull(request.value(u"name"_s)));
        row.bindValue(i++, textOrNull(format.value(u"type"_s)));
        row.bindValue(i++, compact(request.value(u"audience"_s)));
        row.bindValue(i++, compact(request.value(u"offer"_s)));
        row.bindValue(i++, compact(request.value(u"format"_s)));
        row.bindValue(i++, textOrNull(sendDate));
        row.bindValue(i++, textOrNull(format.value(u"end"_s)));
        row.bindValue(i++, integerOrNull(format.value(u"recipients"_s)));
        row.bindValue(i++, integerOrNull(format.value(u"daily_budget_kopecks"_s)));
        row.bindValue(i++, time);
        row.bindValue(i++, time);
        row.bindValue(i++, key);
        row.bindValue(i++, codeOrNull(u"segment"_s));
        row.bindValue(i++, codeOrNull(u"subsegment"_s));
        if (!row.exec())
            return Outcome<Done>::failure(CacheDb::describe(row, u"store the waiting communication"_s));
        return done();
    });
    if (!stored)
        return Outcome<QString>::failure(stored.error());
    return Outcome<QString>(localId);
}

Outcome<Done> Outbox::enqueueDeleteCommunication(const QString& communicationId)
{
    return enqueueDelete(communicationWrites, communicationId);
}

Outcome<QString> Outbox::enqueueCreateAudience(const QJsonObject& request)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString localId = localPrefix + key;
    const QString time = now();
    auto stored = m_cache.inTransaction([&]() -> Outcome<Done> {
        if (auto entry = insertEntry(key, createAudienceOp, QString(), request); !entry)
            return entry;
        // The create request (openapi.yaml SavedAudienceCreate); the counts come from the server.
        QSqlQuery& row = m_cache.prepared(
            u"INSERT INTO saved_audiences (id, name, segments, subsegments, conditions, created_at, updated_at, "
            "idempotency_key, local_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting')"_s);
        row.bindValue(0, localId);
        row.bindValue(1, textOrNull(request.value(u"name"_s)));
        row.bindValue(2, compact(request.value(u"segments"_s)));
        row.bindValue(3, compact(request.value(u"subsegments"_s)));
        row.bindValue(4, compact(request.value(u"conditions"_s)));
        row.bindValue(5, time);
        row.bindValue(6, time);
        row.bindValue(7, key);
        if (!row.exec())
            return Outcome<Done>::failure(CacheDb::describe(row, u"store the waiting audience"_s));
        return done();
    });
    if (!stored)
        return Outcome<QString>::failure(stored.error());
    return Outcome<QString>(localId);
}

Outcome<Done> Outbox::enqueueDeleteAudience(const QString& audienceId)
{
    return enqueueDelete(audienceWrites, audienceId);
}

Outcome<Done> Outbox::insertEntry(const QString& key, const char* op, const QString& targetId, const QJsonObject& body)
{
    const QString time = now();
    QSqlQuery& entry = m_cache.prepared(
        u"INSERT INTO outbox (idempotency_key, op, target_id, body, state, attempts, next_attempt_at, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, 'waiting', 0, 0, ?, ?)"_s);
    entry.bindValue(0, key);
    entry.bindValue(1, QString::fromLatin1(op));
    entry.bindValue(2, targetId.isEmpty() ? QVariant() : QVariant(targetId));
    entry.bindValue(3, body.isEmpty() ? QVariant() : QVariant(compact(body)));
    entry.bindValue(4, time);
    entry.bindValue(5, time);
    if (!entry.exec())
        return Outcome<Done>::failure(CacheDb::describe(entry, u"store the outbox entry"_s));
    return done();
}

Outcome<Done> Outbox::enqueueDelete(const Resource& resource, const QString& id)
{
    if (id.startsWith(localPrefix)) {
        const QString key = id.mid(localPrefix.size());
        return m_cache.inTransaction([&]() -> Outcome<Done> {
            QSqlQuery& withdraw = m_cache.prepared(
                u"DELETE FROM outbox WHERE idempotency_key = ? AND (state = 'rejected' OR (state = 'waiting' AND attempts = 0))"_s);
            withdraw.bindValue(0, key);
            if (!withdraw.exec())
                return Outcome<Done>::failure(CacheDb::describe(withdraw, u"withdraw the outbox entry"_s));
            QSqlQuery& remaining = m_cache.prepared(u"SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?"_s);
            remaining.bindValue(0, key);
            if (!remaining.exec() || !remaining.next())
                return Outcome<Done>::failure(CacheDb::describe(remaining, u"read the outbox"_s));
            const bool inFlight = remaining.value(0).toInt() > 0;
            remaining.finish();
            if (inFlight)
                return Outcome<Done>::failure(
                    &resource == &audienceWrites
                        ? tr("This audience is being saved; delete it once the server has it.")
                        : tr("This communication is being sent; delete it once the server has it."));
            QSqlQuery& row = m_cache.prepared(u"DELETE FROM "_s + resource.table + u" WHERE id = ?"_s);
            row.bindValue(0, id);
            if (!row.exec())
                return Outcome<Done>::failure(CacheDb::describe(row, u"delete the waiting "_s + resource.feedType));
            return done();
        });
    }
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_cache.inTransaction([&]() -> Outcome<Done> {
        if (auto entry = insertEntry(key, resource.deleteOp, id, QJsonObject()); !entry)
            return entry;
        QSqlQuery& row =
            m_cache.prepared(u"UPDATE "_s + resource.table + u" SET local_state = 'deleting' WHERE id = ?"_s);
        row.bindValue(0, id);
        if (!row.exec())
            return Outcome<Done>::failure(CacheDb::describe(row, u"mark the "_s + resource.feedType));
        return done();
    });
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> result;
    QSqlQuery query(m_cache.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, idempotency_key, op, target_id, body, state, attempts, next_attempt_at, http_status, "
                    "error_code, error_message, result_id FROM outbox ORDER BY id"_s))
        return result;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.idempotencyKey = query.value(1).toString();
        entry.op = query.value(2).toString();
        entry.targetId = query.value(3).toString();
        entry.body = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        entry.state = query.value(5).toString();
        entry.attempts = query.value(6).toInt();
        entry.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong()).toUTC();
        entry.httpStatus = query.value(8).toInt();
        entry.errorCode = query.value(9).toString();
        entry.errorMessage = query.value(10).toString();
        entry.resultId = query.value(11).toString();
        result.append(entry);
    }
    return result;
}

int Outbox::waitingCount() const
{
    QSqlQuery query(m_cache.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'waiting'"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void Outbox::deliverDue(ApiClient& api, bool ignoreBackoff, std::function<void(const OutboxReport&)> done)
{
    if (m_delivering) {
        QMetaObject::invokeMethod(this, [done = std::move(done)] { done(OutboxReport{}); }, Qt::QueuedConnection);
        return;
    }
    m_delivering = true;
    m_api = &api;
    m_done = std::move(done);
    m_report = OutboxReport{};
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_queue.clear();
    for (const OutboxEntry& entry : entries()) {
        if (entry.state == u"waiting"_s && (ignoreBackoff || entry.nextAttemptAt.toMSecsSinceEpoch() <= nowMs))
            m_queue.append(entry);
    }
    QMetaObject::invokeMethod(this, &Outbox::sendNext, Qt::QueuedConnection);
}

void Outbox::cancel()
{
    m_queue.clear();
    if (m_call)
        m_call->cancel();
}

Outcome<Done> Outbox::claim(const OutboxEntry& entry)
{
    QSqlQuery& query =
        m_cache.prepared(u"UPDATE outbox SET attempts = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?"_s);
    query.bindValue(0, entry.attempts);
    query.bindValue(1, QDateTime::currentMSecsSinceEpoch() + backoffMs(entry.attempts));
    query.bindValue(2, now());
    query.bindValue(3, entry.id);
    if (!query.exec())
        return Outcome<Done>::failure(CacheDb::describe(query, u"record the attempt"_s));
    return done();
}

void Outbox::sendNext()
{
    if (m_queue.isEmpty() || !m_api) {
        finishDelivery();
        return;
    }
    OutboxEntry entry = m_queue.takeFirst();
    ++entry.attempts;
    if (auto claimed = claim(entry); !claimed) {
        m_report.lastError.kind = ApiError::Kind::BadResponse;
        m_report.lastError.message = claimed.error();
        finishDelivery();
        return;
    }
    ApiRequest request;
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), entry.idempotencyKey.toUtf8()});
    const Resource& resource = resourceOf(entry.op);
    if (isCreate(entry.op)) {
        request.method = QByteArrayLiteral("POST");
        request.path = resource.path;
        request.body = QJsonDocument(entry.body).toJson(QJsonDocument::Compact);
    } else {
        request.method = QByteArrayLiteral("DELETE");
        request.path = resource.path + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(entry.targetId));
    }
    m_call = m_api->send(request);
    connect(m_call, &ApiCall::finished, this, [this, entry](const ApiResponse& response) {
        m_call = nullptr;
        onAnswer(entry, response.httpStatus, response.body, response.error);
    });
}

void Outbox::onAnswer(const OutboxEntry& entry, int httpStatus, const QByteArray& body, const ApiError& error)
{
    Outcome<Done> recorded = done();
    const bool alreadyDeleted = !isCreate(entry.op) && httpStatus == 404 && entry.attempts > 1;
    if (!error.isError() || alreadyDeleted) {
        recorded = markSent(entry, httpStatus, body);
        ++m_report.sent;
    } else if (error.kind == ApiError::Kind::Cancelled) {
        m_queue.clear();
        m_report.lastError = error;
    } else if (error.isTransient() || error.httpStatus == 401 || error.kind == ApiError::Kind::Tls
               || error.kind == ApiError::Kind::TooLarge) {
        recorded = markDeferred(entry, error);
        ++m_report.deferred;
        m_report.deferred += int(m_queue.size());
        m_report.lastError = error;
        m_queue.clear(); // the server is unreachable or refuses us: the rest waits too
    } else {
        recorded = markRejected(entry, error);
        ++m_report.rejected;
    }
    if (!recorded) {
        m_report.lastError.kind = ApiError::Kind::BadResponse;
        m_report.lastError.message = recorded.error();
        m_queue.clear();
    }
    sendNext();
}

Outcome<Done> Outbox::markSent(const OutboxEntry& entry, int httpStatus, const QByteArray& body)
{
    auto marked = m_cache.inTransaction([&]() -> Outcome<Done> {
        QString resultId = entry.targetId;
        const Resource& resource = resourceOf(entry.op);
        QSqlQuery& remove = m_cache.prepared(u"DELETE FROM "_s + resource.table + u" WHERE id = ?"_s);
        if (isCreate(entry.op)) {
            const QJsonObject created = createdEntityOf(body);
            resultId = created.value(u"id"_s).toString();
            if (!resultId.isEmpty()) {
                auto change = FeedPage::parseEntity(resource.feedType, resultId, created);
                if (change) {
                    if (auto applied = m_writer->applyChange(change.value()); !applied)
                        return applied;
                }
            }
            remove.bindValue(0, QString(localPrefix + entry.idempotencyKey)); // the placeholder
        } else {
            remove.bindValue(0, entry.targetId);
        }
        if (!remove.exec())
            return Outcome<Done>::failure(CacheDb::describe(remove, u"drop the "_s + resource.feedType + u" row"_s));
        QSqlQuery& update = m_cache.prepared(
            u"UPDATE outbox SET state = 'sent', http_status = ?, result_id = ?, error_code = NULL, error_message = NULL, "
            "updated_at = ? WHERE id = ?"_s);
        update.bindValue(0, httpStatus);
        update.bindValue(1, resultId.isEmpty() ? QVariant() : QVariant(resultId));
        update.bindValue(2, now());
        update.bindValue(3, entry.id);
        if (!update.exec())
            return Outcome<Done>::failure(CacheDb::describe(update, u"mark the entry sent"_s));
        return done();
    });
    if (marked)
        emit entryChanged(entry.id, u"sent"_s);
    return marked;
}

Outcome<Done> Outbox::markRejected(const OutboxEntry& entry, const ApiError& error)
{
    const QString reason = error.describe();
    auto marked = m_cache.inTransaction([&]() -> Outcome<Done> {
        QSqlQuery& update = m_cache.prepared(
            u"UPDATE outbox SET state = 'rejected', http_status = ?, error_code = ?, error_message = ?, updated_at = ? "
            "WHERE id = ?"_s);
        update.bindValue(0, error.httpStatus);
        update.bindValue(1, error.code);
        update.bindValue(2, reason);
        update.bindValue(3, now());
        update.bindValue(4, entry.id);
        if (!update.exec())
            return Outcome<Done>::failure(CacheDb::describe(update, u"mark the entry rejected"_s));
        const Resource& resource = resourceOf(entry.op);
        if (entry.op == QLatin1String(createOp)) {
            QSqlQuery& row = m_cache.prepared(
                u"UPDATE communications SET status = 'rejected', reject_reason = ?, local_state = 'rejected' WHERE id = ?"_s);
            row.bindValue(0, reason);
            row.bindValue(1, QString(localPrefix + entry.idempotencyKey));
            if (!row.exec())
                return Outcome<Done>::failure(CacheDb::describe(row, u"mark the communication rejected"_s));
        } else if (entry.op == QLatin1String(createAudienceOp)) {
            // The reason stays in the outbox entry (errorMessage).
            QSqlQuery& row = m_cache.prepared(u"UPDATE saved_audiences SET local_state = 'rejected' WHERE id = ?"_s);
            row.bindValue(0, QString(localPrefix + entry.idempotencyKey));
            if (!row.exec())
                return Outcome<Done>::failure(CacheDb::describe(row, u"mark the audience rejected"_s));
        } else {
            QSqlQuery& row =
                m_cache.prepared(u"UPDATE "_s + resource.table + u" SET local_state = NULL WHERE id = ?"_s);
            row.bindValue(0, entry.targetId);
            if (!row.exec())
                return Outcome<Done>::failure(CacheDb::describe(row, u"restore the "_s + resource.feedType));
        }
        return done();
    });
    if (marked)
        emit entryChanged(entry.id, u"rejected"_s);
    return marked;
}

Outcome<Done> Outbox::markDeferred(const OutboxEntry& entry, const ApiError& error)
{
    QSqlQuery& update =
        m_cache.prepared(u"UPDATE outbox SET http_status = ?, error_code = ?, error_message = ?, updated_at = ? WHERE id = ?"_s);
    update.bindValue(0, error.httpStatus);
    update.bindValue(1, error.code);
    update.bindValue(2, error.describe());
    update.bindValue(3, now());
    update.bindValue(4, entry.id);
    if (!update.exec())
        return Outcome<Done>::failure(CacheDb::describe(update, u"record the error"_s));
    return done();
}

void Outbox::finishDelivery()
{
    m_delivering = false;
    m_api = nullptr;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(m_report);
}

} // namespace sellercrm
