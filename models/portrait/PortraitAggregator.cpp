#include "portrait/PortraitAggregator.h"

#include "PortraitConditions.h"
#include "portrait/PortraitSnapshot.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <vector>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

using Bitmap = std::vector<quint64>;
using Kind = PortraitConditions::Kind;

std::size_t wordCount(std::size_t n)
{
    return (n + 63) / 64;
}

Bitmap allSet(std::size_t n)
{
    Bitmap bits(wordCount(n), ~quint64(0));
    if (n % 64 != 0)
        bits.back() = (quint64(1) << (n % 64)) - 1;
    return bits;
}

// Sets bit i where `test(i)` holds, 64 buyers per word.
template <typename Test> Bitmap select(std::size_t n, Test test)
{
    Bitmap bits(wordCount(n), 0);
    for (std::size_t word = 0; word < bits.size(); ++word) {
        const std::size_t base = word * 64;
        const std::size_t end = std::min(base + 64, n);
        quint64 value = 0;
        for (std::size_t i = base; i < end; ++i)
            value |= quint64(test(i)) << (i - base);
        bits[word] = value;
    }
    return bits;
}

// Which dictionary ids a condition's values name.
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

template <typename Column> Bitmap selectIn(const Column& column, const std::vector<quint8>& table)
{
    return select(column.size(), [&](std::size_t i) { return table[column[i]] != 0; });
}

Bitmap evaluate(const PortraitSnapshot& s, const PortraitConditions& node)
{
    const std::size_t n = std::size_t(s.size());
    switch (node.kind()) {
    case Kind::Group: {
        Bitmap result = allSet(n);
        if (node.items().isEmpty())
            return result;
        const bool isAnd = node.op() == PortraitConditions::Op::And;
        if (!isAnd)
            std::fill(result.begin(), result.end(), 0);
        for (const PortraitConditions& item : node.items()) {
            const Bitmap bits = evaluate(s, item);
            for (std::size_t w = 0; w < result.size(); ++w)
                result[w] = isAnd ? result[w] & bits[w] : result[w] | bits[w];
        }
        return result;
    }
    case Kind::Gender:
        return selectIn(s.genderColumn(), lookup(s.genders(), node.values()));
    case Kind::AgeBand:
        return selectIn(s.ageBandColumn(), lookup(s.ageBands(), node.values()));
    case Kind::Region:
        return selectIn(s.regionColumn(), lookup(s.regions(), node.values()));
    case Kind::Category: {
        const std::vector<quint8> table = lookup(s.categories(), node.values());
        const auto& start = s.interestStart();
        const auto& ids = s.interestIds();
        return select(n, [&](std::size_t i) {
            for (quint32 at = start[i]; at < start[i + 1]; ++at) {
                if (table[ids[at]])
                    return true;
            }
            return false;
        });
    }
    case Kind::AvgCheck: {
        const qint64 min = node.minKopecks().value_or(std::numeric_limits<qint64>::min());
        const qint64 max = node.maxKopecks().value_or(std::numeric_limits<qint64>::max());
        const auto& check = s.avgCheckColumn();
        return select(n, [&](std::size_t i) { return check[i] >= min && check[i] <= max; });
    }
    }
    return allSet(n);
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
    PortraitAggregation result;
    const std::size_t n = std::size_t(snapshot.size());

    std::vector<quint8> inAudience(std::size_t(snapshot.audiences().names.size()), 0);
    for (qsizetype id = 0; id < snapshot.audiences().names.size(); ++id) {
        const QString& pair = snapshot.audiences().names.at(id);
        const qsizetype slash = pair.indexOf(u'/');
        inAudience[std::size_t(id)] = audience.contains(pair.left(slash), pair.mid(slash + 1)) ? 1 : 0;
    }
    Bitmap selected = audience.isEverybody() ? allSet(n) : selectIn(snapshot.audienceColumn(), inAudience);
    for (const quint64 word : selected)
        result.audience += std::popcount(word);
    if (!conditions.isEmpty()) {
        const Bitmap narrowed = evaluate(snapshot, conditions);
        for (std::size_t w = 0; w < selected.size(); ++w)
            selected[w] &= narrowed[w];
    }

    const std::size_t genders = std::size_t(snapshot.genders().names.size());
    std::vector<qint64> regions(std::size_t(snapshot.regions().names.size()), 0);
    std::vector<qint64> categories(std::size_t(snapshot.categories().names.size()), 0);
    std::vector<qint64> ageGender(std::size_t(snapshot.ageBands().names.size()) * genders, 0);
    const auto& regionColumn = snapshot.regionColumn();
    const auto& genderColumn = snapshot.genderColumn();
    const auto& ageColumn = snapshot.ageBandColumn();
    const auto& checkColumn = snapshot.avgCheckColumn();
    const auto& start = snapshot.interestStart();
    const auto& ids = snapshot.interestIds();
    const auto& bounds = PortraitAggregation::bucketBounds;
    for (std::size_t w = 0; w < selected.size(); ++w) {
        quint64 word = selected[w];
        while (word != 0) {
            const std::size_t i = w * 64 + std::size_t(std::countr_zero(word));
            word &= word - 1;
            ++result.reach;
            const auto bucket =
                std::upper_bound(bounds.begin(), bounds.end(), checkColumn[i]) - bounds.begin();
            ++result.avgCheckBuckets[std::size_t(bucket)];
            ++regions[regionColumn[i]];
            ++ageGender[std::size_t(ageColumn[i]) * genders + genderColumn[i]];
            for (quint32 at = start[i]; at < start[i + 1]; ++at)
                ++categories[ids[at]];
        }
    }

    result.regions = sortedCounts(snapshot.regions(), regions);
    result.categories = sortedCounts(snapshot.categories(), categories);
    for (auto& category : result.categories)
        category.name = snapshot.categoryName(category.key);
    for (std::size_t age = 0; age * genders < ageGender.size(); ++age) {
        for (std::size_t gender = 0; gender < genders; ++gender) {
            const qint64 buyers = ageGender[age * genders + gender];
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
