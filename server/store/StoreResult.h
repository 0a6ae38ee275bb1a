#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace sellercrm::server {

// The outcome of a store or tool operation: a value, or an error message naming what is wrong
// (`orders.csv:17: unknown buyer_id "B9"`, `sqlite: disk I/O error`). No exceptions cross layers.
template <typename T> class StoreResult final
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {}
    static StoreResult failure(QString message) { return StoreResult(std::move(message), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const QString& error() const { return m_error; }

private:
    StoreResult(QString message, int)
        : m_error(std::move(message))
    {}
    std::optional<T> m_value;
    QString m_error;
};

// A result without a value.
class StoreStatus final
{
public:
    StoreStatus() = default;
    static StoreStatus failure(QString message)
    {
        StoreStatus status;
        status.m_error = std::move(message);
        status.m_failed = true;
        return status;
    }
    template <typename T> static StoreStatus from(const StoreResult<T>& result)
    {
        return result.ok() ? StoreStatus() : failure(result.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace sellercrm::server
