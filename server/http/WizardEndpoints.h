#pragma once

#include "ApiRouter.h"

namespace sellercrm::server {

// What the wizard asks the server while the seller fills it in (WIZ-5, WIZ-6):
// - GET /calendar: send days in a range with the disabled ones and why (past, after the
//   promotion or subscription ends, platform capacity used up);
// - POST /bonus-quotes: the cost of a bonus campaign with the platform discounts;
// - POST /banner-forecasts: reach, impressions and spend of a banner budget and period;
// - POST /banner-images: a generated 1200×400 PNG creative for a banner target.
struct WizardEndpoints final
{
    static void addRoutes(ApiRouter& router);
    static ApiResponse calendar(const ApiContext& context);
    static ApiResponse bonusQuote(const ApiContext& context);
    static ApiResponse bannerForecast(const ApiContext& context);
    static ApiResponse bannerImage(const ApiContext& context);

    static constexpr int maxCalendarDays = 366;
    // Banner pricing model of the forecast: cost per thousand impressions and the average number
    // of impressions per reached buyer.
    static constexpr qint64 cpmKopecks = 15'000;
    static constexpr int impressionsPerBuyer = 3;
};

} // namespace sellercrm::server
