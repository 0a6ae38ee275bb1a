#include "portrait/PortraitAggregator.h"

#include "PortraitConditions.h"
#include "portrait/PortraitSnapshot.h"

#include <QJsonArray>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

using Kind = PortraitConditions::Kind;

// Buyers are scanned in chunks of 64 words (4 096 buyers): the bitmaps of one chunk stay in the
// processor's first-level cache while the condition tree is evaluated over it.
constexpr std::size_t chunkWords = 64;
constexpr std::size_t chunkBuyers = chunkWords * 64;
// Below this many buyers one thread does it all (starting threads costs more than it saves).
constexpr std::size_t parallelFrom = 200'000;

using Bitmap = std::array<quint64, chunkWords>;

// The buyers [first, end) of one chunk; bit k of word w is buyer first + 64 w + k.
struct Chunk
{
    std::size_t first = 0;
    std::size_t end = 0;

    std::size_t words() const { return (end - first + 63) / 64; }
};

Bitmap filled(const Chunk& chunk, bool value)
{
    Bitmap bits{};
    const std::size_t words = chunk.words();
    for (std::size_t w = 0; w < words; ++w)
        bits[w] = value ? ~quint64(0) : 0;
    if (value && (chunk.end - chunk.first) % 64 != 0)
        bits[words - 1] = (quint64(1) << ((chunk.end - chunk.first) % 64)) - 1;
    return bits;
}

// Sets the bit of buyer i where `test(i)` holds.
template <typename Test> Bitmap select(const Chunk& chunk, Test test)
{
    Bitmap bits{};
    for (std::size_t w = 0; w < chunk.words(); ++w) {
        const std::size_t base = chunk.first + w * 64;
        const std::size_t end = std::min(base + 64, chunk.end);
        quint64 value = 0;
        for (std::size_t i = base; i < end; ++i)
            value |= quint64(test(i)) << (i - base);
        bits[w] = value;
    }
    return bits;
}

// Which dictionary ids a set of values names: table[id] != 0.
std::vector<quint8> lookup(const PortraitSnapshot::Dictionary& dictionary, const QStringList& values)
{
    std::vector<quint8> table(std::size_t(dictionary.names.size()), 0);
    for (const QString& value : values) {
        const int id = dictionary.idOf(value);
        if (id >= 0)
            table[std::size_t(id)] = 1;
    }
    return table;
}

// A condition tree prepared once per compute: the lookup tables of its "in" conditions.
struct PreparedNode
{
    Kind kind = Kind::Group;
    bool isAnd = true;
    std::vector<quint8> table;
    qint64 min = 0;
    qint64 max = 0;
    std::vector<PreparedNode> items;
};

PreparedNode prepare(const PortraitSnapshot& s, const PortraitConditions& node)
{
    PreparedNode prepared;
    prepared.kind = node.kind();
    switch (node.kind()) {
    case Kind::Group:
        prepared.isAnd = node.op() == PortraitConditions::Op::And;
        for (const PortraitConditions& item : node.items())
            prepared.items.push_back(prepare(s, item));
        break;
    case Kind::Gender:
        prepared.table = lookup(s.genders(), node.values());
        break;
    case Kind::AgeBand:
        prepared.table = lookup(s.ageBands(), node.values());
        break;
    case Kind::Region:
        prepared.table = lookup(s.regions(), node.values());
        break;
    case Kind::Category:
        prepared.table = lookup(s.categories(), node.values());
        break;
    case Kind::AvgCheck:
        prepared.min = node.minKopecks().value_or(std::numeric_limits<qint64>::min());
        prepared.max = node.maxKopecks().value_or(std::numeric_limits<qint64>::max());
        break;
    }
    return prepared;
}

template <typename Column>
Bitmap selectIn(const Chunk& chunk, const Column& column, const std::vector<quint8>& table)
{
    return select(chunk, [&](std::size_t i) { return table[column[i]] != 0; });
}

Bitmap evaluate(const PortraitSnapshot& s, const PreparedNode& node, const Chunk& chunk)
{
    switch (node.kind) {
    case Kind::Group: {
        // An empty group narrows nothing, whatever its operator.
        if (node.items.empty())
            return filled(chunk, true);
        Bitmap result = filled(chunk, node.isAnd);
        for (const PreparedNode& item : node.items) {
            const Bitmap bits = evaluate(s, item, chunk);
            for (std::size_t w = 0; w < chunk.words(); ++w)
                result[w] = node.isAnd ? result[w] & bits[w] : result[w] | bits[w];
        }
        return result;
    }
    case Kind::Gender:
        return selectIn(chunk, s.genderColumn(), node.table);
    case Kind::AgeBand:
        return selectIn(chunk, s.ageBandColumn(), node.table);
    case Kind::Region:
        return selectIn(chunk, s.regionColumn(), node.table);
    case Kind::Category: {
        const auto& start = s.interestStart();
        const auto& ids = s.interestIds();
        return select(chunk, [&](std::size_t i) {
            bool any = false;
            for (quint32 at = start[i]; at < start[i + 1]; ++at)
                any = any || node.table[ids[at]] != 0;
            return any;
        });
    }
    case Kind::AvgCheck: {
        const auto& check = s.avgCheckColumn();
        return select(chunk, [&](std::size_t i) { return check[i] >= node.min && check[i] <= node.max; });
    }
    }
    return filled(chunk, true);
}

// The counts of one slice of the buyers; slices are added up at the end.
struct Counts
{
    qint64 audience = 0;
    qint64 reach = 0;
    std::array<qint64, PortraitAggregation::bucketCount> buckets{};
    std::vector<qint64> regions;
    std::vector<qint64> categories;
    std::vector<qint64> ageGender; // age band id × gender count + gender id

    Counts& operator+=(const Counts& other)
    {
        audience += other.audience;
        reach += other.reach;
        for (std::size_t b = 0; b < buckets.size(); ++b)
            buckets[b] += other.buckets[b];
        const auto add = [](std::vector<qint64>& to, const std::vector<qint64>& from) {
            for (std::size_t k = 0; k < to.size(); ++k)
                to[k] += from[k];
        };
        add(regions, other.regions);
        add(categories, other.categories);
        add(ageGender, other.ageGender);
        return *this;
    }
};

// Everything a slice needs, shared read-only by the threads.
struct Job
{
    const PortraitSnapshot& snapshot;
    const std::vector<quint8>& inAudience; // empty: everybody
    const PreparedNode* conditions;        // null: no conditions
};

Counts countSlice(const Job& job, std::size_t first, std::size_t end)
{
    const PortraitSnapshot& s = job.snapshot;
    const std::size_t genders = std::size_t(s.genders().names.size());
    Counts counts;
    counts.regions.assign(std::size_t(s.regions().names.size()), 0);
    counts.categories.assign(std::size_t(s.categories().names.size()), 0);
    counts.ageGender.assign(std::size_t(s.ageBands().names.size()) * genders, 0);
    const auto& regionColumn = s.regionColumn();
    const auto& genderColumn = s.genderColumn();
    const auto& ageColumn = s.ageBandColumn();
    const auto& checkColumn = s.avgCheckColumn();
    const auto& start = s.interestStart();
    const auto& ids = s.interestIds();
    const auto& bounds = PortraitAggregation::bucketBounds;

    for (std::size_t from = first; from < end; from += chunkBuyers) {
        const Chunk chunk{from, std::min(from + chunkBuyers, end)};
        Bitmap selected = job.inAudience.empty() ? filled(chunk, true)
                                                 : selectIn(chunk, s.audienceColumn(), job.inAudience);
        for (std::size_t w = 0; w < chunk.words(); ++w)
            counts.audience += std::popcount(selected[w]);
        if (job.conditions) {
            const Bitmap narrowed = evaluate(s, *job.conditions, chunk);
            for (std::size_t w = 0; w < chunk.words(); ++w)
                selected[w] &= narrowed[w];
        }
        for (std::size_t w = 0; w < chunk.words(); ++w) {
            quint64 word = selected[w];
            while (word != 0) {
                const std::size_t i = chunk.first + w * 64 + std::size_t(std::countr_zero(word));
                word &= word - 1;
                ++counts.reach;
                const auto bucket =
                    std::upper_bound(bounds.begin(), bounds.end(), checkColumn[i]) - bounds.begin();
                ++counts.buckets[std::size_t(bucket)];
                ++counts.regions[regionColumn[i]];
                ++counts.ageGender[std::size_t(ageColumn[i]) * genders + genderColumn[i]];
                for (quint32 at = start[i]; at < start[i + 1]; ++at)
                    ++counts.categories[ids[at]];
            }
        }
    }
    return counts;
}

// Splits the buyers into one slice per processor core (whole chunks each) and adds up the counts.
Counts countAll(const Job& job)
{
    const std::size_t n = std::size_t(job.snapshot.size());
    const std::size_t threads = n < parallelFrom ? 1 : std::size_t(std::max(1, QThread::idealThreadCount()));
    const std::size_t chunks = (n + chunkBuyers - 1) / chunkBuyers;
    std::vector<std::pair<std::size_t, std::size_t>> slices;
    for (std::size_t t = 0; t < threads; ++t) {
        const std::size_t first = std::min(n, chunks * t / threads * chunkBuyers);
        const std::size_t end = std::min(n, chunks * (t + 1) / threads * chunkBuyers);
        slices.emplace_back(first, end);
    }
    if (slices.size() == 1)
        return countSlice(job, 0, n);
    const QList<Counts> parts = QtConcurrent::blockingMapped<QList<Counts>>(
        slices, [&job](const std::pair<std::size_t, std::size_t>& slice) {
            return countSlice(job, slice.first, slice.second);
        });
    Counts total = parts.first();
    for (qsizetype p = 1; p < parts.size(); ++p)
        total += parts.at(p);
    return total;
}

QList<PortraitAggregation::Count> sortedCounts(const PortraitSnapshot::Dictionary& dictionary,
                                               const std::vector<qint64>& counts)
{
    QList<PortraitAggregation::Count> result;
    for (std::size_t id = 0; id < counts.size(); ++id) {
        if (counts[id] > 0) {
            const QString& key = dictionary.names.at(qsizetype(id));
            result.append({key, key, counts[id]});
        }
    }
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return a.buyers != b.buyers ? a.buyers > b.buyers : a.key < b.key;
    });
    return result;
}

} // namespace

bool PortraitAudience::contains(const QString& segment, const QString& subsegment) const
{
    return isEverybody() || segments.contains(segment) || subsegments.contains(subsegment);
}

QJsonObject PortraitAudience::toJson() const
{
    QJsonObject object;
    if (!segments.isEmpty())
        object.insert(u"segments"_s, QJsonArray::fromStringList(segments));
    if (!subsegments.isEmpty())
        object.insert(u"subsegments"_s, QJsonArray::fromStringList(subsegments));
    return object;
}

PortraitAggregation PortraitAggregator::compute(const PortraitSnapshot& snapshot,
                                                const PortraitAudience& audience,
                                                const PortraitConditions& conditions)
{
    std::vector<quint8> inAudience;
    if (!audience.isEverybody()) {
        for (const QString& pair : snapshot.audiences().names) {
            const qsizetype slash = pair.indexOf(u'/');
            inAudience.push_back(audience.contains(pair.left(slash), pair.mid(slash + 1)) ? 1 : 0);
        }
    }
    const PreparedNode prepared = prepare(snapshot, conditions);
    const Counts counts = countAll({snapshot, inAudience, conditions.isEmpty() ? nullptr : &prepared});

    PortraitAggregation result;
    result.audience = counts.audience;
    result.reach = counts.reach;
    result.avgCheckBuckets = counts.buckets;
    result.regions = sortedCounts(snapshot.regions(), counts.regions);
    result.categories = sortedCounts(snapshot.categories(), counts.categories);
    for (auto& category : result.categories)
        category.name = snapshot.categoryName(category.key);
    const std::size_t genders = std::size_t(snapshot.genders().names.size());
    for (std::size_t age = 0; age * genders < counts.ageGender.size(); ++age) {
        for (std::size_t gender = 0; gender < genders; ++gender) {
            const qint64 buyers = counts.ageGender[age * genders + gender];
            if (buyers == 0)
                continue;
            const QString key = snapshot.ageBands().names.at(qsizetype(age)) + u'/' +
                                snapshot.genders().names.at(qsizetype(gender));
            result.ageGender.append({key, key, buyers});
        }
    }
    std::sort(result.ageGender.begin(), result.ageGender.end(),
              [](const auto& a, const auto& b) { return a.key < b.key; });
    return result;
}

} // namespace sellercrm
