#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sellercrm {

// A centred message with an icon, a title, an explanation and an optional button: the empty
// and error states of STA-2.
class StatePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatePanel)

public:
    StatePanel(const QString& iconName, QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& text);
    // Shows the button with this text (an empty text hides it).
    void setButtonText(const QString& text);
    QString title() const;
    QString text() const;
    QPushButton* button() const { return m_button; }

signals:
    void buttonClicked();

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace sellercrm
