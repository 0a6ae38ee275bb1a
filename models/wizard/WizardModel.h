#pragma once

#include "BonusPricing.h"
#include "Communication.h"
#include "FieldError.h"
#include "FormatRules.h"
#include "Outcome.h"
#include "RecommendedActions.h"
#include "wizard/WizardContext.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace sellercrm {

class DraftStore;
class Outbox;

// The live forecast of a banner (WIZ-6): impressions per day = daily budget / CPM, reach =
// min(audience, impressions over the period / impressions per buyer) — the server's model of
// POST /banner-forecasts, computed here so it updates on every keystroke, also offline.
struct BannerForecast final
{
    static constexpr qint64 cpmKopecks = 15'000;
    static constexpr int impressionsPerBuyer = 3;
    int days = 0;
    qint64 impressions = 0;
    qint64 reach = 0;
    qint64 spendKopecks = 0;
};

// The state of the communication wizard (WIZ-2, WIZ-3, WIZ-7, WIZ-9): the communication being
// made, which steps are confirmed, the step shown, the highlighted field errors. Every rule comes
// from domain/ (CommunicationValidator, FormatRules, BonusPricing); this class only decides when
// to apply them. Field ids are those of CommunicationJson.h, so a 422 answer maps back here.
class WizardModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardModel)

public:
    enum Step { AudienceStep = 0, OfferStep = 1, FormatStep = 2 };
    static constexpr int stepCount = 3;

    explicit WizardModel(WizardContext context, QObject* parent = nullptr);
    ~WizardModel() override;

    const WizardContext& context() const { return m_context; }
    const Communication& communication() const { return m_communication; }
    QString goal() const { return m_goal; }
    void setGoal(const QString& goal);

    // Editing. Each setter clears the highlights of the fields whose value changed (WIZ-3) and
    // re-validates the confirmed steps after it (WIZ-7).
    void setAudience(const Audience& audience);
    void setOffer(const Offer& offer);
    void setFormat(const Format& format);
    void setName(const QString& name);
    bool isOfferChosen() const { return m_offerChosen; }

    // Steps (WIZ-2).
    int currentStep() const { return m_current; }
    bool isConfirmed(int step) const { return m_confirmed.at(size_t(step)); }
    bool canOpen(int step) const; // confirmed steps and the first unconfirmed one
    bool openStep(int step);
    // "Next" (never disabled, WIZ-3): highlights every invalid field of the current step, or
    // confirms it and moves on. True when the step was confirmed.
    bool next();
    QString stepTitle(int step) const;
    QString stepSummary(int step) const; // "Not filled" or the choice
    static int stepOfField(const QString& field);

    // Validation through domain/.
    FieldErrors validateStep(int step) const;
    FieldErrors validateAll() const;
    const FieldErrors& errors() const { return m_errors; }
    const FieldError* error(const QString& field) const { return findFieldError(m_errors, field); }
    void clearError(const QString& field);
    // Errors from elsewhere (the server's 422): shown at their fields, the first one's step opened.
    void showErrors(const FieldErrors& errors);

    // What the summary panel and step 3 show.
    AudienceSize audienceSize() const;
    ValidationContext validationContext() const;
    FormatAvailability availability(FormatType format) const;
    BonusCampaign bonusCampaign() const;
    std::optional<BonusCost> bonusCost() const;
    BannerForecast bannerForecast() const;
    qint64 recipients() const; // of the mailing, the bonus campaign or the banner's reach
    QString offerTitle() const;
    QString audienceTitle() const;
    QString targetTitle() const;

    // Prefill (SEG-8, COM-6).
    void prefill(const RecommendedAction& action);
    // COM-6 "Repeat": everything filled; the steps that still validate are confirmed and the first
    // one that does not is opened with its fields flagged. A promo code is drawn anew (codes are
    // unique per seller, the old one belongs to the original).
    void prefillFrom(const Communication& communication);
    // As prefillFrom; for a communication the server rejected (WIZ-8) the server's field errors
    // are shown at their fields and sending the corrected one withdraws the rejected entry.
    void repeat(const CachedCommunication& cached);
    // WIZ-8: the server rejected the queued communication `communicationId` ("local:<key>")
    // with `errors` (its field errors, possibly none): they are shown at their fields, the first
    // one's step opens, and the next submission replaces the rejected entry.
    void rejectedByServer(const QString& communicationId, const FieldErrors& errors);
    QString replacesRejected() const { return m_replacesRejected; }

    // Drafts (WIZ-9).
    QJsonObject toDraft() const;
    bool restoreDraft(const QJsonObject& draft);
    QString draftId() const { return m_draftId; }
    void setDraftId(const QString& id) { m_draftId = id; }
    Outcome<QString> saveDraft(DraftStore& drafts);

    // WIZ-8: validates everything, queues the create in the outbox (idempotency key), removes the
    // draft and withdraws the rejected communication this one corrects. Returns the id of the
    // "Waiting to send" row, or the reason it was not queued.
    Outcome<QString> submit(Outbox& outbox, DraftStore* drafts);

signals:
    void changed();
    void errorsChanged();
    void stepChanged(int step);

private:
    void revalidateAfter(int step);
    void dropErrorsOfChangedFields(const QJsonObject& before, const QJsonObject& after, const QString& prefix);
    void setErrors(FieldErrors errors);
    void confirmValidSteps();

    WizardContext m_context;
    Communication m_communication;
    QString m_goal;
    bool m_offerChosen = false;
    std::array<bool, stepCount> m_confirmed { false, false, false };
    int m_current = AudienceStep;
    FieldErrors m_errors;
    QString m_draftId;
    QString m_replacesRejected; // "local:<key>" of the rejected communication being corrected
};

} // namespace sellercrm
