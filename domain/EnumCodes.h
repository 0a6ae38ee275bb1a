#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace sellercrm {

// Stable text codes of an enum whose values are 0..N-1 in declaration order: `codes[i]` is the
// code of value i. Behind every *Code() / *FromCode() pair of domain/.
template <typename Enum, std::size_t N> QString codeOf(Enum value, const std::array<QStringView, N>& codes)
{
    const auto index = static_cast<std::size_t>(value);
    Q_ASSERT(index < N);
    return codes[index].toString();
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromCode(QStringView code, const std::array<QStringView, N>& codes)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == codes[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace sellercrm
