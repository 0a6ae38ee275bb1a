#include "wizard/OfferStep.h"

#include "BonusPricing.h"
#include "Money.h"
#include "CommunicationValidator.h"
#include "OfferTitles.h"
#include "components/Theme.h"
#include "wizard/FieldErrorBinder.h"
#include "wizard/WizardInputs.h"
#include "wizard/WizardModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr OfferType offerOrder[] = { OfferType::ExistingPromotion, OfferType::OrderDiscount, OfferType::PromoCode,
                                     OfferType::Installments, OfferType::Bonuses, OfferType::ProductPromotion };
enum Page { PromotionPage, DiscountPage, BonusPage, ProductPage };

Page pageOf(OfferType type)
{
    switch (type) {
    case OfferType::ExistingPromotion:
        return PromotionPage;
    case OfferType::Bonuses:
        return BonusPage;
    case OfferType::ProductPromotion:
        return ProductPage;
    default:
        return DiscountPage;
    }
}

QWidget* fieldWithError(QWidget* input, FieldErrorBinder* errors, const QString& field)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(errors->bind(field, input));
    return box;
}

} // namespace

OfferStep::OfferStep(WizardModel* model, FieldErrorBinder* errors, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_types(new QButtonGroup(this))
    , m_pages(new QStackedWidget)
{
    setObjectName(u"offerStep"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("What you offer"));
    Theme::setRole(title, "h2");
    layout->addWidget(title);
    auto* typeBox = new QWidget;
    auto* typeLayout = new QVBoxLayout(typeBox);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    for (OfferType type : offerOrder) {
        auto* radio = new QRadioButton(OfferTitles::offerTypeName(type));
        radio->setObjectName(u"offerType_"_s + offerTypeCode(type));
        m_types->addButton(radio, int(type));
        typeLayout->addWidget(radio);
    }
    layout->addWidget(fieldWithError(typeBox, errors, u"offer.type"_s));
    m_pages->setObjectName(u"offerPages"_s);
    m_pages->addWidget(buildPromotionPage(errors));
    m_pages->addWidget(buildDiscountPage(errors));
    m_pages->addWidget(buildBonusPage(errors));
    auto* product = WizardInputs::caption(
        tr("No discount or bonus: the communication shows your products. You choose the product, a collection or "
           "your store showcase as the link in step 3."));
    product->setObjectName(u"productPromotionNote"_s);
    m_pages->addWidget(product);
    layout->addWidget(m_pages);
    layout->addStretch(1);

    connect(m_types, &QButtonGroup::idClicked, this, [this] { store(); });
    connect(model, &WizardModel::changed, this, &OfferStep::load);
    load();
}

QWidget* OfferStep::buildPromotionPage(FieldErrorBinder* errors)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* filters = new QHBoxLayout;
    m_promotionSearch = WizardInputs::lineEdit(u"promotionSearch"_s, tr("Search promotions"));
    m_promotionStatus = new QComboBox;
    m_promotionStatus->setObjectName(u"promotionStatusFilter"_s);
    m_promotionStatus->addItem(tr("Any status"), QString());
    QStringList statuses;
    for (const WizardPromotion& promotion : m_model->context().promotions)
        if (!statuses.contains(promotion.status))
            statuses << promotion.status;
    for (const QString& status : statuses)
        m_promotionStatus->addItem(status, status);
    filters->addWidget(m_promotionSearch, 1);
    filters->addWidget(m_promotionStatus);
    layout->addLayout(filters);
    m_promotionList = new QListWidget;
    m_promotionList->setObjectName(u"promotionList"_s);
    m_promotionList->setMinimumHeight(160);
    layout->addWidget(fieldWithError(m_promotionList, errors, u"offer.promotion_id"_s));
    m_promotionsNoMatch = WizardInputs::caption(tr("No promotion matches the search or the filter."));
    m_promotionsNoMatch->setObjectName(u"promotionsNoMatch"_s);
    layout->addWidget(m_promotionsNoMatch);

    m_promotionsEmpty = new QWidget;
    m_promotionsEmpty->setObjectName(u"promotionsEmpty"_s);
    auto* empty = new QVBoxLayout(m_promotionsEmpty);
    empty->addWidget(WizardInputs::caption(tr("You have no promotions yet. Create one on the marketplace, then "
                                              "it appears here after the next sync.")));
    auto* create = new QPushButton(tr("Create a promotion"));
    create->setObjectName(u"createPromotionLink"_s);
    Theme::setRole(create, "link");
    connect(create, &QPushButton::clicked, this, &OfferStep::createPromotionRequested);
    empty->addWidget(create);
    layout->addWidget(m_promotionsEmpty);
    const bool none = m_model->context().promotions.isEmpty();
    m_promotionsEmpty->setVisible(none);
    for (QWidget* w : { static_cast<QWidget*>(m_promotionSearch), static_cast<QWidget*>(m_promotionStatus),
                        static_cast<QWidget*>(m_promotionList) })
        w->setVisible(!none);

    connect(m_promotionSearch, &QLineEdit::textChanged, this, &OfferStep::fillPromotions);
    connect(m_promotionStatus, &QComboBox::currentIndexChanged, this, &OfferStep::fillPromotions);
    connect(m_promotionList, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_loading)
            store();
    });
    fillPromotions();
    return page;
}

void OfferStep::fillPromotions()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString search = m_promotionSearch->text().trimmed();
    const QString status = m_promotionStatus->currentData().toString();
    const QLocale locale;
    m_promotionList->clear();
    for (const WizardPromotion& promotion : m_model->context().promotions) {
        if (!search.isEmpty() && !promotion.name.contains(search, Qt::CaseInsensitive)
            && !promotion.id.contains(search, Qt::CaseInsensitive))
            continue;
        if (!status.isEmpty() && promotion.status != status)
            continue;
        auto* item = new QListWidgetItem(tr("%1\n%2 · %3 · %4")
                                             .arg(promotion.name, promotion.mechanic,
                                                  OfferTitles::period(promotion.start, promotion.end, locale),
                                                  promotion.status));
        item->setData(Qt::UserRole, promotion.id);
        m_promotionList->addItem(item);
        if (promotion.id == m_model->communication().offer.promotionId)
            item->setSelected(true);
    }
    m_promotionsNoMatch->setVisible(!m_model->context().promotions.isEmpty() && m_promotionList->count() == 0);
    m_loading = wasLoading;
}

QWidget* OfferStep::buildDiscountPage(FieldErrorBinder* errors)
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_discountForm = form;

    m_codeBox = new QWidget;
    auto* code = new QVBoxLayout(m_codeBox);
    code->setContentsMargins(0, 0, 0, 0);
    m_codeGenerate = new QRadioButton(tr("Generate the code"));
    m_codeGenerate->setObjectName(u"codeGenerate"_s);
    m_codeGenerate->setToolTip(tr("8 characters A–Z and 0–9, made when the communication is created and never "
                                  "one of your existing codes."));
    m_codeTyped = new QRadioButton(tr("Type my own code"));
    m_codeTyped->setObjectName(u"codeTyped"_s);
    m_codeTyped->setToolTip(tr("4–20 characters: capital Latin letters A–Z and digits, unique among your codes."));
    m_code = WizardInputs::lineEdit(u"promoCode"_s, tr("For example SALE2026"));
    auto* codeModes = new QButtonGroup(m_codeBox);
    codeModes->addButton(m_codeGenerate);
    codeModes->addButton(m_codeTyped);
    m_singleUse = new QRadioButton(tr("Single-use"));
    m_singleUse->setObjectName(u"codeSingleUse"_s);
    m_singleUse->setToolTip(tr("Each buyer can use the code for one order."));
    m_multiUse = new QRadioButton(tr("Multi-use"));
    m_multiUse->setObjectName(u"codeMultiUse"_s);
    m_multiUse->setToolTip(tr("Buyers can use the code for any number of orders during the period."));
    auto* uses = new QButtonGroup(m_codeBox);
    uses->addButton(m_singleUse);
    uses->addButton(m_multiUse);
    code->addWidget(m_codeGenerate);
    code->addWidget(m_codeTyped);
    code->addWidget(fieldWithError(m_code, errors, u"offer.code"_s));
    auto* useRow = new QWidget;
    auto* useLayout = new QHBoxLayout(useRow);
    useLayout->setContentsMargins(0, 0, 0, 0);
    useLayout->addWidget(m_singleUse);
    useLayout->addWidget(m_multiUse);
    useLayout->addStretch(1);
    code->addWidget(fieldWithError(useRow, errors, u"offer.single_use"_s));
    form->addRow(tr("Promo code"), m_codeBox);

    m_amountBox = new QWidget;
    auto* amount = new QVBoxLayout(m_amountBox);
    amount->setContentsMargins(0, 0, 0, 0);
    auto* valueRow = new QHBoxLayout;
    m_value = WizardInputs::lineEdit(u"discountValue"_s, tr("Discount"));
    m_unit = new QComboBox;
    m_unit->setObjectName(u"discountUnit"_s);
    m_unit->addItem(tr("%"), u"percent"_s);
    m_unit->addItem(tr("₽"), u"amount"_s);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit);
    amount->addLayout(valueRow);
    QLabel* valueError = errors->bind(u"offer.percent"_s, m_value);
    amount->addWidget(valueError);
    amount->addWidget(errors->bind(u"offer.amount_kopecks"_s, m_value));
    m_minOrder = WizardInputs::lineEdit(u"minOrder"_s, tr("Minimum order, ₽"));
    amount->addWidget(fieldWithError(m_minOrder, errors, u"offer.min_order_kopecks"_s));
    m_minOrderHint = WizardInputs::caption(QString());
    amount->addWidget(m_minOrderHint);
    form->addRow(tr("Discount"), m_amountBox);

    m_termBox = new QWidget;
    auto* term = new QHBoxLayout(m_termBox);
    term->setContentsMargins(0, 0, 0, 0);
    auto* termEdit = new QLineEdit(tr("%n months", nullptr, installmentTermMonths));
    termEdit->setObjectName(u"installmentTerm"_s);
    termEdit->setReadOnly(true);
    termEdit->setToolTip(tr("The marketplace fixes the longest interest-free installment term at %n months for "
                            "every seller; it cannot be changed.",
                            nullptr, installmentTermMonths));
    term->addWidget(termEdit);
    form->addRow(tr("Maximum term"), m_termBox);

    m_start = WizardInputs::dateEdit(u"offerStart"_s);
    m_end = WizardInputs::dateEdit(u"offerEnd"_s);
    form->addRow(tr("Period"), WizardInputs::periodRow(fieldWithError(m_start, errors, u"offer.start"_s),
                                                       fieldWithError(m_end, errors, u"offer.end"_s)));
    m_visibilityNote = WizardInputs::caption(tr("The discount is visible to every marketplace buyer; the message "
                                                "about it goes only to the audience you chose."));
    m_visibilityNote->setObjectName(u"discountVisibilityNote"_s);
    form->addRow(m_visibilityNote);

    connect(m_value, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_minOrder, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        m_codeTyped->setChecked(true);
        store();
    });
    connect(m_unit, &QComboBox::activated, this, [this] { store(); });
    for (QRadioButton* radio : { m_codeGenerate, m_codeTyped, m_singleUse, m_multiUse })
        connect(radio, &QRadioButton::clicked, this, [this] { store(); });
    for (QDateEdit* edit : { m_start, m_end })
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                store();
        });
    return page;
}

QWidget* OfferStep::buildBonusPage(FieldErrorBinder* errors)
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_bonuses = WizardInputs::lineEdit(u"bonusesPerBuyer"_s, tr("%1–%2").arg(Limits::bonusesMin).arg(Limits::bonusesMax));
    form->addRow(tr("Bonuses per buyer"), fieldWithError(m_bonuses, errors, u"offer.bonuses_per_buyer"_s));
    auto* recipients = new QWidget;
    auto* recipientsLayout = new QVBoxLayout(recipients);
    recipientsLayout->setContentsMargins(0, 0, 0, 0);
    m_recipients = WizardInputs::lineEdit(u"bonusRecipients"_s, tr("Recipients"));
    recipientsLayout->addWidget(fieldWithError(m_recipients, errors, u"offer.recipients"_s));
    m_recommended = WizardInputs::caption(QString());
    m_recommended->setObjectName(u"bonusRecommended"_s);
    recipientsLayout->addWidget(m_recommended);
    auto* useRecommended = new QPushButton(tr("Use the recommended number"));
    useRecommended->setObjectName(u"useRecommendedRecipients"_s);
    Theme::setRole(useRecommended, "link");
    connect(useRecommended, &QPushButton::clicked, this, [this] {
        m_recipients->setText(QString::number(recommendedBonusRecipients(m_model->audienceSize().total())));
        store();
    });
    recipientsLayout->addWidget(useRecommended);
    form->addRow(tr("Recipients"), recipients);
    m_validity = new QComboBox;
    m_validity->setObjectName(u"bonusValidity"_s);
    for (int days : Limits::bonusValidityChoices)
        m_validity->addItem(tr("%n days", nullptr, days), days);
    form->addRow(tr("Valid for"), fieldWithError(m_validity, errors, u"offer.validity_days"_s));
    m_cost = new QLabel;
    m_cost->setObjectName(u"bonusCost"_s);
    Theme::setRole(m_cost, "number");
    form->addRow(tr("Cost"), m_cost);
    connect(m_bonuses, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_recipients, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_validity, &QComboBox::activated, this, [this] { store(); });
    return page;
}

void OfferStep::load()
{
    m_loading = true;
    const Offer& offer = m_model->communication().offer;
    const QDate today = m_model->context().today;
    const bool chosen = m_model->isOfferChosen();
    if (chosen) {
        m_types->button(int(offer.type))->setChecked(true);
    } else if (QAbstractButton* checked = m_types->checkedButton()) {
        m_types->setExclusive(false);
        checked->setChecked(false);
        m_types->setExclusive(true);
    }
    m_pages->setCurrentIndex(chosen ? pageOf(offer.type) : ProductPage);
    m_pages->setVisible(chosen);

    const bool code = offer.type == OfferType::PromoCode;
    const bool installments = offer.type == OfferType::Installments;
    // Whole rows, so no label stays without its field.
    m_discountForm->setRowVisible(m_codeBox, code);
    m_discountForm->setRowVisible(m_amountBox, !installments);
    m_discountForm->setRowVisible(m_termBox, installments);
    m_visibilityNote->setVisible(offer.type == OfferType::OrderDiscount);
    m_minOrder->setPlaceholderText(code ? tr("Minimum order, ₽ (optional)") : tr("Minimum order, ₽"));
    m_minOrderHint->setText(m_unit->currentIndex() == 1 ? tr("A discount in ₽ must be below the minimum order amount.")
                                                        : QString());

    m_codeGenerate->setChecked(offer.generateCode || offer.code.isEmpty());
    m_codeTyped->setChecked(!offer.generateCode && !offer.code.isEmpty());
    if (m_code->text() != offer.code)
        m_code->setText(offer.code);
    m_singleUse->setChecked(offer.singleUse.value_or(true));
    m_multiUse->setChecked(!offer.singleUse.value_or(true));
    if (offer.amountKopecks) {
        m_unit->setCurrentIndex(1);
        WizardInputs::setKopecks(m_value, offer.amountKopecks);
    } else if (offer.percent) {
        m_unit->setCurrentIndex(0);
        WizardInputs::setNumber(m_value, offer.percent);
    } else if (WizardInputs::number(m_value)) {
        m_value->clear();
    }
    WizardInputs::setKopecks(m_minOrder, offer.minOrderKopecks);
    WizardInputs::setDate(m_start, offer.start.isValid() ? offer.start : today);
    WizardInputs::setDate(m_end, offer.end.isValid() ? offer.end : today.addDays(13));

    WizardInputs::setNumber(m_bonuses, offer.bonusesPerBuyer);
    WizardInputs::setNumber(m_recipients, offer.bonusRecipients);
    const int validity = m_validity->findData(offer.bonusValidityDays.value_or(defaultBonusValidityDays));
    if (validity >= 0)
        m_validity->setCurrentIndex(validity);
    updateBonusSummary();
    fillPromotions();
    m_loading = false;
}

void OfferStep::updateBonusSummary()
{
    const qint64 audience = m_model->audienceSize().total();
    m_recommended->setText(tr("Recommended: %1 of %2 buyers in the audience")
                               .arg(QLocale().toString(recommendedBonusRecipients(audience)), QLocale().toString(audience)));
    const std::optional<BonusCost> cost = m_model->bonusCost();
    if (!cost) {
        m_cost->clear();
        return;
    }
    m_cost->setText(tr("%1 (before discounts %2)")
                        .arg(formatRoubles(cost->netKopecks, QLocale()), formatRoubles(cost->grossKopecks, QLocale())));
    m_cost->setToolTip(bonusCostExplanation(*cost, m_model->bonusCampaign(), QLocale()));
}

void OfferStep::store()
{
    if (m_loading || m_types->checkedId() < 0)
        return;
    const auto type = OfferType(m_types->checkedId());
    const bool sameType = m_model->isOfferChosen() && m_model->communication().offer.type == type;
    Offer offer;
    offer.type = type;
    switch (type) {
    case OfferType::ExistingPromotion: {
        const QList<QListWidgetItem*> selected = m_promotionList->selectedItems();
        offer.promotionId = selected.isEmpty() ? (sameType ? m_model->communication().offer.promotionId : QString())
                                               : selected.first()->data(Qt::UserRole).toString();
        break;
    }
    case OfferType::OrderDiscount:
    case OfferType::PromoCode:
        if (m_unit->currentIndex() == 0) {
            if (const std::optional<qint64> value = WizardInputs::number(m_value))
                offer.percent = int(std::clamp<qint64>(*value, -1, 1000));
        } else {
            offer.amountKopecks = WizardInputs::kopecks(m_value);
        }
        offer.minOrderKopecks = WizardInputs::kopecks(m_minOrder);
        offer.start = m_start->date();
        offer.end = m_end->date();
        if (type == OfferType::PromoCode) {
            offer.generateCode = m_codeGenerate->isChecked();
            offer.code = offer.generateCode ? QString() : m_code->text().trimmed();
            offer.singleUse = m_singleUse->isChecked();
        }
        break;
    case OfferType::Installments:
        offer.start = m_start->date();
        offer.end = m_end->date();
        break;
    case OfferType::Bonuses:
        if (!sameType && m_bonuses->text().isEmpty()) {
            offer.bonusesPerBuyer = defaultBonusesPerBuyer;
            offer.bonusRecipients = int(std::min<qint64>(defaultBonusRecipients, m_model->audienceSize().total()));
        } else {
            if (const std::optional<qint64> bonuses = WizardInputs::number(m_bonuses))
                offer.bonusesPerBuyer = int(std::clamp<qint64>(*bonuses, -1, 1'000'000'000));
            if (const std::optional<qint64> recipients = WizardInputs::number(m_recipients))
                offer.bonusRecipients = int(std::clamp<qint64>(*recipients, -1, 1'000'000'000));
        }
        offer.bonusValidityDays = m_validity->currentData().toInt();
        break;
    case OfferType::ProductPromotion:
        break;
    }
    m_model->setOffer(offer);
}

} // namespace sellercrm
