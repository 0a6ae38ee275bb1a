#pragma once

#include "RecommendedActions.h"

#include <QList>
#include <QWidget>

class QFrame;
class QGridLayout;
class QStackedWidget;
class QTabBar;
class QVBoxLayout;

namespace sellercrm {

struct Draft;
struct WizardContext;

// WIZ-1: the goal page. Tabs by goal — "Bring buyers back / grow loyalty" (own segments) and
// "Grow the buyer base" (Potential) — with a preset card per sub-segment (its SEG-8 action) and
// "Create from scratch". Without own buyers the first tab offers "Change segment", which switches
// to the Potential tab. Above the tabs, "Your drafts" lists the unfinished wizards (WIZ-9), newest
// first, each with the step it stopped at and when it was saved: "Continue" reopens it, "Delete"
// removes it.
class GoalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalPage)

public:
    static constexpr int retainTab = 0;
    static constexpr int growTab = 1;
    explicit GoalPage(const WizardContext& context, QWidget* parent = nullptr);
    QTabBar* tabs() const { return m_tabs; }
    void setDrafts(const QList<Draft>& drafts);
    static QString goalCode(int tab) { return tab == growTab ? QStringLiteral("grow") : QStringLiteral("retain"); }

signals:
    void presetChosen(const sellercrm::RecommendedAction& action);
    void scratchChosen(const QString& goal);
    void draftChosen(const QString& draftId);
    void draftDeleteRequested(const QString& draftId);

private:
    QWidget* buildTab(const WizardContext& context, bool own);
    void addCard(QGridLayout* cards, const WizardContext& context, SubSegment sub);
    static constexpr int cardColumns = 2;

    QTabBar* m_tabs;
    QStackedWidget* m_pages;
    QFrame* m_drafts;
    QVBoxLayout* m_draftRows;
};

} // namespace sellercrm
