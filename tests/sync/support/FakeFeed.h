#pragma once

#include "FakeHttpServer.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace sellercrm::test {

// An in-memory sync feed with the contract of docs/api/SYNC.md on top of FakeHttpServer, for
// unit tests of the sync session, the outbox and the engine: ordered changes, a numeric cursor,
// POST/DELETE /communications with idempotency keys. `override` answers a request instead.
class FakeFeed final : public QObject
{
    Q_OBJECT

public:
    explicit FakeFeed(QObject* parent = nullptr);

    QUrl url() const { return m_server.url(); }
    const QList<FakeRequest>& requests() const { return m_server.requests(); }
    int requestCount(const QByteArray& method, const QString& path) const;

    void upsert(const QString& type, const QString& id, const QJsonObject& data);
    void remove(const QString& type, const QString& id);
    // The server's state: id -> data per type, what the cache must equal after a sync.
    QHash<QString, QJsonObject> live(const QString& type) const;
    // Cursors at or below this answer 409 cursor_expired.
    void expireCursorsBelow(int version) { m_expiredBelow = version; }

    std::function<std::optional<FakeResponse>(const FakeRequest&)> override;
    int createdCount() const { return m_created; }
    // The next N POSTs are processed, but the connection closes before the answer.
    int dropAnswersToPosts = 0;

    static QJsonObject buyer(int n, const QString& segment = QStringLiteral("regular"));
    static QJsonObject seller();

private:
    FakeResponse handle(const FakeRequest& request);
    FakeResponse answer(const FakeRequest& request);
    FakeResponse syncPage(const FakeRequest& request);

    struct Change
    {
        QString type;
        QString id;
        bool remove = false;
        QJsonObject data;
    };
    FakeHttpServer m_server;
    QList<Change> m_changes; // the version of a change is its index + 1
    int m_expiredBelow = 0;
    QHash<QString, QByteArray> m_idempotentAnswers;
    int m_created = 0;
};

} // namespace sellercrm::test
