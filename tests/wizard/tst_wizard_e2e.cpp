#include "ApiTestServer.h"
#include "WizardFixture.h"
#include "WizardHarness.h"

#include "ApiClient.h"
#include "wizard/WizardModel.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

// WIZ-8: a communication made in the wizard reaches the real sellercrm-server exactly once,
// online, and offline then online (the outbox keeps it and resends it with the same key).
class TestWizardEndToEnd final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void submittedOnlineReachesTheServerOnce_WIZ8();
    void submittedOfflineIsSentOnceWhenBackOnline_WIZ8();
    void serverRejectionShowsAtTheFieldAndResendReplacesIt_WIZ8();

private:
    // Clicks through the wizard: product promotion as a banner to the store showcase.
    QString submitThroughWizard(WizardHarness& h);
    // Clicks through the wizard: a promo code typed as `code`, as a banner.
    QString submitPromoCode(WizardHarness& h, const QString& code);
    bool confirmReview(WizardHarness& h);
    OutboxReport deliver(Outbox& outbox, const QUrl& base, bool ignoreBackoff);
    int serverCountWithKey(const QString& key);

    ApiTestServer m_server;
    QString m_token;
};

void TestWizardEndToEnd::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_token = m_server.token(u"S1"_s);
    QVERIFY(!m_token.isEmpty());
}

QString TestWizardEndToEnd::submitThroughWizard(WizardHarness& h)
{
    QSignalSpy submitted(h.page(), &WizardPage::submitted);
    if (!h.reachFormatStep(u"product_promotion"_s) || !h.fillFormat(u"product_promotion"_s, u"banner"_s))
        return {};
    if (!confirmReview(h))
        return {};
    return submitted.count() == 1 ? submitted.first().first().toString() : QString();
}

bool TestWizardEndToEnd::confirmReview(WizardHarness& h)
{
    return h.click(u"nextButton"_s) && h.model()->errors().isEmpty() && h.click(u"reviewConfirm"_s);
}

QString TestWizardEndToEnd::submitPromoCode(WizardHarness& h, const QString& code)
{
    QSignalSpy submitted(h.page(), &WizardPage::submitted);
    if (!h.click(u"createFromScratch"_s) || !h.click(u"nextButton"_s) || !h.click(u"offerType_promo_code"_s)
        || !h.type(u"discountValue"_s, u"15"_s) || !h.click(u"codeTyped"_s) || !h.type(u"promoCode"_s, code)
        || !h.click(u"nextButton"_s) || !h.fillFormat(u"promo_code"_s, u"banner"_s) || !confirmReview(h))
        return {};
    return submitted.count() == 1 ? submitted.first().first().toString() : QString();
}

OutboxReport TestWizardEndToEnd::deliver(Outbox& outbox, const QUrl& base, bool ignoreBackoff)
{
    ApiClient api(base, m_token);
    ApiClient::Options options = api.options();
    options.maxAttempts = 1;
    options.timeoutMs = 5000;
    api.setOptions(options);
    std::optional<OutboxReport> result;
    outbox.deliverDue(api, ignoreBackoff, [&result](const OutboxReport& report) { result = report; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {};
    return *result;
}

int TestWizardEndToEnd::serverCountWithKey(const QString& key)
{
    const HttpResult answer = m_server.get(u"/api/v1/communications?page_size=200"_s, m_token);
    if (answer.status != 200)
        return -1;
    int count = 0;
    for (const QJsonValue& item : answer.object().value(u"items"_s).toArray())
        if (item.toObject().value(u"idempotency_key"_s).toString() == key)
            ++count;
    return count;
}

void TestWizardEndToEnd::submittedOnlineReachesTheServerOnce_WIZ8()
{
    WizardHarness h;
    QVERIFY(h.ok());
    const QString localId = submitThroughWizard(h);
    QVERIFY(localId.startsWith(u"local:"_s));
    const QString key = h.outbox().entries().first().idempotencyKey;
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(m_server.port()));

    const OutboxReport report = deliver(h.outbox(), base, false);
    QCOMPARE(report.sent, 1);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(h.outbox().entries().first().state, u"sent"_s);
    const QString serverId = h.outbox().entries().first().resultId;
    QVERIFY(!serverId.isEmpty());
    const HttpResult created = m_server.get(u"/api/v1/communications/"_s + serverId, m_token);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(u"status"_s).toString(), u"on_moderation"_s);
    QCOMPARE(serverCountWithKey(key), 1);

    // Delivering again sends nothing: still exactly one on the server.
    const OutboxReport again = deliver(h.outbox(), base, true);
    QCOMPARE(again.sent, 0);
    QCOMPARE(serverCountWithKey(key), 1);
}

void TestWizardEndToEnd::submittedOfflineIsSentOnceWhenBackOnline_WIZ8()
{
    WizardHarness h;
    QVERIFY(h.ok());
    const QString localId = submitThroughWizard(h);
    QVERIFY(localId.startsWith(u"local:"_s));
    const QString key = h.outbox().entries().first().idempotencyKey;
    QCOMPARE(h.outbox().waitingCount(), 1);

    // Offline: a loopback port nobody listens on.
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    const OutboxReport offline = deliver(h.outbox(), QUrl(u"http://127.0.0.1:%1"_s.arg(deadPort)), true);
    QCOMPARE(offline.sent, 0);
    QCOMPARE(offline.deferred, 1);
    QCOMPARE(h.outbox().waitingCount(), 1); // still "Waiting to send"
    QCOMPARE(serverCountWithKey(key), 0);

    // Back online: sent once; a second delivery finds nothing left.
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(m_server.port()));
    const OutboxReport online = deliver(h.outbox(), base, true);
    QCOMPARE(online.sent, 1);
    QCOMPARE(h.outbox().waitingCount(), 0);
    QCOMPARE(serverCountWithKey(key), 1);
    QCOMPARE(deliver(h.outbox(), base, true).sent, 0);
    QCOMPARE(serverCountWithKey(key), 1);
}

// The server knows facts the client does not (here: a promo code made on another computer, WIZ-5
// uniqueness). Its 422 goes through the outbox's rejected state to the very field in the wizard;
// the corrected communication replaces the rejected one and reaches the server once.
void TestWizardEndToEnd::serverRejectionShowsAtTheFieldAndResendReplacesIt_WIZ8()
{
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(m_server.port()));
    {
        WizardHarness elsewhere;
        QVERIFY(elsewhere.ok());
        QVERIFY(submitPromoCode(elsewhere, u"TAKEN2026"_s).startsWith(u"local:"_s));
        QCOMPARE(deliver(elsewhere.outbox(), base, true).sent, 1);
    }

    WizardHarness h;
    QVERIFY(h.ok());
    QSignalSpy rejected(h.page(), &WizardPage::submissionRejected);
    const QString localId = submitPromoCode(h, u"TAKEN2026"_s);
    QVERIFY(localId.startsWith(u"local:"_s));
    QCOMPARE(h.page()->submitState(), WizardPage::SubmitState::WaitingToSend);
    QVERIFY(h.find<QWidget>(u"submitBanner"_s)->isVisible());
    QVERIFY(!h.find<QWidget>(u"nextButton"_s)->isVisible()); // nothing to send twice

    const OutboxReport report = deliver(h.outbox(), base, true);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(h.outbox().entries().first().state, u"rejected"_s);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().first().toString(), localId);
    QCOMPARE(h.page()->submitState(), WizardPage::SubmitState::Rejected);
    // The server's message is at the promo code field, on step 2, which is open again.
    QCOMPARE(h.model()->currentStep(), int(WizardModel::OfferStep));
    const QString atField = h.errorText(u"offer.code"_s);
    QVERIFY2(atField.contains(u"TAKEN2026"_s), qPrintable(atField));
    QVERIFY(h.find<QWidget>(u"promoCode"_s)->property("invalid").toBool());
    QVERIFY(h.find<QLabel>(u"submitState"_s)->text().contains(atField));
    QVERIFY(h.find<QWidget>(u"nextButton"_s)->isVisible());

    // The rejected row of the cache brings the same errors to "Repeat" (COM-6).
    const Outcome<CachedCommunication> cached = WizardContext::loadCommunication(h.cache(), localId);
    QVERIFY2(cached.ok(), qPrintable(cached.error()));
    QVERIFY(cached->isLocalRejection());
    QCOMPARE(cached->serverErrors.size(), 1);
    QCOMPARE(cached->serverErrors.first().field, u"offer.code"_s);

    // Corrected and sent again: the rejected entry is withdrawn, the new one reaches the server once.
    QVERIFY(h.type(u"promoCode"_s, u"FRESH2026"_s));
    QVERIFY(h.errorText(u"offer.code"_s).isEmpty());
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->currentStep(), int(WizardModel::FormatStep));
    QSignalSpy submitted(h.page(), &WizardPage::submitted);
    QVERIFY(confirmReview(h));
    QCOMPARE(submitted.count(), 1);
    const QList<OutboxEntry> entries = h.outbox().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, u"waiting"_s);
    QVERIFY(!WizardContext::loadCommunication(h.cache(), localId).ok()); // the rejected row is gone
    QCOMPARE(deliver(h.outbox(), base, true).sent, 1);
    QCOMPARE(h.page()->submitState(), WizardPage::SubmitState::OnModeration);
    QCOMPARE(serverCountWithKey(entries.first().idempotencyKey), 1);
}

QTEST_MAIN(TestWizardEndToEnd)
#include "tst_wizard_e2e.moc"
