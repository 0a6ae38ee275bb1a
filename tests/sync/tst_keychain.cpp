// The keychain token store against a real Secret Service (SYN-1): tests/sync/with-keyring.sh runs
// this test in a private D-Bus session with an unlocked gnome-keyring-daemon. The token is
// stored, read back by a new store (so it came from the keyring, not from memory), replaced and
// deleted through QtKeychain; the keyring holds it as an item of the Secret Service and no file
// holds it in plain text.
#include "KeychainTokenStore.h"
#include "support/TokenStoreCalls.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

namespace {

const QString service = u"SellerCRM-keychain-test"_s;

// The Secret Service's own answer: the object paths of the items QtKeychain stored for
// `account` (it labels them with the attributes `server` = service and `user` = account).
QString secretServiceItems(const QString& account)
{
    QProcess search;
    search.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                  u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.SearchItems"_s,
                                  u"dict:string:string:server,%1,user,%2"_s.arg(service, account)});
    if (!search.waitForFinished(30000) || search.exitCode() != 0)
        return u"dbus-send failed: "_s + QString::fromUtf8(search.readAllStandardError());
    const QString reply = QString::fromUtf8(search.readAllStandardOutput());
    QStringList items;
    for (const QString& line : reply.split(u'\n')) {
        if (line.contains(u"object path \"/org/freedesktop/secrets/collection/"_s))
            items << line.section(u'"', 1, 1);
    }
    return items.join(u' ');
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run this test through tests/sync/with-keyring.sh");
        QVERIFY2(secretServiceItems(u"nobody"_s).isEmpty(), qPrintable(secretServiceItems(u"nobody"_s)));
    }

    void tokenIsStoredReadAndDeletedInTheSecretService() // SYN-1
    {
        const QByteArray secret = "scrm_keychain_token_4f1c2b9d0e7a";
        {
            KeychainTokenStore store(service);
            QSignalSpy told(&store, &TokenStore::persistenceUnavailable);
            const Outcome<Done> written = writeTokenNow(store, u"account-1"_s, QString::fromLatin1(secret));
            QVERIFY2(written, qPrintable(written.error()));
            QVERIFY2(store.isPersistent(), qPrintable(store.unavailableReason()));
            QCOMPARE(told.size(), 0);
            QVERIFY(store.unavailableReason().isEmpty());
        }
        QVERIFY2(!secretServiceItems(u"account-1"_s).isEmpty(), "the Secret Service has no item for the account");

        // A new store (as after a restart) reads it from the keyring.
        KeychainTokenStore next(service);
        Outcome<QString> read = readTokenNow(next, u"account-1"_s);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read.value(), QString::fromLatin1(secret));
        QCOMPARE(readTokenNow(next, u"account-2"_s).value(), QString()); // another account has none
        QVERIFY(next.isPersistent());

        // Replaced, then deleted.
        QVERIFY(writeTokenNow(next, u"account-1"_s, u"scrm_replaced_token"_s));
        KeychainTokenStore third(service);
        QCOMPARE(readTokenNow(third, u"account-1"_s).value(), u"scrm_replaced_token"_s);
        const Outcome<Done> deleted = deleteTokenNow(third, u"account-1"_s);
        QVERIFY2(deleted, qPrintable(deleted.error()));
        QVERIFY(secretServiceItems(u"account-1"_s).isEmpty());
        KeychainTokenStore fourth(service);
        QCOMPARE(readTokenNow(fourth, u"account-1"_s).value(), QString());
        QVERIFY(deleteTokenNow(fourth, u"account-1"_s)); // deleting what is not there is fine

        // The keyring file is encrypted: no file of this session's home holds the token.
        QVERIFY(!anyFileContains(qEnvironmentVariable("HOME"), secret));
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
