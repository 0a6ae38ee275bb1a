#pragma once

#include <QColor>
#include <QHash>
#include <QString>

class QApplication;
class QFrame;
class QWidget;

namespace sellercrm {

// The one QSS theme (resources/theme/theme.qss) with a light and a dark palette. Dark is chosen
// when the OS palette is dark. Charts and painted widgets read the same colours via color().
class Theme final
{
public:
    enum class Mode { Light, Dark };
    static constexpr int tooltipDelayMs = 300; // STA-2

    static void apply(QApplication& app);
    static void apply(QApplication& app, Mode mode);
    static Mode mode();
    static QColor color(const QString& token);
    static QString styleSheet(Mode mode);

    // Marks a widget for the theme's `[role="..."]` selectors and re-polishes it.
    static void setRole(QWidget* widget, const char* role);
    static void setFlag(QWidget* widget, const char* property, bool on);
    // A white rounded card (QSS role "card") with the standard 20 px padding layout.
    static QFrame* makeCard(QWidget* parent, const QString& objectName);

private:
    static QHash<QString, QString> palette(Mode mode);
    static Mode s_mode;
};

} // namespace sellercrm
