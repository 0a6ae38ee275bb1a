#include "portrait/PortraitSnapshot.h"

#include "CacheDb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

// Below this many buyers one part reads them all: a thread and a connection cost more than they save.
constexpr qint64 buyersPerPartAtLeast = 200'000;
constexpr int mostParts = 4;

// Calls `visit` with every id of a cached `interests` value (`["C1","C2"]`), without a JSON
// document or a string per id unless the text has escapes.
template <typename Visit> void forEachId(QStringView json, Visit visit)
{
    if (json.contains(u'\\')) {
        const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
        for (const QJsonValue& value : array) {
            const QString id = value.toString();
            visit(QStringView(id));
        }
        return;
    }
    qsizetype at = json.indexOf(u'"');
    while (at >= 0) {
        const qsizetype end = json.indexOf(u'"', at + 1);
        if (end < 0)
            break;
        visit(json.sliced(at + 1, end - at - 1));
        at = json.indexOf(u'"', end + 1);
    }
}

// The same over the UTF-8 text SQLite hands out.
template <typename Visit> void forEachUtf8Id(QByteArrayView json, Visit visit)
{
    if (std::memchr(json.data(), '\\', std::size_t(json.size()))) {
        const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
        for (const QJsonValue& value : array) {
            const QByteArray id = value.toString().toUtf8();
            visit(QByteArrayView(id));
        }
        return;
    }
    const char* const end = json.data() + json.size();
    const char* at = static_cast<const char*>(std::memchr(json.data(), '"', std::size_t(json.size())));
    while (at) {
        const char* close = static_cast<const char*>(std::memchr(at + 1, '"', std::size_t(end - at - 1)));
        if (!close)
            break;
        visit(QByteArrayView(at + 1, close - at - 1));
        at = static_cast<const char*>(std::memchr(close + 1, '"', std::size_t(end - close - 1)));
    }
}

struct ConnectionCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

QString sqliteError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// A read-only connection of its own to the cache file, for a part read on another thread.
Connection openReadOnly(const QString& path, QString* error)
{
    sqlite3* db = nullptr;
    const int status = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Connection connection(db);
    if (status != SQLITE_OK) {
        *error = u"cannot open %1: %2"_s.arg(path, db ? sqliteError(db) : QString::fromUtf8(sqlite3_errstr(status)));
        return {};
    }
    sqlite3_busy_timeout(db, 10'000);
    return connection;
}

Statement prepare(sqlite3* db, const char* sql, QString* error)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = sqliteError(db);
        sqlite3_finalize(statement);
        return {};
    }
    return Statement(statement);
}

QByteArrayView textOf(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

// Ids of a dictionary by the UTF-8 bytes of the values: a hash lookup without a QString per row;
// the string is built once per distinct value.
class Utf8Ids final
{
public:
    explicit Utf8Ids(PortraitSnapshot::Dictionary& dictionary)
        : m_dictionary(dictionary)
    {
    }

    int idOf(QByteArrayView text)
    {
        const QByteArray probe = QByteArray::fromRawData(text.data(), text.size());
        const auto it = m_ids.constFind(probe);
        if (it != m_ids.constEnd())
            return it.value();
        const int id = m_dictionary.intern(QString::fromUtf8(text));
        m_ids.insert(text.toByteArray(), id);
        return id;
    }

private:
    PortraitSnapshot::Dictionary& m_dictionary;
    QHash<QByteArray, int> m_ids;
};

// The rowids of the cached buyers split into `parts` ranges of about equal size.
struct RowidRange
{
    qint64 first = 0;
    qint64 last = -1;
};

} // namespace

// Reads the buyers of one rowid range into a snapshot of their own (its dictionaries hold only
// the values met in the range).
class SnapshotPartReader final
{
public:
    static Outcome<PortraitSnapshot> read(sqlite3* db, RowidRange range)
    {
        using Result = Outcome<PortraitSnapshot>;
        QString error;
        const Statement statement = prepare(db,
                                            "SELECT segment, subsegment, gender, age_band, region, avg_check_kopecks, "
                                            "interests FROM buyers WHERE rowid BETWEEN ?1 AND ?2",
                                            &error);
        if (!statement)
            return Result::failure(u"reading the cached buyers: "_s + error);
        sqlite3_stmt* row = statement.get();
        sqlite3_bind_int64(row, 1, range.first);
        sqlite3_bind_int64(row, 2, range.last);

        PortraitSnapshot part;
        part.reserve(std::size_t(std::max<qint64>(0, range.last - range.first + 1)));
        PortraitSnapshot::Dictionary segmentNames;
        PortraitSnapshot::Dictionary subsegmentNames;
        Utf8Ids segments(segmentNames);
        Utf8Ids subsegments(subsegmentNames);
        Utf8Ids genders(part.m_genders);
        Utf8Ids ageBands(part.m_ageBands);
        Utf8Ids regions(part.m_regions);
        Utf8Ids categories(part.m_categories);
        QHash<quint32, int> audienceOfPair; // segment id << 16 | sub-segment id -> audience id
        part.m_interestStart.push_back(0);
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(row)) == SQLITE_ROW) {
            const int segment = segments.idOf(textOf(row, 0));
            const int subsegment = subsegments.idOf(textOf(row, 1));
            if (segment > 0xffff || subsegment > 0xffff)
                return tooMany(u"segments"_s);
            const quint32 pair = quint32(segment) << 16 | quint32(subsegment);
            auto audience = audienceOfPair.constFind(pair);
            if (audience == audienceOfPair.constEnd()) {
                const QString name = segmentNames.names.at(segment) + u'/' + subsegmentNames.names.at(subsegment);
                audience = audienceOfPair.insert(pair, part.m_audiences.intern(name));
            }
            const int gender = genders.idOf(textOf(row, 2));
            const int ageBand = ageBands.idOf(textOf(row, 3));
            const int region = regions.idOf(textOf(row, 4));
            if (*audience > std::numeric_limits<quint8>::max())
                return tooMany(u"segments"_s);
            if (gender > std::numeric_limits<quint8>::max() || ageBand > std::numeric_limits<quint8>::max())
                return tooMany(u"genders or age bands"_s);
            if (region > std::numeric_limits<quint16>::max())
                return tooMany(u"regions"_s);
            part.m_audience.push_back(quint8(*audience));
            part.m_gender.push_back(quint8(gender));
            part.m_ageBand.push_back(quint8(ageBand));
            part.m_region.push_back(quint16(region));
            part.m_avgCheck.push_back(sqlite3_column_int64(row, 5));
            bool tooManyCategories = false;
            forEachUtf8Id(textOf(row, 6), [&](QByteArrayView category) {
                const int id = categories.idOf(category);
                tooManyCategories = tooManyCategories || id > std::numeric_limits<quint16>::max();
                part.m_interestIds.push_back(quint16(id));
            });
            if (tooManyCategories)
                return tooMany(u"categories"_s);
            part.m_interestStart.push_back(quint32(part.m_interestIds.size()));
        }
        if (status != SQLITE_DONE)
            return Result::failure(u"reading the cached buyers: "_s + sqliteError(db));
        return Result(std::move(part));
    }

    static Outcome<PortraitSnapshot> tooMany(const QString& what)
    {
        return Outcome<PortraitSnapshot>::failure(
            u"the cache holds more distinct %1 than the portrait can show"_s.arg(what));
    }
};

int PortraitSnapshot::Dictionary::intern(QStringView value)
{
    // A lookup through a non-owning string: no allocation for values seen before.
    const QString probe = QString::fromRawData(value.data(), value.size());
    const auto it = ids.constFind(probe);
    if (it != ids.constEnd())
        return it.value();
    const int id = int(names.size());
    names.append(value.toString());
    ids.insert(names.last(), id);
    return id;
}

QStringList PortraitSnapshot::parseIdArray(QStringView json)
{
    QStringList result;
    forEachId(json, [&](QStringView id) { result.append(id.toString()); });
    return result;
}

qsizetype PortraitSnapshot::columnBytes() const
{
    return qsizetype(m_audience.size() + m_gender.size() + m_ageBand.size() + m_region.size() * 2 +
                     m_avgCheck.size() * 8 + m_interestStart.size() * 4 + m_interestIds.size() * 2);
}

Outcome<PortraitSnapshot> PortraitSnapshot::load(const CacheDb& cache, int parts)
{
    using Result = Outcome<PortraitSnapshot>;
    QString error;
    Connection own;
    sqlite3* db = cache.nativeHandle();
    if (!db) {
        own = openReadOnly(cache.path(), &error);
        if (!own)
            return Result::failure(u"reading the cached buyers: "_s + error);
        db = own.get();
    }

    QHash<QString, QString> categoryNames;
    const Statement names = prepare(db, "SELECT id, name FROM categories", &error);
    if (!names)
        return Result::failure(u"reading the cached categories: "_s + error);
    while (sqlite3_step(names.get()) == SQLITE_ROW) {
        categoryNames.insert(QString::fromUtf8(textOf(names.get(), 0)), QString::fromUtf8(textOf(names.get(), 1)));
    }

    const Statement bounds = prepare(db, "SELECT min(rowid), max(rowid) FROM buyers", &error);
    if (!bounds || sqlite3_step(bounds.get()) != SQLITE_ROW)
        return Result::failure(u"reading the cached buyers: "_s + (bounds ? sqliteError(db) : error));
    const qint64 first = sqlite3_column_int64(bounds.get(), 0);
    const qint64 last = sqlite3_column_int64(bounds.get(), 1);
    const qint64 span = sqlite3_column_type(bounds.get(), 0) == SQLITE_NULL ? 0 : last - first + 1;
    if (parts <= 0)
        parts = int(std::clamp<qint64>(std::min<qint64>(QThread::idealThreadCount(), span / buyersPerPartAtLeast),
                                       1, mostParts));
    parts = int(std::clamp<qint64>(parts, 1, std::max<qint64>(1, span)));

    // Part 0 on this thread over the cache's own connection, the others on threads of their own,
    // each with its own read-only connection (a sync committing meanwhile is read again after it).
    std::vector<RowidRange> ranges;
    for (int part = 0; part < parts; ++part)
        ranges.push_back({ first + span * part / parts, first + span * (part + 1) / parts - 1 });
    std::vector<std::optional<Result>> results(ranges.size());
    std::vector<std::thread> threads;
    for (std::size_t part = 1; part < ranges.size(); ++part) {
        threads.emplace_back([&, part] {
            QString openError;
            const Connection connection = openReadOnly(cache.path(), &openError);
            results[part] = connection ? SnapshotPartReader::read(connection.get(), ranges[part])
                                       : Result::failure(u"reading the cached buyers: "_s + openError);
        });
    }
    results[0] = SnapshotPartReader::read(db, ranges[0]);
    for (std::thread& thread : threads)
        thread.join();

    for (const std::optional<Result>& result : results) {
        if (!result->ok())
            return Result::failure(result->error());
    }
    PortraitSnapshot snapshot = std::move(*results[0]).value();
    for (std::size_t part = 1; part < results.size(); ++part)
        snapshot.append(results[part]->value());
    if (const QString overflow = snapshot.overflowingDictionary(); !overflow.isEmpty())
        return SnapshotPartReader::tooMany(overflow);
    snapshot.m_categoryNames = std::move(categoryNames);
    return Result(std::move(snapshot));
}

void PortraitSnapshot::append(const PortraitSnapshot& part)
{
    const auto idsIn = [](Dictionary& into, const Dictionary& from) {
        std::vector<int> ids;
        ids.reserve(std::size_t(from.names.size()));
        for (const QString& name : from.names)
            ids.push_back(into.intern(name));
        return ids;
    };
    const std::vector<int> audience = idsIn(m_audiences, part.m_audiences);
    const std::vector<int> gender = idsIn(m_genders, part.m_genders);
    const std::vector<int> ageBand = idsIn(m_ageBands, part.m_ageBands);
    const std::vector<int> region = idsIn(m_regions, part.m_regions);
    const std::vector<int> category = idsIn(m_categories, part.m_categories);
    const std::size_t buyers = part.m_avgCheck.size();
    reserve(m_avgCheck.size() + buyers);
    for (std::size_t i = 0; i < buyers; ++i) {
        m_audience.push_back(quint8(audience[part.m_audience[i]]));
        m_gender.push_back(quint8(gender[part.m_gender[i]]));
        m_ageBand.push_back(quint8(ageBand[part.m_ageBand[i]]));
        m_region.push_back(quint16(region[part.m_region[i]]));
    }
    m_avgCheck.insert(m_avgCheck.end(), part.m_avgCheck.begin(), part.m_avgCheck.end());
    const auto base = quint32(m_interestIds.size());
    for (quint16 id : part.m_interestIds)
        m_interestIds.push_back(quint16(category[id]));
    for (std::size_t i = 1; i < part.m_interestStart.size(); ++i)
        m_interestStart.push_back(base + part.m_interestStart[i]);
}

QString PortraitSnapshot::overflowingDictionary() const
{
    if (m_audiences.names.size() > std::numeric_limits<quint8>::max() + 1)
        return u"segments"_s;
    if (m_genders.names.size() > std::numeric_limits<quint8>::max() + 1 ||
        m_ageBands.names.size() > std::numeric_limits<quint8>::max() + 1)
        return u"genders or age bands"_s;
    if (m_regions.names.size() > std::numeric_limits<quint16>::max() + 1)
        return u"regions"_s;
    if (m_categories.names.size() > std::numeric_limits<quint16>::max() + 1)
        return u"categories"_s;
    return {};
}

void PortraitSnapshot::reserve(std::size_t buyers)
{
    m_audience.reserve(buyers);
    m_gender.reserve(buyers);
    m_ageBand.reserve(buyers);
    m_region.reserve(buyers);
    m_avgCheck.reserve(buyers);
    m_interestStart.reserve(buyers + 1);
    m_interestIds.reserve(buyers * 3);
}

} // namespace sellercrm
