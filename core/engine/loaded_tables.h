// The source tables after loading: columns of ids already resolved to dense indices, dates as
// day numbers, money as exact integers. Aggregation reads only these.
#pragma once

#include "engine/build.h"
#include "engine/customer360.h"
#include "engine/transaction_ids.h"
#include "util/string_interner.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace c360 {

inline constexpr std::int32_t kNoProduct = -1;
// A product or campaign id that its catalogue does not have: kept, counted after the snapshot.
inline constexpr std::int32_t kUnknownReference = -2;

struct CustomerData {
    StringInterner ids; // dense index = order of first appearance
    TextColumn firstName, lastName, email, phoneNumber;
    std::vector<Days> dateOfBirth, registrationDate;
    std::vector<std::uint64_t> line; // where each customer's row is, for later warnings
    // Dense index -> row of customer_360, or -1 when the snapshot rule leaves it out.
    std::vector<std::int32_t> outputRow;
    std::vector<std::int32_t> outputToDense;
};

struct CatalogData {
    StringInterner productIds;
    std::vector<std::int32_t> category, brand; // per product: index into the names, or -1
    StringInterner categoryNames, brandNames;
};

struct CampaignData {
    StringInterner campaignIds;
};

struct PurchaseData {
    std::vector<std::int32_t> row;          // customer_360 row
    std::vector<std::uint32_t> transaction; // entry in `transactionIds`
    TransactionIds transactionIds;
    std::vector<Money> amount;
    std::vector<Days> date;
    // Catalogue index, kNoProduct (empty) or kUnknownReference (not in the catalogue).
    std::vector<std::int32_t> product;
};

struct ServiceData {
    std::vector<std::int32_t> row;
    std::vector<double> satisfaction; // NaN when NULL
    std::vector<std::uint8_t> resolved;
    std::vector<Days> date;
};

struct ResponseData {
    std::vector<std::int32_t> row;
    std::vector<std::int32_t> campaign; // index, or -1 when not in marketing_campaigns
    std::vector<std::uint8_t> positive;
    std::vector<Days> date;
};

struct SessionData {
    std::vector<std::int32_t> row;
    std::vector<double> pages, time; // NaN when NULL
    std::vector<Days> date;
};

// Each returns false with `error` set when the table cannot be used at all (a required
// column is missing, the read failed) or when cancelled (error empty, `cancelled` set).
struct LoadContext {
    const BuildOptions& options;
    BuildObserver* observer;
    std::uint64_t allTablesBytes = 0;
    const std::map<std::string, std::string>* columnMap = nullptr; // contract name -> header
    bool cancelled = false;
};

bool loadCustomers(RowSource& src, TableReport& report, LoadContext& ctx, CustomerData& out,
                   Message& error);
bool loadCatalog(RowSource& src, TableReport& report, LoadContext& ctx, CatalogData& out,
                 Message& error);
bool loadCampaigns(RowSource& src, TableReport& report, LoadContext& ctx, CampaignData& out,
                   Message& error);
bool loadPurchases(RowSource& src, TableReport& report, LoadContext& ctx,
                   const CustomerData& customers, const CatalogData& catalog, PurchaseData& out,
                   Message& error);
bool loadService(RowSource& src, TableReport& report, LoadContext& ctx,
                 const CustomerData& customers, ServiceData& out, Message& error);
bool loadResponses(RowSource& src, TableReport& report, LoadContext& ctx,
                   const CustomerData& customers, const CampaignData& campaigns, ResponseData& out,
                   Message& error);
bool loadSessions(RowSource& src, TableReport& report, LoadContext& ctx,
                  const CustomerData& customers, SessionData& out, Message& error);

} // namespace c360
