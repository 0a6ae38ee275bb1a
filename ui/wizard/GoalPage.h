#pragma once

#include "RecommendedActions.h"

#include <QWidget>

class QStackedWidget;
class QTabBar;
class QVBoxLayout;

namespace sellercrm {

struct WizardContext;

// WIZ-1: the goal page. Tabs by goal — "Bring buyers back / grow loyalty" (own segments) and
// "Grow the buyer base" (Potential) — with a preset card per sub-segment (its SEG-8 action) and
// "Create from scratch". Without own buyers the first tab offers "Change segment", which switches
// to the Potential tab.
class GoalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalPage)

public:
    static constexpr int retainTab = 0;
    static constexpr int growTab = 1;
    explicit GoalPage(const WizardContext& context, QWidget* parent = nullptr);
    QTabBar* tabs() const { return m_tabs; }
    static QString goalCode(int tab) { return tab == growTab ? QStringLiteral("grow") : QStringLiteral("retain"); }

signals:
    void presetChosen(const sellercrm::RecommendedAction& action);
    void scratchChosen(const QString& goal);

private:
    QWidget* buildTab(const WizardContext& context, bool own);
    void addCard(QVBoxLayout* layout, const WizardContext& context, SubSegment sub);

    QTabBar* m_tabs;
    QStackedWidget* m_pages;
};

} // namespace sellercrm
