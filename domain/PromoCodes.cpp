#include "PromoCodes.h"

#include "CommunicationValidator.h"

#include <QtCore/QRandomGenerator>

namespace sellercrm {

QString generatePromoCode(QRandomGenerator& random, const QSet<QString>& taken)
{
    static constexpr char16_t alphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr int alphabetSize = static_cast<int>(std::size(alphabet)) - 1;
    QString code;
    do {
        code.resize(Limits::generatedCodeLength);
        for (QChar& c : code)
            c = QChar(alphabet[random.bounded(alphabetSize)]);
    } while (taken.contains(code));
    return code;
}

} // namespace sellercrm
