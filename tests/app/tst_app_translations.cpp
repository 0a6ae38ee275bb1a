// Russian everywhere (issue 5 item 8): with the compiled Russian translation loaded, every page the
// window mounts is opened over a real synced cache, and
//  - every tr() string the pages asked for has a Russian translation in the .qm, and
//  - every visible label, button, tab, placeholder and menu text is Russian, or is data from the
//    cache (names, IDs) or has no words at all (numbers, dates, money).
// Under QT_QPA_PLATFORM=offscreen.
#include "AppTestFixture.h"
#include "PageLook.h"

#include "Translations.h"
#include "components/PageStateStack.h"
#include "components/Theme.h"
#include "shell/MainWindow.h"
#include "shell/NavigationPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace sellercrm;
using namespace sellercrm::test;

namespace {

// Installed last, so asked first: notes every (context, source) looked up and lets the next
// translator answer.
class RecordingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(n)
        if (context && source && QByteArrayView(context).startsWith("sellercrm::"))
            asked.insert({ QByteArray(context), QByteArray(source), QByteArray(disambiguation) });
        return {};
    }
    struct Lookup
    {
        QByteArray context, source, disambiguation;
        friend bool operator==(const Lookup&, const Lookup&) = default;
        friend size_t qHash(const Lookup& l, size_t seed = 0) { return qHashMulti(seed, l.context, l.source, l.disambiguation); }
    };
    mutable QSet<Lookup> asked;
};

} // namespace

class TestAppTranslations final : public QObject
{
    Q_OBJECT

private:
    AppTestFixture m_fixture;
    QTranslator m_russian;
    RecordingTranslator m_recorder;
    QStringList m_data; // names and IDs of the cache: shown as they are in every language

    QStringList visibleTexts(QWidget* root) const
    {
        QStringList texts;
        const auto add = [&texts](const QString& text) {
            const QString plain = QTextDocumentFragment::fromHtml(text).toPlainText().simplified();
            if (!plain.isEmpty())
                texts << plain;
        };
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(root->window()))
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                add(label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                add(button->text().remove(u'&'));
            else if (auto* edit = qobject_cast<QLineEdit*>(widget))
                add(edit->placeholderText());
            else if (auto* combo = qobject_cast<QComboBox*>(widget))
                add(combo->currentText());
            else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i).remove(u'&'));
            }
            if (!widget->toolTip().isEmpty())
                add(widget->toolTip());
        }
        return texts;
    }

    // Russian, data, or no words: what is left after removing the cache's names has no Latin word.
    bool isRussianOrData(QString text) const
    {
        for (const QString& name : m_data)
            text.remove(name);
        static const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
        static const QStringList allowed = { u"SKU"_s, u"CSV"_s, u"ID"_s, u"PNG"_s, u"Premium"_s, u"Plus"_s,
                                             u"Seller"_s, u"CRM"_s, u"Qt"_s };
        QRegularExpressionMatchIterator words = latinWord.globalMatch(text);
        while (words.hasNext()) {
            if (!allowed.contains(words.next().captured()))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        Theme::apply(*qApp, Theme::Mode::Light);
        QString error;
        QVERIFY2(m_fixture.prepare({ u"S1"_s }, &error), qPrintable(error));
        QVERIFY2(m_fixture.sendCommunication(u"S1"_s, AppTestFixture::mailingRequest(u"top"_s, u"New arrivals"_s), &error),
                 qPrintable(error));
        QCOMPARE(Translations::install(u"ru"_s), u"ru"_s);
        QVERIFY(m_russian.load(u":/i18n/sellercrm_ru.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&m_recorder));

        auto cache = CacheDb::open(m_fixture.cachePath(u"S1"_s), u"names"_s, CacheDb::Access::ReadOnly);
        QVERIFY(cache);
        QSqlQuery query(cache.value()->connection());
        for (const QString& sql : { u"SELECT name FROM seller"_s, u"SELECT name FROM products"_s,
                                    u"SELECT name FROM categories"_s, u"SELECT name FROM collections"_s,
                                    u"SELECT name FROM promotions"_s, u"SELECT name FROM communications"_s,
                                    u"SELECT id FROM buyers"_s, u"SELECT DISTINCT region FROM buyers"_s,
                                    u"SELECT sku FROM products"_s, u"SELECT id FROM products"_s }) {
            QVERIFY2(query.exec(sql), qPrintable(sql));
            while (query.next()) {
                if (!query.value(0).toString().isEmpty())
                    m_data << query.value(0).toString();
            }
        }
        // Longest first, so a name is removed before a shorter one inside it.
        std::sort(m_data.begin(), m_data.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }

    void everyPage_isRussian_data()
    {
        QTest::addColumn<QString>("pageId");
        for (const QString& id : { u"home"_s, u"segments"_s, u"segment:top"_s, u"segment:at_risk"_s,
                                   u"segment:interested_products"_s, u"portrait"_s, u"buyers"_s,
                                   u"communications"_s })
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyPage_isRussian()
    {
        QFETCH(QString, pageId);
        AppTestFixture::Models models = m_fixture.open(u"S1"_s);
        m_recorder.asked.clear();
        MainWindow window(models.dashboard.get(), models.settings.get());
        window.setCache(models.cache.get());
        window.resize(1440, 900);
        window.show();
        QVERIFY(window.showPage(pageId));
        QWidget* page = window.page(pageId);
        const auto* states = page->findChild<PageStateStack*>();
        QTRY_VERIFY(!states
                    || (states->shown() != PageStateStack::Shown::Blank && states->shown() != PageStateStack::Shown::Skeleton));
        QTest::qWait(300); // counts and charts that arrive a moment later

        QStringList untranslated;
        for (const RecordingTranslator::Lookup& lookup : std::as_const(m_recorder.asked)) {
            const char* disambiguation = lookup.disambiguation.isEmpty() ? nullptr : lookup.disambiguation.constData();
            if (m_russian.translate(lookup.context.constData(), lookup.source.constData(), disambiguation).isEmpty())
                untranslated << QString::fromUtf8(lookup.context + " | " + lookup.source);
        }
        QStringList english;
        QStringList shown = visibleTexts(page);
        shown << visibleTexts(window.navigation());
        for (QAction* menu : window.menuBar()->actions()) {
            shown << menu->text().remove(u'&');
            for (QAction* action : menu->menu()->actions())
                shown << action->text().remove(u'&');
        }
        for (const QString& text : std::as_const(shown)) {
            if (!isRussianOrData(text))
                english << text;
        }
        untranslated.sort();
        english.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"\nNo Russian in the .qm for:\n  "_s + untranslated.join(u"\n  "_s)));
        QVERIFY2(english.isEmpty(), qPrintable(u"\nShown in English:\n  "_s + english.join(u"\n  "_s)));
    }

    void dashboardPages_showWholeTitlesInRussian_STA3_data()
    {
        addDashboardPageRows();
    }
    void dashboardPages_showWholeTitlesInRussian_STA3()
    {
        // The Regular card of the Segments page is S1's key segment: its badge must not leave the
        // longer Russian name too little room ("Постоянные по…").
        QFETCH(QString, pageId);
        AppTestFixture::Models models = m_fixture.open(u"S1"_s);
        MainWindow window(models.dashboard.get(), models.settings.get());
        window.setCache(models.cache.get());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(pageId));
        QWidget* page = window.page(pageId);
        if (showsContent(page))
            QVERIFY(!page->findChildren<ElidedLabel*>().isEmpty());
        QApplication::processEvents();
        const QStringList elided = elidedTexts(page);
        QVERIFY2(elided.isEmpty(), qPrintable(u"Elided: "_s + elided.join(u", "_s)));
    }
};

QTEST_MAIN(TestAppTranslations)
#include "tst_app_translations.moc"
