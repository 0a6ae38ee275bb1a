#include "components/StatePanel.h"

#include "components/Icons.h"
#include "components/Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

StatePanel::StatePanel(const QString& iconName, QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    m_icon->setPixmap(Icons::pixmap(iconName, 48, Theme::color(u"muted"_s)));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(u"stateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setObjectName(u"stateText"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A fixed width: a word-wrapped label centred by the layout otherwise gets its one-line
    // width and too little height, and the text is cut.
    m_title->setFixedWidth(460);
    m_text->setFixedWidth(460);
    m_button->setObjectName(u"stateButton"_s);
    Theme::setRole(m_button, "primary");
    m_button->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 48, 24, 48);
    layout->setSpacing(10);
    layout->addStretch(1);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, &StatePanel::buttonClicked);
}

void StatePanel::setTexts(const QString& title, const QString& text)
{
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    // The layout centres the labels, so it asks for their one-line height: give the wrapped one.
    for (QLabel* label : { m_title, m_text })
        label->setMinimumHeight(label->heightForWidth(label->width()));
}

void StatePanel::setButtonText(const QString& text)
{
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
}

QString StatePanel::title() const
{
    return m_title->text();
}

QString StatePanel::text() const
{
    return m_text->text();
}

} // namespace sellercrm
