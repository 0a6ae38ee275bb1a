#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sellercrm {

QString Translations::install(const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::Russian ? u"ru"_s : u"en"_s;
    if (chosen != u"ru"_s)
        chosen = u"en"_s;
    QLocale::setDefault(chosen == u"ru"_s ? QLocale(QLocale::Russian, QLocale::Russia)
                                          : QLocale(QLocale::English, QLocale::UnitedStates));
    if (chosen == u"ru"_s) {
        auto* app = new QTranslator(QCoreApplication::instance());
        if (app->load(u":/i18n/sellercrm_ru.qm"_s))
            QCoreApplication::installTranslator(app);
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(QLocale::Russian), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return chosen;
}

} // namespace sellercrm
