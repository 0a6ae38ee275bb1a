#pragma once

#include <QPixmap>
#include <QSize>
#include <QString>
#include <QStringList>

namespace sellercrm {

struct WizardContext;

// `--grab wizard:goal|wizard:1|wizard:2|wizard:3|wizard:review`: renders the wizard in that state
// with a representative communication (an At risk promo code mailing, the SEG-8 recommendation)
// over the seller's cached data. A null pixmap for an unknown name.
QStringList wizardGrabNames();
QPixmap grabWizardPage(const QString& name, const WizardContext& context, QSize size = QSize(1440, 900));

} // namespace sellercrm
