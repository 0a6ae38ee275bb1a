#include "components/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QVBoxLayout>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sellercrm {

Theme::Mode Theme::s_mode = Theme::Mode::Light;

namespace {
// Fusion with the app's timings: tooltips after 300 ms (STA-2).
class ThemeStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returnData) const override
    {
        if (hint == SH_ToolTip_WakeUpDelay)
            return Theme::tooltipDelayMs;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};
} // namespace

QHash<QString, QString> Theme::palette(Mode mode)
{
    if (mode == Mode::Dark) {
        return {
            { u"window"_s, u"#11141B"_s }, { u"surface"_s, u"#1A1F29"_s }, { u"surfaceAlt"_s, u"#232A37"_s },
            { u"border"_s, u"#2C3443"_s }, { u"borderStrong"_s, u"#3C4659"_s }, { u"text"_s, u"#E8ECF3"_s },
            { u"muted"_s, u"#98A2B3"_s }, { u"accent"_s, u"#6A8BFF"_s }, { u"accentHover"_s, u"#86A0FF"_s },
            { u"accentSoft"_s, u"#22305A"_s }, { u"accentSoftHover"_s, u"#2A3A6B"_s }, { u"success"_s, u"#3CCB7F"_s },
            { u"danger"_s, u"#FF6B6B"_s }, { u"premium"_s, u"#B48CFF"_s }, { u"premiumSoft"_s, u"#2E2450"_s },
            { u"nav"_s, u"#161A22"_s }, { u"skeleton"_s, u"#2A3140"_s }, { u"shade"_s, u"rgba(0,0,0,140)"_s },
            { u"tooltipBg"_s, u"#E8ECF3"_s }, { u"tooltipText"_s, u"#11141B"_s }, { u"toastBg"_s, u"#E8ECF3"_s },
            { u"toastText"_s, u"#11141B"_s }, { u"disabledBg"_s, u"#2A3140"_s }, { u"disabledText"_s, u"#6B7588"_s },
            { u"warningSoft"_s, u"#3A2E12"_s }, { u"warningBorder"_s, u"#5C4718"_s }, { u"warningText"_s, u"#F5CF7A"_s },
            { u"scroll"_s, u"#3C4659"_s }, { u"promoFrom"_s, u"#3358E8"_s }, { u"promoTo"_s, u"#6B35D9"_s },
            { u"chart1"_s, u"#6A8BFF"_s }, { u"chart2"_s, u"#3CCB7F"_s }, { u"chart3"_s, u"#F2B84B"_s },
        };
    }
    return {
        { u"window"_s, u"#F4F6FA"_s }, { u"surface"_s, u"#FFFFFF"_s }, { u"surfaceAlt"_s, u"#F1F4F9"_s },
        { u"border"_s, u"#E3E8EF"_s }, { u"borderStrong"_s, u"#C9D2DE"_s }, { u"text"_s, u"#101828"_s },
        { u"muted"_s, u"#5B6578"_s }, { u"accent"_s, u"#2F5BFF"_s }, { u"accentHover"_s, u"#1E47E6"_s },
        { u"accentSoft"_s, u"#EAF0FF"_s }, { u"accentSoftHover"_s, u"#DCE6FF"_s }, { u"success"_s, u"#12A150"_s },
        { u"danger"_s, u"#E0393E"_s }, { u"premium"_s, u"#7A3CF0"_s }, { u"premiumSoft"_s, u"#F2EBFF"_s },
        { u"nav"_s, u"#FFFFFF"_s }, { u"skeleton"_s, u"#E6EAF0"_s }, { u"shade"_s, u"rgba(16,24,40,90)"_s },
        { u"tooltipBg"_s, u"#1D2433"_s }, { u"tooltipText"_s, u"#FFFFFF"_s }, { u"toastBg"_s, u"#1D2433"_s },
        { u"toastText"_s, u"#FFFFFF"_s }, { u"disabledBg"_s, u"#E3E8EF"_s }, { u"disabledText"_s, u"#98A2B3"_s },
        { u"warningSoft"_s, u"#FFF7E0"_s }, { u"warningBorder"_s, u"#F5DFA0"_s }, { u"warningText"_s, u"#7A5300"_s },
        { u"scroll"_s, u"#C9D2DE"_s }, { u"promoFrom"_s, u"#2F5BFF"_s }, { u"promoTo"_s, u"#7A3CF0"_s },
        { u"chart1"_s, u"#2F5BFF"_s }, { u"chart2"_s, u"#12A150"_s }, { u"chart3"_s, u"#E8A020"_s },
    };
}

QString Theme::styleSheet(Mode mode)
{
    QFile file(u":/theme/theme.qss"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString qss = QString::fromUtf8(file.readAll());
    const auto tokens = palette(mode);
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        qss.replace(u'@' + it.key() + u'@', it.value());
    return qss;
}

void Theme::apply(QApplication& app)
{
    const QPalette system = QApplication::palette();
    const bool dark = system.color(QPalette::Window).lightness() < system.color(QPalette::WindowText).lightness();
    apply(app, dark ? Mode::Dark : Mode::Light);
}

void Theme::apply(QApplication& app, Mode mode)
{
    s_mode = mode;
    QApplication::setStyle(new ThemeStyle(QStyleFactory::create(u"Fusion"_s)));
    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Window, color(u"window"_s));
    pal.setColor(QPalette::Base, color(u"surface"_s));
    pal.setColor(QPalette::WindowText, color(u"text"_s));
    pal.setColor(QPalette::Text, color(u"text"_s));
    pal.setColor(QPalette::ButtonText, color(u"text"_s));
    pal.setColor(QPalette::Button, color(u"surface"_s));
    pal.setColor(QPalette::Highlight, color(u"accent"_s));
    pal.setColor(QPalette::ToolTipBase, color(u"tooltipBg"_s));
    pal.setColor(QPalette::ToolTipText, color(u"tooltipText"_s));
    pal.setColor(QPalette::PlaceholderText, color(u"muted"_s));
    QApplication::setPalette(pal);
    app.setStyleSheet(styleSheet(mode));
}

Theme::Mode Theme::mode()
{
    return s_mode;
}

QColor Theme::color(const QString& token)
{
    return QColor(palette(s_mode).value(token, u"#FF00FF"_s));
}

void Theme::setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void Theme::setFlag(QWidget* widget, const char* property, bool on)
{
    widget->setProperty(property, on);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QFrame* Theme::makeCard(QWidget* parent, const QString& objectName)
{
    auto* card = new QFrame(parent);
    card->setObjectName(objectName);
    setRole(card, "card");
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 18, 20, 20);
    layout->setSpacing(12);
    return card;
}

} // namespace sellercrm
