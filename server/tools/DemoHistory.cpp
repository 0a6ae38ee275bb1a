#include "tools/DemoHistory.h"

#include "ApiContext.h"
#include "CommunicationEndpoints.h"
#include "SellerFacts.h"
#include "jobs/CommunicationLifecycle.h"
#include "jobs/SegmentationJob.h"

#include "CommunicationJson.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace sellercrm::server {

namespace {

enum class Decision
{
    Approve,
    Reject,
    Pending
};

// A kind of communication a seller runs: format, offer, audience and wording.
struct Theme
{
    FormatType format;
    OfferType offer;
    std::vector<Segment> segments;
    std::vector<SubSegment> subSegments;
    std::optional<TargetPage> target; // product promotion: where the link leads
    const char* name;
    const char* text; // a mailing's message (bonus campaigns use the fixed template)
};

const std::array<Theme, 12>& themes()
{
    static const std::array<Theme, 12> list{{
        {FormatType::Mailing, OfferType::OrderDiscount, {Segment::Regular}, {}, {}, "Thank-you discount",
         "Thank you for shopping with us! Your discount on the next order is already waiting."},
        {FormatType::Banner, OfferType::ProductPromotion, {Segment::Potential}, {}, TargetPage::Collection,
         "New collection for new faces", ""},
        {FormatType::Mailing, OfferType::Bonuses, {}, {SubSegment::Sleeping}, {}, "Come back bonus", ""},
        {FormatType::Mailing, OfferType::PromoCode, {}, {SubSegment::AtRisk}, {}, "We miss you",
         "It has been a while! Here is a personal promo code for your next order in our store."},
        {FormatType::Banner, OfferType::OrderDiscount, {Segment::Regular, Segment::Potential}, {}, {},
         "Weekend sale", ""},
        {FormatType::Mailing, OfferType::Installments, {}, {SubSegment::Loyal}, {}, "Pay later",
         "Order now and pay in interest-free installments over six months, no extra fees."},
        {FormatType::Mailing, OfferType::ProductPromotion, {}, {SubSegment::Top}, TargetPage::Product,
         "Best seller is back", "Our best seller is back in stock. Order early: last time it sold out in days."},
        {FormatType::Banner, OfferType::ExistingPromotion, {Segment::Potential}, {SubSegment::Top}, {},
         "Season promotion", ""},
        {FormatType::Mailing, OfferType::ExistingPromotion, {Segment::New}, {}, {}, "Welcome offer",
         "Welcome to our store! Our promotion is on right now: see what is included."},
        {FormatType::Mailing, OfferType::Bonuses, {Segment::New}, {}, {}, "Second order bonus", ""},
        {FormatType::Banner, OfferType::ProductPromotion, {}, {SubSegment::InterestedCategories},
         TargetPage::Showcase, "Store showcase", ""},
        {FormatType::Mailing, OfferType::PromoCode, {Segment::Regular}, {}, {}, "Regulars' promo code",
         "A promo code for our regular customers: use it on any order before it expires."},
    }};
    return list;
}

const std::array<const char*, 3> rejectReasons{
    "The text promises free delivery, which the offer does not include.",
    "The title is written in capital letters only, which the platform rules do not allow.",
    "The discount in the message differs from the discount of the offer."};

// One planned communication of the history (its Idempotency-Key is "demo-history-<number>").
struct Planned
{
    int number = 0;
    QDate createdOn;
    int minuteOfDay = 0;
    Decision decision = Decision::Approve;
    QString rejectReason;
    Communication request;
    double recipientShare = 0.5; // of the audience's own buyers (bonuses: of all its buyers)
};

// What the seller's communications can link to.
struct Catalogue
{
    QStringList products;
    QStringList collections;
    std::vector<PromotionInfo> promotions;
};

// When a planned communication is created, decided and run.
struct Slot
{
    QDate createdOn;
    QDate start;
    QDate end; // a banner's last day; a mailing's offer period ends here too
    Decision decision;
    std::optional<FormatType> format; // nullopt: whatever the next theme is
};

QString key(int number)
{
    return u"demo-history-%1"_s.arg(number);
}

QString describeRefusal(const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    QStringList parts;
    const QJsonArray fields = error.value(u"fields"_s).toArray();
    for (const QJsonValue& field : fields)
        parts << field[u"field"_s].toString() + u": "_s + field[u"message"_s].toString();
    return parts.isEmpty() ? error.value(u"message"_s).toString() : parts.join(u"; "_s);
}

class HistoryRun final
{
public:
    HistoryRun(QSqlDatabase db, const DemoHistoryOptions& options)
        : m_db(std::move(db))
        , m_options(options)
        , m_random(static_cast<quint32>(options.seed ^ (options.seed >> 32)))
    {}

    StoreResult<DemoHistory::Summary> run();

private:
    StoreStatus checkSeller();
    StoreStatus readCatalogue();
    std::vector<Slot> timeline();
    std::vector<Planned> plan();
    bool fillOffer(Offer& offer, OfferType type, const Slot& slot, int number);
    void fillTarget(Format& format, const Theme& theme);
    StoreStatus fitRecipients(Planned& planned);
    // Creates it through the API handler; returns the new id, or an empty id when the key was
    // used before (the store already has it). `refusal` gets what the rules refused.
    StoreResult<QString> create(const Planned& planned, QString& refusal);
    StoreStatus backdate(const QString& id, const Planned& planned);
    int below(int bound) { return m_random.bounded(bound); }
    template <typename List> auto pick(const List& list) { return list[static_cast<size_t>(below(static_cast<int>(list.size())))]; }

    QSqlDatabase m_db;
    const DemoHistoryOptions& m_options;
    QRandomGenerator m_random;
    Catalogue m_catalogue;
};

StoreStatus HistoryRun::checkSeller()
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM sellers WHERE seller_id = ?"_s);
    query.addBindValue(m_options.sellerId);
    if (!query.exec() || !query.next())
        return StoreStatus::failure(sqlError(query, u"reading the seller"_s));
    if (query.value(0).toInt() == 0)
        return StoreStatus::failure(
            u"unknown seller \"%1\": the store has no such seller (see sellers.csv of the import)"_s.arg(
                m_options.sellerId));
    query.prepare(u"SELECT COUNT(*) FROM segment_results WHERE seller_id = ?"_s);
    query.addBindValue(m_options.sellerId);
    if (!query.exec() || !query.next())
        return StoreStatus::failure(sqlError(query, u"reading the seller's segments"_s));
    if (query.value(0).toInt() == 0)
        return StoreStatus::failure(u"seller %1 has no segmented buyers, so its communications would have no "
                                    "audience: import its orders and run `sellercrm-server segmentation --db DB`"_s.arg(
                                        m_options.sellerId));
    return {};
}

StoreStatus HistoryRun::readCatalogue()
{
    const auto ids = [this](const QString& sql, QStringList& into) -> StoreStatus {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(m_options.sellerId);
        if (!query.exec())
            return StoreStatus::failure(sqlError(query, u"reading the seller's catalogue"_s));
        while (query.next())
            into << query.value(0).toString();
        return {};
    };
    if (StoreStatus read = ids(u"SELECT product_id FROM products WHERE seller_id = ? ORDER BY product_id"
                               " LIMIT 40"_s,
                               m_catalogue.products);
        !read)
        return read;
    if (StoreStatus read = ids(u"SELECT collection_id FROM collections WHERE seller_id = ?"
                               " ORDER BY collection_id"_s,
                               m_catalogue.collections);
        !read)
        return read;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT promotion_id, name, start_date, end_date FROM promotions WHERE seller_id = ?"
                  " ORDER BY promotion_id"_s);
    query.addBindValue(m_options.sellerId);
    if (!query.exec())
        return StoreStatus::failure(sqlError(query, u"reading the seller's promotions"_s));
    while (query.next())
        m_catalogue.promotions.push_back({query.value(0).toString(), query.value(1).toString(),
                                          QDate::fromString(query.value(2).toString(), Qt::ISODate),
                                          QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    return {};
}

// Oldest first: sent and rejected ones over the ~4 months, then one banner and one mailing sending
// on asOf, a few scheduled after it and two created on asOf that are still on moderation.
std::vector<Slot> HistoryRun::timeline()
{
    const QDate today = m_options.asOf;
    const int pending = 2;
    const int sending = 2;
    const int scheduled = std::max(2, m_options.count / 8);
    const int rejected = std::max(1, m_options.count / 12);
    const int past = m_options.count - pending - sending - scheduled;
    std::vector<Slot> schedule;
    const int pastSpan = DemoHistory::historyDays - 12;
    for (int k = 0; k < past; ++k) {
        const QDate created = today.addDays(-DemoHistory::historyDays + k * pastSpan / past + below(2));
        const QDate start = created.addDays(2 + below(4));
        const QDate end = std::min(start.addDays(6 + below(9)), today.addDays(-1));
        bool reject = false;
        for (int j = 1; j <= rejected; ++j)
            reject = reject || k == j * past / (rejected + 1);
        schedule.push_back({created, start, std::max(start, end), reject ? Decision::Reject : Decision::Approve, {}});
    }
    schedule.push_back({today.addDays(-9), today.addDays(-7), today.addDays(7), Decision::Approve, FormatType::Banner});
    schedule.push_back({today.addDays(-3), today, today.addDays(10), Decision::Approve, FormatType::Mailing});
    for (int k = scheduled - 1; k >= 0; --k) {
        const QDate start = today.addDays(3 + 3 * k + below(2));
        schedule.push_back({today.addDays(-1 - k), start, start.addDays(7 + below(8)), Decision::Approve,
                         k == 1 ? FormatType::Banner : FormatType::Mailing});
    }
    schedule.push_back({today, today.addDays(5), today.addDays(15), Decision::Pending, FormatType::Mailing});
    schedule.push_back({today, today.addDays(3), today.addDays(13), Decision::Pending, FormatType::Banner});
    return schedule;
}

bool HistoryRun::fillOffer(Offer& offer, OfferType type, const Slot& slot, int number)
{
    static constexpr std::array<int, 6> percents{5, 7, 10, 12, 15, 20};
    static constexpr std::array<qint64, 4> minimumOrders{1000, 1500, 2000, 3000};
    offer = Offer{};
    offer.type = type;
    switch (type) {
    case OfferType::ExistingPromotion: {
        const auto covering = std::find_if(m_catalogue.promotions.begin(), m_catalogue.promotions.end(),
                                           [&slot](const PromotionInfo& promotion) {
                                               return promotion.start <= slot.start && promotion.end >= slot.end;
                                           });
        if (covering == m_catalogue.promotions.end())
            return false;
        offer.promotionId = covering->id;
        return true;
    }
    case OfferType::OrderDiscount:
        offer.percent = pick(percents);
        offer.minOrderKopecks = pick(minimumOrders) * 100;
        break;
    case OfferType::PromoCode:
        if (below(2) == 0)
            offer.percent = pick(percents);
        else
            offer.amountKopecks = (3 + below(5)) * 10000;
        offer.code = u"AURORA%1"_s.arg(number, 3, 10, QLatin1Char('0'));
        offer.singleUse = below(3) != 0;
        break;
    case OfferType::Bonuses:
        offer.bonusesPerBuyer = (2 + below(5)) * 100;
        offer.bonusValidityDays = below(2) == 0 ? 14 : 30;
        return true;
    case OfferType::Installments:
    case OfferType::ProductPromotion:
        break;
    }
    if (offerHasOwnPeriod(type)) {
        offer.start = slot.start;
        offer.end = slot.end;
    }
    return true;
}

void HistoryRun::fillTarget(Format& format, const Theme& theme)
{
    format.target = theme.target;
    const QStringList& ids = theme.target == TargetPage::Product      ? m_catalogue.products
                             : theme.target == TargetPage::Collection ? m_catalogue.collections
                                                                      : QStringList();
    if (theme.target == TargetPage::Product || theme.target == TargetPage::Collection) {
        if (ids.isEmpty())
            format.target = TargetPage::Showcase;
        else
            format.targetId = ids.at(below(static_cast<int>(ids.size())));
    }
}

std::vector<Planned> HistoryRun::plan()
{
    const std::vector<Slot> schedule = timeline();
    const auto& list = themes();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    std::vector<Planned> planned;
    size_t next = m_options.seed % list.size();
    int rejections = 0;
    for (const Slot& slot : schedule) {
        while (slot.format && list[next % list.size()].format != *slot.format)
            ++next;
        const Theme* theme = &list[next++ % list.size()];
        Planned item;
        item.number = static_cast<int>(planned.size()) + 1;
        item.createdOn = slot.createdOn;
        item.minuteOfDay = 9 * 60 + below(9 * 60);
        item.decision = slot.decision;
        if (slot.decision == Decision::Reject)
            item.rejectReason = QString::fromUtf8(rejectReasons[static_cast<size_t>(rejections++) % 3]);
        item.recipientShare = 0.3 + 0.5 * m_random.generateDouble();
        Communication& request = item.request;
        if (!fillOffer(request.offer, theme->offer, slot, item.number))
            fillOffer(request.offer, OfferType::OrderDiscount, slot, item.number);
        request.audience.segments = theme->segments;
        request.audience.subSegments = theme->subSegments;
        request.name = u"%1, %2"_s.arg(QString::fromUtf8(theme->name),
                                       english.monthName(slot.start.month()));
        request.format.type = theme->format;
        if (theme->offer == OfferType::ProductPromotion)
            fillTarget(request.format, *theme);
        if (theme->format == FormatType::Banner) {
            request.format.banner.creative = CreativeKind::Generated;
            request.format.banner.start = slot.start;
            request.format.banner.end = slot.end;
            request.format.banner.dailyBudgetKopecks = (5 + below(11)) * 10000;
        } else {
            request.format.mailing.sendDate = slot.start;
            if (theme->offer != OfferType::Bonuses)
                request.format.mailing.text = QString::fromUtf8(theme->text);
        }
        planned.push_back(std::move(item));
    }
    return planned;
}

// Mailing recipients (and a bonus campaign's) as a share of the audience on the day it is created,
// within the quota left that month.
StoreStatus HistoryRun::fitRecipients(Planned& planned)
{
    Communication& request = planned.request;
    if (request.format.type != FormatType::Mailing)
        return {};
    const StoreResult<ValidationContext> facts =
        SellerFacts::load(m_db, m_options.sellerId, planned.createdOn, request.audience);
    if (!facts)
        return StoreStatus::from(facts);
    const ValidationContext& context = facts.value();
    const bool bonuses = request.offer.type == OfferType::Bonuses;
    const qint64 audience =
        bonuses ? context.ownBuyersInAudience + context.potentialBuyersInAudience : context.ownBuyersInAudience;
    const qint64 limit = bonuses ? std::min<qint64>(audience, 3000)
                                 : std::min<qint64>(audience, context.mailingQuotaLeft / 2);
    const int recipients =
        static_cast<int>(std::max<qint64>(1, std::llround(static_cast<double>(limit) * planned.recipientShare)));
    if (bonuses)
        request.offer.bonusRecipients = recipients;
    else
        request.format.mailing.recipients = recipients;
    return {};
}

StoreResult<QString> HistoryRun::create(const Planned& planned, QString& refusal)
{
    ApiRequest request;
    request.method = "POST";
    request.path = u"/api/v1/communications"_s;
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), key(planned.number).toUtf8()});
    request.body = QJsonDocument(communicationToJson(planned.request)).toJson(QJsonDocument::Compact);
    const ApiContext context{request, m_options.sellerId, m_db, planned.createdOn, {}};
    const ApiResponse response = CommunicationEndpoints::create(context);
    if (response.status == 201)
        return QJsonDocument::fromJson(response.body).object().value(u"id"_s).toString();
    if (response.status == 200)
        return QString();
    if (response.status == 422) {
        refusal = describeRefusal(response.body);
        return QString();
    }
    return StoreResult<QString>::failure(u"creating %1 answered %2: %3"_s.arg(key(planned.number))
                                             .arg(response.status)
                                             .arg(describeRefusal(response.body)));
}

// The record says when the seller created it (the created column of COM-2), not when the history
// was written — except on the real today, so the demo's automatic moderation waits its delay.
StoreStatus HistoryRun::backdate(const QString& id, const Planned& planned)
{
    if (planned.createdOn >= SegmentationJob::today())
        return {};
    const QDateTime createdAt(planned.createdOn, QTime(0, 0).addSecs(planned.minuteOfDay * 60),
                              QTimeZone(QByteArrayLiteral("Europe/Moscow")));
    return inTransaction(m_db, [&]() -> StoreStatus {
        const StoreResult<qint64> version = ServerStore::allocateRowVersions(m_db, 1);
        if (!version)
            return StoreStatus::from(version);
        QSqlQuery update(m_db);
        update.prepare(u"UPDATE communications SET created_at = ?, row_version = ? WHERE communication_id = ?"_s);
        update.addBindValue(createdAt.toUTC().toString(Qt::ISODate));
        update.addBindValue(version.value());
        update.addBindValue(id);
        return execPrepared(update, u"dating communication %1"_s.arg(id));
    });
}

StoreResult<DemoHistory::Summary> HistoryRun::run()
{
    using Result = StoreResult<DemoHistory::Summary>;
    if (const StoreStatus seller = checkSeller(); !seller)
        return Result::failure(seller.error());
    if (const StoreStatus read = readCatalogue(); !read)
        return Result::failure(read.error());
    std::vector<Planned> planned = plan();
    DemoHistory::Summary summary;
    std::vector<std::pair<QString, const Planned*>> created; // waiting for their moderation
    for (QDate day = planned.front().createdOn; day <= m_options.asOf; day = day.addDays(1)) {
        for (const auto& [id, item] : created) {
            if (item->decision != Decision::Pending && item->createdOn.addDays(1) == day) {
                const StoreStatus decided = CommunicationLifecycle::moderate(
                    m_db, id, item->decision == Decision::Approve, item->rejectReason);
                if (!decided)
                    return Result::failure(decided.error());
            }
        }
        for (Planned& item : planned) {
            if (item.createdOn != day)
                continue;
            if (const StoreStatus fitted = fitRecipients(item); !fitted)
                return Result::failure(fitted.error());
            QString refusal;
            const StoreResult<QString> id = create(item, refusal);
            if (!id)
                return Result::failure(id.error());
            if (!refusal.isEmpty()) {
                summary.skipped << key(item.number) + u": "_s + refusal;
            } else if (id.value().isEmpty()) {
                ++summary.alreadyThere;
            } else {
                if (const StoreStatus dated = backdate(id.value(), item); !dated)
                    return Result::failure(dated.error());
                created.emplace_back(id.value(), &item);
                ++summary.created;
            }
        }
        if (!created.empty()) {
            const StoreResult<int> advanced = CommunicationLifecycle::advanceDeliveries(m_db, day);
            if (!advanced)
                return Result::failure(advanced.error());
        }
    }
    return summary;
}

StoreResult<QString> statusCounts(QSqlDatabase db, const QString& sellerId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT status, COUNT(*) FROM communications WHERE seller_id = ? GROUP BY status"
                  " ORDER BY status"_s);
    query.addBindValue(sellerId);
    if (!query.exec())
        return StoreResult<QString>::failure(sqlError(query, u"counting communications"_s));
    QStringList counts;
    while (query.next())
        counts << query.value(0).toString() + u" "_s + query.value(1).toString();
    return counts.join(u", "_s);
}

} // namespace

DemoHistory::DemoHistory(std::shared_ptr<ServerStore> store, DemoHistoryOptions options)
    : m_store(std::move(store))
    , m_options(std::move(options))
{
}

StoreResult<DemoHistory::Summary> DemoHistory::run()
{
    if (m_options.count < minimumCount || m_options.count > maximumCount)
        return StoreResult<Summary>::failure(
            u"the history has %1 to %2 communications, not %3"_s.arg(minimumCount).arg(maximumCount).arg(
                m_options.count));
    if (!m_options.asOf.isValid())
        return StoreResult<Summary>::failure(u"the history needs a valid as-of date"_s);
    QSqlDatabase db = m_store->connectionForThisThread();
    if (!db.isOpen())
        return StoreResult<Summary>::failure(u"cannot open the store: %1"_s.arg(db.lastError().text()));
    HistoryRun history(db, m_options);
    return history.run();
}

int runDemoHistoryCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Gives a seller a demo history of mailings and banners over the ~4 months before the as-of date, "
        "created through the API's own create, moderation and delivery code: sent ones with their "
        "delivered/opened/clicked figures, rejected ones with a reason, ones sending and scheduled, and "
        "two still on moderation. Deterministic for a seed; a second run adds nothing."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"SQLite file or postgresql:// URL of an imported store."_s, u"DB"_s);
    const QCommandLineOption seller(u"seller"_s, u"Seller ID (e.g. S0001)."_s, u"ID"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"The history's today (default: today in Europe/Moscow)."_s,
                                  u"YYYY-MM-DD"_s);
    const QCommandLineOption count(u"count"_s,
                                   u"Communications in the history (%1..%2)."_s.arg(DemoHistory::minimumCount)
                                       .arg(DemoHistory::maximumCount),
                                   u"N"_s, u"24"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed: the same seed gives the same history."_s, u"S"_s,
                                  u"42"_s);
    parser.addOptions({db, seller, asOf, count, seed});
    const auto usageError = [&](const QString& message) {
        err << "sellercrm-server demo-history: " << message << "\n\n" << parser.helpText();
        return 2;
    };
    if (!parser.parse(QStringList{u"sellercrm-server demo-history"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(db) || !parser.isSet(seller) || !parser.positionalArguments().isEmpty())
        return usageError(u"needs --db DB and --seller ID"_s);
    DemoHistoryOptions options;
    options.sellerId = parser.value(seller);
    options.asOf = parser.isSet(asOf) ? QDate::fromString(parser.value(asOf), Qt::ISODate)
                                      : SegmentationJob::today();
    bool countOk = false;
    bool seedOk = false;
    options.count = parser.value(count).toInt(&countOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!options.asOf.isValid())
        return usageError(u"--as-of must be a date YYYY-MM-DD"_s);
    if (!countOk || options.count < DemoHistory::minimumCount || options.count > DemoHistory::maximumCount)
        return usageError(u"--count must be a whole number from %1 to %2"_s.arg(DemoHistory::minimumCount)
                              .arg(DemoHistory::maximumCount));
    if (!seedOk)
        return usageError(u"--seed must be a non-negative whole number"_s);

    const auto fail = [&err](const QString& message) {
        err << "sellercrm-server demo-history: " << message << Qt::endl;
        return 1;
    };
    const StoreResult<StoreLocation> location = StoreLocation::parse(parser.value(db));
    if (!location)
        return fail(location.error());
    if (location.value().dialect == SqlDialect::Sqlite && !QFileInfo(location.value().sqlitePath).isFile())
        return fail(u"no store at %1: create it with `sellercrm-server import --db DB DIR` first"_s.arg(
            location.value().sqlitePath));
    StoreResult<std::shared_ptr<ServerStore>> store = ServerStore::open(parser.value(db));
    if (!store)
        return fail(store.error());
    DemoHistory history(store.value(), options);
    const StoreResult<DemoHistory::Summary> summary = history.run();
    if (!summary)
        return fail(summary.error());
    for (const QString& skipped : summary.value().skipped)
        err << "skipped " << skipped << '\n';
    const StoreResult<QString> counts = statusCounts(store.value()->connectionForThisThread(), options.sellerId);
    if (!counts)
        return fail(counts.error());
    out << "seller " << options.sellerId << " as of " << options.asOf.toString(Qt::ISODate) << ": "
        << summary.value().created << " communications created, " << summary.value().alreadyThere
        << " already there, " << summary.value().skipped.size() << " refused by the rules; now "
        << counts.value() << Qt::endl;
    return 0;
}

} // namespace sellercrm::server
