#include "wizard/WizardInputs.h"

#include "components/Theme.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sellercrm::WizardInputs {

namespace {

std::optional<double> parse(const QLineEdit* edit)
{
    QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(QString(text).replace(u',', u'.'), &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<qint64> number(const QLineEdit* edit)
{
    const std::optional<double> value = parse(edit);
    if (!value)
        return std::nullopt;
    return qint64(std::llround(*value));
}

std::optional<qint64> kopecks(const QLineEdit* edit)
{
    const std::optional<double> value = parse(edit);
    if (!value)
        return std::nullopt;
    return qint64(std::llround(*value * 100.0));
}

void setNumber(QLineEdit* edit, std::optional<qint64> value)
{
    if (number(edit) == value)
        return;
    edit->setText(value ? QString::number(*value) : QString());
}

void setKopecks(QLineEdit* edit, std::optional<qint64> value)
{
    if (kopecks(edit) == value)
        return;
    if (!value)
        edit->clear();
    else if (*value % 100 == 0)
        edit->setText(QString::number(*value / 100));
    else
        edit->setText(QLocale().toString(double(*value) / 100.0, 'f', 2));
}

void setDate(QDateEdit* edit, const QDate& date)
{
    if (date.isValid() && edit->date() != date)
        edit->setDate(date);
}

void setCounter(QLabel* label, int length, int limit)
{
    label->setText(u"%1 / %2"_s.arg(length).arg(limit));
    Theme::setRole(label, length > limit ? "fieldError" : "caption");
}

QLineEdit* lineEdit(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QDateEdit* dateEdit(const QString& objectName)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    return edit;
}

QLabel* caption(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    Theme::setRole(label, "caption");
    return label;
}

QWidget* periodRow(QWidget* start, QWidget* end)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(start, 0, Qt::AlignTop);
    layout->addWidget(new QLabel(u"–"_s), 0, Qt::AlignTop);
    layout->addWidget(end, 0, Qt::AlignTop);
    layout->addStretch(1);
    return row;
}

void alignFormLabels(std::initializer_list<QFormLayout*> forms)
{
    QList<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
    for (QWidget* label : labels)
        label->setMinimumWidth(width);
}

} // namespace sellercrm::WizardInputs
