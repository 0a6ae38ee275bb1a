#include "CacheLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sellercrm::CacheLocation {

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cache"_s;
}

QString accountKey(const QUrl& server, const QString& token)
{
    const QString origin = server.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(origin.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(token.toUtf8());
    QString host = server.host();
    for (QChar& c : host) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-')
            c = u'_';
    }
    const int port = server.port(server.scheme() == u"https"_s ? 443 : 80);
    return u"%1_%2-%3"_s.arg(host).arg(port).arg(QString::fromLatin1(hash.result().toHex().left(16)));
}

QString cachePath(const QString& directory, const QUrl& server, const QString& token)
{
    const QString folder = directory.isEmpty() ? defaultDirectory() : directory;
    return QDir(folder).filePath(accountKey(server, token) + u".sqlite"_s);
}

} // namespace sellercrm::CacheLocation
