#pragma once

#include "store/StoreResult.h"

#include <QDate>
#include <QString>

namespace sellercrm::server {

// Deterministic demo data in the DAT-1 format (the same bytes for the same options): a category
// tree, sellers of every plan, buyers with gender, age band and region, orders over the year
// before `endDate` with heavy-tailed buyer activity and checks, weekly and yearly seasonality,
// order items, view/cart/favorite events, promotions, collections and chats.
//
// S0001 is the main demo seller (Premium Plus, verified) with every sub-segment non-empty; S0002..
// S0006 hit the SEG-6 key-segment rules in turn (New >= NEW_MIN; Potential; the Regular fallback;
// the New fallback; no buyers at all), S0007 is blocked by anti-fraud. Streams every file: memory
// stays at the per-buyer tables (about 30 bytes a buyer).
struct DemoGeneratorOptions
{
    QString outputDirectory;
    int sellers = 20;
    int buyers = 20000;
    qint64 orders = 200000;
    quint64 seed = 1;
    QDate endDate = QDate(2026, 11, 23);
};

class DemoGenerator final
{
public:
    explicit DemoGenerator(DemoGeneratorOptions options);
    Q_DISABLE_COPY_MOVE(DemoGenerator)

    StoreStatus run();

    // The smallest sizes that still let every special seller and sub-segment exist.
    static constexpr int minimumSellers = 7;
    static constexpr int minimumBuyers = 200;

private:
    DemoGeneratorOptions m_options;
};

} // namespace sellercrm::server
