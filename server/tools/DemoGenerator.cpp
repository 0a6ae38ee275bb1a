#include "tools/DemoGenerator.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace sellercrm::server {

namespace {

// xoshiro256** seeded through splitmix64: the same sequence on every platform and compiler.
class Random final
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64& word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // 0 <= value < bound
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    bool chance(double probability) { return uniform() < probability; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

// Walker's alias method: O(1) weighted choice.
class AliasTable final
{
public:
    explicit AliasTable(const std::vector<double>& weights)
        : m_probability(weights.size())
        , m_alias(weights.size())
    {
        const size_t n = weights.size();
        double total = 0;
        for (const double w : weights)
            total += w;
        std::vector<double> scaled(n);
        std::vector<quint32> small, large;
        for (size_t i = 0; i < n; ++i) {
            scaled[i] = weights[i] * static_cast<double>(n) / total;
            (scaled[i] < 1.0 ? small : large).push_back(static_cast<quint32>(i));
        }
        while (!small.empty() && !large.empty()) {
            const quint32 s = small.back();
            small.pop_back();
            const quint32 l = large.back();
            m_probability[s] = static_cast<float>(scaled[s]);
            m_alias[s] = l;
            scaled[l] -= 1.0 - scaled[s];
            if (scaled[l] < 1.0) {
                large.pop_back();
                small.push_back(l);
            }
        }
        for (const quint32 i : large)
            m_probability[i] = 1.0f;
        for (const quint32 i : small)
            m_probability[i] = 1.0f;
    }
    quint32 pick(Random& random) const
    {
        const auto i = static_cast<quint32>(random.below(m_probability.size()));
        return random.uniform() < static_cast<double>(m_probability[i]) ? i : m_alias[i];
    }

private:
    std::vector<float> m_probability;
    std::vector<quint32> m_alias;
};

// A buffered file writer with cheap number formatting.
class Output final
{
public:
    explicit Output(const QString& path)
        : m_file(path)
    {
        m_buffer.reserve(bufferSize + 4096);
    }
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QString errorString() const { return m_file.errorString(); }
    Output& operator<<(const char* text)
    {
        m_buffer.append(text);
        return maybeFlush();
    }
    Output& operator<<(const std::string& text)
    {
        m_buffer.append(text);
        return maybeFlush();
    }
    Output& operator<<(char c)
    {
        m_buffer.push_back(c);
        return maybeFlush();
    }
    Output& number(qint64 value)
    {
        char digits[24];
        int length = 0;
        const bool negative = value < 0;
        quint64 rest = negative ? static_cast<quint64>(-value) : static_cast<quint64>(value);
        do {
            digits[length++] = static_cast<char>('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        if (negative)
            m_buffer.push_back('-');
        while (length > 0)
            m_buffer.push_back(digits[--length]);
        return maybeFlush();
    }
    // PREFIX + zero-padded number, e.g. id("B", 42, 7) = B0000042.
    Output& id(const char* prefix, qint64 value, int width)
    {
        m_buffer.append(prefix);
        char digits[24];
        int length = 0;
        quint64 rest = static_cast<quint64>(value);
        do {
            digits[length++] = static_cast<char>('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        for (int pad = length; pad < width; ++pad)
            m_buffer.push_back('0');
        while (length > 0)
            m_buffer.push_back(digits[--length]);
        return maybeFlush();
    }
    bool close()
    {
        flush();
        m_file.close();
        return m_ok;
    }

private:
    static constexpr size_t bufferSize = 1 << 20;
    Output& maybeFlush()
    {
        if (m_buffer.size() >= bufferSize)
            flush();
        return *this;
    }
    void flush()
    {
        if (!m_buffer.empty() && m_file.write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) !=
                                     static_cast<qint64>(m_buffer.size()))
            m_ok = false;
        m_buffer.clear();
    }
    QFile m_file;
    std::string m_buffer;
    bool m_ok = true;
};

std::string isoDate(QDate date)
{
    return date.toString(Qt::ISODate).toStdString();
}

constexpr std::array<const char*, 12> rootCategories{"Electronics", "Home",   "Clothing", "Beauty",
                                                     "Kids",        "Sports", "Books",    "Groceries",
                                                     "Pets",        "Auto",   "Garden",   "Health"};
constexpr std::array<const char*, 20> regions{"Moscow",
                                              "Saint Petersburg",
                                              "Moscow Oblast",
                                              "Krasnodar Krai",
                                              "Sverdlovsk Oblast",
                                              "Tatarstan",
                                              "Novosibirsk Oblast",
                                              "Nizhny Novgorod Oblast",
                                              "Rostov Oblast",
                                              "Bashkortostan",
                                              "Chelyabinsk Oblast",
                                              "Samara Oblast",
                                              "Leningrad Oblast",
                                              "Perm Krai",
                                              "Voronezh Oblast",
                                              "Krasnoyarsk Krai",
                                              "Volgograd Oblast",
                                              "Primorsky Krai",
                                              "Omsk Oblast",
                                              "Tyumen Oblast"};
constexpr std::array<double, 20> regionWeights{18, 9, 8,   5,   4,   4,   3.5, 3.5, 3.2, 3,
                                               3,  3, 2.5, 2.5, 2.2, 2.2, 2,   2,   1.8, 1.8};
constexpr std::array<const char*, 5> ageBands{"18-24", "25-34", "35-44", "45-54", "55+"};
constexpr std::array<double, 5> ageWeights{14, 34, 27, 15, 8};

struct Seller
{
    std::vector<int> categories;  // leaf category indexes
    std::vector<qint64> products; // product numbers
    std::vector<qint64> prices;   // kopecks, parallel to products
};

// Crafted scenario rows, written before the random traffic.
struct CraftedOrder
{
    int seller;   // 1-based seller number
    qint64 buyer; // buyer number
    int daysAgo;
    qint64 totalKopecks;
    const char* status;
};
struct CraftedEvent
{
    qint64 buyer;
    int seller;
    int productIndex;
    const char* type;
    int daysAgo;
};

} // namespace

DemoGenerator::DemoGenerator(DemoGeneratorOptions options)
    : m_options(std::move(options))
{}

StoreStatus DemoGenerator::run()
{
    const DemoGeneratorOptions& o = m_options;
    if (o.sellers < minimumSellers || o.buyers < minimumBuyers || o.orders < 1000)
        return StoreStatus::failure(QStringLiteral("needs at least %1 sellers, %2 buyers and 1000 orders")
                                        .arg(minimumSellers)
                                        .arg(minimumBuyers));
    if (!QDir().mkpath(o.outputDirectory))
        return StoreStatus::failure(QStringLiteral("%1: cannot create the directory").arg(o.outputDirectory));
    const QDir dir(o.outputDirectory);
    Random random(o.seed);
    const QDate end = o.endDate;
    const int historyDays = 365;
    std::vector<std::string> days(historyDays + 1); // days[k] = end - k
    for (int k = 0; k <= historyDays; ++k)
        days[static_cast<size_t>(k)] = isoDate(end.addDays(-k));

    // Categories: a root per department, leaves under them. Leaves 0..4 belong to the crafted
    // sellers S0004..S0006 alone (exclusive), the rest are shared.
    const int leafCount = std::clamp(o.sellers * 3, 30, 600);
    const int exclusiveLeaves = 3;
    {
        Output out(dir.filePath(QStringLiteral("categories.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "category_id,name,parent_id\n";
        for (size_t r = 0; r < rootCategories.size(); ++r) {
            out.id("C", static_cast<qint64>(r + 1), 2) << ',' << rootCategories[r] << ",\n";
        }
        for (int leaf = 0; leaf < leafCount; ++leaf) {
            const size_t root = static_cast<size_t>(leaf) % rootCategories.size();
            out.id("C", static_cast<qint64>(root + 1), 2).id("-", leaf + 1, 3)
                << ',' << rootCategories[root] << ' ';
            out.number(leaf / static_cast<int>(rootCategories.size()) + 1) << ',';
            out.id("C", static_cast<qint64>(root + 1), 2) << '\n';
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write categories.csv"));
    }
    const auto writeCategory = [](Output& out, int leaf) -> Output& {
        const size_t root = static_cast<size_t>(leaf) % rootCategories.size();
        return out.id("C", static_cast<qint64>(root + 1), 2).id("-", leaf + 1, 3);
    };

    // Sellers and their catalogues.
    std::vector<Seller> sellers(static_cast<size_t>(o.sellers) + 1); // 1-based
    qint64 productCount = 0;
    {
        Output out(dir.filePath(QStringLiteral("sellers.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "seller_id,name,plan,subscription_end,verified,antifraud_blocked\n";
        constexpr std::array<const char*, 3> plans{"none", "premium", "premium_plus"};
        for (int s = 1; s <= o.sellers; ++s) {
            const char* plan = plans[static_cast<size_t>(s) % 3];
            bool verified = s % 5 != 4;
            bool antifraud = false;
            switch (s) {
            case 1:
                plan = "premium_plus";
                verified = true;
                break;
            case 2:
                plan = "premium";
                break;
            case 3:
                plan = "none";
                break;
            case 4:
                plan = "premium_plus";
                verified = false;
                break;
            case 5:
                plan = "premium";
                break;
            case 6:
                plan = "none";
                break;
            case 7:
                plan = "premium_plus";
                antifraud = true;
                break;
            default:
                break;
            }
            out.id("S", s, 4) << ",Store " << (s == 1 ? "Aurora Home" : "");
            if (s != 1)
                out.id("", s, 4);
            out << ',' << plan << ',';
            if (std::strcmp(plan, "none") != 0)
                out << isoDate(end.addDays(s == 4 ? 20 : 120 + s % 200)).c_str();
            out << ',' << (verified ? "1" : "0") << ',' << (antifraud ? "1" : "0") << '\n';
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write sellers.csv"));
    }
    {
        Output out(dir.filePath(QStringLiteral("products.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "product_id,seller_id,sku,name,category_id,price_kopecks\n";
        const int sharedLeaves = leafCount - exclusiveLeaves;
        for (int s = 1; s <= o.sellers; ++s) {
            Seller& seller = sellers[static_cast<size_t>(s)];
            if (s >= 4 && s <= 6) {
                seller.categories = {s - 4};
            } else {
                // Two to four shared categories; S0001 and S0002 share their first one.
                const int first =
                    s == 2 ? exclusiveLeaves
                           : exclusiveLeaves +
                                 static_cast<int>(random.below(static_cast<quint64>(sharedLeaves)));
                seller.categories.push_back(s == 1 ? exclusiveLeaves : first);
                const int extra = 1 + static_cast<int>(random.below(3));
                for (int k = 0; k < extra; ++k)
                    seller.categories.push_back(
                        exclusiveLeaves + static_cast<int>(random.below(static_cast<quint64>(sharedLeaves))));
            }
            const double basePrice = 30000.0 * std::exp(random.normal() * 0.8); // kopecks
            const int count = s == 1 ? 120 : (s <= 7 ? 8 : 10 + static_cast<int>(random.below(60)));
            for (int p = 0; p < count; ++p) {
                const qint64 number = ++productCount;
                const int leaf = seller.categories[static_cast<size_t>(p) % seller.categories.size()];
                const qint64 price = std::max<qint64>(
                    5000, static_cast<qint64>(basePrice * std::exp(random.normal() * 0.6)) / 100 * 100);
                seller.products.push_back(number);
                seller.prices.push_back(price);
                out.id("P", number, 6) << ',';
                out.id("S", s, 4) << ',';
                out.id("SKU-", number, 7)
                    << ',' << rootCategories[static_cast<size_t>(leaf) % rootCategories.size()] << " item ";
                out.number(number) << ',';
                writeCategory(out, leaf) << ',';
                out.number(price) << '\n';
            }
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write products.csv"));
    }

    // Buyers 1..reserved are kept for the crafted scenarios; random traffic uses the rest.
    const qint64 reserved = 120;
    {
        Output out(dir.filePath(QStringLiteral("buyers.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "buyer_id,gender,age_band,region\n";
        const AliasTable regionTable(std::vector<double>(regionWeights.begin(), regionWeights.end()));
        const AliasTable ageTable(std::vector<double>(ageWeights.begin(), ageWeights.end()));
        for (qint64 b = 1; b <= o.buyers; ++b) {
            const double g = random.uniform();
            out.id("B", b, 7) << ',' << (g < 0.58 ? "f" : g < 0.98 ? "m" : "") << ',';
            if (!random.chance(0.03))
                out << ageBands[ageTable.pick(random)];
            out << ',' << regions[regionTable.pick(random)] << '\n';
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write buyers.csv"));
    }

    // Crafted scenarios (SEG-3..SEG-6), relative to the end date.
    std::vector<CraftedOrder> crafted;
    std::vector<CraftedEvent> craftedEvents;
    {
        qint64 b = 1;
        for (int i = 0; i < 5; ++i, ++b) // S0001 Top: many large orders
            for (int k = 0; k < 9; ++k)
                crafted.push_back({1, b, 3 + k * 9, 2500000 + i * 10000, "delivered"});
        for (int i = 0; i < 5; ++i, ++b) { // S0001 At risk: small checks, last order 45+ days ago
            crafted.push_back({1, b, 80, 9000, "delivered"});
            crafted.push_back({1, b, 45 + i, 9500, "delivered"});
        }
        for (int i = 0; i < 5; ++i, ++b) { // S0001 Loyal: two orders, recent
            crafted.push_back({1, b, 60, 400000, "delivered"});
            crafted.push_back({1, b, 2 + i, 420000, i == 0 ? "in_progress" : "delivered"});
        }
        for (int i = 0; i < 4; ++i, ++b) // S0001 New
            crafted.push_back({1, b, 5 + i * 7, 350000, "delivered"});
        for (int i = 0; i < 4; ++i, ++b) { // S0001 Sleeping, plus a cancelled order in the window
            crafted.push_back({1, b, 150 + i * 20, 300000, "delivered"});
            crafted.push_back({1, b, 10, 300000, "cancelled"});
        }
        for (int i = 0; i < 4; ++i, ++b) // S0001 Interested in your products
            craftedEvents.push_back({b, 1, i, i % 2 == 0 ? "view" : "cart", 4 + i});
        for (int i = 0; i < 4; ++i, ++b) // S0001 Interested in your categories (S0002 shares S0001's first)
            craftedEvents.push_back({b, 2, 0, "favorite", 6 + i});
        b = 40;
        for (int i = 0; i < 14; ++i, ++b) // S0002: New >= NEW_MIN, few Regular
            crafted.push_back({2, b, 3 + i, 150000 + i * 1000, "delivered"});
        for (int i = 0; i < 3; ++i, ++b) {
            crafted.push_back({2, b, 20, 200000, "delivered"});
            crafted.push_back({2, b, 10, 210000, "delivered"});
        }
        b = 60;
        for (int i = 0; i < 3; ++i, ++b) { // S0003: few own buyers, Potential ones -> key Potential
            crafted.push_back({3, b, 15, 120000, "delivered"});
            if (i < 2)
                crafted.push_back({3, b, 8, 130000, "delivered"});
        }
        for (int i = 0; i < 6; ++i, ++b)
            craftedEvents.push_back({b, 3, i % 8, "view", 3 + i});
        b = 75;
        for (int i = 0; i < 4; ++i, ++b) { // S0004: a few Regular only -> key Regular (fallback)
            crafted.push_back({4, b, 30, 500000, "delivered"});
            crafted.push_back({4, b, 5 + i, 520000, "delivered"});
        }
        b = 85;
        for (int i = 0; i < 5; ++i, ++b) // S0005: a few New only -> key New (fallback)
            crafted.push_back({5, b, 7 + i, 250000, "delivered"});
        // S0006: no buyers at all -> no key segment (the empty state).
        b = 95;
        for (int i = 0; i < 6; ++i, ++b) { // S0007 (anti-fraud blocked): some Regular buyers
            crafted.push_back({7, b, 40, 300000, "delivered"});
            crafted.push_back({7, b, 12, 310000, i == 0 ? "returned" : "delivered"});
        }
    }

    // Random traffic: buyer activity is heavy-tailed (Pareto), each buyer has one or two home
    // sellers; sellers are Zipf-popular with S0001 the largest; S0002..S0006 get none.
    std::vector<int> generic;
    generic.push_back(1);
    for (int s = 7; s <= o.sellers; ++s)
        generic.push_back(s);
    std::vector<double> sellerWeights;
    for (size_t rank = 0; rank < generic.size(); ++rank)
        sellerWeights.push_back((rank == 0 ? 3.0 : 1.0) / std::pow(static_cast<double>(rank + 1), 0.9));
    const AliasTable sellerTable(sellerWeights);
    const qint64 randomBuyers = o.buyers - reserved;
    std::vector<double> activity(static_cast<size_t>(randomBuyers));
    std::vector<quint16> homeA(static_cast<size_t>(randomBuyers));
    std::vector<quint16> homeB(static_cast<size_t>(randomBuyers));
    std::vector<float> spend(static_cast<size_t>(randomBuyers));
    for (qint64 i = 0; i < randomBuyers; ++i) {
        activity[static_cast<size_t>(i)] =
            1.0 / std::pow(std::max(random.uniform(), 1e-9), 1.0 / 1.4); // Pareto, alpha 1.4
        homeA[static_cast<size_t>(i)] = static_cast<quint16>(sellerTable.pick(random));
        homeB[static_cast<size_t>(i)] = static_cast<quint16>(sellerTable.pick(random));
        spend[static_cast<size_t>(i)] = static_cast<float>(std::exp(random.normal() * 0.5));
    }
    const AliasTable buyerTable(activity);
    std::vector<double>().swap(activity);

    // Orders per day: yearly (November-December peak, summer dip) and weekly seasonality.
    std::vector<double> dayWeight(static_cast<size_t>(historyDays));
    double weightSum = 0;
    for (int k = 0; k < historyDays; ++k) {
        const QDate date = end.addDays(-k);
        const double yearly = 1.0 + 0.35 * std::cos((date.dayOfYear() - 340) * 6.283185307179586 / 365.0);
        const double weekly = date.dayOfWeek() >= 6 ? 1.18 : 0.95;
        dayWeight[static_cast<size_t>(k)] = yearly * weekly;
        weightSum += yearly * weekly;
    }
    const qint64 randomOrders = std::max<qint64>(0, o.orders - static_cast<qint64>(crafted.size()));

    Output orders(dir.filePath(QStringLiteral("orders.csv")));
    Output items(dir.filePath(QStringLiteral("order_items.csv")));
    if (!orders.open() || !items.open())
        return StoreStatus::failure(QStringLiteral("cannot create orders.csv or order_items.csv"));
    orders << "order_id,seller_id,buyer_id,date,total_kopecks,status\n";
    items << "order_id,product_id,quantity,price_kopecks\n";
    qint64 orderNumber = 0;
    for (const CraftedOrder& c : crafted) {
        const Seller& seller = sellers[static_cast<size_t>(c.seller)];
        const qint64 number = ++orderNumber;
        orders.id("O", number, 9) << ',';
        orders.id("S", c.seller, 4) << ',';
        orders.id("B", c.buyer, 7) << ',' << days[static_cast<size_t>(c.daysAgo)] << ',';
        orders.number(c.totalKopecks) << ',' << c.status << '\n';
        items.id("O", number, 9) << ',';
        items.id("P", seller.products[static_cast<size_t>(number) % seller.products.size()], 6) << ",1,";
        items.number(c.totalKopecks) << '\n';
    }
    qint64 written = 0;
    double carried = 0;
    for (int k = historyDays - 1; k >= 0; --k) { // oldest day first: order IDs follow time
        carried += static_cast<double>(randomOrders) * dayWeight[static_cast<size_t>(k)] / weightSum;
        qint64 today = static_cast<qint64>(carried) - written;
        if (k == 0)
            today = randomOrders - written;
        const std::string& date = days[static_cast<size_t>(k)];
        for (qint64 n = 0; n < today; ++n) {
            const quint32 buyerIndex = buyerTable.pick(random);
            const double r = random.uniform();
            const int seller = generic[r < 0.6    ? homeA[buyerIndex]
                                       : r < 0.85 ? homeB[buyerIndex]
                                                  : sellerTable.pick(random)];
            const Seller& s = sellers[static_cast<size_t>(seller)];
            const double statusRoll = random.uniform();
            const char* status = k < 4 && statusRoll < 0.6 ? "in_progress"
                                 : statusRoll < 0.06       ? "cancelled"
                                 : statusRoll < 0.10       ? "returned"
                                                           : "delivered";
            const int itemCount = random.chance(0.75) ? 1 : random.chance(0.8) ? 2 : 3;
            const qint64 number = ++orderNumber;
            qint64 total = 0;
            for (int i = 0; i < itemCount; ++i) {
                const size_t p = static_cast<size_t>(random.below(s.products.size()));
                const qint64 quantity = random.chance(0.85) ? 1 : 2;
                const qint64 price =
                    static_cast<qint64>(static_cast<double>(s.prices[p]) * spend[buyerIndex]) / 100 * 100 +
                    100;
                total += price * quantity;
                items.id("O", number, 9) << ',';
                items.id("P", s.products[p], 6) << ',';
                items.number(quantity) << ',';
                items.number(price) << '\n';
            }
            orders.id("O", number, 9) << ',';
            orders.id("S", seller, 4) << ',';
            orders.id("B", reserved + 1 + buyerIndex, 7) << ',' << date << ',';
            orders.number(total) << ',' << status << '\n';
        }
        written += today;
    }
    if (!orders.close() || !items.close())
        return StoreStatus::failure(QStringLiteral("cannot write orders.csv or order_items.csv"));

    // Events: views, carts and favourites over the last 180 days, a quarter as many as orders.
    {
        Output out(dir.filePath(QStringLiteral("events.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "buyer_id,product_id,type,date\n";
        for (const CraftedEvent& e : craftedEvents) {
            const Seller& s = sellers[static_cast<size_t>(e.seller)];
            out.id("B", e.buyer, 7) << ',';
            out.id("P", s.products[static_cast<size_t>(e.productIndex) % s.products.size()], 6)
                << ',' << e.type << ',' << days[static_cast<size_t>(e.daysAgo)] << '\n';
        }
        const qint64 eventCount = o.orders / 4;
        for (qint64 n = 0; n < eventCount; ++n) {
            const quint32 buyerIndex = buyerTable.pick(random);
            const int seller = generic[random.chance(0.5) ? homeA[buyerIndex] : sellerTable.pick(random)];
            const Seller& s = sellers[static_cast<size_t>(seller)];
            const double t = random.uniform();
            out.id("B", reserved + 1 + buyerIndex, 7) << ',';
            out.id("P", s.products[static_cast<size_t>(random.below(s.products.size()))], 6)
                << ','
                << (t < 0.7   ? "view"
                    : t < 0.9 ? "cart"
                              : "favorite")
                << ',' << days[static_cast<size_t>(random.below(180))] << '\n';
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write events.csv"));
    }

    // Promotions, collections, chats.
    {
        Output out(dir.filePath(QStringLiteral("promotions.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "promotion_id,seller_id,name,mechanic,start,end,status\n";
        constexpr std::array<const char*, 4> mechanics{"discount", "promo_code", "installments", "sale"};
        constexpr std::array<const char*, 6> names{"Black Friday",   "New Year sale",  "Weekend deals",
                                                   "Back to school", "Spring refresh", "Clearance"};
        qint64 promotion = 0;
        for (int s = 1; s <= o.sellers; ++s) {
            const int count = s == 1 ? 8 : s == 6 ? 0 : 1 + static_cast<int>(random.below(5));
            for (int p = 0; p < count; ++p) {
                const int startOffset = static_cast<int>(random.below(150)) - 60; // days from the end date
                const int length = 7 + static_cast<int>(random.below(40));
                const QDate start = end.addDays(startOffset);
                const QDate finish = start.addDays(length);
                const char* status = finish < end ? "finished" : start > end ? "planned" : "active";
                out.id("PR", ++promotion, 5) << ',';
                out.id("S", s, 4) << ",\"" << names[random.below(names.size())] << ", "
                                  << isoDate(start).substr(0, 7) << "\","
                                  << mechanics[random.below(mechanics.size())] << ',' << isoDate(start) << ','
                                  << isoDate(finish) << ',' << status << '\n';
            }
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write promotions.csv"));
    }
    {
        Output out(dir.filePath(QStringLiteral("collections.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "collection_id,seller_id,name\n";
        constexpr std::array<const char*, 5> names{"Bestsellers", "New arrivals", "Gift ideas",
                                                   "Under 1000 RUB", "Editors' \"\"picks\"\""};
        qint64 collection = 0;
        for (int s = 1; s <= o.sellers; ++s) {
            const int count = s == 1 ? 5 : 1 + static_cast<int>(random.below(4));
            for (int c = 0; c < count; ++c) {
                out.id("CL", ++collection, 5) << ',';
                out.id("S", s, 4) << ",\"" << names[static_cast<size_t>(c)] << "\"\n";
            }
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write collections.csv"));
    }
    {
        Output out(dir.filePath(QStringLiteral("chats.csv")));
        if (!out.open())
            return StoreStatus::failure(out.errorString());
        out << "seller_id,buyer_id,started_by,blocked_by_buyer\n";
        for (qint64 b = 1; b <= 30; b += 3) { // S0001's crafted buyers: some chats, one blocked
            out << "S0001,";
            out.id("B", b, 7) << ',' << (b % 2 == 0 ? "buyer" : "seller") << ',' << (b == 7 ? "1" : "0")
                              << '\n';
        }
        for (qint64 i = 0; i < randomBuyers; i += 20) {
            out.id("S", generic[homeA[static_cast<size_t>(i)]], 4) << ',';
            out.id("B", reserved + 1 + i, 7) << ',' << (random.chance(0.6) ? "buyer" : "seller") << ','
                                             << (random.chance(0.08) ? "1" : "0") << '\n';
        }
        if (!out.close())
            return StoreStatus::failure(QStringLiteral("cannot write chats.csv"));
    }
    return {};
}

} // namespace sellercrm::server
