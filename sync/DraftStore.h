#pragma once

#include "Outcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sellercrm {

class CacheDb;

struct Draft final
{
    QString id;
    QString kind;  // "communication"
    QString title; // what the list of drafts shows
    QJsonObject data;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Unfinished wizards kept in the cache so they survive closing the app (WIZ-9).
// Threading: used on the thread of its CacheDb. Each call is one transaction.
class DraftStore final
{
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    explicit DraftStore(CacheDb& cache);

    // Creates a draft (empty id) or replaces the draft `id`; returns its id.
    Outcome<QString> save(const QString& id, const QString& kind, const QString& title, const QJsonObject& data);
    std::optional<Draft> load(const QString& id) const;
    QList<Draft> list() const; // newest first
    Outcome<Done> remove(const QString& id);

private:
    CacheDb& m_cache;
};

} // namespace sellercrm
