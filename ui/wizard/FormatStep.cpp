#include "wizard/FormatStep.h"

#include "CommunicationValidator.h"
#include "Money.h"
#include "OfferTitles.h"
#include "components/Theme.h"
#include "wizard/FieldErrorBinder.h"
#include "wizard/ImageDropArea.h"
#include "wizard/WizardInputs.h"
#include "wizard/WizardModel.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLinearGradient>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

QWidget* withError(QWidget* input, FieldErrorBinder* errors, const QString& field, QWidget* extra = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(errors->bind(field, input));
    return box;
}

QRadioButton* radio(const QString& objectName, const QString& text, QButtonGroup* group, int id)
{
    auto* button = new QRadioButton(text);
    button->setObjectName(objectName);
    group->addButton(button, id);
    return button;
}

} // namespace

FormatStep::FormatStep(WizardModel* model, FieldErrorBinder* errors, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_formats(new QButtonGroup(this))
    , m_pages(new QStackedWidget)
{
    setObjectName(u"formatStep"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("How it reaches buyers"));
    Theme::setRole(title, "h2");
    layout->addWidget(title);
    auto* formatRow = new QWidget;
    auto* formatLayout = new QHBoxLayout(formatRow);
    formatLayout->setContentsMargins(0, 0, 0, 0);
    formatLayout->addWidget(radio(u"formatMailing"_s, tr("Mailing: push and chat message"), m_formats, int(FormatType::Mailing)));
    formatLayout->addWidget(radio(u"formatBanner"_s, tr("Banner"), m_formats, int(FormatType::Banner)));
    formatLayout->addStretch(1);
    layout->addWidget(withError(formatRow, errors, u"format.type"_s));

    m_warning = new QLabel;
    m_warning->setObjectName(u"formatWarning"_s);
    m_warning->setWordWrap(true);
    Theme::setRole(m_warning, "muted");
    layout->addWidget(m_warning);

    m_placeholder = Theme::makeCard(nullptr, u"formatPlaceholder"_s);
    auto* placeholder = qobject_cast<QVBoxLayout*>(m_placeholder->layout());
    m_placeholderText = new QLabel;
    m_placeholderText->setObjectName(u"formatPlaceholderText"_s);
    m_placeholderText->setWordWrap(true);
    m_useBanner = new QPushButton(tr("Make a banner instead"));
    m_useBanner->setObjectName(u"useBannerInstead"_s);
    Theme::setRole(m_useBanner, "link");
    if (placeholder) {
        placeholder->addWidget(m_placeholderText);
        placeholder->addWidget(m_useBanner);
    }
    connect(m_useBanner, &QPushButton::clicked, this, [this] {
        m_formats->button(int(FormatType::Banner))->setChecked(true);
        store();
    });
    layout->addWidget(m_placeholder);

    layout->addWidget(buildTargetBox(errors));
    m_pages->addWidget(buildMailingPage(errors));
    m_pages->addWidget(buildBannerPage(errors));
    layout->addWidget(m_pages);
    layout->addStretch(1);

    connect(m_formats, &QButtonGroup::idClicked, this, [this] { store(); });
    connect(model, &WizardModel::changed, this, &FormatStep::load);
    load();
}

QWidget* FormatStep::buildTargetBox(FieldErrorBinder* errors)
{
    auto* box = new QWidget;
    box->setObjectName(u"targetBox"_s);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Link"));
    Theme::setRole(heading, "h3");
    layout->addWidget(heading);
    m_targetFixed = new QLabel;
    m_targetFixed->setObjectName(u"targetFixed"_s);
    m_targetFixed->setWordWrap(true);
    m_targetFixed->setToolTip(tr("A promotion links to its collection and bonuses to your store showcase; the link "
                                 "cannot be changed."));
    layout->addWidget(m_targetFixed);

    m_targetChooser = new QWidget;
    auto* chooser = new QVBoxLayout(m_targetChooser);
    chooser->setContentsMargins(0, 0, 0, 0);
    m_targets = new QButtonGroup(this);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(radio(u"targetProduct"_s, tr("A product"), m_targets, int(TargetPage::Product)));
    kinds->addWidget(radio(u"targetCollection"_s, tr("A collection"), m_targets, int(TargetPage::Collection)));
    kinds->addWidget(radio(u"targetShowcase"_s, tr("Store showcase"), m_targets, int(TargetPage::Showcase)));
    kinds->addStretch(1);
    chooser->addLayout(kinds);
    chooser->addWidget(errors->bind(u"format.target"_s, m_targetChooser));

    auto* products = new QWidget;
    products->setObjectName(u"productPicker"_s);
    auto* productLayout = new QVBoxLayout(products);
    productLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_productSearch = WizardInputs::lineEdit(u"productSearch"_s, tr("Search by name or SKU"));
    m_productCategory = new QComboBox;
    m_productCategory->setObjectName(u"productCategory"_s);
    m_productCategory->addItem(tr("All categories"), QString());
    for (const WizardNamedItem& category : m_model->context().categories)
        m_productCategory->addItem(category.name, category.id);
    filters->addWidget(m_productSearch, 1);
    filters->addWidget(m_productCategory);
    productLayout->addLayout(filters);
    m_productList = new QListWidget;
    m_productList->setObjectName(u"productList"_s);
    m_productList->setMinimumHeight(140);
    productLayout->addWidget(m_productList);
    m_collection = new QComboBox;
    m_collection->setObjectName(u"collectionCombo"_s);
    m_collection->addItem(tr("Choose a collection"), QString());
    for (const WizardNamedItem& collection : m_model->context().collections)
        m_collection->addItem(collection.name, collection.id);
    auto* idBox = new QWidget;
    auto* idLayout = new QVBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(products);
    idLayout->addWidget(m_collection);
    chooser->addWidget(withError(idBox, errors, u"format.target.id"_s));
    layout->addWidget(m_targetChooser);

    connect(m_targets, &QButtonGroup::idClicked, this, [this] { store(); });
    connect(m_productSearch, &QLineEdit::textChanged, this, &FormatStep::fillProducts);
    connect(m_productCategory, &QComboBox::currentIndexChanged, this, &FormatStep::fillProducts);
    connect(m_productList, &QListWidget::itemSelectionChanged, this, [this] { store(); });
    connect(m_collection, &QComboBox::activated, this, [this] { store(); });
    fillProducts();
    return box;
}

void FormatStep::fillProducts()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString search = m_productSearch->text().trimmed();
    const QString category = m_productCategory->currentData().toString();
    const Format& format = m_model->communication().format;
    m_productList->clear();
    for (const WizardProduct& product : m_model->context().products) {
        if (!category.isEmpty() && product.categoryId != category)
            continue;
        if (!search.isEmpty() && !product.name.contains(search, Qt::CaseInsensitive) && !product.sku.contains(search))
            continue;
        auto* item = new QListWidgetItem(tr("%1 · SKU %2 · %3")
                                             .arg(product.name, product.sku, m_model->context().categoryName(product.categoryId)));
        item->setData(Qt::UserRole, product.id);
        m_productList->addItem(item);
        if (format.target == TargetPage::Product && format.targetId == product.id)
            item->setSelected(true);
    }
    m_loading = wasLoading;
}

QWidget* FormatStep::buildMailingPage(FieldErrorBinder* errors)
{
    auto* page = new QWidget;
    page->setObjectName(u"mailingPage"_s);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    m_bonusTemplate = new QLabel;
    m_bonusTemplate->setObjectName(u"bonusTemplatePreview"_s);
    m_bonusTemplate->setWordWrap(true);
    m_bonusTemplate->setToolTip(tr("A bonus campaign uses the platform's fixed text; it cannot be edited."));
    layout->addWidget(m_bonusTemplate);

    auto* form = new QFormLayout;
    m_recipientsBox = new QWidget;
    auto* recipients = new QVBoxLayout(m_recipientsBox);
    recipients->setContentsMargins(0, 0, 0, 0);
    m_recipients = WizardInputs::lineEdit(u"mailingRecipients"_s, tr("Recipients"));
    m_recipientsHint = WizardInputs::caption(QString());
    m_recipientsHint->setObjectName(u"mailingRecipientsHint"_s);
    recipients->addWidget(withError(m_recipients, errors, u"format.recipients"_s, m_recipientsHint));
    form->addRow(tr("Recipients"), m_recipientsBox);

    m_calendar = new QCalendarWidget;
    m_calendar->setObjectName(u"sendCalendar"_s);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_sendDateHint = WizardInputs::caption(QString());
    m_sendDateHint->setObjectName(u"sendDateHint"_s);
    form->addRow(tr("Send date"), withError(m_calendar, errors, u"format.send_date"_s, m_sendDateHint));
    layout->addLayout(form);

    m_mailingContent = new QWidget;
    auto* content = new QFormLayout(m_mailingContent);
    content->setContentsMargins(0, 0, 0, 0);
    m_title = WizardInputs::lineEdit(u"mailingTitle"_s, tr("Empty: made from the offer"));
    m_titleCounter = WizardInputs::caption(QString());
    m_titleCounter->setObjectName(u"mailingTitleCounter"_s);
    content->addRow(tr("Title"), withError(m_title, errors, u"format.title"_s, m_titleCounter));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(u"mailingText"_s);
    m_text->setPlaceholderText(tr("What buyers read, %1–%2 characters").arg(Limits::textMinLength).arg(Limits::textMaxLength));
    m_text->setMaximumHeight(110);
    m_textCounter = WizardInputs::caption(QString());
    m_textCounter->setObjectName(u"mailingTextCounter"_s);
    content->addRow(tr("Text"), withError(m_text, errors, u"format.text"_s, m_textCounter));
    m_mailingImageDrop = new ImageDropArea(u"mailingImageDrop"_s,
                                           tr("Optional image: drop a PNG or JPEG here or click to choose. Up to 10 MB, "
                                              "at least 1000×500 px, proportions 2:1."));
    m_removeImage = new QPushButton(tr("Remove the image"));
    m_removeImage->setObjectName(u"mailingImageRemove"_s);
    Theme::setRole(m_removeImage, "link");
    connect(m_removeImage, &QPushButton::clicked, this, [this] {
        m_mailingImage.reset();
        m_mailingImageDrop->showImage(std::nullopt, QString());
        store();
    });
    content->addRow(tr("Image"), withError(m_mailingImageDrop, errors, u"format.image"_s, m_removeImage));
    layout->addWidget(m_mailingContent);
    WizardInputs::alignFormLabels({ form, content }); // one label column for the two forms

    auto* previews = new QHBoxLayout;
    m_pushPreview = new QLabel;
    m_pushPreview->setObjectName(u"pushPreview"_s);
    m_chatPreview = new QLabel;
    m_chatPreview->setObjectName(u"chatPreview"_s);
    for (QLabel* preview : { m_pushPreview, m_chatPreview }) {
        preview->setWordWrap(true);
        preview->setTextFormat(Qt::RichText);
        preview->setFrameShape(QFrame::StyledPanel);
        preview->setMinimumHeight(80);
        preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        previews->addWidget(preview, 1);
    }
    layout->addLayout(previews);

    connect(m_recipients, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_title, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            store();
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate day) {
        const SendCalendarRules rules = calendarRules();
        const SendDayState state = sendDayState(rules, day);
        if (state != SendDayState::Available) {
            // A disabled day is not taken; the reason stays under the calendar (WIZ-6).
            m_sendDateHint->setText(sendDayExplanation(state, rules, QLocale()));
            m_loading = true;
            if (m_sendDate.isValid())
                m_calendar->setSelectedDate(m_sendDate);
            m_loading = false;
            return;
        }
        m_sendDateHint->clear();
        m_sendDate = day;
        store();
    });
    connect(m_mailingImageDrop, &ImageDropArea::imageChosen, this, [this](const ImageMeta& image, const QString& path) {
        m_mailingImage = image;
        m_mailingImageDrop->showImage(image, QFileInfo(path).fileName());
        store();
    });
    connect(m_mailingImageDrop, &ImageDropArea::imageRejected, this, &FormatStep::imageRejected);
    return page;
}

QWidget* FormatStep::buildBannerPage(FieldErrorBinder* errors)
{
    auto* page = new QWidget;
    page->setObjectName(u"bannerPage"_s);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 8, 0, 0);
    m_creativeKinds = new QButtonGroup(this);
    auto* kinds = new QWidget;
    auto* kindLayout = new QHBoxLayout(kinds);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(radio(u"creativeGenerated"_s, tr("Generate from the link"), m_creativeKinds, int(CreativeKind::Generated)));
    kindLayout->addWidget(radio(u"creativeUploaded"_s, tr("Upload my own"), m_creativeKinds, int(CreativeKind::Uploaded)));
    kindLayout->addStretch(1);
    form->addRow(tr("Creative"), withError(kinds, errors, u"format.creative"_s));

    m_generatedBox = new QWidget;
    auto* generated = new QVBoxLayout(m_generatedBox);
    generated->setContentsMargins(0, 0, 0, 0);
    m_creativePreview = new QLabel(tr("No creative generated yet."));
    m_creativePreview->setObjectName(u"creativePreview"_s);
    m_creativePreview->setMinimumHeight(120);
    generated->addWidget(m_creativePreview);
    auto* buttons = new QHBoxLayout;
    m_creativeBack = new QToolButton;
    m_creativeBack->setObjectName(u"creativeBack"_s);
    m_creativeBack->setText(u"←"_s);
    m_creativeBack->setToolTip(tr("Back to the previous generation"));
    auto* generate = new QPushButton(tr("Generate"));
    generate->setObjectName(u"generateCreative"_s);
    buttons->addWidget(m_creativeBack);
    buttons->addWidget(generate);
    buttons->addStretch(1);
    generated->addLayout(buttons);
    form->addRow(QString(), m_generatedBox);

    m_uploadBox = new QWidget;
    auto* upload = new QVBoxLayout(m_uploadBox);
    upload->setContentsMargins(0, 0, 0, 0);
    m_bannerDrop = new ImageDropArea(u"creativeDrop"_s, tr("Drop a PNG or JPEG here or click to choose: exactly "
                                                          "1200×400 px, up to 5 MB."));
    upload->addWidget(withError(m_bannerDrop, errors, u"format.image"_s));
    m_legal = WizardInputs::lineEdit(u"legalText"_s, tr("Legal text shown on the banner"));
    m_legalCounter = WizardInputs::caption(QString());
    m_legalCounter->setObjectName(u"legalTextCounter"_s);
    upload->addWidget(withError(m_legal, errors, u"format.legal_text"_s, m_legalCounter));
    form->addRow(QString(), m_uploadBox);

    m_bannerStart = WizardInputs::dateEdit(u"bannerStart"_s);
    m_bannerEnd = WizardInputs::dateEdit(u"bannerEnd"_s);
    form->addRow(tr("Period"), WizardInputs::periodRow(withError(m_bannerStart, errors, u"format.start"_s),
                                                       withError(m_bannerEnd, errors, u"format.end"_s)));
    m_budget = WizardInputs::lineEdit(u"dailyBudget"_s, tr("At least %1").arg(formatRoubles(Limits::dailyBudgetMinKopecks, QLocale())));
    form->addRow(tr("Daily budget, ₽"), withError(m_budget, errors, u"format.daily_budget_kopecks"_s));
    m_forecast = new QLabel;
    m_forecast->setObjectName(u"bannerForecast"_s);
    m_forecast->setWordWrap(true);
    form->addRow(tr("Forecast"), m_forecast);
    m_placements = WizardInputs::caption(tr("Shown on the marketplace home page, in search results and in the "
                                            "categories of your products."));
    m_placements->setObjectName(u"placements"_s);
    form->addRow(tr("Placements"), m_placements);

    connect(m_creativeKinds, &QButtonGroup::idClicked, this, [this] { store(); });
    connect(generate, &QPushButton::clicked, this, &FormatStep::generateCreative);
    connect(m_creativeBack, &QToolButton::clicked, this, [this] {
        if (m_creativeIndex > 0) {
            --m_creativeIndex;
            showCreative();
        }
    });
    connect(m_bannerDrop, &ImageDropArea::imageChosen, this, [this](const ImageMeta& image, const QString& path) {
        m_bannerImage = image;
        m_bannerDrop->showImage(image, QFileInfo(path).fileName());
        store();
    });
    connect(m_bannerDrop, &ImageDropArea::imageRejected, this, &FormatStep::imageRejected);
    connect(m_legal, &QLineEdit::textEdited, this, [this] { store(); });
    connect(m_budget, &QLineEdit::textEdited, this, [this] { store(); });
    for (QDateEdit* edit : { m_bannerStart, m_bannerEnd })
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                store();
        });
    return page;
}

SendCalendarRules FormatStep::calendarRules() const
{
    const Communication& c = m_model->communication();
    const ValidationContext context = m_model->validationContext();
    SendCalendarRules rules;
    rules.today = context.today;
    rules.promotionEnd = CommunicationValidator::promotionEnd(c.offer, context);
    if (c.offer.type != OfferType::Bonuses)
        rules.subscriptionEnd = context.subscription.end;
    rules.platformMessagesOnDay = context.platformMessagesOnDay;
    rules.platformDailyCapacity = context.platformDailyCapacity;
    rules.recipients = std::max<qint64>(1, m_model->recipients());
    return rules;
}

QString FormatStep::sendDayToolTip(QDate day) const
{
    return m_calendar->dateTextFormat(day).toolTip();
}

void FormatStep::updateCalendar()
{
    const SendCalendarRules rules = calendarRules();
    const QLocale locale;
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    m_calendar->setMinimumDate(rules.today.addDays(-31));
    m_calendar->setMaximumDate(rules.today.addDays(365));
    QTextCharFormat disabled;
    disabled.setForeground(Theme::color(u"muted"_s).isValid() ? Theme::color(u"muted"_s) : QColor(Qt::gray));
    for (QDate day = rules.today.addDays(-31); day <= rules.today.addDays(365); day = day.addDays(1)) {
        const SendDayState state = sendDayState(rules, day);
        if (state == SendDayState::Available)
            continue;
        QTextCharFormat format = disabled;
        format.setToolTip(sendDayExplanation(state, rules, locale));
        format.setFontStrikeOut(state != SendDayState::InPast);
        m_calendar->setDateTextFormat(day, format);
    }
}

void FormatStep::updatePreview()
{
    const Communication& c = m_model->communication();
    const QString sender = m_model->context().seller.name.toHtmlEscaped();
    QString title = c.format.mailing.title;
    QString text = c.format.mailing.text;
    if (c.offer.type == OfferType::Bonuses) {
        title = tr("Bonuses for you");
        text = m_bonusTemplate->text();
    }
    if (title.isEmpty())
        title = m_model->offerTitle();
    if (text.isEmpty())
        text = tr("Your text appears here.");
    const QString image = c.format.mailing.image ? tr("[image %1×%2]").arg(c.format.mailing.image->width).arg(c.format.mailing.image->height)
                                                 : QString();
    m_pushPreview->setText(tr("<b>Push notification</b><br/><small>%1</small><br/><b>%2</b><br/>%3")
                               .arg(sender, title.toHtmlEscaped(), text.left(120).toHtmlEscaped()));
    m_chatPreview->setText(tr("<b>Chat message</b><br/><small>%1</small><br/>%2<br/><b>%3</b><br/>%4<br/><i>%5</i>")
                               .arg(sender, image, title.toHtmlEscaped(), text.toHtmlEscaped(), m_model->targetTitle().toHtmlEscaped()));
}

void FormatStep::updateForecast()
{
    const BannerForecast forecast = m_model->bannerForecast();
    if (forecast.days == 0) {
        m_forecast->setText(tr("Choose the period and the daily budget to see the reach."));
        return;
    }
    const QLocale locale;
    m_forecast->setText(tr("Reach about %1 buyers, %2 impressions over %n days; spend %3.", nullptr, forecast.days)
                            .arg(locale.toString(forecast.reach), locale.toString(forecast.impressions),
                                 formatRoubles(forecast.spendKopecks, locale)));
}

void FormatStep::generateCreative()
{
    const Communication& c = m_model->communication();
    const std::optional<TargetPage> target = c.format.target ? c.format.target : fixedTargetPage(c.offer.type);
    const bool needsId = target == TargetPage::Product || target == TargetPage::Collection;
    if (!target || (needsId && c.format.targetId.isEmpty())) {
        emit generationFailed(tr("The banner could not be generated: choose the link first, the creative is made from it."));
        return;
    }
    ++m_generation;
    QImage image(Limits::bannerImageWidth, Limits::bannerImageHeight, QImage::Format_RGB32);
    QPainter painter(&image);
    const int hue = (m_generation * 67) % 360;
    QLinearGradient gradient(0, 0, image.width(), image.height());
    gradient.setColorAt(0, QColor::fromHsv(hue, 160, 230));
    gradient.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 200, 150));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(56);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(60, 60, -60, -160), Qt::AlignLeft | Qt::TextWordWrap, m_model->targetTitle());
    font.setPixelSize(34);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(60, 260, -60, -40), Qt::AlignLeft | Qt::TextWordWrap, m_model->offerTitle());
    painter.end();
    m_creatives.append(image);
    while (m_creatives.size() > 2) // WIZ-6: the last two generations are kept
        m_creatives.removeFirst();
    m_creativeIndex = int(m_creatives.size()) - 1;
    showCreative();
    m_creativeKinds->button(int(CreativeKind::Generated))->setChecked(true);
    store();
}

void FormatStep::showCreative()
{
    m_creativeBack->setEnabled(m_creativeIndex > 0);
    if (m_creativeIndex < 0)
        return;
    m_creativePreview->setPixmap(QPixmap::fromImage(m_creatives.at(m_creativeIndex)).scaledToWidth(480, Qt::SmoothTransformation));
}

void FormatStep::load()
{
    m_loading = true;
    const Communication& c = m_model->communication();
    const Format& format = c.format;
    const bool bonuses = c.offer.type == OfferType::Bonuses;
    m_formats->button(int(format.type))->setChecked(true);

    const FormatAvailability availability = m_model->availability(format.type);
    m_placeholder->setVisible(!availability.allowed());
    m_placeholderText->setText(availability.message);
    m_useBanner->setVisible(format.type == FormatType::Mailing && m_model->availability(FormatType::Banner).allowed());
    m_warning->setText(availability.warning);
    m_warning->setVisible(availability.allowed() && !availability.warning.isEmpty());
    m_pages->setCurrentIndex(format.type == FormatType::Mailing ? 0 : 1);
    m_pages->setVisible(availability.allowed());

    const std::optional<TargetPage> fixed = fixedTargetPage(c.offer.type);
    m_targetFixed->setVisible(fixed.has_value());
    m_targetFixed->setText(tr("Leads to: %1").arg(m_model->targetTitle()));
    m_targetChooser->setVisible(!fixed && availability.allowed());
    if (format.target && m_targets->button(int(*format.target)))
        m_targets->button(int(*format.target))->setChecked(true);
    m_productList->parentWidget()->setVisible(format.target == TargetPage::Product);
    m_collection->setVisible(format.target == TargetPage::Collection);
    const int collection = m_collection->findData(format.target == TargetPage::Collection ? format.targetId : QString());
    m_collection->setCurrentIndex(std::max(0, collection));

    // Mailing.
    const qint64 max = maxMailingRecipients(c.offer.type, m_model->validationContext());
    m_recipientsBox->setVisible(!bonuses);
    m_recipientsHint->setText(tr("At most %1: own buyers in the audience and the mailings left this month.")
                                  .arg(QLocale().toString(max)));
    WizardInputs::setNumber(m_recipients, format.mailing.recipients);
    m_bonusTemplate->setVisible(bonuses);
    m_bonusTemplate->setText(tr("You have %1 bonuses from %2! Spend them on any order within %n days.", nullptr,
                                c.offer.bonusValidityDays.value_or(defaultBonusValidityDays))
                                 .arg(QLocale().toString(c.offer.bonusesPerBuyer.value_or(0)), m_model->context().seller.name));
    m_mailingContent->setVisible(!bonuses);
    m_sendDate = format.mailing.sendDate;
    updateCalendar();
    if (m_sendDate.isValid())
        m_calendar->setSelectedDate(m_sendDate);
    if (m_title->text() != format.mailing.title)
        m_title->setText(format.mailing.title);
    if (m_text->toPlainText() != format.mailing.text)
        m_text->setPlainText(format.mailing.text);
    WizardInputs::setCounter(m_titleCounter, visibleLength(format.mailing.title), Limits::titleMaxLength);
    WizardInputs::setCounter(m_textCounter, visibleLength(format.mailing.text), Limits::textMaxLength);
    if (m_mailingImage != format.mailing.image) {
        m_mailingImage = format.mailing.image;
        m_mailingImageDrop->showImage(m_mailingImage, QString());
    }
    m_removeImage->setVisible(m_mailingImage.has_value());
    updatePreview();

    // Banner.
    if (format.banner.creative)
        m_creativeKinds->button(int(*format.banner.creative))->setChecked(true);
    m_generatedBox->setVisible(format.banner.creative != CreativeKind::Uploaded);
    m_uploadBox->setVisible(format.banner.creative == CreativeKind::Uploaded);
    if (m_bannerImage != format.banner.image) {
        m_bannerImage = format.banner.image;
        m_bannerDrop->showImage(m_bannerImage, QString());
    }
    if (m_legal->text() != format.banner.legalText)
        m_legal->setText(format.banner.legalText);
    WizardInputs::setCounter(m_legalCounter, visibleLength(format.banner.legalText), Limits::legalTextMaxLength);
    const QDate promotionEnd = CommunicationValidator::promotionEnd(c.offer, m_model->validationContext());
    WizardInputs::setDate(m_bannerStart, format.banner.start.isValid() ? format.banner.start : m_model->context().today);
    WizardInputs::setDate(m_bannerEnd, format.banner.end.isValid() ? format.banner.end
                                       : promotionEnd.isValid()     ? promotionEnd
                                                                    : m_model->context().today.addDays(13));
    WizardInputs::setKopecks(m_budget, format.banner.dailyBudgetKopecks);
    showCreative();
    updateForecast();
    m_loading = false;
}

void FormatStep::store()
{
    if (m_loading)
        return;
    const Communication& c = m_model->communication();
    Format format = c.format;
    format.type = FormatType(m_formats->checkedId());
    if (fixedTargetPage(c.offer.type)) {
        format.target.reset();
        format.targetId.clear();
    } else if (m_targets->checkedId() >= 0) {
        format.target = TargetPage(m_targets->checkedId());
        format.targetId.clear();
        if (format.target == TargetPage::Product && !m_productList->selectedItems().isEmpty())
            format.targetId = m_productList->selectedItems().first()->data(Qt::UserRole).toString();
        else if (format.target == TargetPage::Product && c.format.target == TargetPage::Product)
            format.targetId = c.format.targetId;
        else if (format.target == TargetPage::Collection)
            format.targetId = m_collection->currentData().toString();
    }
    MailingFormat& mailing = format.mailing;
    if (c.offer.type == OfferType::Bonuses) {
        mailing.recipients.reset();
        mailing.title.clear();
        mailing.text.clear();
        mailing.image.reset();
    } else {
        mailing.recipients.reset();
        if (const std::optional<qint64> recipients = WizardInputs::number(m_recipients))
            mailing.recipients = int(std::clamp<qint64>(*recipients, -1, 1'000'000'000));
        mailing.title = m_title->text();
        mailing.text = m_text->toPlainText();
        mailing.image = m_mailingImage;
    }
    mailing.sendDate = m_sendDate;
    BannerFormat& banner = format.banner;
    if (m_creativeKinds->checkedId() >= 0)
        banner.creative = CreativeKind(m_creativeKinds->checkedId());
    banner.image = banner.creative == CreativeKind::Uploaded ? m_bannerImage : std::nullopt;
    banner.legalText = banner.creative == CreativeKind::Uploaded ? m_legal->text() : QString();
    banner.start = m_bannerStart->date();
    banner.end = m_bannerEnd->date();
    banner.dailyBudgetKopecks = WizardInputs::kopecks(m_budget);
    m_model->setFormat(format);
}

} // namespace sellercrm
