#include "shell/FirstRunDialog.h"

#include "components/Icons.h"
#include "components/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_demo(new QPushButton(tr("Open the demo"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Welcome to Seller CRM"));
    setMinimumWidth(760);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/logo.svg"_s).pixmap(48, 48));
    auto* title = new QLabel(tr("Welcome to Seller CRM"), this);
    Theme::setRole(title, "h1");
    auto* lead = new QLabel(tr("See who your buyers are and what to send them. Connect your store, or look around "
                               "in a demo store first."),
                            this);
    lead->setWordWrap(true);
    Theme::setRole(lead, "muted");

    QFrame* connectCard = Theme::makeCard(this, u"connectCard"_s);
    auto* connectLayout = qobject_cast<QVBoxLayout*>(connectCard->layout());
    auto* connectTitle = new QLabel(tr("Connect your store"), connectCard);
    Theme::setRole(connectTitle, "h2");
    m_url->setObjectName(u"serverUrlEdit"_s);
    m_url->setPlaceholderText(u"https://crm.example.com"_s);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("API token from your seller account"));
    auto* form = new QFormLayout;
    form->setSpacing(10);
    form->addRow(tr("Server"), m_url);
    form->addRow(tr("API token"), m_token);
    auto* keychain = new QLabel(tr("The token is kept in your system keychain, never in a plain file."), connectCard);
    keychain->setWordWrap(true);
    Theme::setRole(keychain, "caption");
    m_connect->setObjectName(u"connectButton"_s);
    Theme::setRole(m_connect, "primary");
    connectLayout->addWidget(connectTitle);
    connectLayout->addLayout(form);
    connectLayout->addWidget(keychain);
    connectLayout->addStretch(1);
    connectLayout->addWidget(m_connect, 0, Qt::AlignRight);

    QFrame* demoCard = Theme::makeCard(this, u"demoCard"_s);
    auto* demoLayout = qobject_cast<QVBoxLayout*>(demoCard->layout());
    auto* demoTitle = new QLabel(tr("Try the demo"), demoCard);
    Theme::setRole(demoTitle, "h2");
    auto* demoText = new QLabel(tr("Starts a local demo server with a generated store: thousands of buyers, orders "
                                   "and segments. Nothing leaves this computer."),
                                demoCard);
    demoText->setWordWrap(true);
    Theme::setRole(demoText, "muted");
    m_demo->setObjectName(u"demoButton"_s);
    m_demo->setIcon(Icons::icon(u"star"_s, Theme::color(u"accent"_s)));
    demoLayout->addWidget(demoTitle);
    demoLayout->addWidget(demoText);
    demoLayout->addStretch(1);
    demoLayout->addWidget(m_demo, 0, Qt::AlignRight);

    m_message->setObjectName(u"firstRunMessage"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* head = new QHBoxLayout;
    head->setSpacing(14);
    head->addWidget(logo, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(lead);
    head->addLayout(titles, 1);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(connectCard, 3);
    cards->addWidget(demoCard, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 28, 28, 24);
    layout->setSpacing(18);
    layout->addLayout(head);
    layout->addLayout(cards);
    layout->addWidget(m_message);

    connect(m_connect, &QPushButton::clicked, this, &FirstRunDialog::submitConnect);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        setBusy(tr("Starting the demo server…"));
        emit demoRequested();
    });
}

void FirstRunDialog::submitConnect()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty() || !url.isValid()
        || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        setError(tr("Enter the server address, for example https://crm.example.com"));
        m_url->setFocus();
        return;
    }
    if (m_token->text().trimmed().isEmpty()) {
        setError(tr("Enter the API token."));
        m_token->setFocus();
        return;
    }
    setBusy(tr("Connecting…"));
    emit connectRequested(url, m_token->text().trimmed());
}

void FirstRunDialog::setBusy(const QString& text)
{
    m_message->setStyleSheet(QString());
    Theme::setRole(m_message, "muted");
    m_message->setText(text);
    m_message->setVisible(true);
    m_connect->setEnabled(false);
    m_demo->setEnabled(false);
}

void FirstRunDialog::setError(const QString& text)
{
    m_message->setStyleSheet(u"color: %1"_s.arg(Theme::color(u"danger"_s).name()));
    m_message->setText(text);
    m_message->setVisible(true);
    m_connect->setEnabled(true);
    m_demo->setEnabled(true);
}

QString FirstRunDialog::errorText() const
{
    return m_message->text();
}

} // namespace sellercrm
