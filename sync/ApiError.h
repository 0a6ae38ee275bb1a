#pragma once

#include <QList>
#include <QString>

namespace sellercrm {

// One entry of the server's `error.fields` (SYNC.md): which field is wrong and why.
struct ApiFieldError final
{
    QString field;
    QString code;
    QString message;
};

// Why a call of ApiClient failed. `Http` carries the server's error body
// (`{"error":{"code","message","fields"}}`) parsed into code, message and field errors.
struct ApiError final
{
    enum class Kind
    {
        None,
        Network,     // refused, reset, host not found, connection dropped
        Timeout,     // no data for the request's timeout
        Tls,         // certificate or handshake problem; never ignored
        Http,        // the server answered with a status >= 400
        BadResponse, // a 2xx answer the client cannot read (malformed JSON, wrong types)
        TooLarge,    // the answer exceeds the client's limit
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the server's error code ("cursor_expired", "validation_failed") or empty
    QString message;
    QList<ApiFieldError> fields;

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later: the network, a timeout, 5xx, 429. Never 4xx validation errors.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout
            || (kind == Kind::Http && (httpStatus >= 500 || httpStatus == 429 || httpStatus == 408));
    }
    // One line for logs and the status bar: "HTTP 422 validation_failed: ... (name: too long)".
    QString describe() const;
};

} // namespace sellercrm
