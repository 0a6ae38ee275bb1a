#include "PageRequest.h"

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {
int readPositive(const ApiRequest& request, const QString& name, int fallback, int maximum,
                 FieldErrors& errors)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = request.queryValue(name).toInt(&ok);
    if (!ok || value < 1 || value > maximum) {
        errors.append({name, FieldErrorCode::outOfRange.toString(),
                       u"%1 must be an integer from 1 to %2"_s.arg(name).arg(maximum)});
        return fallback;
    }
    return value;
}
} // namespace

PageRequest PageRequest::from(const ApiRequest& request, FieldErrors& errors)
{
    PageRequest page;
    page.page = readPositive(request, u"page"_s, 1, 1'000'000, errors);
    page.pageSize = readPositive(request, u"page_size"_s, 50, maxPageSize, errors);
    return page;
}

} // namespace sellercrm::server
