#pragma once

#include "Outcome.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace sellercrm {

class CacheDb;

// The cached `buyers` table (docs/sync.md) as compact columns in memory, read once per sync
// through SQLite's own API (no QVariant per value) in rowid ranges read in parallel, and scanned
// for every change of the portrait's conditions (POR-1, POR-2). Text columns are interned in
// dictionaries: a buyer costs 17 bytes plus 2 per interest (about 21 with top-3 interests).
// Immutable after load(); safe to share between threads once built.
class PortraitSnapshot final
{
public:
    // A text column's values: the id of a buyer's value is its index in `names`.
    struct Dictionary
    {
        QStringList names;
        QHash<QString, int> ids;

        int intern(QStringView value);
        int idOf(const QString& value) const { return ids.value(value, -1); }
    };

    // Reads every cached buyer and the category names from `cache`, on the calling thread and
    // `parts - 1` more threads, each over its own read-only connection and a range of rowids
    // (0: one part per core, up to four, for caches large enough to gain from it). The parts'
    // dictionaries are merged in rowid order, so the result does not depend on `parts`.
    static Outcome<PortraitSnapshot> load(const CacheDb& cache, int parts = 0);

    qsizetype size() const { return qsizetype(m_avgCheck.size()); }
    bool isEmpty() const { return m_avgCheck.empty(); }

    // Dictionaries: "<segment>/<subsegment>" pairs, genders, age bands, regions, category ids.
    const Dictionary& audiences() const { return m_audiences; }
    const Dictionary& genders() const { return m_genders; }
    const Dictionary& ageBands() const { return m_ageBands; }
    const Dictionary& regions() const { return m_regions; }
    const Dictionary& categories() const { return m_categories; }
    // Category id -> name from the cached `categories` table.
    const QHash<QString, QString>& categoryNames() const { return m_categoryNames; }
    QString categoryName(const QString& id) const { return m_categoryNames.value(id, id); }

    // Columns, one entry per buyer (interests: the ids of buyer i are
    // interestIds[interestStart[i] .. interestStart[i + 1])).
    const std::vector<quint8>& audienceColumn() const { return m_audience; }
    const std::vector<quint8>& genderColumn() const { return m_gender; }
    const std::vector<quint8>& ageBandColumn() const { return m_ageBand; }
    const std::vector<quint16>& regionColumn() const { return m_region; }
    const std::vector<qint64>& avgCheckColumn() const { return m_avgCheck; }
    const std::vector<quint32>& interestStart() const { return m_interestStart; }
    const std::vector<quint16>& interestIds() const { return m_interestIds; }

    // Bytes held by the columns (the figure docs/portrait.md quotes).
    qsizetype columnBytes() const;

    // Parses a cached `interests` value (`["C1","C2"]`) without a JSON document per buyer.
    static QStringList parseIdArray(QStringView json);

private:
    friend class SnapshotPartReader;

    void reserve(std::size_t buyers);
    // Appends the buyers of `part` (read from the next rowid range), mapping its dictionaries'
    // ids onto this snapshot's.
    void append(const PortraitSnapshot& part);
    // Empty when every dictionary fits its column's type, else what does not.
    QString overflowingDictionary() const;

    Dictionary m_audiences;
    Dictionary m_genders;
    Dictionary m_ageBands;
    Dictionary m_regions;
    Dictionary m_categories;
    QHash<QString, QString> m_categoryNames;
    std::vector<quint8> m_audience;
    std::vector<quint8> m_gender;
    std::vector<quint8> m_ageBand;
    std::vector<quint16> m_region;
    std::vector<qint64> m_avgCheck;
    std::vector<quint32> m_interestStart;
    std::vector<quint16> m_interestIds;
};

} // namespace sellercrm
