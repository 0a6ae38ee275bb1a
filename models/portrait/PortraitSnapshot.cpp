#include "portrait/PortraitSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

Outcome<PortraitSnapshot> tooMany(const QString& what)
{
    return Outcome<PortraitSnapshot>::failure(
        u"the cache holds more distinct %1 than the portrait can show"_s.arg(what));
}

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

} // namespace

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

Outcome<PortraitSnapshot> PortraitSnapshot::load(const QSqlDatabase& db)
{
    using Result = Outcome<PortraitSnapshot>;
    PortraitSnapshot snapshot;
    QSqlQuery names(db);
    names.setForwardOnly(true);
    if (!names.exec(u"SELECT id, name FROM categories"_s))
        return Result::failure(u"reading the cached categories: "_s + names.lastError().text());
    while (names.next())
        snapshot.m_categoryNames.insert(names.value(0).toString(), names.value(1).toString());

    QSqlQuery count(db);
    if (count.exec(u"SELECT COUNT(*) FROM buyers"_s) && count.next())
        snapshot.reserve(std::size_t(count.value(0).toLongLong()));

    // One pass over the columns the portrait needs (joining them in SQL costs SQLite more than it
    // saves here). Text values are interned: a hash lookup each, no string built per row.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT segment, subsegment, gender, age_band, region, avg_check_kopecks, interests"
                       " FROM buyers"_s) ||
        !query.exec())
        return Result::failure(u"reading the cached buyers: "_s + query.lastError().text());
    Dictionary segments;
    Dictionary subsegments;
    QHash<quint32, int> audienceOfPair; // segment id << 16 | sub-segment id -> audience id
    snapshot.m_interestStart.push_back(0);
    while (query.next()) {
        const quint32 pair = quint32(segments.intern(query.value(0).toString())) << 16 |
                             quint32(subsegments.intern(query.value(1).toString()));
        auto audience = audienceOfPair.constFind(pair);
        if (audience == audienceOfPair.constEnd()) {
            const QString name = segments.names.at(pair >> 16) + u'/' + subsegments.names.at(pair & 0xffff);
            audience = audienceOfPair.insert(pair, snapshot.m_audiences.intern(name));
        }
        const int gender = snapshot.m_genders.intern(query.value(2).toString());
        const int ageBand = snapshot.m_ageBands.intern(query.value(3).toString());
        const int region = snapshot.m_regions.intern(query.value(4).toString());
        if (*audience > std::numeric_limits<quint8>::max() || segments.names.size() > 0xffff ||
            subsegments.names.size() > 0xffff)
            return tooMany(u"segments"_s);
        if (gender > std::numeric_limits<quint8>::max() || ageBand > std::numeric_limits<quint8>::max())
            return tooMany(u"genders or age bands"_s);
        if (region > std::numeric_limits<quint16>::max())
            return tooMany(u"regions"_s);
        snapshot.m_audience.push_back(quint8(*audience));
        snapshot.m_gender.push_back(quint8(gender));
        snapshot.m_ageBand.push_back(quint8(ageBand));
        snapshot.m_region.push_back(quint16(region));
        snapshot.m_avgCheck.push_back(query.value(5).toLongLong());
        bool tooManyCategories = false;
        forEachId(query.value(6).toString(), [&](QStringView category) {
            const int id = snapshot.m_categories.intern(category);
            tooManyCategories = tooManyCategories || id > std::numeric_limits<quint16>::max();
            snapshot.m_interestIds.push_back(quint16(id));
        });
        if (tooManyCategories)
            return tooMany(u"categories"_s);
        snapshot.m_interestStart.push_back(quint32(snapshot.m_interestIds.size()));
    }
    if (query.lastError().isValid())
        return Result::failure(u"reading the cached buyers: "_s + query.lastError().text());
    return Result(std::move(snapshot));
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
