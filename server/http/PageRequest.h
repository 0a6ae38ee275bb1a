#pragma once

#include "ApiRequest.h"
#include "FieldError.h"

namespace sellercrm::server {

// `page` (1-based) and `page_size` query parameters of list endpoints.
struct PageRequest final
{
    int page = 1;
    int pageSize = 50;

    static constexpr int maxPageSize = 500;
    // Reads both; adds an error per invalid parameter.
    static PageRequest from(const ApiRequest& request, FieldErrors& errors);
    qint64 offset() const { return static_cast<qint64>(page - 1) * pageSize; }
};

} // namespace sellercrm::server
