#include "WizardFixture.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sellercrm;

namespace {

SegmentFigures row(const QString& segment, const QString& sub, qint64 buyers)
{
    SegmentFigures f;
    f.segment = segment;
    f.subsegment = sub;
    f.buyers = buyers;
    return f;
}

} // namespace

WizardContext WizardFixture::context(const QString& plan)
{
    WizardContext c;
    c.today = today();
    c.seller.id = u"S1"_s;
    c.seller.name = u"Gadget Shop"_s;
    c.seller.plan = plan;
    c.seller.subscriptionEnd = plan == u"none"_s ? QDate() : QDate(2027, 3, 31);
    c.seller.quotaMonthly = plan == u"premium_plus"_s ? 25'000 : 0;
    c.seller.quotaLeft = c.seller.quotaMonthly ? 20'000 : 0;
    c.seller.quotaRenewsOn = QDate(2026, 12, 1);
    c.seller.asOf = today();
    c.segmentation.asOf = today();
    c.segmentation.rows = { row(u"regular"_s, {}, 600), row(u"regular"_s, u"top"_s, 100),
                            row(u"regular"_s, u"loyal"_s, 300), row(u"regular"_s, u"at_risk"_s, 200),
                            row(u"new"_s, {}, 150), row(u"new"_s, u"new"_s, 150),
                            row(u"potential"_s, {}, 900), row(u"potential"_s, u"sleeping"_s, 400),
                            row(u"potential"_s, u"interested_products"_s, 500),
                            row(u"potential"_s, u"interested_categories"_s, 0) };
    c.promotions = { { u"PR1"_s, u"Winter sale"_s, u"discount"_s, QDate(2026, 11, 1), QDate(2026, 12, 31), u"active"_s },
                     { u"PR2"_s, u"Black Friday"_s, u"discount"_s, QDate(2026, 11, 25), QDate(2026, 11, 30), u"scheduled"_s } };
    c.categories = { { u"C1"_s, u"Phones"_s }, { u"C2"_s, u"Cables"_s } };
    c.products = { { u"P1"_s, u"1001"_s, u"Phone X"_s, u"C1"_s, 4'990'000 },
                   { u"P2"_s, u"1002"_s, u"Phone Y"_s, u"C1"_s, 3'990'000 },
                   { u"P3"_s, u"2001"_s, u"USB-C cable"_s, u"C2"_s, 49'000 } };
    c.collections = { { u"K1"_s, u"New arrivals"_s } };
    c.firstBonusCampaign = true;
    return c;
}

bool WizardFixture::writeCache(CacheDb& cache, const WizardContext& context)
{
    QSqlQuery q(cache.connection());
    q.prepare(u"INSERT INTO seller (id, name, plan, subscription_end, verified, antifraud_blocked, quota_monthly, "
              "quota_left, quota_renews_on, as_of) VALUES (?, ?, ?, ?, 1, 0, ?, ?, ?, ?)"_s);
    q.addBindValue(context.seller.id);
    q.addBindValue(context.seller.name);
    q.addBindValue(context.seller.plan);
    q.addBindValue(context.seller.subscriptionEnd.toString(Qt::ISODate));
    q.addBindValue(context.seller.quotaMonthly);
    q.addBindValue(context.seller.quotaLeft);
    q.addBindValue(context.seller.quotaRenewsOn.toString(Qt::ISODate));
    q.addBindValue(context.today.toString(Qt::ISODate));
    if (!q.exec())
        return false;
    QJsonArray segments;
    for (const SegmentFigures& f : context.segmentation.rows)
        segments.append(QJsonObject{ { u"segment"_s, f.segment }, { u"subsegment"_s, f.subsegment }, { u"buyers"_s, f.buyers } });
    q.prepare(u"INSERT INTO segmentation (id, as_of, thresholds, key_segment, key_rule, segments) "
              "VALUES ('current', ?, '{}', 'regular', '{}', ?)"_s);
    q.addBindValue(context.today.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(segments).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return false;
    for (const WizardPromotion& p : context.promotions) {
        q.prepare(u"INSERT INTO promotions (id, name, mechanic, \"start\", \"end\", status) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant& v : { QVariant(p.id), QVariant(p.name), QVariant(p.mechanic),
                                   QVariant(p.start.toString(Qt::ISODate)), QVariant(p.end.toString(Qt::ISODate)),
                                   QVariant(p.status) })
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    for (const WizardProduct& p : context.products) {
        q.prepare(u"INSERT INTO products (id, sku, name, category_id, price_kopecks) VALUES (?, ?, ?, ?, ?)"_s);
        for (const QVariant& v : { QVariant(p.id), QVariant(p.sku), QVariant(p.name), QVariant(p.categoryId),
                                   QVariant(p.priceKopecks) })
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return true;
}

QString WizardFixture::writePng(const QTemporaryDir& dir, int width, int height)
{
    return writeImage(dir, width, height, "PNG");
}

QString WizardFixture::writeImage(const QTemporaryDir& dir, int width, int height, const char* format, qint64 minBytes)
{
    const QString path = dir.filePath(u"image-%1x%2-%3.%4"_s.arg(width).arg(height).arg(minBytes).arg(QString::fromLatin1(format).toLower()));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    image.save(path, format);
    QFile file(path);
    if (minBytes > 0 && file.open(QIODevice::Append))
        file.write(QByteArray(qMax<qint64>(0, minBytes - file.size()), '\0'));
    return path;
}
