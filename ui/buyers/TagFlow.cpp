#include "buyers/TagFlow.h"

#include "components/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {
constexpr int spacing = 8;
}

TagFlow::TagFlow(QWidget* parent)
    : QWidget(parent)
    , m_more(new QPushButton(this))
    , m_clear(new QPushButton(tr("Clear all"), this))
{
    m_more->setObjectName(u"showMoreTags"_s);
    m_clear->setObjectName(u"clearAllFilters"_s);
    Theme::setRole(m_more, "link");
    Theme::setRole(m_clear, "link");
    m_more->setCursor(Qt::PointingHandCursor);
    m_clear->setCursor(Qt::PointingHandCursor);
    connect(m_more, &QPushButton::clicked, this, [this] { setExpanded(!m_expanded); });
    connect(m_clear, &QPushButton::clicked, this, &TagFlow::clearAllRequested);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    relayout();
}

void TagFlow::setTags(const QList<QPair<QString, QString>>& tags)
{
    qDeleteAll(m_tags);
    m_tags.clear();
    for (const auto& [key, text] : tags) {
        auto* tag = new QFrame(this);
        tag->setObjectName(u"tag:"_s + key);
        Theme::setRole(tag, "tag");
        auto* layout = new QHBoxLayout(tag);
        layout->setContentsMargins(8, 2, 2, 2);
        layout->setSpacing(2);
        auto* label = new QLabel(text, tag);
        label->setObjectName(u"tagText"_s);
        auto* remove = new QToolButton(tag);
        remove->setObjectName(u"removeTag"_s);
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove “%1”").arg(text));
        remove->setCursor(Qt::PointingHandCursor);
        layout->addWidget(label);
        layout->addWidget(remove);
        connect(remove, &QToolButton::clicked, this, [this, key] { emit tagRemoved(key); });
        tag->show();
        m_tags << tag;
    }
    relayout();
}

QWidget* TagFlow::tagWidget(const QString& key) const
{
    for (QWidget* tag : m_tags) {
        if (tag->objectName() == u"tag:"_s + key)
            return tag;
    }
    return nullptr;
}

int TagFlow::visibleTagCount() const
{
    int visible = 0;
    for (const QWidget* tag : m_tags)
        visible += tag->isVisibleTo(this) ? 1 : 0;
    return visible;
}

void TagFlow::setExpanded(bool expanded)
{
    m_expanded = expanded;
    relayout();
}

// Places the tags line by line. Collapsed, a tag that would start a third line is hidden and
// "Show more" takes the end of the second line (moving the last tags out if needed).
int TagFlow::arrange(int width, bool apply) const
{
    width = std::max(width, 200);
    const int lineHeight = std::max(m_clear->sizeHint().height(),
                                    m_tags.isEmpty() ? 0 : m_tags.first()->sizeHint().height());
    int x = 0;
    int line = 0;
    QList<QRect> places;
    for (QWidget* tag : m_tags) {
        const QSize size = tag->sizeHint();
        if (x > 0 && x + size.width() > width) {
            ++line;
            x = 0;
        }
        places << QRect(QPoint(x, line * (lineHeight + spacing)), QSize(std::min(size.width(), width), lineHeight));
        x += size.width() + spacing;
    }
    const QSize moreSize = m_more->sizeHint();
    const QSize clearSize = m_clear->sizeHint();
    qsizetype shown = m_tags.size();
    const bool overflow = !places.isEmpty() && places.last().top() >= collapsedLines * (lineHeight + spacing);
    if (overflow && !m_expanded) {
        // Keep the tags of the first two lines that leave room for "Show more" and "Clear all".
        const int lastLineTop = (collapsedLines - 1) * (lineHeight + spacing);
        shown = 0;
        while (shown < places.size() && places.at(shown).top() <= lastLineTop)
            ++shown;
        while (shown > 0 && places.at(shown - 1).top() == lastLineTop &&
               places.at(shown - 1).right() + spacing + moreSize.width() + spacing + clearSize.width() > width)
            --shown;
    }
    int endX = shown > 0 ? places.at(shown - 1).right() + 1 + spacing : 0;
    int endTop = shown > 0 ? places.at(shown - 1).top() : 0;
    const bool needMore = overflow;
    QRect moreRect;
    if (needMore) {
        if (endX + moreSize.width() > width) {
            endX = 0;
            endTop += lineHeight + spacing;
        }
        moreRect = QRect(QPoint(endX, endTop), QSize(moreSize.width(), lineHeight));
        endX += moreSize.width() + spacing;
    }
    if (endX + clearSize.width() > width) {
        endX = 0;
        endTop += lineHeight + spacing;
    }
    const QRect clearRect(QPoint(endX, endTop), QSize(clearSize.width(), lineHeight));
    m_lines = m_tags.isEmpty() ? 0 : endTop / (lineHeight + spacing) + 1;
    if (apply) {
        for (qsizetype i = 0; i < m_tags.size(); ++i) {
            m_tags.at(i)->setGeometry(places.at(i));
            m_tags.at(i)->setVisible(i < shown);
        }
        m_more->setVisible(needMore);
        m_more->setText(m_expanded ? tr("Show less") : tr("Show more (%1)").arg(m_tags.size() - shown));
        m_more->setGeometry(moreRect);
        m_clear->setVisible(!m_tags.isEmpty());
        m_clear->setGeometry(clearRect);
    }
    return m_tags.isEmpty() ? 0 : clearRect.bottom() + 1;
}

void TagFlow::relayout()
{
    const int height = arrange(width(), true);
    setFixedHeight(height);
    setVisible(!m_tags.isEmpty());
    updateGeometry();
}

QSize TagFlow::sizeHint() const
{
    return {width(), heightForWidth(width())};
}

QSize TagFlow::minimumSizeHint() const
{
    return {200, 0};
}

int TagFlow::heightForWidth(int width) const
{
    return arrange(width, false);
}

void TagFlow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        relayout();
}

} // namespace sellercrm
