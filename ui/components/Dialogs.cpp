#include "components/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace sellercrm {

namespace {
Dialogs::MessageHandler& messageHandler()
{
    static Dialogs::MessageHandler handler;
    return handler;
}
Dialogs::FileHandler& fileHandler()
{
    static Dialogs::FileHandler handler;
    return handler;
}
} // namespace

void Dialogs::message(QWidget* parent, Kind kind, const QString& title, const QString& text)
{
    if (messageHandler()) {
        messageHandler()(kind, title, text);
        return;
    }
    if (kind == Kind::Warning)
        QMessageBox::warning(parent, title, text);
    else
        QMessageBox::information(parent, title, text);
}

QString Dialogs::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (fileHandler())
        return fileHandler()(false, title, filter);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString Dialogs::saveFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (fileHandler())
        return fileHandler()(true, title, filter);
    return QFileDialog::getSaveFileName(parent, title, {}, filter);
}

void Dialogs::setMessageHandler(MessageHandler handler)
{
    messageHandler() = std::move(handler);
}

void Dialogs::setFileHandler(FileHandler handler)
{
    fileHandler() = std::move(handler);
}

} // namespace sellercrm
