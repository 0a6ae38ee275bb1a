#include "communications/CommunicationStatus.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

const QStringList& CommunicationStatus::codes()
{
    static const QStringList all{u"waiting_to_send"_s, u"on_moderation"_s, u"rejected"_s, u"scheduled"_s,
                                 u"sending"_s,         u"sent"_s,          u"cancelled"_s};
    return all;
}

QString CommunicationStatus::name(const QString& code)
{
    if (code == u"waiting_to_send"_s)
        return tr("Waiting to send");
    if (code == u"on_moderation"_s)
        return tr("On moderation");
    if (code == u"rejected"_s)
        return tr("Rejected");
    if (code == u"scheduled"_s)
        return tr("Scheduled");
    if (code == u"sending"_s)
        return tr("Sending");
    if (code == u"sent"_s)
        return tr("Sent");
    if (code == u"cancelled"_s)
        return tr("Cancelled");
    return code;
}

bool CommunicationStatus::canDelete(const QString& status, const QString& localState)
{
    return status == u"on_moderation"_s && localState.isEmpty();
}

} // namespace sellercrm
