#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sellercrm {

// The one seam every message box and file dialog goes through, so tests can answer them
// (ARCHITECTURE.md, conventions 10).
class Dialogs final
{
public:
    enum class Kind { Information, Warning };
    using MessageHandler = std::function<void(Kind, const QString& title, const QString& text)>;
    using FileHandler = std::function<QString(bool save, const QString& title, const QString& filter)>;

    static void message(QWidget* parent, Kind kind, const QString& title, const QString& text);
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& title, const QString& filter);

    // Tests: answer instead of showing anything (an empty handler restores the real dialogs).
    static void setMessageHandler(MessageHandler handler);
    static void setFileHandler(FileHandler handler);
};

} // namespace sellercrm
