#pragma once

#include <QString>

namespace sellercrm {

// Installs the app's and Qt's translations for a language: "ru", "en", or empty for the system
// locale. Sets QLocale's default so numbers, money and dates follow the same language.
class Translations final
{
public:
    // Returns the language actually used ("ru" or "en").
    static QString install(const QString& language);
};

} // namespace sellercrm
