#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sellercrm {

// COM-5 statuses of a communication as the cache stores them (`communications.status`):
// waiting_to_send (the outbox), on_moderation, rejected, scheduled, sending, sent, cancelled.
class CommunicationStatus final
{
    Q_DECLARE_TR_FUNCTIONS(CommunicationStatus)

public:
    static const QStringList& codes();
    static QString name(const QString& code); // "On moderation"; the code itself when unknown
    // COM-6: only a communication on moderation can be deleted, and not twice.
    static bool canDelete(const QString& status, const QString& localState);
};

} // namespace sellercrm
