#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sellercrm {

// Numbers, money, shares and ages the way every page prints them, through QLocale().
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    static QString count(qint64 value);
    static QString signedCount(qint64 value); // "+1 234", "−56", "0"
    static QString money(qint64 kopecks);
    static QString percent(double share); // share 0..1 -> "12,5 %"
    static QString decimal(double value, int precision = 1);
    static QString date(const QDate& date);
    // "just now", "5 min ago", "3 h ago", "2 days ago"
    static QString age(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace sellercrm
