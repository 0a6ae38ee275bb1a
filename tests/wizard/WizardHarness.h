#pragma once

#include "CacheDb.h"
#include "DraftStore.h"
#include "Outbox.h"
#include "WizardFixture.h"
#include "wizard/WizardPage.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A wizard page over a real cache file (outbox and drafts in it), shown offscreen, with helpers
// that find widgets by objectName and drive them with QTest.
class WizardHarness final
{
public:
    explicit WizardHarness(const sellercrm::WizardContext& context = WizardFixture::context(),
                           const QString& cacheDir = QString());
    ~WizardHarness();

    sellercrm::WizardPage* page() const { return m_page.get(); }
    sellercrm::WizardModel* model() const;
    sellercrm::Outbox& outbox() { return *m_outbox; }
    sellercrm::DraftStore& drafts() { return *m_drafts; }
    sellercrm::CacheDb& cache() { return *m_cache; }
    bool ok() const { return m_page != nullptr; }

    template <typename T = QWidget>
    T* find(const QString& name) const
    {
        return m_page->findChild<T*>(name);
    }
    bool click(const QString& name);
    bool type(const QString& name, const QString& text); // replaces the text, like a user would
    bool typeText(const QString& name, const QString& text);
    QString errorText(const QString& field) const; // the inline message, empty when hidden
    // Clicks "Next" and checks that `field` is flagged with `code` and its message shows inline
    // (at `shownAt`, the bound parent field, when given). Empty when so, else what differs.
    QString nextFlags(const QString& field, const QString& code, const QString& shownAt = QString());
    bool clickSendDay(const QDate& day);

    // From the goal page through steps 1–2 with a valid offer of `offer` (codes of CommunicationJson.h).
    bool reachFormatStep(const QString& offer);
    // Fills step 3 validly for `format` ("mailing" / "banner").
    bool fillFormat(const QString& offer, const QString& format);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sellercrm::CacheDb> m_cache;
    std::unique_ptr<sellercrm::Outbox> m_outbox;
    std::unique_ptr<sellercrm::DraftStore> m_drafts;
    std::unique_ptr<sellercrm::WizardPage> m_page;
};
