#include "components/DisplayFormat.h"

#include "Money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sellercrm {

QString DisplayFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::signedCount(qint64 value)
{
    if (value > 0)
        return u'+' + QLocale().toString(value);
    if (value < 0)
        return QChar(0x2212) + QLocale().toString(-value);
    return QLocale().toString(0);
}

QString DisplayFormat::money(qint64 kopecks)
{
    return formatRoubles(kopecks, QLocale());
}

QString DisplayFormat::percent(double share)
{
    return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', share * 100.0 < 10.0 ? 1 : 0));
}

QString DisplayFormat::decimal(double value, int precision)
{
    return QLocale().toString(value, 'f', precision);
}

QString DisplayFormat::date(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString DisplayFormat::age(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    const int days = int(seconds / 86400);
    return days == 1 ? tr("yesterday") : tr("%n days ago", nullptr, days);
}

} // namespace sellercrm
