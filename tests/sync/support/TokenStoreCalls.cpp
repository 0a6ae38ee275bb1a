#include "TokenStoreCalls.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

namespace {

template<typename Result, typename Call>
Result waitFor(const QString& what, Call call)
{
    std::optional<Result> result;
    call([&](const Result& answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Result::failure(u"the token store did not answer a %1"_s.arg(what));
    return *result;
}

} // namespace

Outcome<QString> readTokenNow(TokenStore& store, const QString& account)
{
    return waitFor<Outcome<QString>>(u"read"_s, [&](auto done) { store.readToken(account, &store, done); });
}

Outcome<Done> writeTokenNow(TokenStore& store, const QString& account, const QString& token)
{
    return waitFor<Outcome<Done>>(u"write"_s, [&](auto done) { store.writeToken(account, token, &store, done); });
}

Outcome<Done> deleteTokenNow(TokenStore& store, const QString& account)
{
    return waitFor<Outcome<Done>>(u"delete"_s, [&](auto done) { store.deleteToken(account, &store, done); });
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

} // namespace sellercrm::test
