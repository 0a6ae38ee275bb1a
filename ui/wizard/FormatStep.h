#pragma once

#include "Communication.h"
#include "SendCalendar.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCalendarWidget;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QToolButton;

namespace sellercrm {

class FieldErrorBinder;
class ImageDropArea;
class WizardModel;

// WIZ-6 step 3: mailing or banner, the link, and their fields. Placeholders replace a format the
// plan, the quota or the audience forbid (FormatRules); the calendar disables days with the
// reason in the tooltip (SendCalendar); counters, image checks, a live push and chat preview,
// the read-only bonus template; the banner's generated creative keeps the last two generations.
class FormatStep final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormatStep)

public:
    FormatStep(WizardModel* model, FieldErrorBinder* errors, QWidget* parent = nullptr);
    void load();

    SendCalendarRules calendarRules() const;
    QString sendDayToolTip(QDate day) const;
    QImage creative() const { return m_creativeIndex >= 0 ? m_creatives.at(m_creativeIndex) : QImage(); }
    int creativeHistorySize() const { return int(m_creatives.size()); }

signals:
    void generationFailed(const QString& reason);
    void imageRejected(const QString& reason);

private:
    QWidget* buildTargetBox(FieldErrorBinder* errors);
    QWidget* buildMailingPage(FieldErrorBinder* errors);
    QWidget* buildBannerPage(FieldErrorBinder* errors);
    void fillProducts();
    void updateCalendar();
    void updatePreview();
    void updateForecast();
    void generateCreative();
    void showCreative();
    void store();

    WizardModel* m_model;
    bool m_loading = false;
    QButtonGroup* m_formats;
    QLabel* m_warning;
    QFrame* m_placeholder;
    QLabel* m_placeholderText;
    QPushButton* m_useBanner;
    QStackedWidget* m_pages;
    // Link.
    QLabel* m_targetFixed;
    QWidget* m_targetChooser;
    QButtonGroup* m_targets;
    QLineEdit* m_productSearch;
    QComboBox* m_productCategory;
    QListWidget* m_productList;
    QComboBox* m_collection;
    // Mailing.
    QLabel* m_bonusTemplate;
    QWidget* m_mailingContent;
    QWidget* m_recipientsBox;
    QLineEdit* m_recipients;
    QLabel* m_recipientsHint;
    QCalendarWidget* m_calendar;
    QLabel* m_sendDateHint;
    QDate m_sendDate;
    QLineEdit* m_title;
    QLabel* m_titleCounter;
    QPlainTextEdit* m_text;
    QLabel* m_textCounter;
    ImageDropArea* m_mailingImageDrop;
    QPushButton* m_removeImage = nullptr; // shown only with an image
    std::optional<ImageMeta> m_mailingImage;
    QLabel* m_pushPreview;
    QLabel* m_chatPreview;
    // Banner.
    QButtonGroup* m_creativeKinds;
    QLabel* m_creativePreview;
    QToolButton* m_creativeBack;
    QList<QImage> m_creatives; // the last two generations, oldest first
    int m_creativeIndex = -1;
    int m_generation = 0;
    QWidget* m_uploadBox;
    QWidget* m_generatedBox;
    ImageDropArea* m_bannerDrop;
    std::optional<ImageMeta> m_bannerImage;
    QLineEdit* m_legal;
    QLabel* m_legalCounter;
    QDateEdit* m_bannerStart;
    QDateEdit* m_bannerEnd;
    QLineEdit* m_budget;
    QLabel* m_forecast;
    QLabel* m_placements;
};

} // namespace sellercrm
