// Wizard drafts (WIZ-9) survive closing the app: saved, replaced, listed newest first, removed.
#include "CacheDb.h"
#include "DraftStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class DraftStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void draftsSurviveReopening() // WIZ-9
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"drafts.sqlite"_s);
        QString first;
        QString second;
        {
            auto cache = CacheDb::open(path, u"gui"_s);
            QVERIFY(cache);
            DraftStore drafts(*cache.value());
            auto saved = drafts.save({}, u"communication"_s, u"Bonuses for loyal"_s,
                                     QJsonObject{{u"step"_s, 2}, {u"offer"_s, QJsonObject{{u"type"_s, u"bonuses"_s}}}});
            QVERIFY(saved);
            first = saved.value();
            QTest::qWait(5);
            auto other = drafts.save({}, u"communication"_s, u"Banner"_s, QJsonObject{{u"step"_s, 1}});
            QVERIFY(other);
            second = other.value();
            QVERIFY(first != second);
            // Saving again replaces the draft (a later millisecond than the second one's).
            QTest::qWait(5);
            QVERIFY(drafts.save(first, u"communication"_s, u"Bonuses for loyal"_s, QJsonObject{{u"step"_s, 3}}));
        }
        auto cache = CacheDb::open(path, u"gui"_s);
        QVERIFY(cache);
        DraftStore drafts(*cache.value());
        const QList<Draft> list = drafts.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().id, first); // updated last
        QCOMPARE(list.first().data.value(u"step"_s).toInt(), 3);
        QCOMPARE(list.first().title, u"Bonuses for loyal"_s);
        QVERIFY(list.first().updatedAt >= list.first().createdAt);
        QCOMPARE(drafts.load(second)->data.value(u"step"_s).toInt(), 1);
        QVERIFY(drafts.remove(second));
        QVERIFY(!drafts.load(second));
        QCOMPARE(drafts.list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "tst_draft_store.moc"
