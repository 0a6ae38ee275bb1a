#include "wizard/WizardGrab.h"

#include "DraftStore.h"
#include "RecommendedActions.h"
#include "wizard/GoalPage.h"
#include "wizard/ReviewDrawer.h"
#include "wizard/WizardModel.h"
#include "wizard/WizardPage.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace sellercrm {

QStringList wizardGrabNames()
{
    return { u"wizard:goal"_s, u"wizard:1"_s, u"wizard:2"_s, u"wizard:3"_s, u"wizard:review"_s };
}

namespace {

// The representative communication: the At risk recommendation (SEG-8), a promo code mailing
// with its text written.
RecommendedAction representativeAction()
{
    return RecommendedActions::tableAction(SubSegment::AtRisk, true);
}

void writeMailing(WizardModel* model)
{
    Format format = model->communication().format;
    format.mailing.recipients = int(std::min<qint64>(
        model->audienceSize().own, std::max<qint64>(1, maxMailingRecipients(OfferType::PromoCode, model->validationContext()))));
    format.mailing.title = QApplication::translate("sellercrm::WizardGrab", "We miss you");
    format.mailing.text = QApplication::translate("sellercrm::WizardGrab",
                                                  "Come back for your favourites: a personal promo code inside.");
    model->setFormat(format);
}

// The goal page shows the seller's drafts (WIZ-9): one left at step 3 this morning.
Draft representativeDraft(const WizardContext& context)
{
    WizardModel model(context);
    model.prefill(representativeAction());
    writeMailing(&model);
    Draft draft;
    draft.id = u"grab"_s;
    draft.kind = u"communication"_s;
    draft.title = model.offerTitle();
    draft.data = model.toDraft();
    draft.updatedAt = QDateTime(context.today, QTime(10, 30));
    draft.createdAt = draft.updatedAt;
    return draft;
}

} // namespace

QPixmap grabWizardPage(const QString& name, const WizardContext& context, QSize size)
{
    if (!wizardGrabNames().contains(name))
        return {};
    WizardPage page(context);
    page.resize(size);
    if (name == u"wizard:goal"_s) {
        page.goalPage()->setDrafts({ representativeDraft(context) });
    } else {
        page.openRecommended(representativeAction());
        WizardModel* model = page.model();
        writeMailing(model);
        if (name == u"wizard:1"_s)
            model->openStep(WizardModel::AudienceStep);
        else if (name == u"wizard:2"_s)
            model->openStep(WizardModel::OfferStep);
    }
    page.show();
    QApplication::processEvents();
    if (name == u"wizard:review"_s && page.model()->next())
        page.review()->open();
    QApplication::processEvents();
    return page.grab();
}

} // namespace sellercrm
