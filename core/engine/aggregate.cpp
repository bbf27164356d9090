#include "engine/aggregate.h"

#include "util/parallel.h"

#include <algorithm>
#include <functional>
#include <span>

namespace c360 {

namespace {

bool isPlainInteger(std::string_view s) noexcept {
    if (!s.empty() && s.front() == '-') {
        s.remove_prefix(1);
        if (!s.empty() && s.front() == '0')
            return false; // "-0" and "-012" would change as integers
    }
    if (s.empty() || s.size() > 18 || (s.size() > 1 && s.front() == '0'))
        return false; // leading zeros would be lost in an INTEGER column
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The purchase lines of a block of customers, copied into customer order. The copy reads the
// lines through the grouping's permutation in one tight loop, where the loads of many lines
// are in flight at once; read in the middle of the aggregation, each line waited for its own
// loads (lines in no particular order miss the cache on every field), which made the
// aggregation four times slower on such files.
struct LineBlock {
    static constexpr std::size_t kLines = 4096;
    std::vector<Money> amount;
    std::vector<Days> date;
    std::vector<std::int32_t> product;
    std::vector<TransactionKey> key;

    // Gathers the lines of customers [first, n) up to about kLines of them (at least one
    // customer's); returns the end of the customers gathered.
    std::size_t gather(const PurchaseData& p, const CustomerGrouping& g, std::size_t first,
                       std::size_t end) {
        std::size_t last = first + 1;
        while (last < end && g.begin[last + 1] - g.begin[first] <= kLines)
            ++last;
        const std::uint32_t from = g.begin[first];
        const std::size_t count = g.begin[last] - from;
        amount.resize(count);
        date.resize(count);
        product.resize(count);
        key.resize(count);
        for (std::size_t k = 0; k < count; ++k) {
            const std::uint32_t i = g.order[from + k];
            amount[k] = p.amount[i];
            date[k] = p.date[i];
            product[k] = p.product[i];
            key[k] = p.transactionIds.key(p.transaction[i]);
        }
        return last;
    }
};

// Picks a favourite among the values touched for one customer: most lines, then most spend,
// then the smallest name in byte order.
class FavouritePicker {
public:
    explicit FavouritePicker(const StringInterner& names)
        : names_(names), count_(names.size(), 0), spend_(names.size(), 0) {}

    void add(std::int32_t id, Money amount) {
        const auto i = static_cast<std::size_t>(id);
        if (count_[i] == 0)
            touched_.push_back(id);
        ++count_[i];
        // Wraps only where the customer's total overflowed too, which fails the build.
        spend_[i] = static_cast<Money>(static_cast<std::uint64_t>(spend_[i]) +
                                       static_cast<std::uint64_t>(amount));
    }

    std::int32_t takeBest() {
        std::int32_t best = kNoDictEntry;
        for (const std::int32_t id : touched_) {
            if (best == kNoDictEntry || better(id, best))
                best = id;
        }
        for (const std::int32_t id : touched_) {
            count_[static_cast<std::size_t>(id)] = 0;
            spend_[static_cast<std::size_t>(id)] = 0;
        }
        touched_.clear();
        return best;
    }

private:
    bool better(std::int32_t a, std::int32_t b) const {
        const auto ia = static_cast<std::size_t>(a), ib = static_cast<std::size_t>(b);
        if (count_[ia] != count_[ib])
            return count_[ia] > count_[ib];
        if (spend_[ia] != spend_[ib])
            return spend_[ia] > spend_[ib];
        return names_.at(a) < names_.at(b);
    }

    const StringInterner& names_;
    std::vector<std::uint32_t> count_;
    std::vector<Money> spend_;
    std::vector<std::int32_t> touched_;
};

std::vector<std::string> namesOf(const StringInterner& interner) {
    std::vector<std::string> out;
    out.reserve(interner.size());
    for (std::size_t i = 0; i < interner.size(); ++i)
        out.emplace_back(interner.at(static_cast<std::int32_t>(i)));
    return out;
}

} // namespace

CustomerGrouping groupByCustomer(const std::vector<std::int32_t>& row,
                                 const std::vector<Days>& date, Days asOf, std::size_t customers,
                                 std::uint64_t& leftOut) {
    CustomerGrouping g;
    g.begin.assign(customers + 1, 0);
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (date[i] != kNullDate && date[i] > asOf)
            continue;
        ++g.begin[static_cast<std::size_t>(row[i]) + 1];
    }
    for (std::size_t c = 0; c < customers; ++c)
        g.begin[c + 1] += g.begin[c];
    g.order.resize(g.begin[customers]);
    std::vector<std::uint32_t> fill(g.begin.begin(), g.begin.end() - 1);
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (date[i] != kNullDate && date[i] > asOf) {
            ++leftOut;
            continue;
        }
        g.order[fill[static_cast<std::size_t>(row[i])]++] = static_cast<std::uint32_t>(i);
    }
    return g;
}

namespace {

// The rows of `from` that customer_360 keeps, in its order; all of them when none is left out.
void takeKeptRows(TextColumn& from, const std::vector<std::int32_t>& kept, TextColumn& to) {
    if (kept.size() == from.size()) {
        to = std::move(from);
        return;
    }
    to.reserve(kept.size(), from.packedBytes().size());
    for (const std::int32_t dense : kept)
        to.push(from.at(static_cast<std::size_t>(dense)));
}

} // namespace

void fillProfile(CustomerData&& customers, const BuildOptions& options, Customer360& out,
                 unsigned threads) {
    const Days asOf = options.asOf;
    const std::vector<std::int32_t>& kept = customers.outputToDense;
    const std::size_t n = kept.size();
    // Each task fills its own columns, so the columns are copied side by side.
    std::vector<std::function<void()>> tasks = {
        [&] {
            out.customerId.reserve(n, customers.ids.size() * 8);
            bool integers = true;
            for (const std::int32_t dense : kept) {
                const std::string_view id = customers.ids.at(dense);
                out.customerId.push(id);
                integers = integers && isPlainInteger(id);
            }
            out.customerIdsAreIntegers = integers;
        },
        [&] { takeKeptRows(customers.firstName, kept, out.firstName); },
        [&] { takeKeptRows(customers.lastName, kept, out.lastName); },
        [&] { takeKeptRows(customers.email, kept, out.email); },
        [&] { takeKeptRows(customers.phoneNumber, kept, out.phoneNumber); },
        [&] {
            out.dateOfBirth.resize(n);
            out.registrationDate.resize(n);
            out.age.resize(n);
            out.daysSinceRegistration.resize(n);
            const CivilDate asOfCivil = civilFromDays(asOf);
            for (std::size_t row = 0; row < n; ++row) {
                const auto dense = static_cast<std::size_t>(kept[row]);
                const Days dob = customers.dateOfBirth[dense];
                const Days reg = customers.registrationDate[dense];
                out.dateOfBirth[row] = dob;
                out.registrationDate[row] = reg;
                out.daysSinceRegistration[row] = reg == kNullDate ? kNullInt : asOf - reg;
                if (dob == kNullDate) {
                    out.age[row] = kNullInt;
                } else if (dob > asOf) {
                    out.age[row] =
                        kNullInt; // the loader warned about it, with the value as written
                } else {
                    const CivilDate b = civilFromDays(dob);
                    int age = asOfCivil.year - b.year;
                    if (asOfCivil.month < b.month ||
                        (asOfCivil.month == b.month && asOfCivil.day < b.day))
                        --age;
                    out.age[row] = age;
                }
            }
        },
    };
    runTasks(tasks, threads);
}

bool aggregatePurchases(const PurchaseData& p, const CustomerGrouping& g,
                        const CatalogData& catalog, const BuildOptions& options, Customer360& out,
                        TableReport& report) {
    const std::size_t n = out.rowCount();
    report.loaded = g.order.size();
    out.totalPurchases.assign(n, 0);
    out.totalSpend.assign(n, 0);
    out.avgPurchaseValue.assign(n, kNullReal);
    out.lastPurchaseDate.assign(n, kNullDate);
    out.daysSinceLastPurchase.assign(n, kNullInt);
    out.favoriteCategory.assign(n, kNoDictEntry);
    out.favoriteBrand.assign(n, kNoDictEntry);
    out.categoryNames = namesOf(catalog.categoryNames);
    out.brandNames = namesOf(catalog.brandNames);
    // Customers are independent: their rows are aggregated in slices, one per thread, each
    // with its own scratch state; the results do not depend on the slicing.
    struct SliceTotals {
        std::uint64_t unknownProducts = 0;
        bool overflow = false;
    };
    const unsigned slices = n < 4096 ? 1u : resolveThreadCount(options.threads);
    std::vector<SliceTotals> totals(slices);
    auto aggregateSlice = [&](std::size_t begin, std::size_t end, SliceTotals& sliceTotals) {
        FavouritePicker categories(catalog.categoryNames), brands(catalog.brandNames);
        LineBlock lines;
        std::uint64_t unknownProducts = 0;
        bool overflow = false;
        for (std::size_t blockBegin = begin; blockBegin < end;) {
            const std::size_t blockEnd = lines.gather(p, g, blockBegin, end);
            for (std::size_t c = blockBegin; c < blockEnd; ++c) {
                const std::size_t first = g.begin[c] - g.begin[blockBegin];
                const std::size_t last = g.begin[c + 1] - g.begin[blockBegin];
                Money spend = 0;
                Days latest = kNullDate;
                for (std::size_t k = first; k < last; ++k) {
                    overflow |= __builtin_add_overflow(spend, lines.amount[k], &spend);
                    const Days date = lines.date[k];
                    if (date != kNullDate && (latest == kNullDate || date > latest))
                        latest = date;
                    const std::int32_t product = lines.product[k];
                    if (product == kUnknownReference)
                        ++unknownProducts;
                    if (product >= 0) {
                        const std::int32_t category =
                            catalog.category[static_cast<std::size_t>(product)];
                        const std::int32_t brand = catalog.brand[static_cast<std::size_t>(product)];
                        if (category >= 0)
                            categories.add(category, lines.amount[k]);
                        if (brand >= 0)
                            brands.add(brand, lines.amount[k]);
                    }
                }
                const std::int32_t transactions = p.transactionIds.countDistinct(
                    std::span(lines.key).subspan(first, last - first));
                out.totalPurchases[c] = transactions;
                out.totalSpend[c] = spend;
                if (transactions > 0)
                    out.avgPurchaseValue[c] =
                        static_cast<double>(spend) /
                        (static_cast<double>(kMoneyScale) * static_cast<double>(transactions));
                out.lastPurchaseDate[c] = latest;
                if (latest != kNullDate)
                    out.daysSinceLastPurchase[c] = options.asOf - latest;
                out.favoriteCategory[c] = categories.takeBest();
                out.favoriteBrand[c] = brands.takeBest();
            }
            blockBegin = blockEnd;
        }
        sliceTotals.unknownProducts = unknownProducts;
        sliceTotals.overflow = overflow;
    };
    std::vector<std::function<void()>> tasks;
    for (unsigned i = 0; i < slices; ++i)
        tasks.emplace_back(
            [&, i] { aggregateSlice(n * i / slices, n * (i + 1) / slices, totals[i]); });
    runTasks(tasks, slices);
    std::uint64_t unknownProducts = 0;
    bool overflow = false;
    for (const SliceTotals& t : totals) {
        unknownProducts += t.unknownProducts;
        overflow |= t.overflow;
    }
    report.unmatched = unknownProducts;
    if (unknownProducts > 0)
        report.notes.push_back(
            Message(MessageKind::UnknownProducts, {std::to_string(unknownProducts)}));
    return !overflow;
}

void aggregateService(const ServiceData& s, const BuildOptions& options, Customer360& out,
                      TableReport& report) {
    const std::size_t n = out.rowCount();
    out.totalInteractions.assign(n, 0);
    out.resolvedInteractions.assign(n, 0);
    std::vector<double> sum(n, 0.0);
    std::vector<std::int32_t> scored(n, 0);
    for (std::size_t i = 0; i < s.row.size(); ++i) {
        if (s.date[i] != kNullDate && s.date[i] > options.asOf) {
            ++report.leftOutByAsOf;
            continue;
        }
        const auto c = static_cast<std::size_t>(s.row[i]);
        ++out.totalInteractions[c];
        out.resolvedInteractions[c] += s.resolved[i];
        if (!isNullReal(s.satisfaction[i])) {
            sum[c] += s.satisfaction[i];
            ++scored[c];
        }
        ++report.loaded;
    }
    out.avgSatisfactionScore.assign(n, kNullReal);
    for (std::size_t c = 0; c < n; ++c)
        if (scored[c] > 0)
            out.avgSatisfactionScore[c] = sum[c] / scored[c];
}

void aggregateResponses(const ResponseData& r, std::size_t campaignCount,
                        const BuildOptions& options, Customer360& out, TableReport& report) {
    const std::size_t n = out.rowCount();
    const CustomerGrouping g =
        groupByCustomer(r.row, r.date, options.asOf, n, report.leftOutByAsOf);
    report.loaded = g.order.size();
    out.campaignsEngaged.assign(n, 0);
    out.positiveResponses.assign(n, 0);
    std::vector<std::int32_t> engagedBy(campaignCount, -1), positiveBy(campaignCount, -1);
    std::uint64_t unknownCampaigns = 0;
    for (std::size_t c = 0; c < n; ++c) {
        const auto customer = static_cast<std::int32_t>(c);
        for (std::uint32_t k = g.begin[c]; k < g.begin[c + 1]; ++k) {
            const std::uint32_t i = g.order[k];
            if (r.campaign[i] < 0) {
                ++unknownCampaigns;
                continue;
            }
            const auto campaign = static_cast<std::size_t>(r.campaign[i]);
            if (engagedBy[campaign] != customer) {
                engagedBy[campaign] = customer;
                ++out.campaignsEngaged[c];
            }
            if (r.positive[i] && positiveBy[campaign] != customer) {
                positiveBy[campaign] = customer;
                ++out.positiveResponses[c];
            }
        }
    }
    report.unmatched = unknownCampaigns;
    if (unknownCampaigns > 0)
        report.notes.push_back(
            Message(MessageKind::UnknownCampaigns, {std::to_string(unknownCampaigns)}));
}

void aggregateSessions(const SessionData& s, const BuildOptions& options, Customer360& out,
                       TableReport& report) {
    const std::size_t n = out.rowCount();
    out.totalSessions.assign(n, 0);
    std::vector<double> pages(n, 0.0), time(n, 0.0);
    std::vector<std::int32_t> pagesCount(n, 0), timeCount(n, 0);
    for (std::size_t i = 0; i < s.row.size(); ++i) {
        if (s.date[i] != kNullDate && s.date[i] > options.asOf) {
            ++report.leftOutByAsOf;
            continue;
        }
        const auto c = static_cast<std::size_t>(s.row[i]);
        ++out.totalSessions[c];
        if (!isNullReal(s.pages[i])) {
            pages[c] += s.pages[i];
            ++pagesCount[c];
        }
        if (!isNullReal(s.time[i])) {
            time[c] += s.time[i];
            ++timeCount[c];
        }
        ++report.loaded;
    }
    out.avgPagesPerSession.assign(n, kNullReal);
    out.avgTimePerSession.assign(n, kNullReal);
    for (std::size_t c = 0; c < n; ++c) {
        if (pagesCount[c] > 0)
            out.avgPagesPerSession[c] = pages[c] / pagesCount[c];
        if (timeCount[c] > 0)
            out.avgTimePerSession[c] = time[c] / timeCount[c];
    }
}

void deriveColumns(const BuildOptions& options, Customer360& out) {
    const std::size_t n = out.rowCount();
    out.valueSegment.resize(n);
    out.customerStatus.resize(n);
    out.issueResolutionRate.assign(n, kNullReal);
    out.campaignResponseRate.assign(n, kNullReal);
    out.websiteEngagementRate.assign(n, kNullReal);
    for (std::size_t c = 0; c < n; ++c) {
        const Money spend = out.totalSpend[c];
        out.valueSegment[c] = spend > options.highSpend     ? ValueSegment::High
                              : spend > options.mediumSpend ? ValueSegment::Medium
                                                            : ValueSegment::Low;
        const std::int32_t days = out.daysSinceLastPurchase[c];
        if (out.totalPurchases[c] == 0)
            out.customerStatus[c] = CustomerStatus::NeverPurchased;
        else if (days != kNullInt && days <= options.activeDays)
            out.customerStatus[c] = CustomerStatus::Active;
        else if (days != kNullInt && days <= options.atRiskDays)
            out.customerStatus[c] = CustomerStatus::AtRisk;
        else
            out.customerStatus[c] = CustomerStatus::Churned;
        if (out.totalInteractions[c] > 0)
            out.issueResolutionRate[c] =
                static_cast<double>(out.resolvedInteractions[c]) / out.totalInteractions[c];
        if (out.campaignsEngaged[c] > 0)
            out.campaignResponseRate[c] =
                static_cast<double>(out.positiveResponses[c]) / out.campaignsEngaged[c];
        const std::int32_t reg = out.daysSinceRegistration[c];
        if (reg != kNullInt && reg != 0)
            out.websiteEngagementRate[c] = static_cast<double>(out.totalSessions[c]) / reg;
    }
}

} // namespace c360
