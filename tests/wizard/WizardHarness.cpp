#include "WizardHarness.h"

#include "wizard/FormatStep.h"
#include "wizard/WizardModel.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QRadioButton>
#include <QLabel>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace sellercrm;

WizardHarness::WizardHarness(const WizardContext& context, const QString& cacheDir)
{
    static int instance = 0;
    const QString dir = cacheDir.isEmpty() ? m_dir.path() : cacheDir;
    auto cache = CacheDb::open(dir + u"/cache.sqlite"_s, u"wizard-test-%1"_s.arg(++instance));
    if (!cache) {
        qWarning("cache: %s", qPrintable(cache.error()));
        return;
    }
    m_cache = std::move(cache.value());
    m_outbox = std::make_unique<Outbox>(*m_cache);
    m_drafts = std::make_unique<DraftStore>(*m_cache);
    m_page = std::make_unique<WizardPage>(context);
    m_page->setStorage(m_outbox.get(), m_drafts.get());
    m_page->resize(1280, 800);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        m_page.reset();
}

WizardHarness::~WizardHarness()
{
    m_page.reset();
    m_drafts.reset();
    m_outbox.reset();
    m_cache.reset();
}

WizardModel* WizardHarness::model() const
{
    return m_page->model();
}

bool WizardHarness::click(const QString& name)
{
    auto* button = find<QAbstractButton>(name);
    if (!button || !button->isVisible())
        return false;
    // Check boxes and radio buttons react on their indicator and label, not on the whole width.
    const bool indicator = qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, indicator ? QPoint(8, button->height() / 2) : button->rect().center());
    return true;
}

namespace {

// Replaces the text of an edit the way a user does: select all, delete, type.
template <typename Edit>
bool replaceText(Edit* edit, const QString& text)
{
    if (!edit || !edit->isVisible())
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    return true;
}

} // namespace

bool WizardHarness::type(const QString& name, const QString& text)
{
    return replaceText(find<QLineEdit>(name), text);
}

bool WizardHarness::typeText(const QString& name, const QString& text)
{
    return replaceText(find<QPlainTextEdit>(name), text);
}

QString WizardHarness::errorText(const QString& field) const
{
    const QList<QLabel*> labels = m_page->findChildren<QLabel*>(u"error:"_s + field);
    for (const QLabel* label : labels)
        if (label->isVisible())
            return label->text();
    return {};
}

QString WizardHarness::nextFlags(const QString& field, const QString& code, const QString& shownAt)
{
    if (!click(u"nextButton"_s))
        return u"no visible Next button"_s;
    const FieldError* error = model()->error(field);
    if (!error)
        return field + u" is not flagged"_s;
    if (error->code != code)
        return u"%1 is flagged %2, not %3"_s.arg(field, error->code, code);
    const QString shown = errorText(shownAt.isEmpty() ? field : shownAt);
    if (!shown.contains(error->message))
        return u"%1: the message \"%2\" is not shown (shown: \"%3\")"_s.arg(field, error->message, shown);
    return {};
}

bool WizardHarness::clickSendDay(const QDate& day)
{
    auto* calendar = find<QCalendarWidget>(u"sendCalendar"_s);
    if (!calendar || !calendar->isVisible())
        return false;
    emit calendar->clicked(day);
    return true;
}

bool WizardHarness::reachFormatStep(const QString& offer)
{
    if (!click(u"createFromScratch"_s) || !click(u"nextButton"_s))
        return false;
    if (!click(u"offerType_"_s + offer))
        return false;
    if (offer == u"promotion"_s) {
        auto* list = find<QListWidget>(u"promotionList"_s);
        if (!list || list->count() == 0)
            return false;
        list->setCurrentRow(0);
    } else if (offer == u"order_discount"_s) {
        if (!type(u"discountValue"_s, u"10"_s) || !type(u"minOrder"_s, u"1000"_s))
            return false;
    } else if (offer == u"promo_code"_s) {
        if (!type(u"discountValue"_s, u"15"_s))
            return false;
    }
    return click(u"nextButton"_s) && model()->currentStep() == WizardModel::FormatStep;
}

bool WizardHarness::fillFormat(const QString& offer, const QString& format)
{
    const QDate tomorrow = WizardFixture::today().addDays(1);
    if (format == u"mailing"_s) {
        if (!click(u"formatMailing"_s))
            return false;
        if (offer == u"product_promotion"_s && !click(u"targetShowcase"_s))
            return false;
        if (offer != u"bonuses"_s
            && (!type(u"mailingRecipients"_s, u"100"_s) || !typeText(u"mailingText"_s, u"Winter deals for you"_s)))
            return false;
        return clickSendDay(tomorrow);
    }
    if (!click(u"formatBanner"_s))
        return false;
    if (offer == u"product_promotion"_s && !click(u"targetShowcase"_s))
        return false;
    return click(u"creativeGenerated"_s) && type(u"dailyBudget"_s, u"1000"_s);
}
