#include "query/segment_summary.h"

#include <algorithm>

namespace c360 {

const std::vector<double>& spendBandLowerBounds() {
    static const std::vector<double> bounds{0, 100, 250, 500, 1000, 2500, 5000, 10000};
    return bounds;
}

const std::vector<double>& ageBandLowerBounds() {
    static const std::vector<double> bounds{0, 18, 25, 35, 45, 55, 65};
    return bounds;
}

namespace {

std::size_t bandOf(const std::vector<double>& lower, double v) {
    // First bound greater than v, minus one; below the first bound counts in band 0.
    const auto it = std::upper_bound(lower.begin(), lower.end(), v);
    return it == lower.begin() ? 0 : static_cast<std::size_t>(it - lower.begin()) - 1;
}

std::vector<LabelCount> topLabels(const std::vector<std::uint64_t>& counts,
                                  const std::vector<std::string>& names, std::size_t topCount) {
    std::vector<LabelCount> all;
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0)
            all.push_back({names[i], counts[i]});
    std::sort(all.begin(), all.end(), [](const LabelCount& a, const LabelCount& b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    if (all.size() > topCount)
        all.resize(topCount);
    return all;
}

} // namespace

SegmentSummary summariseSegment(const Customer360& table, const std::vector<std::uint32_t>& rows,
                                std::size_t topCount) {
    SegmentSummary s;
    s.customers = rows.size();
    s.spend.lower = spendBandLowerBounds();
    s.spend.counts.assign(s.spend.lower.size(), 0);
    s.age.lower = ageBandLowerBounds();
    s.age.counts.assign(s.age.lower.size(), 0);
    std::vector<std::uint64_t> categories(table.categoryNames.size(), 0);
    std::vector<std::uint64_t> brands(table.brandNames.size(), 0);

    for (const std::uint32_t row : rows) {
        const auto segment = static_cast<std::size_t>(table.valueSegment[row]);
        const auto status = static_cast<std::size_t>(table.customerStatus[row]);
        ++s.segmentByStatus[segment][status];
        ++s.segments[segment];
        ++s.statuses[status];
        // total_spend is never missing (the contract makes it 0 without purchases).
        ++s.spend.counts[bandOf(s.spend.lower, moneyToDouble(table.totalSpend[row]))];
        const std::int32_t age = table.age[row];
        if (age == kNullInt)
            ++s.age.missing;
        else
            ++s.age.counts[bandOf(s.age.lower, age)];
        const std::int32_t category = table.favoriteCategory[row];
        if (category == kNoDictEntry)
            ++s.noCategory;
        else
            ++categories[static_cast<std::size_t>(category)];
        const std::int32_t brand = table.favoriteBrand[row];
        if (brand == kNoDictEntry)
            ++s.noBrand;
        else
            ++brands[static_cast<std::size_t>(brand)];
    }
    s.topCategories = topLabels(categories, table.categoryNames, topCount);
    s.topBrands = topLabels(brands, table.brandNames, topCount);
    return s;
}

} // namespace c360
