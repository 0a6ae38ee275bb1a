#include "wizard/FieldErrorBinder.h"

#include <QLabel>
#include <QSet>
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
    QSet<QWidget*> invalidInputs;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        const bool invalid = messages.contains(it.key());
        if (it->message) {
            it->message->setText(messages.value(it.key()).join(u'\n'));
            it->message->setVisible(invalid);
        }
        if (invalid && it->input)
            invalidInputs.insert(it->input);
    }
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        QWidget* input = it->input;
        if (!input)
            continue;
        const bool invalid = invalidInputs.contains(input);
        if (input->property("invalid").toBool() != invalid) {
            input->setProperty("invalid", invalid);
            input->style()->unpolish(input);
            input->style()->polish(input);
        }
    }
}

QLabel* FieldErrorBinder::messageLabel(const QString& field) const
{
    for (auto it = m_bindings.constFind(field); it != m_bindings.cend() && it.key() == field; ++it)
        if (it->message && it->message->isVisibleTo(it->message->window()))
            return it->message;
    return m_bindings.value(field).message;
}

QWidget* FieldErrorBinder::input(const QString& field) const
{
    const QString bound = boundFieldOf(field);
    for (auto it = m_bindings.constFind(bound); it != m_bindings.cend() && it.key() == bound; ++it)
        if (it->input && it->input->isVisible())
            return it->input;
    return m_bindings.value(bound).input;
}

} // namespace sellercrm
