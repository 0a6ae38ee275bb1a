#pragma once

#include "Communication.h"
#include "RecommendedActions.h"
#include "WizardPreset.h"
#include "wizard/FieldErrorBinder.h"
#include "wizard/WizardContext.h"

#include <QTimer>
#include <QWidget>

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
// confirmed communication is queued (WIZ-8); with a draft store the wizard is saved as a draft
// after every change and removed once sent (WIZ-9).
class WizardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPage)

public:
    explicit WizardPage(WizardContext context, QWidget* parent = nullptr);
    ~WizardPage() override;

    void setStorage(Outbox* outbox, DraftStore* drafts);

    void showGoalPage();
    void openScratch(const QString& goal);
    void openRecommended(const RecommendedAction& action);
    // An entry point's request (WIZ-1, SEG-8): the goal page, or a recommended action.
    void openPreset(const WizardPreset& preset);
    void openRepeat(const Communication& communication); // COM-6 "Repeat"
    bool openDraft(const Draft& draft);                  // WIZ-9
    bool saveDraft();
    bool isOnGoalPage() const;

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
    void closeRequested();
    void createPromotionRequested();

private:
    void showStep(int step);
    void onNext();
    void submit();
    void scheduleDraftSave();
    void toast(const QString& text);

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
    QTimer m_draftTimer;
};

} // namespace sellercrm
