#include "components/PageStateStack.h"

#include "components/SkeletonView.h"
#include "components/StatePanel.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sellercrm {

int PageStateStack::skeletonDelayMs = 1000;

PageStateStack::PageStateStack(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , m_blank(new QWidget(this))
    , m_skeleton(new SkeletonView(this))
    , m_content(content)
    , m_empty(new StatePanel(u"empty"_s, this))
    , m_error(new StatePanel(u"error"_s, this))
{
    m_blank->setObjectName(u"loadingBlank"_s);
    m_empty->setObjectName(u"emptyState"_s);
    m_error->setObjectName(u"errorState"_s);
    m_error->setButtonText(tr("Retry"));
    m_error->button()->setObjectName(u"retryButton"_s);
    addWidget(m_blank);
    addWidget(m_skeleton);
    addWidget(m_content);
    addWidget(m_empty);
    addWidget(m_error);
    m_skeletonTimer.setSingleShot(true);
    connect(&m_skeletonTimer, &QTimer::timeout, this, [this] { show(Shown::Skeleton); });
    connect(m_error, &StatePanel::buttonClicked, this, &PageStateStack::retryRequested);
}

void PageStateStack::showLoading()
{
    if (m_shown == Shown::Skeleton || m_skeletonTimer.isActive())
        return;
    show(Shown::Blank);
    m_skeletonTimer.start(skeletonDelayMs);
}

void PageStateStack::showContent()
{
    show(Shown::Content);
}

void PageStateStack::showEmpty(const QString& title, const QString& text)
{
    m_empty->setTexts(title, text);
    show(Shown::Empty);
}

void PageStateStack::showError(const QString& text)
{
    m_error->setTexts(tr("Could not load the data"), text);
    show(Shown::Error);
}

void PageStateStack::show(Shown what)
{
    if (what != Shown::Blank)
        m_skeletonTimer.stop();
    m_shown = what;
    switch (what) {
    case Shown::Blank: setCurrentWidget(m_blank); break;
    case Shown::Skeleton: setCurrentWidget(m_skeleton); break;
    case Shown::Content: setCurrentWidget(m_content); break;
    case Shown::Empty: setCurrentWidget(m_empty); break;
    case Shown::Error: setCurrentWidget(m_error); break;
    }
}

} // namespace sellercrm
