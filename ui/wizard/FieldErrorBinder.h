#pragma once

#include "FieldError.h"

#include <QMultiHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace sellercrm {

// WIZ-3: shows field errors inline. Each field id ("offer.percent") is bound to its input and a
// message label below it; an error of a deeper id ("format.image.width") shows at the nearest
// bound parent ("format.image"). The input gets the `invalid` property the wizard's style marks.
class FieldErrorBinder final
{
public:
    // Creates the (hidden) message label; the caller puts it in its layout.
    QLabel* bind(const QString& field, QWidget* input);
    void apply(const FieldErrors& errors);
    QLabel* messageLabel(const QString& field) const;
    QWidget* input(const QString& field) const;

private:
    struct Binding
    {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
    };
    QString boundFieldOf(QString field) const;
    QMultiHash<QString, Binding> m_bindings; // a field may show in two places (mailing and banner image)
};

} // namespace sellercrm
