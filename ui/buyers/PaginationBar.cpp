#include "buyers/PaginationBar.h"

#include "table/PageSliceProxy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sellercrm {

PaginationBar::PaginationBar(PageSliceProxy* pages, QWidget* parent)
    : QWidget(parent)
    , m_pages(pages)
    , m_first(new QPushButton(QStringLiteral("«")))
    , m_previous(new QPushButton(tr("Previous")))
    , m_page(new QLabel)
    , m_next(new QPushButton(tr("Next")))
    , m_last(new QPushButton(QStringLiteral("»")))
    , m_rows(new QLabel)
{
    setObjectName(u"pagination"_s);
    m_first->setObjectName(u"firstPage"_s);
    m_first->setToolTip(tr("First page"));
    m_previous->setObjectName(u"previousPage"_s);
    m_page->setObjectName(u"pageLabel"_s);
    m_next->setObjectName(u"nextPage"_s);
    m_last->setObjectName(u"lastPage"_s);
    m_last->setToolTip(tr("Last page"));
    m_rows->setObjectName(u"rowsLabel"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_rows);
    layout->addStretch(1);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_first, m_previous, m_page, m_next, m_last})
        layout->addWidget(widget);
    connect(m_first, &QPushButton::clicked, this, [this] { m_pages->setPage(0); });
    connect(m_previous, &QPushButton::clicked, this, [this] { m_pages->setPage(m_pages->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_pages->setPage(m_pages->page() + 1); });
    connect(m_last, &QPushButton::clicked, this, [this] { m_pages->setPage(m_pages->pageCount() - 1); });
    connect(m_pages, &PageSliceProxy::pageChanged, this, &PaginationBar::update);
    update(m_pages->page(), m_pages->pageCount());
}

QString PaginationBar::pageText() const
{
    return m_page->text();
}

QString PaginationBar::rowsText() const
{
    return m_rows->text();
}

void PaginationBar::update(int page, int pageCount)
{
    const QLocale locale;
    m_page->setText(tr("Page %1 of %2").arg(locale.toString(page + 1), locale.toString(pageCount)));
    const int total = m_pages->sourceModel() ? m_pages->sourceModel()->rowCount() : 0;
    const int first = m_pages->firstSourceRow();
    m_rows->setText(total == 0 ? QString()
                               : tr("%1–%2 of %3")
                                     .arg(locale.toString(first + 1),
                                          locale.toString(first + m_pages->rowCount()), locale.toString(total)));
    m_first->setEnabled(page > 0);
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount);
    m_last->setEnabled(page + 1 < pageCount);
    setVisible(total > 0);
}

} // namespace sellercrm
