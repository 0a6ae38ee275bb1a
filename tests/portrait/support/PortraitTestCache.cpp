#include "PortraitTestCache.h"

#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "FeedPage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

struct AudienceCode
{
    QString segment;
    QString subsegment;
};

const std::array<AudienceCode, 7> audiences{{{u"regular"_s, u"top"_s},
                                             {u"regular"_s, u"loyal"_s},
                                             {u"regular"_s, u"at_risk"_s},
                                             {u"new"_s, u"new"_s},
                                             {u"potential"_s, u"sleeping"_s},
                                             {u"potential"_s, u"interested_products"_s},
                                             {u"potential"_s, u"interested_categories"_s}}};
const QStringList genders{u"f"_s, u"m"_s, u"f"_s, u"m"_s, u""_s};
const QStringList ageBands{u"18-24"_s, u"25-34"_s, u"35-44"_s, u"45-54"_s, u"55+"_s, u""_s};
// Names like a marketplace's, some long enough to test the charts' labels.
const QStringList categoryNames{u"Smartphones and accessories"_s,
                                u"Kitchen appliances"_s,
                                u"Women's clothing"_s,
                                u"Children's toys and games"_s,
                                u"Skin care"_s,
                                u"Pet food and supplies"_s,
                                u"Books"_s,
                                u"Garden tools and equipment"_s,
                                u"Car accessories"_s,
                                u"Vitamins and dietary supplements"_s,
                                u"Sports nutrition"_s,
                                u"Home textiles"_s,
                                u"Men's shoes"_s,
                                u"Stationery"_s,
                                u"Coffee and tea"_s};
const int categoryCount = int(categoryNames.size());
constexpr std::array<qint64, 8> exactChecks{0, 49'999, 50'000, 100'000, 199'999, 300'000, 500'000, 1'000'000};

// An index below `size`, the first ones more often (as a few regions and categories dominate).
int skewedIndex(QRandomGenerator& random, qsizetype size)
{
    return std::min(int(size) - 1, int(double(size) * std::pow(random.generateDouble(), 1.6)));
}

qint64 randomCheck(QRandomGenerator& random)
{
    if (random.bounded(10) == 0)
        return exactChecks[random.bounded(int(exactChecks.size()))];
    // Roughly log-uniform from 100 ₽ to 20 000 ₽.
    const double roubles = 100.0 * std::pow(200.0, random.generateDouble());
    return qint64(roubles * 100.0);
}

} // namespace

const QStringList& PortraitTestCache::regions()
{
    static const QStringList names{
        u"Moscow"_s,      u"Saint Petersburg"_s,  u"Moscow Oblast"_s,      u"Krasnodar Krai"_s,
        u"Tatarstan"_s,   u"Sverdlovsk Oblast"_s, u"Novosibirsk Oblast"_s, u"Samara Oblast"_s,
        u"Omsk Oblast"_s, u"Perm Krai"_s,         u"Primorsky Krai"_s,     u"Kaliningrad Oblast"_s};
    return names;
}

const QStringList& PortraitTestCache::categoryIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (int c = 0; c < categoryCount; ++c)
            list.append(u"CAT%1"_s.arg(c, 2, 10, QChar(u'0')));
        return list;
    }();
    return ids;
}

QString PortraitTestCache::categoryName(const QString& id)
{
    return categoryNames.value(categoryIds().indexOf(id), id);
}

bool PortraitTestCache::writeUnreadable(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(4096, 'z')) == 4096;
}

Outcome<Done> PortraitTestCache::fill(CacheDb& cache, int buyers, quint32 seed)
{
    CacheWriter writer(cache);
    auto catalog = cache.inTransaction([&]() -> Outcome<Done> {
        for (const QString& id : categoryIds()) {
            auto change = FeedPage::parseEntity(
                u"category"_s, id, {{u"name"_s, categoryName(id)}, {u"parent_id"_s, QJsonValue::Null}});
            if (!change)
                return Outcome<Done>::failure(change.error());
            if (auto written = writer.applyChange(change.value()); !written)
                return written;
        }
        return done();
    });
    if (!catalog)
        return catalog;

    QRandomGenerator random(seed);
    const CacheSchema::EntityTable* table = CacheSchema::tableForType(u"buyer"_s);
    constexpr int batch = 50'000;
    for (int first = 0; first < buyers; first += batch) {
        auto written = cache.inTransaction([&]() -> Outcome<Done> {
            for (int i = first; i < std::min(buyers, first + batch); ++i) {
                const AudienceCode& audience = audiences[random.bounded(int(audiences.size()))];
                const bool own = audience.segment != u"potential";
                const int orders = !own ? 0 : (audience.segment == u"new" ? 1 : 2 + int(random.bounded(6)));
                const qint64 check = own ? randomCheck(random) : 0;
                QVariant interests;
                const int interestCount = int(random.bounded(5));
                if (interestCount > 0 || random.bounded(2) == 0) {
                    QJsonArray array;
                    for (int k = 0; k < interestCount; ++k) {
                        const QString category = categoryIds().at(skewedIndex(random, categoryCount));
                        if (!array.contains(category))
                            array.append(category);
                    }
                    interests = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
                }
                FeedChange change;
                change.table = table;
                change.id = u"B%1"_s.arg(i, 7, 10, QChar(u'0'));
                change.values = {audience.segment,
                                 audience.subsegment,
                                 orders,
                                 check,
                                 check * orders,
                                 own ? QVariant(u"2026-11-01"_s) : QVariant(),
                                 genders.at(random.bounded(int(genders.size()))),
                                 ageBands.at(random.bounded(int(ageBands.size()))),
                                 regions().at(skewedIndex(random, regions().size())),
                                 interests,
                                 QVariant(u"[]"_s),
                                 QVariant(),
                                 u"available"_s};
                if (auto applied = writer.applyChange(change); !applied)
                    return applied;
            }
            return done();
        });
        if (!written)
            return written;
    }
    return done();
}

} // namespace sellercrm
