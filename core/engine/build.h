// Building customer_360: the one entry point the CLI and the workbench call.
#pragma once

#include "engine/build_report.h"
#include "engine/customer360.h"
#include "sources/source_set.h"
#include "values/date.h"
#include "values/number.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>

namespace c360 {

struct BuildOptions {
    Days asOf = kNullDate; // kNullDate: today, local time
    Money highSpend = 1000 * kMoneyScale;
    Money mediumSpend = 500 * kMoneyScale;
    std::int32_t activeDays = 30;
    std::int32_t atRiskDays = 90;
    unsigned threads = 0;                 // 0: one per core
    std::size_t maxIssuesPerTable = 1000; // listed; all are counted
    std::uint64_t generation = 0;      // echoed in the outcome, so callers can drop stale results
    bool keepRejectedRows = false;     // keep rejected rows whole (for --rejects)
    bool stopAtFirstRejection = false; // fail the build at the first rejected row
};

struct BuildProgress {
    std::string table;
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    std::uint64_t rowsDone = 0;
    std::uint64_t allTablesBytes = 0; // bytes of every source of the build, for one overall bar
};

// Progress and cancellation, called from worker threads: implementations must be
// thread-safe. The engine never shows anything itself.
class BuildObserver {
public:
    virtual ~BuildObserver() = default;
    virtual void progress(const BuildProgress& p) = 0;
    virtual bool cancelled() const = 0;
};

enum class BuildStatus : std::uint8_t {
    Ok,
    Failed, // no build possible: `error` says why and what to do
    Cancelled,
};

struct BuildOutcome {
    BuildStatus status = BuildStatus::Failed;
    std::optional<Message> error; // why, when not Ok
    std::uint64_t generation = 0;
    BuildOptions options; // as used (as_of resolved)
    Customer360 table;
    BuildReport report;
};

BuildOutcome buildCustomer360(const SourceSet& sources, const BuildOptions& options,
                              BuildObserver* observer = nullptr);

} // namespace c360
