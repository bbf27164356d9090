// What the workbench's charts draw for the customers in the current filter: value segment by
// status, spend and age bands, and the most common favourite categories and brands. Computed
// in the core in one pass over the selected rows, so charts follow a filter of a million rows
// within a frame.
#pragma once

#include "engine/customer360.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace c360 {

// Counts in bands given by their lower bounds: band i holds lower[i] <= v < lower[i + 1], the
// last band is open above and values under lower[0] fall into band 0. Missing values are
// counted apart.
struct BandCounts {
    std::vector<double> lower;
    std::vector<std::uint64_t> counts;
    std::uint64_t missing = 0;
};

struct LabelCount {
    std::string label; // a category or brand name as in the data
    std::uint64_t count = 0;
};

struct SegmentSummary {
    std::uint64_t customers = 0;
    // [segment][status], both in enum order (Low, Medium, High; Active ... Never Purchased).
    std::array<std::array<std::uint64_t, 4>, 3> segmentByStatus{};
    std::array<std::uint64_t, 3> segments{};
    std::array<std::uint64_t, 4> statuses{};
    BandCounts spend; // total_spend in currency units
    BandCounts age;   // years
    // The most frequent favourites, most first, ties by name; customers without one are not
    // listed (they are customers - sum of all counts, see noCategory/noBrand).
    std::vector<LabelCount> topCategories;
    std::vector<LabelCount> topBrands;
    std::uint64_t noCategory = 0;
    std::uint64_t noBrand = 0;
};

// The band edges the charts use (and that a chosen bar turns into a range filter).
const std::vector<double>& spendBandLowerBounds();
const std::vector<double>& ageBandLowerBounds();

// `threads` slices the rows (0: one per core); the result does not depend on it.
SegmentSummary summariseSegment(const Customer360& table, const std::vector<std::uint32_t>& rows,
                                std::size_t topCount = 10, unsigned threads = 0);

} // namespace c360
