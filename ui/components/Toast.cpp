#include "components/Toast.h"

#include "components/Icons.h"
#include "components/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sellercrm {

Toast* Toast::show(QWidget* window, const QString& text)
{
    const auto existing = window->findChildren<Toast*>(QString(), Qt::FindDirectChildrenOnly);
    for (Toast* old : existing)
        old->deleteLater();
    auto* toast = new Toast(window, text);
    toast->QFrame::show();
    toast->raise();
    return toast;
}

Toast::Toast(QWidget* window, const QString& text)
    : QFrame(window)
    , m_label(new QLabel(text, this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"toast"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_label->setObjectName(u"toastText"_s);
    m_label->setWordWrap(true);
    m_close->setObjectName(u"toastClose"_s);
    m_close->setIcon(Icons::icon(u"close"_s, Theme::color(u"toastText"_s)));
    m_close->setToolTip(tr("Close"));
    m_close->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 10, 12);
    layout->setSpacing(12);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QObject::deleteLater);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may run 5 % over the 5 s (STA-2)
    connect(&m_timer, &QTimer::timeout, this, &QObject::deleteLater);
    m_timer.start(lifetimeMs);
    window->installEventFilter(this);
    place();
}

QString Toast::text() const
{
    return m_label->text();
}

void Toast::place()
{
    QWidget* window = parentWidget();
    const int width = std::min(480, window->width() - 48);
    setFixedWidth(width);
    adjustSize();
    move((window->width() - width) / 2, window->height() - height() - 48);
}

void Toast::enterEvent(QEnterEvent* event)
{
    QFrame::enterEvent(event);
    m_held = true;
    m_timer.stop();
    m_close->setVisible(true);
}

void Toast::leaveEvent(QEvent* event)
{
    QFrame::leaveEvent(event);
    m_held = false;
    m_close->setVisible(false);
    m_timer.start(lifetimeMs);
}

bool Toast::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace sellercrm
