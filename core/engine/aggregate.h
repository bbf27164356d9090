// From loaded tables to the 29 columns. Each function fills its own columns of the output,
// so the four fact tables can be aggregated at the same time.
#pragma once

#include "engine/loaded_tables.h"

namespace c360 {

// Takes the columns it can from `customers` (moved when no customer is left out).
void fillProfile(CustomerData&& customers, const BuildOptions& options, Customer360& out,
                 unsigned threads);
// Rows of one fact table grouped by customer, keeping file order inside each group: a stable
// counting sort over the dense row numbers. Rows dated after `asOf` are left out and counted.
struct CustomerGrouping {
    std::vector<std::uint32_t> begin; // size customers + 1
    std::vector<std::uint32_t> order; // indices into the fact table
};
CustomerGrouping groupByCustomer(const std::vector<std::int32_t>& row,
                                 const std::vector<Days>& date, Days asOf, std::size_t customers,
                                 std::uint64_t& leftOut);

// `groups`: the purchases grouped by customer. False when a customer's total spend does not
// fit (over 900 trillion): the build fails.
bool aggregatePurchases(const PurchaseData& purchases, const CustomerGrouping& groups,
                        const CatalogData& catalog, const BuildOptions& options, Customer360& out,
                        TableReport& report);
void aggregateService(const ServiceData& service, const BuildOptions& options, Customer360& out,
                      TableReport& report);
void aggregateResponses(const ResponseData& responses, std::size_t campaignCount,
                        const BuildOptions& options, Customer360& out, TableReport& report);
void aggregateSessions(const SessionData& sessions, const BuildOptions& options, Customer360& out,
                       TableReport& report);
// Segment, status and the three rates, once everything else is in.
void deriveColumns(const BuildOptions& options, Customer360& out);

} // namespace c360
