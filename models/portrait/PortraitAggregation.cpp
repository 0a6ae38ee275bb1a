#include "portrait/PortraitAggregation.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

qint64 PortraitAggregation::ageGenderBuyers(const QString& ageBand, const QString& gender) const
{
    const QString key = ageBand + u'/' + gender;
    for (const Count& count : ageGender) {
        if (count.key == key)
            return count.buyers;
    }
    return 0;
}

} // namespace sellercrm
