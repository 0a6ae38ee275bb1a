#pragma once

#include "Outcome.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace sellercrm {

class CacheDb;

// Fills a real cache file through CacheDb / CacheWriter (the way a sync does) with generated,
// reproducible data for the Buyers and Communications tables: categories, products,
// collections, promotions, buyers (with NULLs in the nullable sort columns), buyer actions
// and communications of every status, format, audience, offer and target.
class TableTestData final
{
public:
    static QDate asOf() { return QDate(2026, 11, 20); }

    // `buyers` buyers; about 1 in 8 has no order (Potential "interested") and is not listed.
    static Outcome<Done> fillBuyers(CacheDb& cache, int buyers, quint32 seed = 7, bool fast = false);
    static Outcome<Done> fillCommunications(CacheDb& cache, int communications, quint32 seed = 11);
    static Outcome<Done> fillCatalog(CacheDb& cache);
    // One communication from its feed `data`.
    static Outcome<Done> putCommunication(CacheDb& cache, const QString& id, const QJsonObject& data);
};

// The child of `parent` named `name`; a test cannot go on without it.
template <typename T>
T* requireChild(const QObject* parent, const QString& name)
{
    T* child = parent->findChild<T*>(name);
    if (!child)
        qFatal("no child %s", qPrintable(name));
    return child;
}

} // namespace sellercrm
