#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace sellercrm {

// Typed access to the app's settings with their defaults. The stored `version` lets a later
// release migrate keys (migrate() runs in the constructor). Never holds the API token (SYN-1:
// the token lives in the keychain). Tests pass their own file.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    static constexpr int currentVersion = 1;

    AppSettings(); // the platform's default location
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();

    int version() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QString lastPage() const; // "home" by default
    void setLastPage(const QString& page);
    QString language() const; // empty: the system locale picks
    void setLanguage(const QString& language);
    QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);
    QString sellerId() const;
    void setSellerId(const QString& sellerId);
    bool demoMode() const;
    void setDemoMode(bool demo);
    int syncIntervalMinutes() const; // 5 by default, 1..1440
    void setSyncIntervalMinutes(int minutes);

    void sync();
    // The same store for a page's own keys (the Communications column choice, COM-2).
    QSettings* store() const { return m_settings.get(); }

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace sellercrm
