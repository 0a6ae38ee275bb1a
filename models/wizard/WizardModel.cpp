#include "wizard/WizardModel.h"

#include "CommunicationJson.h"
#include "CommunicationValidator.h"
#include "DraftStore.h"
#include "OfferTitles.h"
#include "Outbox.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {

constexpr auto draftKind = "communication";

QString topMember(const QString& field, const QString& prefix)
{
    QString rest = field.mid(prefix.size() + 1);
    const qsizetype cut = rest.indexOf(QRegularExpression(u"[.\\[]"_s));
    return cut < 0 ? rest : rest.left(cut);
}

} // namespace

WizardModel::WizardModel(WizardContext context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    m_communication.audience = Audience::allOwnBuyers(); // WIZ-4 default
    m_communication.format.type = FormatType::Mailing;
}

WizardModel::~WizardModel() = default;

void WizardModel::setGoal(const QString& goal)
{
    m_goal = goal;
    emit changed();
}

void WizardModel::setAudience(const Audience& audience)
{
    if (audience == m_communication.audience)
        return;
    const QJsonObject before = audienceToJson(m_communication.audience);
    m_communication.audience = audience;
    dropErrorsOfChangedFields(before, audienceToJson(audience), u"audience"_s);
    revalidateAfter(AudienceStep);
    emit changed();
}

void WizardModel::setOffer(const Offer& offer)
{
    if (offer == m_communication.offer && m_offerChosen)
        return;
    const QJsonObject before = offerToJson(m_communication.offer);
    const bool typeChanged = !m_offerChosen || offer.type != m_communication.offer.type;
    m_communication.offer = offer;
    m_offerChosen = true;
    if (typeChanged) {
        // The link of a promotion or bonus offer is fixed (WIZ-6): forget a link chosen for another type.
        if (fixedTargetPage(offer.type)) {
            m_communication.format.target.reset();
            m_communication.format.targetId.clear();
        }
        m_errors.removeIf([](const FieldError& e) { return stepOfField(e.field) == OfferStep; });
        emit errorsChanged();
    } else {
        dropErrorsOfChangedFields(before, offerToJson(offer), u"offer"_s);
    }
    revalidateAfter(OfferStep);
    emit changed();
}

void WizardModel::setFormat(const Format& format)
{
    if (format == m_communication.format)
        return;
    const QJsonObject before = formatToJson(m_communication.format);
    m_communication.format = format;
    dropErrorsOfChangedFields(before, formatToJson(format), u"format"_s);
    if (isConfirmed(FormatStep) && !validateStep(FormatStep).isEmpty())
        m_confirmed[FormatStep] = false;
    emit changed();
}

void WizardModel::setName(const QString& name)
{
    m_communication.name = name;
    emit changed();
}

void WizardModel::dropErrorsOfChangedFields(const QJsonObject& before, const QJsonObject& after, const QString& prefix)
{
    const qsizetype count = m_errors.size();
    m_errors.removeIf([&](const FieldError& e) {
        if (e.field == prefix) // the whole part, e.g. "audience": no buyers chosen
            return before != after;
        if (!e.field.startsWith(prefix + u'.'))
            return false;
        const QString member = topMember(e.field, prefix);
        return before.value(member) != after.value(member) || member == u"type"_s;
    });
    if (m_errors.size() != count)
        emit errorsChanged();
}

void WizardModel::revalidateAfter(int step)
{
    // The edited step stays confirmed only while it is still valid.
    if (isConfirmed(step) && !validateStep(step).isEmpty())
        m_confirmed[size_t(step)] = false;
    // WIZ-7: a confirmed later step is checked again; what no longer holds is flagged at its field.
    bool flagged = false;
    for (int later = step + 1; later < stepCount; ++later) {
        if (!isConfirmed(later))
            continue;
        const FieldErrors errors = validateStep(later);
        if (errors.isEmpty())
            continue;
        m_confirmed[size_t(later)] = false;
        for (const FieldError& e : errors)
            if (!findFieldError(m_errors, e.field))
                m_errors.append(e);
        flagged = true;
    }
    if (flagged)
        emit errorsChanged();
}

bool WizardModel::canOpen(int step) const
{
    if (step < 0 || step >= stepCount)
        return false;
    for (int earlier = 0; earlier < step; ++earlier)
        if (!isConfirmed(earlier))
            return false;
    return true;
}

bool WizardModel::openStep(int step)
{
    if (!canOpen(step))
        return false;
    if (m_current != step) {
        m_current = step;
        emit stepChanged(step);
    }
    return true;
}

bool WizardModel::next()
{
    const FieldErrors errors = validateStep(m_current);
    FieldErrors others = m_errors;
    others.removeIf([this](const FieldError& e) { return stepOfField(e.field) == m_current; });
    if (!errors.isEmpty()) {
        setErrors(others + errors);
        return false;
    }
    setErrors(others);
    m_confirmed[size_t(m_current)] = true;
    emit changed();
    if (m_current + 1 < stepCount)
        openStep(m_current + 1);
    return true;
}

QString WizardModel::stepTitle(int step) const
{
    switch (step) {
    case AudienceStep:
        return tr("Audience");
    case OfferStep:
        return tr("Offer");
    default:
        return tr("Format");
    }
}

QString WizardModel::stepSummary(int step) const
{
    if (!isConfirmed(step))
        return tr("Not filled");
    switch (step) {
    case AudienceStep:
        return audienceTitle();
    case OfferStep:
        return OfferTitles::offerTypeName(m_communication.offer.type);
    default:
        return OfferTitles::formatName(m_communication.format.type);
    }
}

int WizardModel::stepOfField(const QString& field)
{
    if (field.startsWith(u"audience"_s))
        return AudienceStep;
    if (field.startsWith(u"offer"_s))
        return OfferStep;
    return FormatStep;
}

FieldErrors WizardModel::validateStep(int step) const
{
    const ValidationContext context = validationContext();
    switch (step) {
    case AudienceStep:
        return CommunicationValidator::validateAudience(m_communication.audience, context);
    case OfferStep:
        if (!m_offerChosen)
            return { FieldError{ u"offer.type"_s, FieldErrorCode::required.toString(), tr("Choose an offer.") } };
        return CommunicationValidator::validateOffer(m_communication.offer, context);
    default:
        return CommunicationValidator::validateFormat(m_communication.format, m_communication.offer, context);
    }
}

FieldErrors WizardModel::validateAll() const
{
    FieldErrors all;
    for (int step = 0; step < stepCount; ++step)
        all += validateStep(step);
    return all;
}

void WizardModel::clearError(const QString& field)
{
    const qsizetype count = m_errors.size();
    m_errors.removeIf([&field](const FieldError& e) { return e.field == field || e.field.startsWith(field + u'.'); });
    if (count != m_errors.size())
        emit errorsChanged();
}

void WizardModel::showErrors(const FieldErrors& errors)
{
    if (errors.isEmpty())
        return;
    int first = stepCount - 1;
    for (const FieldError& e : errors)
        first = std::min(first, stepOfField(e.field));
    for (int step = first; step < stepCount; ++step)
        m_confirmed[size_t(step)] = false;
    setErrors(errors);
    openStep(first);
    emit changed();
}

void WizardModel::setErrors(FieldErrors errors)
{
    if (errors == m_errors)
        return;
    m_errors = std::move(errors);
    emit errorsChanged();
}

AudienceSize WizardModel::audienceSize() const
{
    return m_context.audienceSize(m_communication.audience);
}

ValidationContext WizardModel::validationContext() const
{
    return m_context.validationContext(m_communication.audience);
}

FormatAvailability WizardModel::availability(FormatType format) const
{
    return formatAvailability(format, m_communication.offer.type, validationContext(), QLocale());
}

BonusCampaign WizardModel::bonusCampaign() const
{
    const Offer& offer = m_communication.offer;
    BonusCampaign campaign;
    campaign.bonusesPerBuyer = offer.bonusesPerBuyer.value_or(0);
    campaign.recipients = offer.bonusRecipients.value_or(0);
    const Subscription subscription = m_context.subscription();
    campaign.plan = subscription.isActiveOn(m_context.today) ? subscription.plan : Plan::None;
    campaign.firstCampaign = m_context.firstBonusCampaign;
    return campaign;
}

std::optional<BonusCost> WizardModel::bonusCost() const
{
    if (!m_offerChosen || m_communication.offer.type != OfferType::Bonuses)
        return std::nullopt;
    return sellercrm::bonusCost(bonusCampaign());
}

BannerForecast WizardModel::bannerForecast() const
{
    BannerForecast forecast;
    const BannerFormat& banner = m_communication.format.banner;
    if (!banner.start.isValid() || !banner.end.isValid() || banner.end < banner.start || !banner.dailyBudgetKopecks)
        return forecast;
    forecast.days = int(banner.start.daysTo(banner.end)) + 1;
    const qint64 perDay = *banner.dailyBudgetKopecks * 1000 / BannerForecast::cpmKopecks;
    forecast.impressions = perDay * forecast.days;
    forecast.reach = std::min(audienceSize().total(), forecast.impressions / BannerForecast::impressionsPerBuyer);
    forecast.spendKopecks = *banner.dailyBudgetKopecks * forecast.days;
    return forecast;
}

qint64 WizardModel::recipients() const
{
    if (m_communication.format.type == FormatType::Banner)
        return bannerForecast().reach;
    if (m_offerChosen && m_communication.offer.type == OfferType::Bonuses)
        return m_communication.offer.bonusRecipients.value_or(0);
    return m_communication.format.mailing.recipients.value_or(0);
}

QString WizardModel::offerTitle() const
{
    if (!m_offerChosen)
        return tr("Not chosen");
    const WizardPromotion* promotion = m_context.promotion(m_communication.offer.promotionId);
    return OfferTitles::offerTitle(m_communication.offer, QLocale(), promotion ? promotion->name : QString());
}

QString WizardModel::audienceTitle() const
{
    const Audience& audience = m_communication.audience;
    if (audience == Audience::allOwnBuyers())
        return tr("All your buyers in 90 days");
    if (const WizardSavedAudience* saved = m_context.savedAudience(audience.savedAudienceId))
        return tr("Saved audience: %1").arg(saved->name);
    QStringList names;
    for (Segment segment : audience.segments)
        names << segmentName(segment);
    for (SubSegment sub : audience.subSegments)
        names << subSegmentName(sub);
    return names.isEmpty() ? tr("Not chosen") : names.join(u", "_s);
}

QString WizardModel::targetTitle() const
{
    const Format& format = m_communication.format;
    const std::optional<TargetPage> target = format.target ? format.target : fixedTargetPage(m_communication.offer.type);
    if (!target)
        return tr("Not chosen");
    switch (*target) {
    case TargetPage::Promotion: {
        const WizardPromotion* promotion = m_context.promotion(m_communication.offer.promotionId);
        return OfferTitles::targetPageName(*target, promotion ? promotion->name : offerTitle());
    }
    case TargetPage::Product: {
        const WizardProduct* product = m_context.product(format.targetId);
        return product ? OfferTitles::targetPageName(*target, product->name, product->sku) : tr("Not chosen");
    }
    case TargetPage::Collection:
        return OfferTitles::targetPageName(*target, m_context.collectionName(format.targetId));
    case TargetPage::Showcase:
        break;
    }
    return OfferTitles::targetPageName(*target, QString());
}

void WizardModel::prefill(const RecommendedAction& action)
{
    const Communication prefilled = RecommendedActions::prefill(action, m_context.today);
    m_communication = prefilled;
    m_offerChosen = true;
    m_replacesRejected.clear();
    m_goal = segmentOf(action.subSegment) == Segment::Potential ? u"grow"_s : u"retain"_s;
    // WIZ-2: a recommended action opens step 3 with steps 1–2 confirmed.
    m_confirmed = { true, true, false };
    m_errors.clear();
    m_current = FormatStep;
    emit errorsChanged();
    emit stepChanged(m_current);
    emit changed();
}

void WizardModel::prefillFrom(const Communication& communication)
{
    m_communication = communication;
    if (m_communication.offer.type == OfferType::PromoCode) {
        m_communication.offer.code.clear();
        m_communication.offer.generateCode = true;
    }
    m_offerChosen = true;
    m_replacesRejected.clear();
    m_confirmed = { false, false, false };
    confirmValidSteps();
    // What no longer holds (a send date now in the past) is flagged at its field.
    setErrors(isConfirmed(m_current) ? FieldErrors() : validateStep(m_current));
    emit changed();
}

void WizardModel::repeat(const CachedCommunication& cached)
{
    if (!cached.isLocalRejection()) {
        prefillFrom(cached.communication);
        return;
    }
    // The rejected communication is corrected as it was sent, promo code included.
    m_communication = cached.communication;
    m_offerChosen = true;
    m_confirmed = { false, false, false };
    confirmValidSteps();
    rejectedByServer(cached.id, cached.serverErrors);
}

void WizardModel::rejectedByServer(const QString& communicationId, const FieldErrors& errors)
{
    m_replacesRejected = communicationId;
    if (errors.isEmpty()) {
        emit changed();
        return;
    }
    showErrors(errors);
}

void WizardModel::confirmValidSteps()
{
    int step = 0;
    while (step < stepCount && validateStep(step).isEmpty()) {
        m_confirmed[size_t(step)] = true;
        ++step;
    }
    m_current = std::min(step, stepCount - 1);
    emit stepChanged(m_current);
}

QJsonObject WizardModel::toDraft() const
{
    QJsonArray confirmed;
    for (bool c : m_confirmed)
        confirmed.append(c);
    QJsonObject draft { { u"communication"_s, communicationToJson(m_communication) },
                        { u"goal"_s, m_goal },
                        { u"offer_chosen"_s, m_offerChosen },
                        { u"step"_s, m_current },
                        { u"confirmed"_s, confirmed } };
    if (!m_replacesRejected.isEmpty())
        draft.insert(u"replaces_rejected"_s, m_replacesRejected);
    return draft;
}

bool WizardModel::restoreDraft(const QJsonObject& draft)
{
    const Parsed<Communication> parsed = communicationFromJson(draft.value(u"communication"_s).toObject());
    // Missing values are fine in a draft; a shape error means the draft is not ours.
    for (const FieldError& e : parsed.errors)
        if (e.code != FieldErrorCode::required)
            return false;
    m_communication = parsed.value;
    m_goal = draft.value(u"goal"_s).toString();
    m_offerChosen = draft.value(u"offer_chosen"_s).toBool();
    m_replacesRejected = draft.value(u"replaces_rejected"_s).toString();
    const QJsonArray confirmed = draft.value(u"confirmed"_s).toArray();
    for (int step = 0; step < stepCount; ++step)
        m_confirmed[size_t(step)] = confirmed.at(step).toBool() && validateStep(step).isEmpty();
    m_errors.clear();
    int step = std::clamp(draft.value(u"step"_s).toInt(), 0, stepCount - 1);
    while (!canOpen(step))
        --step;
    m_current = step;
    emit errorsChanged();
    emit stepChanged(m_current);
    emit changed();
    return true;
}

Outcome<QString> WizardModel::saveDraft(DraftStore& drafts)
{
    const QString title = m_offerChosen ? offerTitle() : tr("Unfinished communication");
    Outcome<QString> saved = drafts.save(m_draftId, QString::fromLatin1(draftKind), title, toDraft());
    if (saved)
        m_draftId = saved.value();
    return saved;
}

Outcome<QString> WizardModel::submit(Outbox& outbox, DraftStore* drafts)
{
    const FieldErrors errors = validateAll();
    if (!errors.isEmpty()) {
        showErrors(errors);
        return Outcome<QString>::failure(errors.first().message);
    }
    Outcome<QString> queued = outbox.enqueueCreateCommunication(communicationToJson(m_communication));
    if (!queued)
        return queued;
    if (drafts && !m_draftId.isEmpty()) {
        drafts->remove(m_draftId);
        m_draftId.clear();
    }
    if (!m_replacesRejected.isEmpty()) {
        // The corrected communication takes the place of the rejected one (COM-5 shows it once).
        outbox.enqueueDeleteCommunication(m_replacesRejected);
        m_replacesRejected.clear();
    }
    return queued;
}

} // namespace sellercrm
