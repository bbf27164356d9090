// From loaded tables to the 29 columns. Each function fills its own columns of the output,
// so the four fact tables can be aggregated at the same time.
#pragma once

#include "engine/loaded_tables.h"

namespace c360 {

// Takes the columns it can from `customers` (moved when no customer is left out).
void fillProfile(CustomerData&& customers, const BuildOptions& options, Customer360& out,
                 unsigned threads);
// False when a customer's total spend does not fit (over 900 trillion): the build fails.
bool aggregatePurchases(const PurchaseData& purchases, const CatalogData& catalog,
                        const BuildOptions& options, Customer360& out, TableReport& report);
void aggregateService(const ServiceData& service, const BuildOptions& options, Customer360& out,
                      TableReport& report);
void aggregateResponses(const ResponseData& responses, std::size_t campaignCount,
                        const BuildOptions& options, Customer360& out, TableReport& report);
void aggregateSessions(const SessionData& sessions, const BuildOptions& options, Customer360& out,
                       TableReport& report);
// Segment, status and the three rates, once everything else is in.
void deriveColumns(const BuildOptions& options, Customer360& out);

} // namespace c360
