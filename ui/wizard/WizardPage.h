#pragma once

#include "Communication.h"
#include "RecommendedActions.h"
#include "WizardPreset.h"
#include "wizard/FieldErrorBinder.h"
#include "wizard/WizardContext.h"

#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace sellercrm {

class AudienceStep;
class DraftStore;
class FormatStep;
class GoalPage;
class OfferStep;
class Outbox;
class ReviewDrawer;
class StepHeader;
class SummaryPanel;
class WizardModel;
struct Draft;

// The communication wizard (WIZ-1 … WIZ-9): the goal page, then the three steps under a step
// header that stays at the top while the step scrolls, the summary panel 32 px below the header,
// "Back" / "Next" ("Send to moderation" on step 3) and the review drawer. With an outbox the
// confirmed communication is queued (WIZ-8) and the page follows its outbox entry: a banner above
// the steps says whether it waits to be sent, is on moderation, or was rejected — then the
// server's field errors show at their fields and sending again replaces the rejected entry. With a
// draft store the wizard is saved as a draft after every change, the goal page lists the drafts,
// and a draft is removed once sent (WIZ-9).
//
// Entry points:
//   openPreset(WizardPreset{})            the goal page with the seller's drafts (WIZ-1, WIZ-9)
//   openPreset(preset) / openRecommended  a recommended action: step 3, steps 1–2 filled (SEG-8)
//   openRepeat(cached)                    COM-6 "Repeat": `cached` is
//                                         WizardContext::loadCommunication(cache, communicationId)
//                                         (any cached id, `local:<key>` rows included; a rejected
//                                         local row brings the server's field errors with it)
//   openDraft(draftId)                    a draft where the seller left it (step and values)
class WizardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPage)

public:
    // What became of the communication sent from this page (WIZ-8).
    enum class SubmitState { Editing, WaitingToSend, OnModeration, Rejected };

    explicit WizardPage(WizardContext context, QWidget* parent = nullptr);
    ~WizardPage() override;

    void setStorage(Outbox* outbox, DraftStore* drafts);

    void showGoalPage();
    void openScratch(const QString& goal);
    void openRecommended(const RecommendedAction& action);
    // An entry point's request (WIZ-1, SEG-8): the goal page, or a recommended action.
    void openPreset(const WizardPreset& preset);
    void openRepeat(const CachedCommunication& cached);  // COM-6 "Repeat"
    void openRepeat(const Communication& communication); // COM-6, without the cache row's status
    bool openDraft(const Draft& draft);                  // WIZ-9
    bool openDraft(const QString& draftId);
    bool saveDraft();
    bool isOnGoalPage() const;
    SubmitState submitState() const { return m_submitState; }
    bool isEditable() const;
    QString submittedId() const { return m_submittedId; }

    WizardModel* model() const { return m_model; }
    GoalPage* goalPage() const { return m_goal; }
    StepHeader* header() const { return m_header; }
    SummaryPanel* summary() const { return m_summary; }
    QScrollArea* scrollArea() const { return m_scroll; }
    ReviewDrawer* review() const { return m_review; }
    FormatStep* formatStep() const { return m_formatStep; }
    const FieldErrorBinder& fieldErrors() const { return m_errors; }

signals:
    void submitted(const QString& communicationId);
    // The outbox entry of the submitted communication was answered by the server.
    void submissionAccepted(const QString& communicationId, const QString& serverId);
    void submissionRejected(const QString& communicationId);
    void closeRequested();
    void createPromotionRequested();

private:
    void showStep(int step);
    void onNext();
    void submit();
    void scheduleDraftSave();
    void toast(const QString& text);
    void refreshDrafts();
    void onOutboxEntryChanged(qint64 entryId, const QString& state);
    void setSubmitState(SubmitState state, const QString& text);
    static QString rejectionText(const FieldErrors& errors, const QString& reason);

    WizardModel* m_model;
    FieldErrorBinder m_errors;
    Outbox* m_outbox = nullptr;
    DraftStore* m_drafts = nullptr;
    QStackedWidget* m_modes;
    GoalPage* m_goal;
    StepHeader* m_header;
    SummaryPanel* m_summary;
    QScrollArea* m_scroll;
    QStackedWidget* m_steps;
    AudienceStep* m_audienceStep;
    OfferStep* m_offerStep;
    FormatStep* m_formatStep;
    QPushButton* m_back;
    QPushButton* m_next;
    ReviewDrawer* m_review;
    QFrame* m_submitBanner;
    QLabel* m_submitText;
    SubmitState m_submitState = SubmitState::Editing;
    QString m_submittedId; // "local:<key>" of the communication queued from this page
    QTimer m_draftTimer;
};

} // namespace sellercrm
