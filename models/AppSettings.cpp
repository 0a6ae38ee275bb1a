#include "AppSettings.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {
const QString versionKey = u"version"_s;
const QString geometryKey = u"window/geometry"_s;
const QString lastPageKey = u"window/lastPage"_s;
const QString languageKey = u"ui/language"_s;
const QString serverUrlKey = u"connection/serverUrl"_s;
const QString sellerIdKey = u"connection/sellerId"_s;
const QString demoKey = u"connection/demo"_s;
const QString syncIntervalKey = u"sync/intervalMinutes"_s;
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    const int stored = m_settings->value(versionKey, 0).toInt();
    if (stored >= currentVersion)
        return;
    // Version 0 had no version key: every key kept its meaning, only the marker is added.
    m_settings->setValue(versionKey, currentVersion);
}

int AppSettings::version() const
{
    return m_settings->value(versionKey, 0).toInt();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QString AppSettings::lastPage() const
{
    return m_settings->value(lastPageKey, u"home"_s).toString();
}

void AppSettings::setLastPage(const QString& page)
{
    m_settings->setValue(lastPageKey, page);
}

QString AppSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(languageKey, language);
}

QUrl AppSettings::serverUrl() const
{
    return m_settings->value(serverUrlKey).toUrl();
}

void AppSettings::setServerUrl(const QUrl& url)
{
    m_settings->setValue(serverUrlKey, url);
}

QString AppSettings::sellerId() const
{
    return m_settings->value(sellerIdKey).toString();
}

void AppSettings::setSellerId(const QString& sellerId)
{
    m_settings->setValue(sellerIdKey, sellerId);
}

bool AppSettings::demoMode() const
{
    return m_settings->value(demoKey, false).toBool();
}

void AppSettings::setDemoMode(bool demo)
{
    m_settings->setValue(demoKey, demo);
}

int AppSettings::syncIntervalMinutes() const
{
    return std::clamp(m_settings->value(syncIntervalKey, 5).toInt(), 1, 1440);
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    m_settings->setValue(syncIntervalKey, std::clamp(minutes, 1, 1440));
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace sellercrm
