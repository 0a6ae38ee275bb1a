#include "wizard/FieldErrorBinder.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sellercrm {

QLabel* FieldErrorBinder::bind(const QString& field, QWidget* input)
{
    auto* message = new QLabel;
    message->setObjectName(u"error:"_s + field);
    message->setProperty("role", u"fieldError"_s);
    message->setWordWrap(true);
    message->setVisible(false);
    m_bindings.insert(field, Binding{ input, message });
    return message;
}

QString FieldErrorBinder::boundFieldOf(QString field) const
{
    while (!field.isEmpty()) {
        if (m_bindings.contains(field))
            return field;
        const qsizetype cut = std::max(field.lastIndexOf(u'.'), field.lastIndexOf(u'['));
        if (cut < 0)
            break;
        field.truncate(cut);
    }
    return {};
}

void FieldErrorBinder::apply(const FieldErrors& errors)
{
    QHash<QString, QStringList> messages;
    for (const FieldError& error : errors) {
        const QString bound = boundFieldOf(error.field);
        if (!bound.isEmpty() && !messages.value(bound).contains(error.message))
            messages[bound].append(error.message);
    }
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        const bool invalid = messages.contains(it.key());
        if (it->message) {
            it->message->setText(messages.value(it.key()).join(u'\n'));
            it->message->setVisible(invalid);
        }
        if (it->input && it->input->property("invalid").toBool() != invalid) {
            it->input->setProperty("invalid", invalid);
            it->input->style()->unpolish(it->input);
            it->input->style()->polish(it->input);
        }
    }
}

QLabel* FieldErrorBinder::messageLabel(const QString& field) const
{
    return m_bindings.value(field).message;
}

QWidget* FieldErrorBinder::input(const QString& field) const
{
    return m_bindings.value(field).input;
}

} // namespace sellercrm
