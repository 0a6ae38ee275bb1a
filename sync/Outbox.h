#pragma once

#include "ApiError.h"
#include "Outcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace sellercrm {

class ApiCall;
class ApiClient;
class CacheDb;
class CacheWriter;

struct OutboxEntry final
{
    qint64 id = 0;
    QString idempotencyKey;
    QString op; // Outbox::createOp, deleteOp, createAudienceOp or deleteAudienceOp
    QString targetId;
    QJsonObject body;
    QString state; // waiting, sent, rejected
    int attempts = 0;
    QDateTime nextAttemptAt;
    int httpStatus = 0;
    QString errorCode;
    QString errorMessage; // the server's reason of a rejection, or the last transient error
    QString resultId;     // the server's communication (or audience) id once sent
};

struct OutboxReport final
{
    int sent = 0;
    int rejected = 0;
    int deferred = 0;  // left waiting after a transient error
    ApiError lastError; // the transient error that stopped the delivery, if any
};

// The persistent outbox (SYN-3, WIZ-8): every write the seller makes is first stored in the
// cache with a client-generated idempotency key, then sent.
// Invariants: an entry and its effect on the cache (the `local:<key>` placeholder of a created
// communication, `local_state = 'deleting'` of a deleted one) are written in one transaction;
// an entry's attempt count and next attempt time are stored before each send, so backoff holds
// across restarts; the same key is sent on every attempt, so the server creates at most one
// communication per entry (exactly once together with the retries); a 4xx answer other than
// 401/408/429 rejects the entry with the server's reason, which is kept and shown.
// Threading: used on the thread of its CacheDb; deliverDue() needs an ApiClient of that thread.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    static constexpr const char* createOp = "create_communication";
    static constexpr const char* deleteOp = "delete_communication";
    static constexpr const char* createAudienceOp = "create_audience"; // POR-2 saved audiences
    static constexpr const char* deleteAudienceOp = "delete_audience";
    // Where a kind of write goes (Outbox.cpp): communications or saved audiences.
    struct Resource;

    explicit Outbox(CacheDb& cache, QObject* parent = nullptr);
    ~Outbox() override;

    // Stores a create request (the body of POST /api/v1/communications); returns the id of the
    // placeholder row shown as "Waiting to send" ("local:<key>").
    Outcome<QString> enqueueCreateCommunication(const QJsonObject& request);
    // Stores a delete; a create that was never sent is simply withdrawn.
    Outcome<Done> enqueueDeleteCommunication(const QString& communicationId);
    // The same for saved audiences (POR-2): the body of POST /api/v1/audiences
    // ({name, segments, subsegments, conditions}); the placeholder is a `saved_audiences` row
    // "local:<key>" with local_state `waiting` (`rejected` when the server refuses it, the reason
    // in the entry). A delete marks the row `deleting`.
    Outcome<QString> enqueueCreateAudience(const QJsonObject& request);
    Outcome<Done> enqueueDeleteAudience(const QString& audienceId);

    QList<OutboxEntry> entries() const;
    int waitingCount() const;

    // Backoff between attempts of one entry: base * 2^(attempts-1) with jitter, capped.
    void setBackoff(qint64 baseMs, qint64 maxMs);
    // Sends the waiting entries whose next attempt is due (all waiting ones with
    // `ignoreBackoff`), one after the other; stops at the first transient error.
    void deliverDue(ApiClient& api, bool ignoreBackoff, std::function<void(const OutboxReport&)> done);
    void cancel();

signals:
    void entryChanged(qint64 id, const QString& state);

private:
    Outcome<Done> insertEntry(const QString& key, const char* op, const QString& targetId, const QJsonObject& body);
    Outcome<Done> enqueueDelete(const Resource& resource, const QString& id);
    void sendNext();
    void finishDelivery();
    void onAnswer(const OutboxEntry& entry, int httpStatus, const QByteArray& body, const ApiError& error);
    Outcome<Done> markSent(const OutboxEntry& entry, int httpStatus, const QByteArray& body);
    Outcome<Done> markRejected(const OutboxEntry& entry, const ApiError& error);
    Outcome<Done> markDeferred(const OutboxEntry& entry, const ApiError& error);
    Outcome<Done> claim(const OutboxEntry& entry);
    qint64 backoffMs(int attempts) const;

    CacheDb& m_cache;
    std::unique_ptr<CacheWriter> m_writer;
    qint64 m_backoffBaseMs = 2000;
    qint64 m_backoffMaxMs = 10LL * 60 * 1000;

    // The delivery in progress.
    QPointer<ApiClient> m_api;
    QPointer<ApiCall> m_call;
    QList<OutboxEntry> m_queue;
    OutboxReport m_report;
    std::function<void(const OutboxReport&)> m_done;
    bool m_delivering = false;
};

} // namespace sellercrm
