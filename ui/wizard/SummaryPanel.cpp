#include "wizard/SummaryPanel.h"

#include "Money.h"
#include "OfferTitles.h"
#include "components/Theme.h"
#include "wizard/WizardModel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

SummaryPanel::SummaryPanel(WizardModel* model, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
{
    setObjectName(u"summaryPanel"_s);
    Theme::setRole(this, "card");
    setFixedWidth(300);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    auto* title = new QLabel(tr("Summary"));
    Theme::setRole(title, "h3");
    layout->addWidget(title);
    m_audience = addRow(u"summaryAudience"_s, tr("Audience"));
    m_offer = addRow(u"summaryOffer"_s, tr("Offer"));
    m_format = addRow(u"summaryFormat"_s, tr("Format"));
    m_link = addRow(u"summaryLink"_s, tr("Link"));
    m_recipients = addRow(u"summaryRecipients"_s, tr("Recipients"));
    m_cost = addRow(u"summaryCost"_s, tr("Cost"));
    layout->addStretch(1);
    connect(model, &WizardModel::changed, this, &SummaryPanel::refresh);
    refresh();
}

QLabel* SummaryPanel::addRow(const QString& objectName, const QString& title)
{
    auto* caption = new QLabel(title);
    Theme::setRole(caption, "caption");
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    layout()->addWidget(caption);
    layout()->addWidget(value);
    return value;
}

void SummaryPanel::refresh()
{
    const QLocale locale;
    const Communication& c = m_model->communication();
    const AudienceSize size = m_model->audienceSize();
    m_audience->setText(tr("%1 · %2 buyers").arg(m_model->audienceTitle(), locale.toString(size.total())));
    m_offer->setText(m_model->offerTitle());
    const bool formatKnown = m_model->isConfirmed(WizardModel::OfferStep) || m_model->currentStep() == WizardModel::FormatStep;
    m_format->setText(formatKnown ? OfferTitles::formatName(c.format.type) : tr("Not chosen"));
    m_link->setText(formatKnown ? m_model->targetTitle() : tr("Not chosen"));
    m_recipients->setText(locale.toString(m_model->recipients()));
    if (const std::optional<BonusCost> cost = m_model->bonusCost()) {
        m_cost->setText(formatRoubles(cost->netKopecks, locale));
        m_cost->setToolTip(bonusCostExplanation(*cost, m_model->bonusCampaign(), locale));
    } else if (formatKnown && c.format.type == FormatType::Banner) {
        const BannerForecast forecast = m_model->bannerForecast();
        m_cost->setText(forecast.days == 0 ? tr("Choose the daily budget")
                                           : tr("%1 a day, %2 in all")
                                                 .arg(formatRoubles(*c.format.banner.dailyBudgetKopecks, locale),
                                                      formatRoubles(forecast.spendKopecks, locale)));
        m_cost->setToolTip(QString());
    } else {
        m_cost->setText(tr("Included in Premium Plus: %1 mailings left this month")
                            .arg(locale.toString(m_model->context().seller.quotaLeft)));
        m_cost->setToolTip(QString());
    }
}

} // namespace sellercrm
