#pragma once

#include "components/ElidedLabel.h"
#include "components/PageStateStack.h"

#include <QStringList>
#include <QTest>
#include <QWidget>

namespace sellercrm::test {

// STA-3: the full texts of the visible one-line labels under `root` that are cut with an
// ellipsis (names and titles that do not fit at the window's size).
inline QStringList elidedTexts(const QWidget* root)
{
    QStringList elided;
    const auto labels = root->findChildren<ElidedLabel*>();
    for (const ElidedLabel* label : labels) {
        if (label->isVisibleTo(root->window()) && label->isElided())
            elided << label->fullText();
    }
    return elided;
}

// Whether `page` shows its data: an empty sub-segment's page shows its empty state, which has
// no one-line labels to check (STA-2).
inline bool showsContent(const QWidget* page)
{
    const auto* states = page->findChild<PageStateStack*>();
    return !states || states->shown() == PageStateStack::Shown::Content;
}

// Test rows (column "pageId"): the pages whose titles and names must show whole at 1440×900 in
// every language.
inline void addDashboardPageRows()
{
    QTest::addColumn<QString>("pageId");
    for (const char* id : { "home", "segments", "segment:top", "segment:loyal", "segment:at_risk", "segment:new",
                            "segment:sleeping", "segment:interested_products", "segment:interested_categories" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

} // namespace sellercrm::test
