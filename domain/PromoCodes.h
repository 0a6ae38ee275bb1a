#pragma once

#include <QtCore/QSet>
#include <QtCore/QString>

class QRandomGenerator;

namespace sellercrm {

// WIZ-5: a generated promo code, 8 characters A–Z and 0–9, not among `taken`.
QString generatePromoCode(QRandomGenerator& random, const QSet<QString>& taken = {});

} // namespace sellercrm
