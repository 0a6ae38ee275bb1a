#include "portrait/PortraitSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace sellercrm {

int PortraitSnapshot::Dictionary::intern(const QString& value)
{
    const auto it = ids.constFind(value);
    if (it != ids.constEnd())
        return it.value();
    const int id = int(names.size());
    names.append(value);
    ids.insert(value, id);
    return id;
}

QStringList PortraitSnapshot::parseIdArray(QStringView json)
{
    QStringList result;
    if (json.contains(u'\\')) {
        const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
        for (const QJsonValue& value : array)
            result.append(value.toString());
        return result;
    }
    qsizetype at = json.indexOf(u'"');
    while (at >= 0) {
        const qsizetype end = json.indexOf(u'"', at + 1);
        if (end < 0)
            break;
        result.append(json.mid(at + 1, end - at - 1).toString());
        at = json.indexOf(u'"', end + 1);
    }
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
    if (count.exec(u"SELECT COUNT(*) FROM buyers"_s) && count.next()) {
        const auto n = std::size_t(count.value(0).toLongLong());
        snapshot.m_audience.reserve(n);
        snapshot.m_gender.reserve(n);
        snapshot.m_ageBand.reserve(n);
        snapshot.m_region.reserve(n);
        snapshot.m_avgCheck.reserve(n);
        snapshot.m_interestStart.reserve(n + 1);
        snapshot.m_interestIds.reserve(n * 3);
    }

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT segment, subsegment, gender, age_band, region, avg_check_kopecks, interests"
                    " FROM buyers"_s))
        return Result::failure(u"reading the cached buyers: "_s + query.lastError().text());
    const auto tooMany = [](const QString& what) {
        return Result::failure(u"the cache holds more distinct %1 than the portrait can show"_s.arg(what));
    };
    snapshot.m_interestStart.push_back(0);
    while (query.next()) {
        const int audience =
            snapshot.m_audiences.intern(query.value(0).toString() + u'/' + query.value(1).toString());
        const int gender = snapshot.m_genders.intern(query.value(2).toString());
        const int ageBand = snapshot.m_ageBands.intern(query.value(3).toString());
        const int region = snapshot.m_regions.intern(query.value(4).toString());
        if (audience > std::numeric_limits<quint8>::max())
            return tooMany(u"segments"_s);
        if (gender > std::numeric_limits<quint8>::max() || ageBand > std::numeric_limits<quint8>::max())
            return tooMany(u"genders or age bands"_s);
        if (region > std::numeric_limits<quint16>::max())
            return tooMany(u"regions"_s);
        snapshot.m_audience.push_back(quint8(audience));
        snapshot.m_gender.push_back(quint8(gender));
        snapshot.m_ageBand.push_back(quint8(ageBand));
        snapshot.m_region.push_back(quint16(region));
        snapshot.m_avgCheck.push_back(query.value(5).toLongLong());
        const QString interests = query.value(6).toString();
        for (const QString& category : parseIdArray(interests)) {
            const int id = snapshot.m_categories.intern(category);
            if (id > std::numeric_limits<quint16>::max())
                return tooMany(u"categories"_s);
            snapshot.m_interestIds.push_back(quint16(id));
        }
        snapshot.m_interestStart.push_back(quint32(snapshot.m_interestIds.size()));
    }
    if (query.lastError().isValid())
        return Result::failure(u"reading the cached buyers: "_s + query.lastError().text());
    return Result(std::move(snapshot));
}

} // namespace sellercrm
