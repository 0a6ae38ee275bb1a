#include "shell/ComingLaterPage.h"

#include "components/StatePanel.h"
#include "components/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

ComingLaterPage::ComingLaterPage(const QString& pageId, const QString& title, const QString& whatItWillDo, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(pageId + u"Page"_s);
    auto* heading = new QLabel(title, this);
    heading->setObjectName(u"pageTitle"_s);
    Theme::setRole(heading, "h1");
    auto* panel = new StatePanel(u"sync"_s, this);
    panel->setObjectName(u"comingLaterState"_s);
    panel->setTexts(tr("Coming in a later version"), whatItWillDo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 32);
    layout->addWidget(heading);
    layout->addWidget(panel, 1);
}

} // namespace sellercrm
