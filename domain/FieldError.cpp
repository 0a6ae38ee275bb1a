#include "FieldError.h"

#include <algorithm>

namespace sellercrm {

const FieldError* findFieldError(const FieldErrors& errors, QStringView field)
{
    const auto it = std::find_if(errors.cbegin(), errors.cend(),
                                 [field](const FieldError& error) { return error.field == field; });
    return it == errors.cend() ? nullptr : &*it;
}

bool hasFieldError(const FieldErrors& errors, QStringView field, QStringView code)
{
    return std::any_of(errors.cbegin(), errors.cend(), [field, code](const FieldError& error) {
        return error.field == field && error.code == code;
    });
}

} // namespace sellercrm
