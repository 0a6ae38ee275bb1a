#include "communications/ConfirmDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace sellercrm {

namespace {
ConfirmDialog::Handler& handler()
{
    static ConfirmDialog::Handler instance;
    return instance;
}
} // namespace

bool ConfirmDialog::ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmText)
{
    if (handler())
        return handler()(title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* confirm = box.addButton(confirmText, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void ConfirmDialog::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

} // namespace sellercrm
