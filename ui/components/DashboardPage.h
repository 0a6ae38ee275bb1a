#pragma once

#include "DashboardModel.h"
#include "Segmentation.h"
#include "WizardPreset.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace sellercrm {

class Banner;
class PageStateStack;

// The frame shared by Home and the Segments pages: a header (title, subtitle, the "Create a
// mailing or banner" button), the offline banner with the cache age (STA-2) and the state stack
// around a scrolling body that the page rebuilds from the DashboardModel on every change.
class DashboardPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(DashboardModel* model, QWidget* parent = nullptr);
    ~DashboardPage() override;

    PageStateStack* states() const { return m_states; }
    Banner* offlineBanner() const { return m_offline; }
    QPushButton* createButton() const { return m_create; }
    DashboardModel* model() const { return m_model; }

public slots:
    void refresh();

signals:
    void actionRequested(const sellercrm::WizardPreset& preset);
    void premiumRequested();
    void navigateRequested(const QString& page);
    // An entry to the buyers list or the buyer portrait ("buyers", "portrait") of one
    // sub-segment (DAT-2 code).
    void subSegmentEntryRequested(const QString& pageId, const QString& subSegmentCode);

protected:
    // Fills the body for Ready dashboard; returns false when the page's own subject is empty (a
    // sub-segment without buyers) so the empty state shows instead.
    virtual bool buildBody(QVBoxLayout* body, const DashboardData& dashboard) = 0;
    virtual QString title() const = 0;
    virtual QString subtitle(const DashboardData& dashboard) const;
    virtual QString emptyTitle() const;
    virtual QString emptyText() const;
    // A widget shown above the body in every state (the segment page's rule and description).
    virtual void updateHeaderExtras(const DashboardData* dashboard);
    QVBoxLayout* headerLayout() const { return m_headerLayout; }

    bool isReadOnly() const;
    // A recommended-action or create button wired to actionRequested/premiumRequested;
    // disabled in a read-only snapshot (SYN-4).
    QPushButton* makeActionButton(const QString& text, const WizardPreset& preset, bool premiumLocked, QWidget* parent);
    QPushButton* makeLinkButton(const QString& text, QWidget* parent);
    void applyReadOnly(QPushButton* button);
    // A link to a sub-segment's page with its description as tooltip (shown even when empty).
    QPushButton* makeSubSegmentLink(SubSegment sub, QWidget* parent);
    // The SEG-8 buttons of a sub-segment, or `emptyText` when it has no buyers (no action).
    QHBoxLayout* makeActionsRow(SubSegment sub, const DashboardData& dashboard, const QString& emptyText,
                                QWidget* parent);

private:
    void updateOfflineBanner();

    DashboardModel* m_model;
    QLabel* m_title;
    QLabel* m_subtitle;
    QPushButton* m_create;
    QVBoxLayout* m_headerLayout;
    Banner* m_offline;
    PageStateStack* m_states;
    QScrollArea* m_scroll;
};

} // namespace sellercrm
