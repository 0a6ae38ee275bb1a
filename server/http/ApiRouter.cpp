#include "ApiRouter.h"

using namespace Qt::StringLiterals;

namespace sellercrm::server {

void ApiRouter::add(QByteArray method, const QString& pattern, Handler handler)
{
    QStringList segments = pattern.split(u'/', Qt::SkipEmptyParts);
    for (QString& segment : segments) {
        if (segment.startsWith(u'{'))
            segment = u"{}"_s;
    }
    m_routes.append({std::move(method), segments, std::move(handler)});
}

ApiRouter::Lookup ApiRouter::find(const QByteArray& method, const QString& path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Lookup result;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList parameters;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments.at(i) == u"{}")
                parameters.append(segments.at(i));
            else
                matches = route.segments.at(i) == segments.at(i);
        }
        if (!matches)
            continue;
        if (route.method != method) {
            result.match = Match::WrongMethod;
            continue;
        }
        return {Match::Found, &route.handler, parameters};
    }
    return result;
}

} // namespace sellercrm::server
