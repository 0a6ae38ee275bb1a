#include "wizard/ReviewDrawer.h"

#include "Money.h"
#include "OfferTitles.h"
#include "components/Theme.h"
#include "wizard/WizardModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

ReviewDrawer::ReviewDrawer(WizardModel* model, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_form(new QFormLayout)
    , m_confirm(new QPushButton(tr("Confirm and send")))
{
    setObjectName(u"reviewDrawer"_s);
    Theme::setRole(this, "card");
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto* title = new QLabel(tr("Check before sending to moderation"));
    Theme::setRole(title, "h2");
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addSpacing(8);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(12);
    layout->addLayout(m_form);
    layout->addStretch(1);
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(u"reviewCancel"_s);
    m_confirm->setObjectName(u"reviewConfirm"_s);
    Theme::setRole(m_confirm, "primary");
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    connect(m_confirm, &QPushButton::clicked, this, &ReviewDrawer::confirmed);
    parent->installEventFilter(this);
    hide();
}

void ReviewDrawer::addRow(const QString& key, const QString& title, const QString& value)
{
    auto* label = new QLabel(value);
    label->setObjectName(u"review_"_s + key);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* caption = new QLabel(title);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with the value's first line
    Theme::setRole(caption, "muted");
    m_form->addRow(caption, label);
}

QString ReviewDrawer::rowText(const QString& key) const
{
    const auto* label = findChild<QLabel*>(u"review_"_s + key);
    return label ? label->text() : QString();
}

void ReviewDrawer::open()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const QLocale locale;
    const Communication& c = m_model->communication();
    addRow(u"audience"_s, tr("Audience"),
           tr("%1 · %2 buyers").arg(m_model->audienceTitle(), locale.toString(m_model->audienceSize().total())));
    addRow(u"offer"_s, tr("Offer"), m_model->offerTitle());
    addRow(u"format"_s, tr("Format"), OfferTitles::formatName(c.format.type));
    addRow(u"link"_s, tr("Link"), m_model->targetTitle());
    if (c.format.type == FormatType::Mailing) {
        QString content = c.offer.type == OfferType::Bonuses ? tr("The bonus campaign's fixed text")
                                                             : (c.format.mailing.title.isEmpty() ? tr("Title made from the offer")
                                                                                                 : c.format.mailing.title)
                + u"\n"_s + c.format.mailing.text;
        if (c.format.mailing.image)
            content += u"\n"_s + tr("Image %1×%2").arg(c.format.mailing.image->width).arg(c.format.mailing.image->height);
        addRow(u"content"_s, tr("Content"), content.trimmed());
        addRow(u"dates"_s, tr("Send date"), locale.toString(c.format.mailing.sendDate, QLocale::ShortFormat));
        addRow(u"recipients"_s, tr("Recipients"), locale.toString(m_model->recipients()));
    } else {
        addRow(u"content"_s, tr("Creative"),
               c.format.banner.creative == CreativeKind::Uploaded
                   ? tr("Uploaded image; legal text: %1").arg(c.format.banner.legalText)
                   : tr("Generated from the link"));
        addRow(u"dates"_s, tr("Period"), OfferTitles::period(c.format.banner.start, c.format.banner.end, locale));
        addRow(u"recipients"_s, tr("Reach forecast"), locale.toString(m_model->bannerForecast().reach));
    }
    if (const std::optional<BonusCost> cost = m_model->bonusCost())
        addRow(u"cost"_s, tr("Cost"), formatRoubles(cost->netKopecks, locale));
    else if (c.format.type == FormatType::Banner)
        addRow(u"cost"_s, tr("Budget"),
               tr("%1 a day, %2 in all")
                   .arg(formatRoubles(c.format.banner.dailyBudgetKopecks.value_or(0), locale),
                        formatRoubles(m_model->bannerForecast().spendKopecks, locale)));
    else
        addRow(u"cost"_s, tr("Cost"), tr("Included in Premium Plus"));
    place();
    show();
    raise();
    m_confirm->setFocus();
}

void ReviewDrawer::place()
{
    const QWidget* host = parentWidget();
    setGeometry(host->width() - drawerWidth, 0, drawerWidth, host->height());
}

bool ReviewDrawer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace sellercrm
