#pragma once

#include <QString>
#include <QtGlobal>

#include <initializer_list>
#include <optional>

class QDate;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace sellercrm {

// Reading and writing the wizard's typed inputs: empty = missing (WIZ-3 reports it), numbers and
// money in the locale's notation (money in kopecks, CODING_GUIDELINES).
namespace WizardInputs {
std::optional<qint64> number(const QLineEdit* edit);
std::optional<qint64> kopecks(const QLineEdit* edit);
void setNumber(QLineEdit* edit, std::optional<qint64> value);
void setKopecks(QLineEdit* edit, std::optional<qint64> value);
void setDate(QDateEdit* edit, const QDate& date);
// "12 / 50" under a text field (WIZ-3 counters); marks the label when over the limit.
void setCounter(QLabel* label, int length, int limit);
QLineEdit* lineEdit(const QString& objectName, const QString& placeholder);
QDateEdit* dateEdit(const QString& objectName);
QLabel* caption(const QString& text);
// "start – end" as one row, the dates at their natural width, left-aligned.
QWidget* periodRow(QWidget* start, QWidget* end);
// Gives the labels of `forms` one width, so forms stacked in a page share their label column.
void alignFormLabels(std::initializer_list<QFormLayout*> forms);
} // namespace WizardInputs

} // namespace sellercrm
