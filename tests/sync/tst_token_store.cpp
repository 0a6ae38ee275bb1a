// Token stores (SYN-1): the in-memory store, and the keychain store where no keychain service
// runs (this test's session has no D-Bus): the user is told, the token lasts for the session
// only and is never written to a file.
#include "KeychainTokenStore.h"
#include "MemoryTokenStore.h"
#include "support/TokenStoreCalls.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

class TokenStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void memoryStoreKeepsTokensPerAccount()
    {
        MemoryTokenStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(writeTokenNow(store, u"a"_s, u"token-a"_s));
        QVERIFY(writeTokenNow(store, u"b"_s, u"token-b"_s));
        QCOMPARE(readTokenNow(store, u"a"_s).value(), u"token-a"_s);
        QCOMPARE(readTokenNow(store, u"b"_s).value(), u"token-b"_s);
        QCOMPARE(readTokenNow(store, u"c"_s).value(), QString());
        QVERIFY(deleteTokenNow(store, u"a"_s));
        QCOMPARE(readTokenNow(store, u"a"_s).value(), QString());
    }

    void withoutAKeychainTheTokenLastsForTheSessionAndTheUserIsTold() // SYN-1
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray secret = "scrm_session_only_token_0123456789";
        {
            KeychainTokenStore store(u"SellerCRM-test"_s);
            QSignalSpy told(&store, &TokenStore::persistenceUnavailable);
            QVERIFY(writeTokenNow(store, u"account-1"_s, QString::fromLatin1(secret)));
            QVERIFY(!store.isPersistent());
            QCOMPARE(told.size(), 1);
            QVERIFY(told.first().first().toString().contains(u"this session only"_s));
            QCOMPARE(store.unavailableReason(), told.first().first().toString());
            QCOMPARE(readTokenNow(store, u"account-1"_s).value(), QString::fromLatin1(secret));
            QVERIFY(writeTokenNow(store, u"account-2"_s, u"other"_s));
            QCOMPARE(told.size(), 1); // told once
        }
        // A new session (a new store) has no token: nothing was written anywhere.
        KeychainTokenStore next(u"SellerCRM-test"_s);
        QCOMPARE(readTokenNow(next, u"account-1"_s).value(), QString());
        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation})
            QVERIFY(!anyFileContains(QStandardPaths::writableLocation(location), secret));
    }
};

QTEST_GUILESS_MAIN(TokenStoreTest)
#include "tst_token_store.moc"
