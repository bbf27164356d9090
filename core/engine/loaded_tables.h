// The source tables after loading: columns of ids already resolved to dense indices, dates as
// day numbers, money as exact integers. Aggregation reads only these.
#pragma once

#include "engine/build.h"
#include "engine/customer360.h"
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

// The transaction ids of the purchase lines, for counting distinct transactions per customer.
// Consecutive lines with the same id (the lines of one order, as exports list them) share one
// entry; an entry keeps the id's text and hash. Interning every id in one hash table instead
// was a quarter of the build's time at 8M lines: its probes miss the cache on every line.
class TransactionIds {
public:
    // The entry of `id`: the last one if it holds the same text, else a new one.
    std::uint32_t add(std::string_view id) {
        if (!ends_.empty() && lastText() == id)
            return static_cast<std::uint32_t>(ends_.size() - 1);
        text_.append(id);
        ends_.push_back(text_.size());
        hashes_.push_back(hashBytes(id));
        return static_cast<std::uint32_t>(ends_.size() - 1);
    }
    std::string_view text(std::uint32_t entry) const noexcept {
        const std::uint64_t begin = entry == 0 ? 0 : ends_[entry - 1];
        return std::string_view(text_).substr(begin, ends_[entry] - begin);
    }
    std::uint64_t hash(std::uint32_t entry) const noexcept { return hashes_[entry]; }
    std::size_t size() const noexcept { return ends_.size(); }
    std::size_t textBytes() const noexcept { return text_.size(); }
    void reserve(std::size_t entries, std::size_t bytes) {
        text_.reserve(bytes);
        ends_.reserve(entries);
        hashes_.reserve(entries);
    }
    // How many distinct ids the entries name; `entries` is reordered.
    std::int32_t countDistinct(std::vector<std::uint32_t>& entries) const;

private:
    std::string_view lastText() const noexcept {
        return text(static_cast<std::uint32_t>(ends_.size() - 1));
    }
    std::string text_;
    std::vector<std::uint64_t> ends_;
    std::vector<std::uint64_t> hashes_;
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
                   std::string& error);
bool loadCatalog(RowSource& src, TableReport& report, LoadContext& ctx, CatalogData& out,
                 std::string& error);
bool loadCampaigns(RowSource& src, TableReport& report, LoadContext& ctx, CampaignData& out,
                   std::string& error);
bool loadPurchases(RowSource& src, TableReport& report, LoadContext& ctx,
                   const CustomerData& customers, const CatalogData& catalog, PurchaseData& out,
                   std::string& error);
bool loadService(RowSource& src, TableReport& report, LoadContext& ctx,
                 const CustomerData& customers, ServiceData& out, std::string& error);
bool loadResponses(RowSource& src, TableReport& report, LoadContext& ctx,
                   const CustomerData& customers, const CampaignData& campaigns, ResponseData& out,
                   std::string& error);
bool loadSessions(RowSource& src, TableReport& report, LoadContext& ctx,
                  const CustomerData& customers, SessionData& out, std::string& error);

} // namespace c360
