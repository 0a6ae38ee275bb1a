// POR-1, POR-2: the portrait computed locally from a cache synced from the real sellercrm-server
// equals the server's POST /api/v1/portrait for the same audience and conditions (demo data from
// `generate`, loaded with `import`, served on an ephemeral loopback port).
#include "ApiClient.h"
#include "CacheDb.h"
#include "PortraitConditions.h"
#include "SyncSession.h"
#include "portrait/PortraitAggregator.h"
#include "portrait/PortraitSnapshot.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sellercrm;

using Kind = PortraitConditions::Kind;
using Op = PortraitConditions::Op;

Q_DECLARE_METATYPE(sellercrm::PortraitConditions)
Q_DECLARE_METATYPE(sellercrm::PortraitAudience)

namespace {

const QString asOf = u"2026-11-20"_s;

int runServer(const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(qEnvironmentVariable("SELLERCRM_SERVER"), arguments);
    if (!process.waitForFinished(180000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning("%s", process.readAllStandardError().constData());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class PortraitServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void localEqualsServer_data();
    void localEqualsServer();

private:
    QJsonObject postPortrait(const QJsonObject& body, int* status);

    QTemporaryDir m_dir;
    QProcess m_server;
    QUrl m_base;
    QString m_token;
    std::unique_ptr<CacheDb> m_cache;
    std::shared_ptr<const PortraitSnapshot> m_snapshot;
    QNetworkAccessManager m_network;
};

void PortraitServerTest::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("SELLERCRM_SERVER").isEmpty(), "SELLERCRM_SERVER is not set");
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(u"data"_s);
    const QString db = m_dir.filePath(u"store.db"_s);
    QCOMPARE(runServer({u"generate"_s, u"--out"_s, data, u"--sellers"_s, u"7"_s, u"--buyers"_s, u"3000"_s,
                        u"--orders"_s, u"20000"_s, u"--seed"_s, u"8"_s}),
             0);
    QCOMPARE(runServer({u"import"_s, u"--db"_s, db, u"--as-of"_s, asOf, data}), 0);
    QByteArray token;
    QCOMPARE(runServer({u"token"_s, u"create"_s, u"--db"_s, db, u"--seller"_s, u"S0001"_s}, &token), 0);
    m_token = QString::fromUtf8(token).trimmed();
    QVERIFY(!m_token.isEmpty());

    m_server.start(qEnvironmentVariable("SELLERCRM_SERVER"),
                   {u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--as-of"_s, asOf});
    QVERIFY(m_server.waitForStarted(10000));
    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QByteArray output;
    for (int i = 0; i < 300 && !listening.match(QString::fromUtf8(output)).hasMatch(); ++i) {
        m_server.waitForReadyRead(100);
        output += m_server.readAllStandardOutput();
    }
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
    QVERIFY2(match.hasMatch(), output.constData());
    m_base = QUrl(match.captured(1));

    // Sync a real cache from the server with sync's session, as the app does.
    auto cache = CacheDb::open(m_dir.filePath(u"cache.sqlite"_s), u"test"_s);
    QVERIFY2(cache, qPrintable(cache.error()));
    m_cache = std::move(cache).value();
    ApiClient api(m_base, m_token);
    SyncSession session(*m_cache, api);
    const SyncReport report = session.runToCompletion();
    QVERIFY2(report.ok, qPrintable(report.message));
    QVERIFY(m_cache->rowCount(u"buyers"_s) > 100);

    auto snapshot = PortraitSnapshot::load(*m_cache);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    m_snapshot = std::make_shared<const PortraitSnapshot>(std::move(snapshot).value());
}

void PortraitServerTest::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(5000))
        m_server.kill();
}

QJsonObject PortraitServerTest::postPortrait(const QJsonObject& body, int* status)
{
    QNetworkRequest request(m_base.resolved(QUrl(u"/api/v1/portrait"_s)));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void PortraitServerTest::localEqualsServer_data()
{
    QTest::addColumn<PortraitAudience>("audience");
    QTest::addColumn<PortraitConditions>("conditions");
    QTest::addColumn<bool>("expectEmpty");

    // Categories the synced buyers are interested in (the generator's ids are not fixed here).
    const PortraitAggregation everybody = PortraitAggregator::compute(*m_snapshot, {}, {});
    QVERIFY(everybody.categories.size() >= 3);
    const QString topCategory = everybody.categories.at(0).key;
    const QStringList nextCategories{everybody.categories.at(1).key, everybody.categories.at(2).key};

    const auto among = &PortraitConditions::among;
    const auto group = &PortraitConditions::group;
    const PortraitConditions women = among(Kind::Gender, {u"f"_s});
    const PortraitConditions example =
        group(Op::Or, {group(Op::And, {women, among(Kind::AgeBand, {u"25-34"_s})}),
                       among(Kind::Region, {u"Moscow"_s})});
    const PortraitConditions checks = group(
        Op::And,
        {PortraitConditions::avgCheck(100'000, 500'000),
         group(Op::Or, {among(Kind::AgeBand, {u"35-44"_s, u"45-54"_s}), among(Kind::Gender, {u"m"_s})})});
    const PortraitConditions lowOrRegion =
        group(Op::Or, {PortraitConditions::avgCheck(std::nullopt, 50'000),
                       among(Kind::Region, {u"Saint Petersburg"_s, u"Tatarstan"_s})});
    // Every condition type in one tree, groups three levels deep.
    const PortraitConditions everyType =
        group(Op::And, {group(Op::Or, {women, among(Kind::AgeBand, {u"55+"_s})}),
                        group(Op::Or, {among(Kind::Region, {u"Moscow"_s, u"Moscow Oblast"_s}),
                                       group(Op::And, {among(Kind::Category, nextCategories),
                                                       PortraitConditions::avgCheck(50'000, std::nullopt)})}),
                        PortraitConditions::avgCheck(std::nullopt, 1'000'000)});

    QTest::newRow("POR-1 everybody, no conditions") << PortraitAudience() << PortraitConditions() << false;
    QTest::newRow("POR-2 (women AND 25-34) OR Moscow, everybody") << PortraitAudience() << example << false;
    QTest::newRow("POR-2 (women AND 25-34) OR Moscow, Regular")
        << PortraitAudience{{u"regular"_s}, {}} << example << false;
    QTest::newRow("POR-2 check range AND (ages OR men), own buyers")
        << PortraitAudience{{u"regular"_s, u"new"_s}, {}} << checks << false;
    QTest::newRow("POR-2 low check OR regions, Potential sub-segments")
        << PortraitAudience{{}, {u"sleeping"_s, u"interested_products"_s, u"interested_categories"_s}}
        << lowOrRegion << false;
    QTest::newRow("POR-2 women, New") << PortraitAudience{{u"new"_s}, {}} << women << false;
    QTest::newRow("POR-2 top category AND men, everybody")
        << PortraitAudience()
        << group(Op::And, {among(Kind::Category, {topCategory}), among(Kind::Gender, {u"m"_s})}) << false;
    QTest::newRow("POR-2 top category OR 18-24, own buyers")
        << PortraitAudience{{u"regular"_s, u"new"_s}, {}}
        << group(Op::Or, {among(Kind::Category, {topCategory}), among(Kind::AgeBand, {u"18-24"_s})}) << false;
    QTest::newRow("POR-2 every condition type, nested AND/OR, everybody")
        << PortraitAudience() << everyType << false;
    QTest::newRow("POR-2 an empty OR group narrows nothing, women")
        << PortraitAudience() << group(Op::And, {group(Op::Or, {}), women}) << false;
    QTest::newRow("POR-2 empty result: check of 10 million roubles and more")
        << PortraitAudience() << PortraitConditions::avgCheck(1'000'000'000, std::nullopt) << true;
    QTest::newRow("POR-2 empty result: a region and a category nobody has, Regular")
        << PortraitAudience{{u"regular"_s}, {}}
        << group(Op::Or, {among(Kind::Region, {u"Nowhere"_s}), among(Kind::Category, {u"C99-999"_s})})
        << true;
    QTest::newRow("POR-2 empty result: women AND men")
        << PortraitAudience{{}, {u"top"_s}} << group(Op::And, {women, among(Kind::Gender, {u"m"_s})}) << true;
}

void PortraitServerTest::localEqualsServer()
{
    QFETCH(PortraitAudience, audience);
    QFETCH(PortraitConditions, conditions);
    QFETCH(bool, expectEmpty);

    QJsonObject body = audience.toJson();
    if (!conditions.isEmpty())
        body.insert(u"conditions"_s, conditions.toJson());
    int status = 0;
    const QJsonObject server = postPortrait(body, &status);
    QCOMPARE(status, 200);

    const PortraitAggregation local = PortraitAggregator::compute(*m_snapshot, audience, conditions);
    QCOMPARE(local.reach, server.value(u"reach"_s).toInteger());
    const QJsonArray buckets = server.value(u"avg_check_buckets"_s).toArray();
    QCOMPARE(buckets.size(), PortraitAggregation::bucketCount);
    for (int b = 0; b < PortraitAggregation::bucketCount; ++b) {
        const QJsonObject bucket = buckets.at(b).toObject();
        QCOMPARE(bucket.value(u"from_kopecks"_s).toInteger(),
                 b == 0 ? 0 : PortraitAggregation::bucketBounds[std::size_t(b - 1)]);
        QCOMPARE(local.avgCheckBuckets[std::size_t(b)], bucket.value(u"buyers"_s).toInteger());
    }
    // The server lists the 30 largest regions and the 20 largest categories, ties by key.
    const QJsonArray regions = server.value(u"regions"_s).toArray();
    QCOMPARE(regions.size(), std::min<qsizetype>(30, local.regions.size()));
    for (qsizetype i = 0; i < regions.size(); ++i) {
        QCOMPARE(local.regions.at(i).key, regions.at(i).toObject().value(u"region"_s).toString());
        QCOMPARE(local.regions.at(i).buyers, regions.at(i).toObject().value(u"buyers"_s).toInteger());
    }
    const QJsonArray categories = server.value(u"categories"_s).toArray();
    QCOMPARE(categories.size(), std::min<qsizetype>(20, local.categories.size()));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QJsonObject category = categories.at(i).toObject();
        QCOMPARE(local.categories.at(i).key, category.value(u"category_id"_s).toString());
        QCOMPARE(local.categories.at(i).name, category.value(u"name"_s).toString());
        QCOMPARE(local.categories.at(i).buyers, category.value(u"buyers"_s).toInteger());
    }
    QMap<QString, qint64> serverAgeGender;
    for (const QJsonValue& value : server.value(u"age_gender"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        serverAgeGender.insert(entry.value(u"age_band"_s).toString() + u'/' +
                                   entry.value(u"gender"_s).toString(),
                               entry.value(u"buyers"_s).toInteger());
    }
    QMap<QString, qint64> localAgeGender;
    for (const auto& count : local.ageGender)
        localAgeGender.insert(count.key, count.buyers);
    QCOMPARE(localAgeGender, serverAgeGender);
    QCOMPARE(local.reach == 0, expectEmpty);
    if (expectEmpty) {
        QVERIFY(local.regions.isEmpty() && local.categories.isEmpty() && local.ageGender.isEmpty());
        QVERIFY(std::ranges::all_of(local.avgCheckBuckets, [](qint64 buyers) { return buyers == 0; }));
    }
}

QTEST_GUILESS_MAIN(PortraitServerTest)
#include "tst_portrait_server.moc"
