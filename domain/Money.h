#pragma once

#include <QtCore/QString>
#include <QtCore/QtGlobal>

class QLocale;

namespace sellercrm {

// Money is integer kopecks. Whole roubles print without decimals ("4 200 ₽"), anything else with
// two ("4 200,50 ₽"); the digits, separators and the sign follow the locale.
QString formatRoubles(qint64 kopecks, const QLocale& locale);

// Rounds a/b half away from zero (b > 0). Used wherever kopecks are divided.
qint64 divideRounded(qint64 numerator, qint64 denominator);

} // namespace sellercrm
