#include "AppTestServer.h"

#include "SyncEngine.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sellercrm::test {

namespace {

struct Csv
{
    QString name;
    QString text;
    void row(const QStringList& fields) { text += fields.join(u',') + u'\n'; }
};

QString day(int daysBeforeAsOf)
{
    return AppTestServer::asOf().addDays(-daysBeforeAsOf).toString(Qt::ISODate);
}

} // namespace

AppTestServer::AppTestServer()
    : m_executable(qEnvironmentVariable("SELLERCRM_SERVER"))
{
}

AppTestServer::~AppTestServer()
{
    stop();
}

void AppTestServer::stop()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(5000))
            m_serve->kill();
        m_serve->waitForFinished(2000);
    }
}

bool AppTestServer::writeCsv(QString* error)
{
    Csv sellers{ u"sellers.csv"_s, u"seller_id,name,plan,subscription_end,verified,antifraud_blocked\n"_s };
    sellers.row({ u"S1"_s, u"Handmade Mugs"_s, u"premium_plus"_s, u"2027-12-31"_s, u"1"_s, u"0"_s });
    sellers.row({ u"S2"_s, u"Ceramics and Tableware Workshop of the Northern Lakes Region without a subscription"_s,
                  u"none"_s, QString(), u"1"_s, u"0"_s });
    sellers.row({ u"S3"_s, u"Newcomers Shop"_s, u"premium"_s, u"2027-01-31"_s, u"1"_s, u"0"_s });
    sellers.row({ u"S4"_s, u"Window Shoppers"_s, u"none"_s, QString(), u"0"_s, u"0"_s });
    sellers.row({ u"S5"_s, u"Empty Store"_s, u"none"_s, QString(), u"1"_s, u"0"_s });
    Csv categories{ u"categories.csv"_s, u"category_id,name,parent_id\n"_s };
    for (int s = 1; s <= 5; ++s)
        categories.row({ u"C%1"_s.arg(s), u"Category %1"_s.arg(s), QString() });
    Csv products{ u"products.csv"_s, u"product_id,seller_id,sku,name,category_id,price_kopecks\n"_s };
    for (int s = 1; s <= 5; ++s)
        products.row({ u"P%1"_s.arg(s), u"S%1"_s.arg(s), u"SKU%1"_s.arg(s), u"Product %1"_s.arg(s), u"C%1"_s.arg(s), u"150000"_s });
    Csv buyers{ u"buyers.csv"_s, u"buyer_id,gender,age_band,region\n"_s };
    Csv orders{ u"orders.csv"_s, u"order_id,seller_id,buyer_id,date,total_kopecks,status\n"_s };
    Csv items{ u"order_items.csv"_s, u"order_id,product_id,quantity,price_kopecks\n"_s };
    Csv events{ u"events.csv"_s, u"buyer_id,product_id,type,date\n"_s };
    int buyerNo = 0;
    int orderNo = 0;
    const auto newBuyer = [&] {
        const QString id = u"B%1"_s.arg(++buyerNo, 4, 10, QChar(u'0'));
        buyers.row({ id, buyerNo % 2 ? u"f"_s : u"m"_s, u"25-34"_s, u"Moscow"_s });
        return id;
    };
    const auto order = [&](int seller, const QString& buyer, int daysAgo, qint64 kopecks) {
        const QString id = u"O%1"_s.arg(++orderNo, 5, 10, QChar(u'0'));
        orders.row({ id, u"S%1"_s.arg(seller), buyer, day(daysAgo), QString::number(kopecks), u"delivered"_s });
        items.row({ id, u"P%1"_s.arg(seller), u"1"_s, QString::number(kopecks) });
    };
    // regular(seller, n): n buyers with 2..4 orders in the window, varied checks and recency.
    const auto regular = [&](int seller, int n) {
        for (int i = 0; i < n; ++i) {
            const QString b = newBuyer();
            const int count = 2 + i % 3;
            for (int k = 0; k < count; ++k)
                order(seller, b, 2 + (i * 7 + k * 11) % 80, 100000 + 45000 * (i % 6));
        }
    };
    const auto newcomers = [&](int seller, int n) {
        for (int i = 0; i < n; ++i)
            order(seller, newBuyer(), 5 + i * 3 % 60, 90000 + 10000 * i);
    };
    regular(1, 12);
    newcomers(1, 4);
    for (int i = 0; i < 3; ++i) // sleeping: ordered before the window only
        order(1, newBuyer(), 120 + i * 10, 200000);
    regular(2, 15);
    newcomers(2, 5);
    regular(3, 3);
    newcomers(3, 12);
    newcomers(4, 2);
    for (int i = 0; i < 6; ++i)
        events.row({ newBuyer(), u"P4"_s, i % 2 ? u"view"_s : u"cart"_s, day(3 + i) });
    const Csv empty[] = {
        { u"promotions.csv"_s, u"promotion_id,seller_id,name,mechanic,start,end,status\n"_s },
        { u"collections.csv"_s, u"collection_id,seller_id,name\n"_s },
        { u"chats.csv"_s, u"seller_id,buyer_id,started_by,blocked_by_buyer\n"_s },
    };
    QDir(m_dir.path()).mkpath(u"csv"_s);
    for (const Csv& csv : { sellers, categories, products, buyers, orders, items, events, empty[0], empty[1], empty[2] }) {
        QFile file(m_dir.filePath(u"csv/"_s + csv.name));
        if (!file.open(QIODevice::WriteOnly) || file.write(csv.text.toUtf8()) < 0) {
            *error = u"cannot write %1"_s.arg(file.fileName());
            return false;
        }
    }
    return true;
}

bool AppTestServer::runServer(const QStringList& arguments, QString* output, QString* error)
{
    QProcess process;
    process.start(m_executable, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"sellercrm-server %1 failed: %2 %3"_s.arg(arguments.join(u' '),
                                                             QString::fromUtf8(process.readAllStandardError()),
                                                             process.errorString());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

bool AppTestServer::start(QString* error)
{
    if (m_executable.isEmpty()) {
        *error = u"SELLERCRM_SERVER is not set (the test runs under ctest)"_s;
        return false;
    }
    if (!writeCsv(error))
        return false;
    const QString db = m_dir.filePath(u"store.sqlite"_s);
    const QString asOfText = asOf().toString(Qt::ISODate);
    if (!runServer({ u"import"_s, u"--db"_s, db, u"--as-of"_s, asOfText, m_dir.filePath(u"csv"_s) }, nullptr, error))
        return false;
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessChannelMode(QProcess::MergedChannels);
    m_serve->start(m_executable, { u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s, u"--as-of"_s, asOfText });
    static const QRegularExpression listening(u"http://127\\.0\\.0\\.1:\\d+"_s);
    QString log;
    const QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired() && m_serve->state() != QProcess::NotRunning) {
        m_serve->waitForReadyRead(200);
        log += QString::fromUtf8(m_serve->readAll());
        const QRegularExpressionMatch match = listening.match(log);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(0));
            return true;
        }
    }
    *error = u"the server did not start: "_s + log;
    return false;
}

QString AppTestServer::token(const QString& sellerId, QString* error)
{
    QString output;
    if (!runServer({ u"token"_s, u"create"_s, u"--db"_s, m_dir.filePath(u"store.sqlite"_s), u"--seller"_s, sellerId },
                   &output, error))
        return {};
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

bool AppTestServer::syncSeller(const QString& sellerId, const QString& cachePath, QString* error)
{
    const QString tokenText = token(sellerId, error);
    if (tokenText.isEmpty())
        return false;
    SyncWorker::Config config;
    config.server = m_url;
    config.token = tokenText;
    config.cachePath = cachePath;
    config.intervalMs = 24 * 3600 * 1000;
    SyncEngine engine(config);
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.start();
    if (!finished.wait(120'000) && finished.isEmpty()) {
        *error = u"the sync of %1 did not finish"_s.arg(sellerId);
        return false;
    }
    const auto report = finished.constFirst().constFirst().value<SyncReport>();
    engine.stop();
    if (!report.ok) {
        *error = u"the sync of %1 failed: %2"_s.arg(sellerId, report.message);
        return false;
    }
    return true;
}

} // namespace sellercrm::test
