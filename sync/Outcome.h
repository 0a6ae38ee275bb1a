#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace sellercrm {

// The result of an operation of the data layer that can fail: a value, or a message that names
// what went wrong (file, field, HTTP status). No exceptions cross the layer boundary.
template <typename T>
class Outcome final
{
public:
    Outcome(T value) // NOLINT(google-explicit-constructor): returning a value is the success path
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    static Outcome failure(QString message) { return Outcome(std::in_place_index<1>, std::move(message)); }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &std::get<0>(m_state); }
    T* operator->() { return &std::get<0>(m_state); }
    QString error() const { return ok() ? QString() : std::get<1>(m_state); }

private:
    template <std::size_t I, typename V>
    Outcome(std::in_place_index_t<I> index, V&& v)
        : m_state(index, std::forward<V>(v))
    {
    }
    std::variant<T, QString> m_state;
};

// Success without a value: `Outcome<Done>`.
struct Done final
{
};
inline Outcome<Done> done()
{
    return Outcome<Done>(Done{});
}

} // namespace sellercrm
