// Support snapshots (SYN-4): export a consistent copy with a manifest, open it read-only with the
// same data, no outbox secrets inside (byte scan), a newer snapshot refused with a clear message.
#include "CacheDb.h"
#include "CacheSchema.h"
#include "CacheWriter.h"
#include "FeedPage.h"
#include "Outbox.h"
#include "Snapshot.h"
#include "support/CacheDump.h"
#include "support/FakeFeed.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString rows(const CacheDb& cache, const QString& table)
{
    QString text;
    QSqlQuery query(cache.connection());
    query.exec(u"SELECT * FROM %1 WHERE id NOT LIKE 'local:%' ORDER BY id"_s.arg(table));
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            if (query.record().fieldName(i) != u"idempotency_key"_s)
                text += query.value(i).toString() + u'|';
        }
        text += u'\n';
    }
    return text;
}

} // namespace

class SnapshotTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<CacheDb> filledCache(const QString& name, QStringList* secrets)
    {
        auto opened = CacheDb::open(m_dir.filePath(name), u"test"_s);
        if (!opened)
            return nullptr;
        std::unique_ptr<CacheDb> cache = std::move(opened).value();
        CacheWriter writer(*cache);
        cache->inTransaction([&]() -> Outcome<Done> {
            writer.applyChange(FeedPage::parseEntity(u"seller"_s, u"S7"_s, test::FakeFeed::seller()).value());
            for (int i = 0; i < 200; ++i)
                writer.applyChange(FeedPage::parseEntity(u"buyer"_s, u"B%1"_s.arg(i), test::FakeFeed::buyer(i)).value());
            writer.applyChange(FeedPage::parseEntity(u"communication"_s, u"C1"_s,
                                                     QJsonObject{{u"name"_s, u"Sent one"_s},
                                                                 {u"status"_s, u"sent"_s},
                                                                 {u"idempotency_key"_s, u"server-side-key-0001"_s}})
                                   .value());
            return done();
        });
        Outbox outbox(*cache);
        outbox.enqueueCreateCommunication(QJsonObject{{u"name"_s, u"Unsent draft of a mailing"_s}});
        outbox.enqueueDeleteCommunication(u"C1"_s);
        for (const OutboxEntry& entry : outbox.entries())
            secrets->append(entry.idempotencyKey);
        secrets->append(u"server-side-key-0001"_s);
        cache->setMetaValue(u"server"_s, u"https://user:password@crm.example"_s);
        return cache;
    }

private slots:
    void roundTripKeepsTheDataAndDropsTheSecrets() // SYN-4
    {
        QStringList secrets;
        auto cache = filledCache(u"source.sqlite"_s, &secrets);
        QVERIFY(cache);
        QCOMPARE(secrets.size(), 3);
        // The secrets are in the source, so the scan below can find them when they leak.
        cache->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const QByteArray source = fileBytes(cache->path());
        for (const QString& secret : secrets)
            QVERIFY2(source.contains(secret.toUtf8()), qPrintable(secret));

        const QString file = m_dir.filePath(u"support/snapshot.crm"_s);
        auto manifest = Snapshot::exportTo(*cache, file, u"1.2.3"_s);
        QVERIFY2(manifest, qPrintable(manifest.error()));
        QCOMPARE(manifest->sellerId, u"S7"_s);
        QVERIFY(!QFile::exists(file + u".part"_s));
        QVERIFY(!QFile::exists(file + u"-wal"_s));

        const QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 10000);
        for (const QString& secret : secrets)
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(u"leaked: "_s + secret));
        QVERIFY(!bytes.contains("password"));
        QVERIFY(bytes.contains("Unsent draft of a mailing")); // the seller's own rows stay visible

        SnapshotManifest read;
        auto snapshot = Snapshot::open(file, &read);
        QVERIFY2(snapshot, qPrintable(snapshot.error()));
        QVERIFY(snapshot.value()->isReadOnly());
        QCOMPARE(read.sellerId, u"S7"_s);
        QCOMPARE(read.sellerName, u"Test Shop"_s);
        QCOMPARE(read.appVersion, u"1.2.3"_s);
        QCOMPARE(read.schemaVersion, CacheSchema::currentVersion);
        QVERIFY(qAbs(read.exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        for (const QString& table : {u"seller"_s, u"buyers"_s, u"communications"_s})
            QCOMPARE(rows(*snapshot.value(), table), rows(*cache, table));
        QCOMPARE(snapshot.value()->rowCount(u"outbox"_s), 0);
        QCOMPARE(snapshot.value()->rowCount(u"communications"_s), 2); // incl. the waiting one
        QSqlQuery write(snapshot.value()->connection());
        QVERIFY(!write.exec(u"DELETE FROM buyers"_s));
        QCOMPARE(snapshot.value()->rowCount(u"buyers"_s), 200);
        // The live cache is untouched by the export.
        QCOMPARE(cache->rowCount(u"outbox"_s), 2);
    }

    void refusesANewerSnapshot()
    {
        QStringList secrets;
        auto cache = filledCache(u"newer-source.sqlite"_s, &secrets);
        const QString file = m_dir.filePath(u"newer.crm"_s);
        QVERIFY(Snapshot::exportTo(*cache, file, u"9.0"_s));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"UPDATE snapshot_manifest SET value = '7' WHERE key = 'schema_version'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const QByteArray before = fileBytes(file);
        auto snapshot = Snapshot::open(file);
        QVERIFY(!snapshot);
        QVERIFY2(snapshot.error().contains(u"newer Seller CRM"_s) && snapshot.error().contains(u"schema 7"_s),
                 qPrintable(snapshot.error()));
        QCOMPARE(fileBytes(file), before);
    }

    void refusesAFileThatIsNoSnapshot()
    {
        QStringList secrets;
        auto cache = filledCache(u"plain.sqlite"_s, &secrets);
        auto snapshot = Snapshot::open(cache->path());
        QVERIFY(!snapshot);
        QVERIFY2(snapshot.error().contains(u"not a Seller CRM snapshot"_s), qPrintable(snapshot.error()));
        QVERIFY(!Snapshot::open(m_dir.filePath(u"nothing.crm"_s)));
    }
};

QTEST_GUILESS_MAIN(SnapshotTest)
#include "tst_snapshot.moc"
