#include "Money.h"

#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace sellercrm {

QString formatRoubles(qint64 kopecks, const QLocale& locale)
{
    const bool negative = kopecks < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(kopecks) : static_cast<quint64>(kopecks);
    const quint64 roubles = magnitude / 100;
    const quint64 rest = magnitude % 100;
    QString text = locale.toString(static_cast<qulonglong>(roubles));
    if (rest != 0)
        text += locale.decimalPoint() + u"%1"_s.arg(rest, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return text + QChar(0x00A0) + QChar(0x20BD);
}

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    if (numerator >= 0)
        return (numerator + denominator / 2) / denominator;
    return -((-numerator + denominator / 2) / denominator);
}

} // namespace sellercrm
