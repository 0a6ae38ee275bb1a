#include "buyers/ChatState.h"

#include <array>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr std::array<QStringView, 5> chatCodes{u"available", u"blocked_by_buyer", u"first_order_not_delivered",
                                               u"seller_not_verified", u"antifraud_blocked"};

} // namespace

std::optional<ChatState> ChatStates::fromCode(QStringView code)
{
    for (std::size_t i = 0; i < chatCodes.size(); ++i) {
        if (chatCodes[i] == code)
            return static_cast<ChatState>(i);
    }
    return std::nullopt;
}

QString ChatStates::code(ChatState state)
{
    return chatCodes[static_cast<std::size_t>(state)].toString();
}

bool ChatStates::hasButton(ChatState state)
{
    return state != ChatState::AntifraudBlocked;
}

bool ChatStates::canWrite(ChatState state)
{
    return state == ChatState::Available;
}

QString ChatStates::buttonText(ChatState state)
{
    return hasButton(state) ? tr("Write") : QString();
}

QString ChatStates::explanation(ChatState state)
{
    switch (state) {
    case ChatState::Available:
        return tr("Open the chat with this buyer.");
    case ChatState::BlockedByBuyer:
        return tr("The buyer has blocked messages from your store.");
    case ChatState::FirstOrderNotDelivered:
        return tr("You can write once the buyer's first order has been delivered.");
    case ChatState::SellerNotVerified:
        return tr("Your store is not verified yet: you can only answer chats the buyer started. Verify the store "
                  "to write first.");
    case ChatState::AntifraudBlocked:
        break;
    }
    return {};
}

} // namespace sellercrm
