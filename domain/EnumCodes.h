#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <initializer_list>
#include <optional>

namespace sellercrm {

// The value of `values` whose code (toCode) equals `code`: the one reverse lookup behind every
// *FromCode() function of domain/.
template<typename Enum>
std::optional<Enum> enumFromCode(QStringView code, std::initializer_list<Enum> values, QString (*toCode)(Enum))
{
    for (Enum value : values) {
        if (code == toCode(value))
            return value;
    }
    return std::nullopt;
}

} // namespace sellercrm
