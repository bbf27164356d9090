// Filtering and sorting customer_360 in the core, over columns: the workbench's filter panel
// and `c360 export` ask here which rows match and in what order, never a proxy model over a
// million rows.
#pragma once

#include "engine/customer360.h"

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

// An inclusive range over a numeric or date column; either end may be open. Rows whose value
// is missing (NULL) match only when includeMissing is set.
struct RangeFilter {
    Column column = Column::TotalSpend;
    std::optional<double> min; // dates as day numbers (see values/date.h)
    std::optional<double> max;
    bool includeMissing = false;
};

struct CustomerFilter {
    std::set<ValueSegment> segments; // empty: any
    std::set<CustomerStatus> statuses;
    std::set<std::string> categories; // favourite category names; "" stands for none
    std::set<std::string> brands;
    std::vector<RangeFilter> ranges;
    // Case-insensitive substring of id, first and last name, email or phone (Latin, Greek and
    // Cyrillic letters fold; other scripts compare as written).
    std::string search;
};

// Which columns can be filtered by range, and how a cell reads as a number for it.
bool isRangeColumn(Column column) noexcept;
std::optional<double> numericValue(const Customer360& table, Column column, std::size_t row);

// Rows matching every part of the filter, in table order.
std::vector<std::uint32_t> selectRows(const Customer360& table, const CustomerFilter& filter);

// Counts for the filter panel's checkable lists: for each facet, how many customers each value
// would have if that facet's own choice were cleared and every other filter kept. So ticking
// "High" does not make "Medium" show 0, while a status filter does change the segment counts.
struct FacetCounts {
    std::array<std::uint64_t, 3> segments{}; // by ValueSegment
    std::array<std::uint64_t, 4> statuses{}; // by CustomerStatus
    std::vector<std::uint64_t> categories;   // by index into table.categoryNames
    std::uint64_t noCategory = 0;
    std::vector<std::uint64_t> brands; // by index into table.brandNames
    std::uint64_t noBrand = 0;
};
FacetCounts countFacets(const Customer360& table, const CustomerFilter& filter);

// Both at once, in one evaluation of the filter: what the workbench asks on every change.
// `threads` slices the table (0: one per core); the result does not depend on it.
struct FilteredRows {
    std::vector<std::uint32_t> rows;
    FacetCounts facets;
};
FilteredRows selectRowsWithFacets(const Customer360& table, const CustomerFilter& filter,
                                  unsigned threads = 0);

// Sorts `rows` by one column: stable (equal values keep their order), missing values last in
// both directions, text in byte order.
void sortRows(const Customer360& table, std::vector<std::uint32_t>& rows, Column column,
              bool descending);

// Text folded the way the search box compares it, for other case-insensitive comparisons
// (saved segment names).
std::u32string foldedForComparison(std::string_view text);

} // namespace c360
