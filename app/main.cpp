#include "AppController.h"
#include "AppOptions.h"
#include "AppSettings.h"
#include "HeadlessCommand.h"
#include "Translations.h"
#include "components/Theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    using namespace sellercrm;
    // Set before the window-less commands too: their default cache folder is the app's.
    QCoreApplication::setOrganizationName(QStringLiteral("SellerCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("sellercrm"));
    // Window-less commands (--sync, --export-snapshot) run without a display.
    {
        QCoreApplication core(argc, argv);
        if (const auto exitCode = runHeadlessCommand(QCoreApplication::arguments()))
            return *exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Seller CRM"));
    QApplication::setApplicationVersion(QStringLiteral(SELLERCRM_VERSION));

    QString error;
    QString help;
    const std::optional<AppOptions> options = AppOptions::parse(QApplication::arguments(), &error, &help);
    if (!options) {
        const QStringList args = QApplication::arguments();
        const bool asked = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))
                           || args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"));
        QTextStream(asked ? stdout : stderr) << error << Qt::endl;
        return asked ? 0 : 2;
    }
    AppSettings settings;
    Translations::install(options->language.isEmpty() ? settings.language() : options->language);
    Theme::apply(app);
    app.setEffectEnabled(Qt::UI_AnimateTooltip, false);

    AppController controller(*options, &settings);
    if (const auto exitCode = controller.start())
        return *exitCode;
    return QApplication::exec();
}
