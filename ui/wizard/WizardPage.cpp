#include "wizard/WizardPage.h"

#include "DraftStore.h"
#include "Outbox.h"
#include "components/Theme.h"
#include "components/Toast.h"
#include "wizard/AudienceStep.h"
#include "wizard/FormatStep.h"
#include "wizard/GoalPage.h"
#include "wizard/OfferStep.h"
#include "wizard/ReviewDrawer.h"
#include "wizard/StepHeader.h"
#include "wizard/SummaryPanel.h"
#include "wizard/WizardModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

WizardPage::WizardPage(WizardContext context, QWidget* parent)
    : QWidget(parent)
    , m_model(new WizardModel(context, this))
    , m_modes(new QStackedWidget)
    , m_goal(new GoalPage(context))
    , m_header(new StepHeader(m_model))
    , m_summary(new SummaryPanel(m_model))
    , m_scroll(new QScrollArea)
    , m_steps(new QStackedWidget)
    , m_audienceStep(new AudienceStep(m_model, &m_errors))
    , m_offerStep(new OfferStep(m_model, &m_errors))
    , m_formatStep(new FormatStep(m_model, &m_errors))
    , m_back(new QPushButton(tr("Back")))
    , m_next(new QPushButton(tr("Next")))
    , m_review(nullptr)
    , m_submitBanner(new QFrame)
    , m_submitText(new QLabel)
{
    setObjectName(u"wizardPage"_s);
    const QString danger = Theme::color(u"danger"_s).name();
    setStyleSheet(u"*[invalid=\"true\"] { border: 1px solid %1; border-radius: 6px; } "
                  "QLabel[role=\"fieldError\"] { color: %1; }"_s.arg(danger));

    auto* wizard = new QWidget;
    wizard->setObjectName(u"wizardView"_s);
    auto* layout = new QVBoxLayout(wizard);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setSpacing(0);
    auto* top = new QHBoxLayout;
    auto* close = new QPushButton(tr("Save draft and close"));
    close->setObjectName(u"wizardClose"_s);
    Theme::setRole(close, "link");
    top->addStretch(1);
    top->addWidget(close);
    layout->addLayout(top);
    m_submitBanner->setObjectName(u"submitBanner"_s);
    m_submitText->setObjectName(u"submitState"_s);
    m_submitText->setWordWrap(true);
    auto* bannerLayout = new QVBoxLayout(m_submitBanner);
    bannerLayout->setContentsMargins(16, 10, 16, 10);
    bannerLayout->addWidget(m_submitText);
    m_submitBanner->setVisible(false);
    layout->addWidget(m_submitBanner);
    layout->addSpacing(8);
    layout->addWidget(m_header);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(24);
    auto* content = new QWidget;
    content->setObjectName(u"wizardContent"_s);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, SummaryPanel::gapBelowHeader, 8, 16);
    m_steps->addWidget(m_audienceStep);
    m_steps->addWidget(m_offerStep);
    m_steps->addWidget(m_formatStep);
    contentLayout->addWidget(m_steps);
    contentLayout->addSpacing(24);
    auto* buttons = new QHBoxLayout;
    m_back->setObjectName(u"backButton"_s);
    m_next->setObjectName(u"nextButton"_s);
    Theme::setRole(m_next, "primary");
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    contentLayout->addLayout(buttons);
    contentLayout->addStretch(1);
    m_scroll->setObjectName(u"wizardScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    body->addWidget(m_scroll, 1);
    auto* side = new QVBoxLayout;
    side->setContentsMargins(0, SummaryPanel::gapBelowHeader, 0, 0);
    side->addWidget(m_summary);
    side->addStretch(1);
    body->addLayout(side);
    layout->addLayout(body, 1);

    m_modes->addWidget(m_goal);
    m_modes->addWidget(wizard);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_modes);
    m_review = new ReviewDrawer(m_model, this);

    connect(m_goal, &GoalPage::presetChosen, this, &WizardPage::openRecommended);
    connect(m_goal, &GoalPage::scratchChosen, this, &WizardPage::openScratch);
    connect(m_goal, &GoalPage::draftChosen, this, qOverload<const QString&>(&WizardPage::openDraft));
    connect(m_goal, &GoalPage::draftDeleteRequested, this, [this](const QString& id) {
        if (m_drafts)
            m_drafts->remove(id);
        refreshDrafts();
    });
    connect(m_next, &QPushButton::clicked, this, &WizardPage::onNext);
    connect(m_back, &QPushButton::clicked, this, [this] { m_model->openStep(m_model->currentStep() - 1); });
    connect(close, &QPushButton::clicked, this, [this] {
        saveDraft();
        emit closeRequested();
    });
    connect(m_model, &WizardModel::stepChanged, this, &WizardPage::showStep);
    connect(m_model, &WizardModel::errorsChanged, this, [this] { m_errors.apply(m_model->errors()); });
    connect(m_model, &WizardModel::changed, this, &WizardPage::scheduleDraftSave);
    connect(m_review, &ReviewDrawer::confirmed, this, &WizardPage::submit);
    connect(m_offerStep, &OfferStep::createPromotionRequested, this, &WizardPage::createPromotionRequested);
    connect(m_formatStep, &FormatStep::generationFailed, this, &WizardPage::toast);
    connect(m_formatStep, &FormatStep::imageRejected, this, &WizardPage::toast);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &WizardPage::saveDraft);
    showStep(m_model->currentStep());
}

WizardPage::~WizardPage() = default;

void WizardPage::setStorage(Outbox* outbox, DraftStore* drafts)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    m_drafts = drafts;
    if (m_outbox)
        connect(m_outbox, &Outbox::entryChanged, this, &WizardPage::onOutboxEntryChanged);
    refreshDrafts();
}

void WizardPage::refreshDrafts()
{
    m_goal->setDrafts(m_drafts ? m_drafts->list() : QList<Draft>());
}

void WizardPage::showGoalPage()
{
    if (!isOnGoalPage())
        saveDraft(); // the list below shows the wizard as it is now
    refreshDrafts();
    m_modes->setCurrentIndex(0);
}

bool WizardPage::isOnGoalPage() const
{
    return m_modes->currentIndex() == 0;
}

void WizardPage::openScratch(const QString& goal)
{
    m_model->setGoal(goal);
    Audience audience = Audience::allOwnBuyers();
    if (goal == u"grow"_s)
        audience = Audience{ { Segment::Potential }, {}, {} };
    m_model->setAudience(audience);
    m_model->openStep(WizardModel::AudienceStep);
    m_modes->setCurrentIndex(1);
    showStep(m_model->currentStep());
}

void WizardPage::openRecommended(const RecommendedAction& action)
{
    m_model->prefill(action);
    m_modes->setCurrentIndex(1);
    showStep(m_model->currentStep());
}

void WizardPage::openPreset(const WizardPreset& preset)
{
    const std::optional<SubSegment> sub = subSegmentFromCode(preset.subsegment);
    const std::optional<OfferType> offer = offerTypeFromCode(preset.offer);
    const std::optional<FormatType> format = formatTypeFromCode(preset.format);
    if (preset.isGoalPage() || !sub || !offer || !format) {
        showGoalPage();
        return;
    }
    RecommendedAction action;
    action.subSegment = *sub;
    action.offer = *offer;
    action.format = *format;
    action.target = targetPageFromCode(preset.banner);
    openRecommended(action);
}

void WizardPage::openRepeat(const CachedCommunication& cached)
{
    m_model->repeat(cached);
    if (cached.isLocalRejection())
        setSubmitState(SubmitState::Rejected, rejectionText(cached.serverErrors, cached.rejectReason));
    m_modes->setCurrentIndex(1);
    showStep(m_model->currentStep());
}

void WizardPage::openRepeat(const Communication& communication)
{
    CachedCommunication cached;
    cached.communication = communication;
    openRepeat(cached);
}

bool WizardPage::openDraft(const QString& draftId)
{
    const std::optional<Draft> draft = m_drafts ? m_drafts->load(draftId) : std::nullopt;
    if (!draft || !openDraft(*draft)) {
        toast(tr("This draft can no longer be opened."));
        refreshDrafts();
        return false;
    }
    return true;
}

bool WizardPage::openDraft(const Draft& draft)
{
    if (!m_model->restoreDraft(draft.data))
        return false;
    m_model->setDraftId(draft.id);
    m_modes->setCurrentIndex(1);
    showStep(m_model->currentStep());
    return true;
}

bool WizardPage::saveDraft()
{
    m_draftTimer.stop();
    if (!m_drafts || isOnGoalPage() || !isEditable())
        return false;
    return m_model->saveDraft(*m_drafts).ok();
}

void WizardPage::scheduleDraftSave()
{
    if (m_drafts && !isOnGoalPage() && isEditable())
        m_draftTimer.start();
}

void WizardPage::showStep(int step)
{
    // The stack takes the height of the step shown, so "Next" follows its content.
    for (int index = 0; index < m_steps->count(); ++index)
        m_steps->widget(index)->setSizePolicy(QSizePolicy::Preferred,
                                               index == step ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_steps->setCurrentIndex(step);
    m_back->setVisible(step > 0);
    m_next->setText(step == WizardModel::FormatStep ? tr("Send to moderation") : tr("Next"));
    m_scroll->verticalScrollBar()->setValue(0);
    m_header->refresh();
}

void WizardPage::onNext()
{
    const int step = m_model->currentStep();
    if (!m_model->next()) {
        // WIZ-3: bring the first highlighted field into view.
        if (!m_model->errors().isEmpty())
            if (QWidget* input = m_errors.input(m_model->errors().first().field))
                m_scroll->ensureWidgetVisible(input);
        return;
    }
    if (step == WizardModel::FormatStep)
        m_review->open();
}

void WizardPage::submit()
{
    if (!m_outbox) {
        toast(tr("The communication cannot be sent from a read-only snapshot."));
        return;
    }
    const Outcome<QString> queued = m_model->submit(*m_outbox, m_drafts);
    if (!queued) {
        m_review->hide();
        toast(queued.error());
        return;
    }
    m_draftTimer.stop();
    m_review->hide();
    m_submittedId = queued.value();
    setSubmitState(SubmitState::WaitingToSend,
                   tr("Waiting to send: the communication goes to moderation as soon as the server is reachable."));
    emit submitted(queued.value());
}

QString WizardPage::rejectionText(const FieldErrors& errors, const QString& reason)
{
    if (errors.isEmpty())
        return tr("The server did not accept the communication: %1").arg(reason);
    QStringList lines{ tr("The server did not accept the communication:") };
    for (const FieldError& error : errors)
        lines << u"• "_s + error.message;
    lines << tr("Fix the highlighted fields and send it again.");
    return lines.join(u'\n');
}

void WizardPage::onOutboxEntryChanged(qint64 entryId, const QString& state)
{
    if (m_submittedId.isEmpty() || m_submitState != SubmitState::WaitingToSend)
        return;
    const QList<OutboxEntry> entries = m_outbox->entries();
    const auto entry = std::find_if(entries.cbegin(), entries.cend(), [entryId](const OutboxEntry& e) { return e.id == entryId; });
    if (entry == entries.cend() || u"local:"_s + entry->idempotencyKey != m_submittedId)
        return;
    if (state == u"sent"_s) {
        setSubmitState(SubmitState::OnModeration, tr("Sent: the communication is on moderation."));
        emit submissionAccepted(m_submittedId, entry->resultId);
    } else if (state == u"rejected"_s) {
        const FieldErrors errors = WizardContext::rejectedFields(entry->errorMessage);
        const QString rejected = m_submittedId;
        m_model->rejectedByServer(rejected, errors);
        setSubmitState(SubmitState::Rejected, rejectionText(errors, entry->errorMessage));
        m_modes->setCurrentIndex(1);
        showStep(m_model->currentStep());
        emit submissionRejected(rejected);
    }
}

void WizardPage::setSubmitState(SubmitState state, const QString& text)
{
    m_submitState = state;
    m_submitText->setText(text);
    Theme::setRole(m_submitBanner, state == SubmitState::Rejected ? "banner" : "tile");
    m_submitBanner->setVisible(state != SubmitState::Editing);
    m_scroll->widget()->setEnabled(isEditable());
    m_header->setEnabled(isEditable());
    m_next->setVisible(isEditable());
}

bool WizardPage::isEditable() const
{
    // Once queued the communication is on its way: nothing to edit, save or send twice until the
    // server rejects it.
    return m_submitState == SubmitState::Editing || m_submitState == SubmitState::Rejected;
}

void WizardPage::toast(const QString& text)
{
    Toast::show(window(), text);
}

} // namespace sellercrm
