#include "engine/build.h"

#include "engine/aggregate.h"
#include "engine/loaded_tables.h"
#include "sources/file_info.h"
#include "util/parallel.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

namespace c360 {

std::string_view severityName(Severity s) noexcept {
    return s == Severity::Rejected ? "rejected" : "warning";
}

std::uint64_t BuildReport::totalRejected() const noexcept {
    std::uint64_t n = 0;
    for (const auto& t : tables)
        n += t.rejected;
    return n;
}

std::uint64_t BuildReport::totalWarnings() const noexcept {
    std::uint64_t n = 0;
    for (const auto& t : tables)
        n += t.warnings;
    return n;
}

const TableReport* BuildReport::find(const std::string& table) const noexcept {
    for (const auto& t : tables)
        if (t.table == table)
            return &t;
    return nullptr;
}

namespace {

struct TableSlot {
    std::unique_ptr<RowSource> source;
    Message error;
};

} // namespace

BuildOutcome buildCustomer360(const SourceSet& sources, const BuildOptions& requested,
                              BuildObserver* observer) {
    const auto started = std::chrono::steady_clock::now();
    BuildOutcome outcome;
    outcome.generation = requested.generation;
    outcome.options = requested;
    BuildOptions& options = outcome.options;
    if (options.asOf == kNullDate)
        options.asOf = todayLocal();
    const unsigned threads = resolveThreadCount(options.threads);
    BuildReport& report = outcome.report;
    report.asOf = formatDate(options.asOf);
    report.tables.resize(kSourceTableCount);

    // Open every present table; a database is hashed once, not once per table.
    SourceFileInfo databaseInfo;
    if (sources.kind == SourceSet::Kind::Sqlite)
        fillFileInfo(sources.root, databaseInfo);
    std::array<TableSlot, kSourceTableCount> slots;
    for (std::size_t i = 0; i < kSourceTableCount; ++i)
        report.tables[i].table = std::string(sourceTableName(sourceTableAt(i)));
    // Opening a CSV file detects its encoding and dialect over all of its bytes: the files are
    // opened in parallel. (A database's tables share one connection, so they open in turn.)
    std::array<SourceFileInfo, kSourceTableCount> openedInfo;
    if (sources.kind == SourceSet::Kind::CsvFolder) {
        std::vector<std::pair<std::uintmax_t, std::size_t>> bySize; // (bytes, table)
        for (std::size_t i = 0; i < kSourceTableCount; ++i) {
            const TableLocation& loc = sources.at(sourceTableAt(i));
            if (!loc.present)
                continue;
            std::uintmax_t bytes = 0;
            std::error_code ec;
            for (const std::string& file : loc.files.empty() ? std::vector{loc.path} : loc.files)
                if (const std::uintmax_t size = std::filesystem::file_size(file, ec); !ec)
                    bytes += size;
            bySize.emplace_back(bytes, i);
        }
        // The largest files first, so the threads finish together.
        std::sort(bySize.begin(), bySize.end(), std::greater<>());
        std::vector<std::function<void()>> opening;
        for (const auto& [bytes, i] : bySize)
            opening.push_back([&, i = i] {
                slots[i].source =
                    openRowSource(sources, sourceTableAt(i), openedInfo[i], slots[i].error);
            });
        runTasks(opening, threads);
    }
    for (std::size_t i = 0; i < kSourceTableCount; ++i) {
        const SourceTable table = sourceTableAt(i);
        const TableLocation& loc = sources.at(table);
        TableReport& t = report.tables[i];
        t.table = std::string(sourceTableName(table));
        t.present = loc.present;
        if (!loc.present) {
            t.notes.push_back(Message(sources.kind == SourceSet::Kind::CsvFolder
                                          ? MessageKind::NoTableCsvInFolder
                                          : MessageKind::NoTableInDatabase,
                                      {t.table}));
            continue;
        }
        if (sources.kind == SourceSet::Kind::Sqlite)
            t.file = loc.path + ":" + loc.sqliteTable;
        else if (loc.files.size() > 1)
            t.file = loc.files.front() + " (and " + std::to_string(loc.files.size() - 1) +
                     (loc.files.size() == 2 ? " more file)" : " more files)");
        else
            t.file = loc.path;
        SourceFileInfo info;
        if (sources.kind == SourceSet::Kind::Sqlite) {
            info = databaseInfo;
            info.table = t.table;
        }
        if (sources.kind == SourceSet::Kind::Sqlite)
            slots[i].source = openRowSource(sources, table, info, slots[i].error);
        if (sources.kind == SourceSet::Kind::Sqlite) {
            info.sizeBytes = databaseInfo.sizeBytes;
            info.modified = databaseInfo.modified;
            info.sha256 = databaseInfo.sha256;
        }
        if (sources.kind == SourceSet::Kind::Sqlite)
            report.sources.push_back(info); // CSV files report theirs once read and hashed
        if (!slots[i].source) {
            outcome.status = BuildStatus::Failed;
            outcome.error = slots[i].error;
            return outcome;
        }
    }

    CustomerData customers;
    CatalogData catalog;
    CampaignData campaigns;
    PurchaseData purchases;
    ServiceData service;
    ResponseData responses;
    SessionData sessions;
    std::array<std::optional<Message>, kSourceTableCount> errors;
    std::array<LoadContext, kSourceTableCount> contexts = {
        LoadContext{options, observer}, LoadContext{options, observer},
        LoadContext{options, observer}, LoadContext{options, observer},
        LoadContext{options, observer}, LoadContext{options, observer},
        LoadContext{options, observer}};
    std::uint64_t allTablesBytes = 0;
    for (const auto& slot : slots)
        if (slot.source)
            allTablesBytes += slot.source->bytesTotal();
    for (std::size_t i = 0; i < kSourceTableCount; ++i) {
        contexts[i].allTablesBytes = allTablesBytes;
        contexts[i].columnMap = &sources.tables[i].columns;
    }
    auto slotOf = [](SourceTable t) { return static_cast<std::size_t>(t); };
    auto task = [&](SourceTable t, auto&& load) -> std::function<void()> {
        const std::size_t i = slotOf(t);
        return [&, i, load] {
            Message error;
            // A load that stops because the build was cancelled has nothing to say.
            if (slots[i].source && !load(*slots[i].source, report.tables[i], contexts[i], error) &&
                !contexts[i].cancelled)
                errors[i] = std::move(error);
        };
    };
    auto settle = [&]() -> bool {
        for (std::size_t i = 0; i < kSourceTableCount; ++i) {
            if (contexts[i].cancelled) {
                outcome.status = BuildStatus::Cancelled;
                outcome.error = Message(MessageKind::BuildCancelled);
                return false;
            }
            if (errors[i]) {
                outcome.status = BuildStatus::Failed;
                outcome.error = errors[i];
                return false;
            }
        }
        return true;
    };

    // Dimension tables first: the fact tables resolve their ids against them.
    std::vector<std::function<void()>> phase1 = {
        task(SourceTable::CustomerInfo,
             [&](RowSource& s, TableReport& r, LoadContext& c, Message& e) {
                 return loadCustomers(s, r, c, customers, e);
             }),
        task(SourceTable::ProductCatalog,
             [&](RowSource& s, TableReport& r, LoadContext& c, Message& e) {
                 return loadCatalog(s, r, c, catalog, e);
             }),
        task(SourceTable::MarketingCampaigns,
             [&](RowSource& s, TableReport& r, LoadContext& c, Message& e) {
                 return loadCampaigns(s, r, c, campaigns, e);
             }),
    };
    // customer_info alone keeps one core busy through phase 1: the other core takes the fact
    // files' SHA-256 meanwhile, which phase 2 would otherwise do while reading them.
    for (const SourceTable fact : {SourceTable::PurchaseTransactions, SourceTable::WebsiteBehavior,
                                   SourceTable::CustomerService, SourceTable::CampaignResponses}) {
        if (RowSource* source = slots[slotOf(fact)].source.get())
            phase1.emplace_back([source] { source->hashAhead(); });
    }
    runTasks(phase1, threads);
    if (!settle())
        return outcome;

    // The biggest tables first, so two threads finish together.
    CustomerGrouping purchaseGroups;
    std::vector<std::function<void()>> phase2 = {
        task(SourceTable::PurchaseTransactions,
             [&](RowSource& s, TableReport& r, LoadContext& c, Message& e) {
                 // Grouped here, not with the aggregation: the thread with purchases tends to
                 // finish first and would otherwise wait for the other tables.
                 if (!loadPurchases(s, r, c, customers, catalog, purchases, e))
                     return false;
                 purchaseGroups = groupByCustomer(purchases.row, purchases.date, options.asOf,
                                                  customers.outputToDense.size(), r.leftOutByAsOf);
                 return true;
             }),
        task(SourceTable::WebsiteBehavior,
             [&](RowSource& s, TableReport& r, LoadContext& c, Message& e) {
                 return loadSessions(s, r, c, customers, sessions, e);
             }),
        task(SourceTable::CustomerService,
             [&](RowSource& s, TableReport& r, LoadContext& c, Message& e) {
                 return loadService(s, r, c, customers, service, e);
             }),
        task(SourceTable::CampaignResponses,
             [&](RowSource& s, TableReport& r, LoadContext& c, Message& e) {
                 return loadResponses(s, r, c, customers, campaigns, responses, e);
             }),
    };
    runTasks(phase2, threads);
    if (!settle())
        return outcome;
    for (auto& slot : slots) {
        if (!slot.source)
            continue;
        for (SourceFileInfo& info : slot.source->finishFiles())
            report.sources.push_back(std::move(info));
        slot.source.reset(); // unmap the files before aggregating
    }

    Customer360& table = outcome.table;
    fillProfile(std::move(customers), options, table, threads);
    // The profile holds everything the output needs from customer_info: its memory goes back
    // before the aggregation allocates the other columns (the build's peak).
    customers = CustomerData{};
    bool spendFits = true;
    std::vector<std::function<void()>> phase3 = {
        [&] {
            if (purchaseGroups.begin.empty()) // no purchase_transactions: every group is empty
                purchaseGroups = groupByCustomer(
                    purchases.row, purchases.date, options.asOf, table.rowCount(),
                    report.tables[slotOf(SourceTable::PurchaseTransactions)].leftOutByAsOf);
            spendFits =
                aggregatePurchases(purchases, purchaseGroups, catalog, options, table,
                                   report.tables[slotOf(SourceTable::PurchaseTransactions)]);
        },
        [&] {
            aggregateSessions(sessions, options, table,
                              report.tables[slotOf(SourceTable::WebsiteBehavior)]);
        },
        [&] {
            aggregateService(service, options, table,
                             report.tables[slotOf(SourceTable::CustomerService)]);
        },
        [&] {
            aggregateResponses(responses, campaigns.campaignIds.size(), options, table,
                               report.tables[slotOf(SourceTable::CampaignResponses)]);
        },
    };
    runTasks(phase3, threads);
    if (!spendFits) {
        outcome.status = BuildStatus::Failed;
        outcome.error = Message(MessageKind::TotalSpendTooLarge);
        return outcome;
    }
    deriveColumns(options, table);

    report.customers = table.rowCount();
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    outcome.status = BuildStatus::Ok;
    return outcome;
}

} // namespace c360
