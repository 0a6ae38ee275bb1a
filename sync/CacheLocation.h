#pragma once

#include <QString>
#include <QUrl>

namespace sellercrm::CacheLocation {

// The folder of the cache files: <AppDataLocation>/cache.
QString defaultDirectory();
// A stable, non-reversible name for the account of `token` on `server` ("127.0.0.1_8080-1f2e…"):
// one cache file per account, and nothing of the token can be read back from the name.
QString accountKey(const QUrl& server, const QString& token);
// `<directory>/<accountKey>.sqlite`; `directory` empty means defaultDirectory().
QString cachePath(const QString& directory, const QUrl& server, const QString& token);

} // namespace sellercrm::CacheLocation
