// First run (issue 5): the dialog's checks, connecting with a URL and an API token, and "Open the
// demo" starting the bundled sellercrm-server — all through the real AppController, against a
// real server, under QT_QPA_PLATFORM=offscreen.
#include "AppTestServer.h"

#include "AppController.h"
#include "AppSettings.h"
#include "DashboardModel.h"
#include "components/PageStateStack.h"
#include "components/Theme.h"
#include "home/HomePage.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

class TestFirstRun final : public QObject
{
    Q_OBJECT

private:
    AppTestServer m_server;
    QTemporaryDir m_dir;

    // Runs `answer` on the first-run dialog once AppController::start() shows it (modal).
    static void whenDialogShows(std::function<void(FirstRunDialog*)> answer)
    {
        auto* poll = new QTimer(qApp);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, qApp, [poll, answer] {
            auto* dialog = qobject_cast<FirstRunDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        });
        poll->start();
    }
    static void fill(FirstRunDialog* dialog, const QString& url, const QString& token)
    {
        auto* urlEdit = dialog->findChild<QLineEdit*>(u"serverUrlEdit"_s);
        auto* tokenEdit = dialog->findChild<QLineEdit*>(u"tokenEdit"_s);
        urlEdit->clear();
        tokenEdit->clear();
        QTest::keyClicks(urlEdit, url);
        QTest::keyClicks(tokenEdit, token);
    }
    static bool homeShowsData(const AppController& controller)
    {
        auto* home = qobject_cast<HomePage*>(controller.window()->page(u"home"_s));
        return controller.dashboard()->state() == DashboardModel::State::Ready && home
               && home->states()->shown() == PageStateStack::Shown::Content && controller.window()->isVisible();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(*qApp, Theme::Mode::Light);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void badUrlOrEmptyToken_isRefusedWithAClearMessage()
    {
        FirstRunDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &FirstRunDialog::connectRequested);
        auto* connectButton = dialog.findChild<QPushButton*>(u"connectButton"_s);

        fill(&dialog, u"ftp://crm.example.com"_s, u"secret"_s);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY2(dialog.errorText().contains(u"server address"_s), qPrintable(dialog.errorText()));
        QCOMPARE(requested.count(), 0);

        fill(&dialog, u""_s, u"secret"_s);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(dialog.errorText().contains(u"server address"_s));
        QCOMPARE(requested.count(), 0);

        fill(&dialog, m_server.url().toString(), u"   "_s);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY2(dialog.errorText().contains(u"API token"_s), qPrintable(dialog.errorText()));
        QCOMPARE(requested.count(), 0);

        fill(&dialog, m_server.url().toString(), u"secret"_s);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().at(0).toUrl(), m_server.url());
        QCOMPARE(requested.constFirst().at(1).toString(), u"secret"_s);
        QVERIFY(!connectButton->isEnabled()); // busy until the app answers
    }

    void connect_withUrlAndToken_opensTheSellersHome()
    {
        QString error;
        const QString token = m_server.token(u"S1"_s, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        AppSettings settings(m_dir.filePath(u"connect.ini"_s));
        AppController controller(AppOptions{}, &settings);
        whenDialogShows([this, token](FirstRunDialog* dialog) {
            fill(dialog, m_server.url().toString(), token);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        });
        QVERIFY(!controller.start().has_value());
        QTRY_VERIFY_WITH_TIMEOUT(homeShowsData(controller), 60'000);
        QCOMPARE(controller.dashboard()->data().seller.name, u"Handmade Mugs"_s);
        QCOMPARE(settings.serverUrl(), m_server.url());
        QVERIFY(!settings.demoMode());
    }

    void openTheDemo_startsTheBundledServerWithGeneratedData()
    {
        AppSettings settings(m_dir.filePath(u"demo.ini"_s));
        AppController controller(AppOptions{}, &settings);
        DemoServer::Options demo;
        demo.dataDir = m_dir.filePath(u"demo"_s);
        demo.sellers = 7; // the generator's smallest store
        demo.buyers = 600;
        demo.orders = 4000;
        controller.setDemoOptions(demo);
        QString dialogError;
        whenDialogShows([&dialogError](FirstRunDialog* dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"demoButton"_s), Qt::LeftButton);
            // A demo that fails keeps the dialog open with its message: end it to report that.
            QTimer::singleShot(170'000, dialog, [dialog, &dialogError] {
                dialogError = dialog->errorText();
                dialog->reject();
            });
        });
        QVERIFY2(!controller.start().has_value(), qPrintable(dialogError));
        QTRY_VERIFY_WITH_TIMEOUT(homeShowsData(controller), 180'000);
        QVERIFY(settings.demoMode());
        QVERIFY(controller.dashboard()->data().segmentation.totalBuyers() > 0);
        QVERIFY(QFileInfo::exists(demo.dataDir + u"/store.sqlite"_s));
        QVERIFY(QFileInfo::exists(demo.dataDir + u"/cache.sqlite"_s));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_app_first_run.moc"
