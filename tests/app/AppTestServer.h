#pragma once

#include <QDate>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace sellercrm::test {

// The real sellercrm-server with a small, exactly known store (DAT-1 CSV files written here,
// imported by the server) serving on an ephemeral loopback port, and a real sync of one seller
// into a cache file. Sellers of the store:
//   S1 premium_plus: 12 Regular, 4 New, 3 Sleeping        -> key segment Regular (SEG-6)
//   S2 none, a very long name: 15 Regular, 5 New          -> Regular, no subscription
//   S3 premium: 3 Regular, 12 New                         -> key segment New
//   S4 none: 2 New, 6 interested in its products          -> key segment Potential
//   S5 none: no buyers at all                             -> empty state
class AppTestServer final
{
public:
    static constexpr int asOfYear = 2026;
    static QDate asOf() { return QDate(2026, 6, 30); }

    AppTestServer();
    ~AppTestServer();

    // Writes the CSV files, imports them and starts serving; false with `error` on failure.
    bool start(QString* error);
    QUrl url() const { return m_url; }
    QString token(const QString& sellerId, QString* error);
    // A full sync of `sellerId` through the real SyncEngine into `cachePath`.
    bool syncSeller(const QString& sellerId, const QString& cachePath, QString* error);
    QString directory() const { return m_dir.path(); }
    void stop();

private:
    bool writeCsv(QString* error);
    bool runServer(const QStringList& arguments, QString* output, QString* error);

    QTemporaryDir m_dir;
    QString m_executable;
    std::unique_ptr<QProcess> m_serve;
    QUrl m_url;
};

} // namespace sellercrm::test
