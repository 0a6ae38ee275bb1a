#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sellercrm {

// The seam every yes/no question of the Communications page goes through (COM-6 delete
// confirmation), so tests can answer it (ARCHITECTURE.md, conventions 10). Components/Dialogs
// has information and warning messages only.
class ConfirmDialog final
{
public:
    using Handler = std::function<bool(const QString& title, const QString& text)>;

    // True when the seller confirmed `confirmText` (the destructive button).
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmText);
    // Tests: answer instead of asking (an empty handler restores the message box).
    static void setHandler(Handler handler);
};

} // namespace sellercrm
