// POR-1, POR-2: the portrait computed from the in-memory snapshot of the cache equals an
// independent SQL query (json_each for interests, GROUP BY per chart) over the same cache file,
// and the domain's per-buyer evaluation, for a set of AND/OR condition trees and audiences.
#include "CacheDb.h"
#include "PortraitConditions.h"
#include "PortraitTestCache.h"
#include "portrait/PortraitAggregator.h"
#include "portrait/PortraitModel.h"
#include "portrait/PortraitSnapshot.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

using Kind = PortraitConditions::Kind;
using Op = PortraitConditions::Op;
using Count = PortraitAggregation::Count;

Q_DECLARE_METATYPE(sellercrm::PortraitConditions)
Q_DECLARE_METATYPE(sellercrm::PortraitAudience)

namespace {

constexpr int buyerCount = 6000;

// The reference translation of a condition tree to SQL, written independently of the snapshot.
QString referenceSql(const PortraitConditions& node, QVariantList& values)
{
    const auto placeholders = [&](const QStringList& list) {
        QStringList marks;
        for (const QString& value : list) {
            marks << u"?"_s;
            values << value;
        }
        return marks.join(u", "_s);
    };
    switch (node.kind()) {
    case Kind::Group: {
        QStringList parts;
        for (const PortraitConditions& item : node.items())
            parts << u'(' + referenceSql(item, values) + u')';
        return parts.isEmpty() ? u"1 = 1"_s : parts.join(node.op() == Op::And ? u" AND "_s : u" OR "_s);
    }
    case Kind::Gender:
        return u"gender IN ("_s + placeholders(node.values()) + u')';
    case Kind::AgeBand:
        return u"age_band IN ("_s + placeholders(node.values()) + u')';
    case Kind::Region:
        return u"region IN ("_s + placeholders(node.values()) + u')';
    case Kind::Category:
        return u"EXISTS (SELECT 1 FROM json_each(b.interests) AS j WHERE j.value IN ("_s +
               placeholders(node.values()) + u"))"_s;
    case Kind::AvgCheck: {
        QStringList parts{u"1 = 1"_s};
        if (node.minKopecks()) {
            parts << u"avg_check_kopecks >= ?"_s;
            values << *node.minKopecks();
        }
        if (node.maxKopecks()) {
            parts << u"avg_check_kopecks <= ?"_s;
            values << *node.maxKopecks();
        }
        return parts.join(u" AND "_s);
    }
    }
    return {};
}

QString audienceSql(const PortraitAudience& audience, QVariantList& values)
{
    QStringList parts;
    for (const QString& segment : audience.segments) {
        parts << u"segment = ?"_s;
        values << segment;
    }
    for (const QString& subsegment : audience.subsegments) {
        parts << u"subsegment = ?"_s;
        values << subsegment;
    }
    return parts.isEmpty() ? u"1 = 1"_s : parts.join(u" OR "_s);
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        qFatal("prepare failed: %s", qPrintable(query.lastError().text()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("exec failed: %s", qPrintable(query.lastError().text()));
    return query;
}

PortraitAggregation referenceAggregation(const QSqlDatabase& db, const PortraitAudience& audience,
                                         const PortraitConditions& conditions)
{
    QVariantList values;
    // Two statements: the placeholders' values must be appended in the order they appear.
    const QString audienceWhere = audienceSql(audience, values);
    const QString conditionsWhere = referenceSql(conditions, values);
    const QString where =
        u" FROM buyers AS b WHERE ("_s + audienceWhere + u") AND ("_s + conditionsWhere + u')';
    PortraitAggregation result;
    QVariantList audienceValues;
    QSqlQuery audienceCount = run(
        db, u"SELECT COUNT(*) FROM buyers WHERE "_s + audienceSql(audience, audienceValues), audienceValues);
    audienceCount.next();
    result.audience = audienceCount.value(0).toLongLong();

    QSqlQuery reach = run(db, u"SELECT COUNT(*)"_s + where, values);
    reach.next();
    result.reach = reach.value(0).toLongLong();

    QSqlQuery buckets =
        run(db,
            u"SELECT CASE WHEN avg_check_kopecks < 50000 THEN 0 WHEN avg_check_kopecks < 100000 THEN 1"
            " WHEN avg_check_kopecks < 200000 THEN 2 WHEN avg_check_kopecks < 300000 THEN 3"
            " WHEN avg_check_kopecks < 500000 THEN 4 WHEN avg_check_kopecks < 1000000 THEN 5"
            " ELSE 6 END AS bucket, COUNT(*)"_s +
                where + u" GROUP BY bucket"_s,
            values);
    while (buckets.next())
        result.avgCheckBuckets[std::size_t(buckets.value(0).toInt())] = buckets.value(1).toLongLong();

    QSqlQuery regions =
        run(db, u"SELECT region, COUNT(*) AS n"_s + where + u" GROUP BY region ORDER BY n DESC, region"_s,
            values);
    while (regions.next())
        result.regions.append(
            {regions.value(0).toString(), regions.value(0).toString(), regions.value(1).toLongLong()});

    QSqlQuery categories =
        run(db,
            u"SELECT j.value, COALESCE(c.name, j.value), COUNT(*) AS n"_s +
                QString(where).replace(u" FROM buyers AS b"_s,
                                       u" FROM buyers AS b JOIN json_each(b.interests) AS j"
                                       " LEFT JOIN categories AS c ON c.id = j.value"_s) +
                u" GROUP BY j.value ORDER BY n DESC, j.value"_s,
            values);
    while (categories.next())
        result.categories.append({categories.value(0).toString(), categories.value(1).toString(),
                                  categories.value(2).toLongLong()});

    QSqlQuery ageGender = run(db,
                              u"SELECT age_band || '/' || gender AS k, COUNT(*)"_s + where +
                                  u" GROUP BY age_band, gender ORDER BY k"_s,
                              values);
    while (ageGender.next())
        result.ageGender.append(
            {ageGender.value(0).toString(), ageGender.value(0).toString(), ageGender.value(1).toLongLong()});
    return result;
}

PortraitConditions leaf(Kind kind, const QStringList& values)
{
    return PortraitConditions::among(kind, values);
}

} // namespace

class PortraitAggregationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesIndependentSql_data();
    void matchesIndependentSql();
    void modelLoadsAndFollowsConditions();
    void modelReportsEmptyAndError();
    void snapshotParsesInterestArrays();
    void snapshotReadInPartsEqualsOnePart();
    void snapshotKeepsEscapedCategoryIds();
    void refreshKeepsFiguresUntilTheNewSnapshot();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CacheDb> m_cache;
    std::shared_ptr<const PortraitSnapshot> m_snapshot;
};

void PortraitAggregationTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cache.sqlite"_s);
    auto cache = CacheDb::open(m_path, u"test"_s);
    QVERIFY2(cache, qPrintable(cache.error()));
    m_cache = std::move(cache).value();
    const auto filled = PortraitTestCache::fill(*m_cache, buyerCount, 7);
    QVERIFY2(filled, qPrintable(filled.error()));
    auto snapshot = PortraitSnapshot::load(*m_cache);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(snapshot->size(), buyerCount);
    m_snapshot = std::make_shared<const PortraitSnapshot>(std::move(snapshot).value());
}

void PortraitAggregationTest::matchesIndependentSql_data()
{
    QTest::addColumn<PortraitAudience>("audience");
    QTest::addColumn<PortraitConditions>("conditions");

    const PortraitAudience everybody;
    const PortraitAudience regular{{u"regular"_s}, {}};
    const PortraitAudience top{{}, {u"top"_s}};
    const PortraitAudience mixed{{u"potential"_s}, {u"new"_s}};
    const PortraitAudience interested{{}, {u"interested_categories"_s}};

    const PortraitConditions women = leaf(Kind::Gender, {u"f"_s});
    const PortraitConditions example = PortraitConditions::group(
        Op::Or, {PortraitConditions::group(Op::And, {women, leaf(Kind::AgeBand, {u"25-34"_s})}),
                 leaf(Kind::Region, {u"Moscow"_s})});
    const PortraitConditions checkAndCategory = PortraitConditions::group(
        Op::And, {PortraitConditions::avgCheck(50'000, 199'999), leaf(Kind::Category, {u"CAT03"_s})});
    const PortraitConditions anyOfThree = PortraitConditions::group(
        Op::Or, {PortraitConditions::avgCheck(std::nullopt, 49'999), leaf(Kind::AgeBand, {u"55+"_s}),
                 leaf(Kind::Region, {u"Tatarstan"_s, u"Perm Krai"_s})});
    const PortraitConditions nested = PortraitConditions::group(
        Op::And,
        {PortraitConditions::group(Op::Or, {leaf(Kind::Gender, {u"m"_s}), leaf(Kind::AgeBand, {u""_s})}),
         PortraitConditions::group(
             Op::Or,
             {leaf(Kind::Category, {u"CAT01"_s, u"CAT02"_s}),
              PortraitConditions::group(Op::And, {leaf(Kind::Region, {u"Moscow Oblast"_s}),
                                                  PortraitConditions::avgCheck(1'000'000, std::nullopt)})})});
    const PortraitConditions emptyOrInsideAnd =
        PortraitConditions::group(Op::And, {PortraitConditions::group(Op::Or), women});
    const PortraitConditions emptyOrInsideOr = PortraitConditions::group(
        Op::Or, {PortraitConditions::group(Op::And), leaf(Kind::Region, {u"Moscow"_s})});
    const PortraitConditions unknownRegion = leaf(Kind::Region, {u"Atlantis"_s});
    const PortraitConditions zeroCheck = PortraitConditions::avgCheck(std::nullopt, 0);
    const PortraitConditions unboundedCheck = PortraitConditions::avgCheck(std::nullopt, std::nullopt);

    QTest::newRow("POR-2 no conditions, everybody") << everybody << PortraitConditions();
    QTest::newRow("POR-2 women, Regular") << regular << women;
    QTest::newRow("POR-2 (women AND 25-34) OR Moscow, everybody") << everybody << example;
    QTest::newRow("POR-2 (women AND 25-34) OR Moscow, Top") << top << example;
    QTest::newRow("POR-2 check range AND category, Regular") << regular << checkAndCategory;
    QTest::newRow("POR-2 check up to bound OR 55+ OR two regions, Potential+New") << mixed << anyOfThree;
    QTest::newRow("POR-2 nested AND of ORs, everybody") << everybody << nested;
    QTest::newRow("POR-2 nested AND of ORs, Regular") << regular << nested;
    QTest::newRow("POR-2 empty OR group inside AND") << everybody << emptyOrInsideAnd;
    QTest::newRow("POR-2 empty AND group inside OR") << top << emptyOrInsideOr;
    QTest::newRow("POR-2 unknown region") << everybody << unknownRegion;
    QTest::newRow("POR-2 zero average check, interested in categories") << interested << zeroCheck;
    QTest::newRow("POR-2 check without bounds, Top") << top << unboundedCheck;
}

void PortraitAggregationTest::matchesIndependentSql()
{
    QFETCH(PortraitAudience, audience);
    QFETCH(PortraitConditions, conditions);

    const PortraitAggregation local = PortraitAggregator::compute(*m_snapshot, audience, conditions);
    const PortraitAggregation reference = referenceAggregation(m_cache->connection(), audience, conditions);
    QCOMPARE(local.audience, reference.audience);
    QCOMPARE(local.reach, reference.reach);
    QCOMPARE(local.avgCheckBuckets, reference.avgCheckBuckets);
    QCOMPARE(local.regions, reference.regions);
    QCOMPARE(local.categories, reference.categories);
    QCOMPARE(local.ageGender, reference.ageGender);
    QVERIFY(local == reference);

    // The domain's evaluation of one buyer at a time gives the same reach.
    QVariantList values;
    QSqlQuery rows =
        run(m_cache->connection(),
            u"SELECT gender, age_band, region, avg_check_kopecks, interests FROM buyers WHERE "_s +
                audienceSql(audience, values),
            values);
    qint64 matching = 0;
    while (rows.next()) {
        const PortraitConditions::Buyer buyer{rows.value(0).toString(), rows.value(1).toString(),
                                              rows.value(2).toString(), rows.value(3).toLongLong(),
                                              PortraitSnapshot::parseIdArray(rows.value(4).toString())};
        matching += conditions.matches(buyer) ? 1 : 0;
    }
    QCOMPARE(matching, local.reach);
}

void PortraitAggregationTest::modelLoadsAndFollowsConditions()
{
    PortraitModel model;
    model.setLoader(PortraitModel::cacheLoader(m_path));
    QSignalSpy results(&model, &PortraitModel::resultChanged);
    model.reload();
    QCOMPARE(model.state(), PortraitModel::State::Loading);
    QTRY_COMPARE(model.state(), PortraitModel::State::Ready);
    QCOMPARE(model.result().reach, buyerCount);
    QCOMPARE(results.size(), 1);

    const PortraitAudience regular{{u"regular"_s}, {}};
    model.setAudience(regular);
    const PortraitConditions women = leaf(Kind::Gender, {u"f"_s});
    model.setConditions(women);
    QCOMPARE(results.size(), 3);
    QCOMPARE(model.result(), referenceAggregation(m_cache->connection(), regular, women));
    QVERIFY(model.result().reach < model.result().audience);
    QCOMPARE(model.conditionsSentence(), u"women"_s);
    model.setConditions(PortraitConditions::group(Op::And, {leaf(Kind::Category, {u"CAT04"_s})}));
    QCOMPARE(model.conditionsSentence(), u"interested in Skin care"_s);
    QVERIFY(model.lastRecomputeNs() > 0);
}

void PortraitAggregationTest::modelReportsEmptyAndError()
{
    // An audience without buyers in a real but empty cache: Empty (POR-3 "no buyers in this segment").
    const QString emptyPath = m_dir.filePath(u"empty.sqlite"_s);
    {
        auto empty = CacheDb::open(emptyPath, u"empty"_s);
        QVERIFY2(empty, qPrintable(empty.error()));
    }
    PortraitModel model;
    model.setLoader(PortraitModel::cacheLoader(emptyPath));
    model.reload();
    QTRY_COMPARE(model.state(), PortraitModel::State::Empty);
    QCOMPARE(model.result().reach, 0);

    // A file that is not a cache: Error with the reason; retry reads again.
    const QString brokenPath = m_dir.filePath(u"broken.sqlite"_s);
    QVERIFY(PortraitTestCache::writeUnreadable(brokenPath));
    model.setLoader(PortraitModel::cacheLoader(brokenPath));
    model.reload();
    QTRY_COMPARE(model.state(), PortraitModel::State::Error);
    QVERIFY(!model.errorText().isEmpty());
    model.setLoader(PortraitModel::cacheLoader(m_path));
    model.retry();
    QTRY_COMPARE(model.state(), PortraitModel::State::Ready);
    QCOMPARE(model.result().reach, buyerCount);
}

void PortraitAggregationTest::snapshotParsesInterestArrays()
{
    QCOMPARE(PortraitSnapshot::parseIdArray(u"[\"C1\",\"C22\"]"), (QStringList{u"C1"_s, u"C22"_s}));
    QCOMPARE(PortraitSnapshot::parseIdArray(u"[]"), QStringList());
    QCOMPARE(PortraitSnapshot::parseIdArray(u""), QStringList());
    QCOMPARE(PortraitSnapshot::parseIdArray(u"[\"a\\\"b\", \"c\"]"), (QStringList{u"a\"b"_s, u"c"_s}));
    QVERIFY(m_snapshot->columnBytes() < 25 * m_snapshot->size());
}

namespace {

// Buyer `i` of `snapshot` in words: its audience, gender, age band, region, average check and interests.
QStringList buyerInWords(const PortraitSnapshot& snapshot, std::size_t i)
{
    QStringList words{snapshot.audiences().names.at(snapshot.audienceColumn()[i]),
                      snapshot.genders().names.at(snapshot.genderColumn()[i]),
                      snapshot.ageBands().names.at(snapshot.ageBandColumn()[i]),
                      snapshot.regions().names.at(snapshot.regionColumn()[i]),
                      QString::number(snapshot.avgCheckColumn()[i])};
    for (quint32 at = snapshot.interestStart()[i]; at < snapshot.interestStart()[i + 1]; ++at)
        words << snapshot.categories().names.at(snapshot.interestIds()[at]);
    return words;
}

Outcome<std::unique_ptr<CacheDb>> smallCache(const QString& path, int buyers)
{
    auto cache = CacheDb::open(path, u"small"_s);
    if (!cache)
        return cache;
    if (auto filled = PortraitTestCache::fill(*cache.value(), buyers, 11); !filled)
        return Outcome<std::unique_ptr<CacheDb>>::failure(filled.error());
    return cache;
}

} // namespace

void PortraitAggregationTest::snapshotReadInPartsEqualsOnePart()
{
    // Three rowid ranges read on three connections, their dictionaries merged: the same buyers
    // in the same order as one pass, so the charts do not depend on the number of cores.
    auto one = PortraitSnapshot::load(*m_cache, 1);
    auto three = PortraitSnapshot::load(*m_cache, 3);
    QVERIFY2(one, qPrintable(one.error()));
    QVERIFY2(three, qPrintable(three.error()));
    QCOMPARE(three->size(), buyerCount);
    QCOMPARE(three->size(), one->size());
    for (std::size_t i = 0; i < std::size_t(buyerCount); ++i)
        QCOMPARE(buyerInWords(three.value(), i), buyerInWords(one.value(), i));
    QCOMPARE(three->categoryNames(), one->categoryNames());
    const PortraitAudience regular{{u"regular"_s}, {}};
    const PortraitConditions women = leaf(Kind::Gender, {u"f"_s});
    QCOMPARE(PortraitAggregator::compute(three.value(), regular, women),
             referenceAggregation(m_cache->connection(), regular, women));
}

void PortraitAggregationTest::snapshotKeepsEscapedCategoryIds()
{
    auto cache = smallCache(m_dir.filePath(u"escaped.sqlite"_s), 40);
    QVERIFY2(cache, qPrintable(cache.error()));
    QSqlQuery update(cache.value()->connection());
    const QString escapedIds = u"UPDATE buyers SET interests = '[\"a\\\"b\",\"CAT01\"]', gender = NULL "
                               "WHERE rowid = 1"_s;
    QVERIFY2(update.exec(escapedIds), qPrintable(update.lastError().text()));
    auto snapshot = PortraitSnapshot::load(*cache.value(), 2);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(snapshot->size(), 40);
    const QStringList first = buyerInWords(snapshot.value(), 0);
    QCOMPARE(first.at(1), QString()); // a NULL gender is the unknown one
    QCOMPARE(first.mid(5), (QStringList{u"a\"b"_s, u"CAT01"_s}));
}

void PortraitAggregationTest::refreshKeepsFiguresUntilTheNewSnapshot()
{
    auto cache = smallCache(m_dir.filePath(u"refresh.sqlite"_s), 500);
    QVERIFY2(cache, qPrintable(cache.error()));
    PortraitModel model;
    model.setLoader(PortraitModel::cacheLoader(cache.value()->path()));
    model.reload();
    QTRY_COMPARE(model.state(), PortraitModel::State::Ready);
    QCOMPARE(model.result().reach, 500);

    // Two syncs that remove buyers, the second while the first read may still run: the page
    // keeps its figures (no Loading state) and ends with the buyers of the last one.
    QSignalSpy states(&model, &PortraitModel::stateChanged);
    QSqlQuery remove(cache.value()->connection());
    QVERIFY(remove.exec(u"DELETE FROM buyers WHERE rowid <= 100"_s));
    model.refresh();
    QCOMPARE(model.state(), PortraitModel::State::Ready);
    QCOMPARE(model.result().reach, 500);
    QVERIFY(remove.exec(u"DELETE FROM buyers WHERE rowid <= 200"_s));
    model.refresh();
    QTRY_COMPARE(model.result().reach, 300);
    QCOMPARE(model.state(), PortraitModel::State::Ready);
    QCOMPARE(states.size(), 0);
}

QTEST_GUILESS_MAIN(PortraitAggregationTest)
#include "tst_portrait_aggregation.moc"
