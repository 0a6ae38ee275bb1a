#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace sellercrm {

// BUY-3: whether the seller can write to a buyer, as the cache's `buyers.chat` code says.
enum class ChatState
{
    Available,              // "available"
    BlockedByBuyer,         // "blocked_by_buyer"
    FirstOrderNotDelivered, // "first_order_not_delivered"
    SellerNotVerified,      // "seller_not_verified": only chats the buyer started are open
    AntifraudBlocked,       // "antifraud_blocked": no button and no explanation
};

class ChatStates final
{
    Q_DECLARE_TR_FUNCTIONS(ChatStates)

public:
    static std::optional<ChatState> fromCode(QStringView code);
    static QString code(ChatState state);
    static bool hasButton(ChatState state);   // every state but AntifraudBlocked
    static bool canWrite(ChatState state);    // Available only
    static QString buttonText(ChatState state);
    // The tooltip of the chat button: what it does, or why it is disabled; empty for
    // AntifraudBlocked (BUY-3: no explanation).
    static QString explanation(ChatState state);
};

} // namespace sellercrm
