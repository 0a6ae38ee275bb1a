#include "buyers/BackToTopButton.h"

#include "components/Theme.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace sellercrm {

int BackToTopButton::idleMs = 3000;

BackToTopButton::BackToTopButton(QAbstractScrollArea* area)
    : QPushButton(tr("↑ Back to top"), area)
    , m_area(area)
{
    setObjectName(u"backToTop"_s);
    Theme::setRole(this, "primary");
    setCursor(Qt::PointingHandCursor);
    hide();
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_area->verticalScrollBar()->value() > 0) {
            place();
            show();
            raise();
        }
    });
    connect(m_area->verticalScrollBar(), &QScrollBar::valueChanged, this, &BackToTopButton::onScrolled);
    connect(this, &QPushButton::clicked, this, [this] {
        m_area->verticalScrollBar()->setValue(0);
        hide();
    });
    m_area->installEventFilter(this);
}

void BackToTopButton::onScrolled(int value)
{
    hide();
    if (value > 0)
        m_idle.start(idleMs);
    else
        m_idle.stop();
}

void BackToTopButton::place()
{
    adjustSize();
    move(m_area->width() - width() - 24, m_area->height() - height() - 24);
}

bool BackToTopButton::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_area && event->type() == QEvent::Resize && isVisible())
        place();
    return QPushButton::eventFilter(watched, event);
}

} // namespace sellercrm
