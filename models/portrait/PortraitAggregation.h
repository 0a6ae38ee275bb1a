#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace sellercrm {

// POR-1: what the portrait shows for one audience and condition tree — the same figures the
// server's POST /api/v1/portrait answers (reach, average-check buckets, regions, categories,
// age band × gender), computed from the local cache.
struct PortraitAggregation final
{
    // Upper bounds (exclusive) of the average-check buckets, kopecks; the last bucket is open.
    // The server's PortraitEndpoints::bucketBounds: the cross-check test keeps them equal.
    static constexpr std::array<qint64, 6> bucketBounds = {50'000,  100'000, 200'000,
                                                           300'000, 500'000, 1'000'000};
    static constexpr int bucketCount = int(bucketBounds.size()) + 1;

    struct Count
    {
        QString key;  // region name, category id, "<age band>/<gender>"
        QString name; // for categories: the name from the cache; otherwise the key
        qint64 buyers = 0;

        friend bool operator==(const Count&, const Count&) = default;
    };

    qint64 reach = 0;    // buyers of the audience matching the conditions
    qint64 audience = 0; // buyers of the audience before the conditions
    std::array<qint64, bucketCount> avgCheckBuckets{};
    QList<Count> regions;    // every region, most buyers first, ties by name
    QList<Count> categories; // every interest category, most buyers first, ties by id
    // Buyers per age band × gender; keys are the cached codes ("25-34", "f"; "" when unknown).
    QList<Count> ageGender; // sorted by age band then gender

    qint64 ageGenderBuyers(const QString& ageBand, const QString& gender) const;

    friend bool operator==(const PortraitAggregation&, const PortraitAggregation&) = default;
};

} // namespace sellercrm
