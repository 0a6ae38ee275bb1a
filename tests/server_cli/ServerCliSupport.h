#pragma once

// Shared by the sellercrm-server CLI tests: runs the real executable (SELLERCRM_SERVER) and reads
// the store it wrote through server_core.

#include "store/ServerStore.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace sellercrm::server::testing {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliResult runServer(const QStringList& arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("SELLERCRM_SERVER"));
    process.setArguments(arguments);
    process.start();
    CliResult result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "the server did not run to completion: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QString testData(const QString& relative)
{
    return QStringLiteral(SELLERCRM_TEST_DATA "/") + relative;
}

// Imports the hand-made boundary data set (tests/data/import/boundary) as of 2026-06-30.
inline CliResult importBoundaryDataSet(const QString& dbArgument)
{
    return runServer({QStringLiteral("import"), QStringLiteral("--db"), dbArgument, QStringLiteral("--as-of"),
                      QStringLiteral("2026-06-30"), testData(QStringLiteral("import/boundary"))});
}

inline bool copyDirectory(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = QDir(from).entryList(QDir::Files);
    for (const QString& file : files) {
        QFile::remove(QDir(to).filePath(file));
        if (!QFile::copy(QDir(from).filePath(file), QDir(to).filePath(file)))
            return false;
    }
    return true;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every row of every table of the store, sorted, as one text: equal snapshots = unchanged store.
inline QString storeSnapshot(const QString& dbArgument)
{
    auto store = ServerStore::open(dbArgument);
    if (!store)
        return QStringLiteral("cannot open: ") + store.error();
    QSqlDatabase db = store.value()->connectionForThisThread();
    const QStringList tables{QStringLiteral("meta"),
                             QStringLiteral("counters"),
                             QStringLiteral("sellers"),
                             QStringLiteral("categories"),
                             QStringLiteral("products"),
                             QStringLiteral("buyers"),
                             QStringLiteral("orders"),
                             QStringLiteral("order_items"),
                             QStringLiteral("events"),
                             QStringLiteral("promotions"),
                             QStringLiteral("collections"),
                             QStringLiteral("chats"),
                             QStringLiteral("segment_results"),
                             QStringLiteral("segmentation_runs"),
                             QStringLiteral("segment_metrics"),
                             QStringLiteral("communications"),
                             QStringLiteral("api_tokens"),
                             QStringLiteral("tombstones")};
    QString snapshot;
    for (const QString& table : tables) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            return QStringLiteral("cannot read ") + table;
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
        std::sort(rows.begin(), rows.end());
        snapshot += table + QLatin1Char(':') + QString::number(rows.size()) + QLatin1Char('\n') +
                    rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return snapshot;
}

inline qint64 countRows(const QString& dbArgument, const QString& sql)
{
    auto store = ServerStore::open(dbArgument);
    if (!store)
        return -1;
    QSqlDatabase db = store.value()->connectionForThisThread();
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace sellercrm::server::testing
