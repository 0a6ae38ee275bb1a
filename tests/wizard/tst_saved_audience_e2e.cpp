// POR-2 end to end: a narrowed audience saved on the real Buyer portrait page reaches the real
// sellercrm-server through the outbox, arrives in the cache by a sync, is chosen in step 1 of the
// real wizard (recipients and cost follow its count), and the communication the wizard queues is
// stored by the server exactly once, naming that audience.
#include "ApiTestServer.h"
#include "WizardFixture.h"
#include "WizardHarness.h"

#include "ApiClient.h"
#include "SyncSession.h"
#include "portrait/ConditionBuilder.h"
#include "portrait/PortraitChartSettings.h"
#include "portrait/PortraitModel.h"
#include "portrait/PortraitPage.h"
#include "portrait/SaveAudienceDialog.h"
#include "wizard/WizardModel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sellercrm;

class TestSavedAudienceEndToEnd final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedOnThePortraitChosenInTheWizardStoredOnce_POR2_WIZ4_WIZ8();

private:
    bool sync(CacheDb& cache);
    qint64 serverScalar(const QString& sql);

    ApiTestServer m_server;
    QString m_token;
    QUrl m_base;
};

void TestSavedAudienceEndToEnd::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    m_token = m_server.token(u"S1"_s);
    QVERIFY(!m_token.isEmpty());
    m_base = QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.port()));
    QVERIFY(m_server.sql().isOpen() || m_server.sql().open());
}

bool TestSavedAudienceEndToEnd::sync(CacheDb& cache)
{
    ApiClient api(m_base, m_token);
    SyncSession session(cache, api);
    const SyncReport report = session.runToCompletion();
    if (!report.ok)
        qWarning() << report.message;
    return report.ok;
}

qint64 TestSavedAudienceEndToEnd::serverScalar(const QString& sql)
{
    QSqlQuery query(m_server.sql());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestSavedAudienceEndToEnd::savedOnThePortraitChosenInTheWizardStoredOnce_POR2_WIZ4_WIZ8()
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"cache.sqlite"_s);
    auto opened = CacheDb::open(cachePath, u"saved-audience-e2e"_s);
    QVERIFY2(opened, qPrintable(opened.error()));
    std::unique_ptr<CacheDb> cache = std::move(opened).value();
    QVERIFY(sync(*cache));

    // The portrait page: Regular + New buyers, women OR from Moscow.
    PortraitModel model;
    model.setLoader(PortraitModel::cacheLoader(cachePath));
    PortraitChartSettings settings(dir.filePath(u"settings.ini"_s));
    PortraitPage page(&model, &settings);
    page.resize(1280, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), PortraitModel::State::Ready, 20000);
    QVERIFY(page.chooseAudience(u"own"_s));
    page.conditionBuilder()->setConditions(PortraitConditions::group(
        PortraitConditions::Op::Or, {PortraitConditions::among(PortraitConditions::Kind::Gender, {u"f"_s}),
                                     PortraitConditions::among(PortraitConditions::Kind::Region, {u"Moscow"_s})}));

    QSignalSpy requested(&page, &PortraitPage::saveAudienceRequested);
    auto* saveButton = page.findChild<QPushButton*>(u"saveAudienceButton"_s);
    QVERIFY(saveButton);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    SaveAudienceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<SaveAudienceDialog*>(u"saveAudienceDialog"_s)) && dialog->isVisible());
    auto* name = dialog->findChild<QLineEdit*>(u"audienceName"_s);
    auto* confirm = dialog->findChild<QPushButton*>(u"saveAudience"_s);
    QVERIFY(name && confirm);
    // An empty name is refused in the dialog.
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    QVERIFY(dialog->findChild<QWidget*>(u"audienceNameError"_s)->isVisible());
    QTest::keyClicks(name, u"  Women or Moscow "_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const QJsonObject request = requested.first().first().toJsonObject();
    QCOMPARE(request.value(u"name"_s).toString(), u"Women or Moscow"_s);
    QCOMPARE(request.value(u"segments"_s).toArray(), (QJsonArray{u"regular"_s, u"new"_s}));
    QCOMPARE(request.value(u"conditions"_s).toObject().value(u"op"_s).toString(), u"or"_s);

    // What the app does with it: the outbox, then a sync sends it and brings it back.
    Outbox outbox(*cache);
    QVERIFY(outbox.enqueueCreateAudience(request));
    QVERIFY(sync(*cache));
    const qint64 own = serverScalar(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = 'S1'"
                                    " AND segment IN ('regular', 'new') AND (gender = 'f' OR region = 'Moscow')"_s);
    QVERIFY(own > 0);
    QSqlQuery cached(cache->connection());
    QVERIFY(cached.exec(u"SELECT id, name, own_buyers, local_state FROM saved_audiences"_s));
    QVERIFY(cached.next());
    const QString audienceId = cached.value(0).toString();
    QVERIFY(audienceId.startsWith(u'A'));
    QCOMPARE(cached.value(1).toString(), u"Women or Moscow"_s);
    QCOMPARE(cached.value(2).toLongLong(), own);
    QVERIFY(cached.value(3).isNull());
    QVERIFY(!cached.next());
    cached.finish();

    // Step 1 of the wizard offers it; recipients and cost follow its count.
    QString error;
    const std::optional<WizardContext> context = WizardContext::load(*cache, WizardFixture::today(), &error);
    QVERIFY2(context, qPrintable(error));
    QCOMPARE(context->savedAudiences.size(), 1);
    WizardHarness h(*context, dir.path());
    QVERIFY(h.ok());
    QVERIFY(h.click(u"createFromScratch"_s));
    auto* choice = h.find<QComboBox>(u"savedAudience"_s);
    QVERIFY(choice);
    QVERIFY(choice->isEnabled());
    QCOMPARE(choice->count(), 2);
    QVERIFY(choice->itemText(1).startsWith(u"Women or Moscow"_s));
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(h.model()->communication().audience.savedAudienceId, audienceId);
    QVERIFY(h.model()->communication().audience.segments.empty());
    QCOMPARE(h.model()->audienceSize().own, own);
    QVERIFY(h.model()->audienceTitle().contains(u"Women or Moscow"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QCOMPARE(h.model()->currentStep(), int(WizardModel::OfferStep)); // a saved audience is a valid WIZ-4 audience
    QVERIFY(h.click(u"offerType_product_promotion"_s));
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY(h.fillFormat(u"product_promotion"_s, u"banner"_s));
    QSignalSpy submitted(h.page(), &WizardPage::submitted);
    QVERIFY(h.click(u"nextButton"_s));
    QVERIFY2(h.model()->errors().isEmpty(), qPrintable(h.model()->errors().value(0).field));
    QVERIFY(h.click(u"reviewConfirm"_s));
    QCOMPARE(submitted.count(), 1);

    // The sync sends the queued communication; the server has it once, naming the audience.
    QVERIFY(sync(*cache));
    QVERIFY(sync(*cache)); // a second run sends nothing again
    const HttpResult listed = m_server.get(u"/api/v1/communications?page_size=200"_s, m_token);
    QCOMPARE(listed.status, 200);
    int naming = 0;
    QJsonObject stored;
    for (const QJsonValue& item : listed.object().value(u"items"_s).toArray()) {
        if (item.toObject().value(u"audience"_s).toObject().value(u"saved_audience_id"_s).toString() == audienceId) {
            ++naming;
            stored = item.toObject();
        }
    }
    QCOMPARE(naming, 1);
    QCOMPARE(stored.value(u"status"_s).toString(), u"on_moderation"_s);
    QCOMPARE(stored.value(u"recipients"_s).toInteger(), own); // a banner reaches the whole audience
    QCOMPARE(h.outbox().entries().constLast().state, u"sent"_s);
}

QTEST_MAIN(TestSavedAudienceEndToEnd)
#include "tst_saved_audience_e2e.moc"
