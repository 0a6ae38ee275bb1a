// Token stores (SYN-1): the in-memory store, and the keychain store where no keychain service
// runs (this test's session has no D-Bus): the user is told, the token lasts for the session
// only and is never written to a file.
#include "KeychainTokenStore.h"
#include "MemoryTokenStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

Outcome<QString> readNow(TokenStore& store, const QString& account)
{
    std::optional<Outcome<QString>> result;
    store.readToken(account, &store, [&](const Outcome<QString>& token) { result = token; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Outcome<QString>::failure(u"no answer"_s);
    return *result;
}

Outcome<Done> writeNow(TokenStore& store, const QString& account, const QString& token)
{
    std::optional<Outcome<Done>> result;
    store.writeToken(account, token, &store, [&](const Outcome<Done>& done) { result = done; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Outcome<Done>::failure(u"no answer"_s);
    return *result;
}

bool anyFileContains(const QString& root, const QByteArray& needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TokenStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void memoryStoreKeepsTokensPerAccount()
    {
        MemoryTokenStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(writeNow(store, u"a"_s, u"token-a"_s));
        QVERIFY(writeNow(store, u"b"_s, u"token-b"_s));
        QCOMPARE(readNow(store, u"a"_s).value(), u"token-a"_s);
        QCOMPARE(readNow(store, u"b"_s).value(), u"token-b"_s);
        QCOMPARE(readNow(store, u"c"_s).value(), QString());
        std::optional<Outcome<Done>> deleted;
        store.deleteToken(u"a"_s, &store, [&](const Outcome<Done>& result) { deleted = result; });
        QTRY_VERIFY(deleted.has_value());
        QCOMPARE(readNow(store, u"a"_s).value(), QString());
    }

    void withoutAKeychainTheTokenLastsForTheSessionAndTheUserIsTold() // SYN-1
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray secret = "scrm_session_only_token_0123456789";
        {
            KeychainTokenStore store(u"SellerCRM-test"_s);
            QSignalSpy told(&store, &TokenStore::persistenceUnavailable);
            QVERIFY(writeNow(store, u"account-1"_s, QString::fromLatin1(secret)));
            QVERIFY(!store.isPersistent());
            QCOMPARE(told.size(), 1);
            QVERIFY(told.first().first().toString().contains(u"this session only"_s));
            QCOMPARE(store.unavailableReason(), told.first().first().toString());
            QCOMPARE(readNow(store, u"account-1"_s).value(), QString::fromLatin1(secret));
            QVERIFY(writeNow(store, u"account-2"_s, u"other"_s));
            QCOMPARE(told.size(), 1); // told once
        }
        // A new session (a new store) has no token: nothing was written anywhere.
        KeychainTokenStore next(u"SellerCRM-test"_s);
        QCOMPARE(readNow(next, u"account-1"_s).value(), QString());
        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation})
            QVERIFY(!anyFileContains(QStandardPaths::writableLocation(location), secret));
    }
};

QTEST_GUILESS_MAIN(TokenStoreTest)
#include "tst_token_store.moc"
