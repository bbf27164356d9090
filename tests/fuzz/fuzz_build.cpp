// libFuzzer target: a whole build over a source folder made from the input. The input is cut
// at the first two 0x1E bytes (ASCII "record separator", which no real CSV file holds) into
// customer_info.csv, purchase_transactions.csv and website_behavior.csv; a part that is not
// there is a table without a file, an empty part an empty file. The files go to a temporary
// folder of this process and are built with a fixed as_of on one thread, so a run is
// repeatable. Besides crashes and sanitizer reports it checks that the build either succeeds
// or says why not, and that every data row read is accounted for exactly once.
#include "engine/build.h"
#include "fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace {

namespace fs = std::filesystem;
using namespace c360;

constexpr char kSeparator = '\x1E';
constexpr const char* kFiles[] = {"customer_info.csv", "purchase_transactions.csv",
                                  "website_behavior.csv"};

// One folder per process (libFuzzer's -jobs/-fork run several side by side), removed at exit.
// Its name is kept in a plain array: an exit handler registered while a static std::string is
// being built would run after that string's destructor.
const char* workFolder() {
    static char folder[4096];
    if (folder[0] == '\0') {
        const char* tmp = std::getenv("TMPDIR");
        const std::string pattern =
            std::string(tmp && *tmp ? tmp : "/tmp") + "/c360-fuzz-build-XXXXXX";
        C360_FUZZ_CHECK(pattern.size() < sizeof folder);
        pattern.copy(folder, pattern.size());
        if (!::mkdtemp(folder)) {
            std::perror("mkdtemp");
            std::abort();
        }
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(folder, ec);
        });
    }
    return folder;
}

void writeFile(const std::string& path, std::string_view bytes) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    C360_FUZZ_CHECK(f != nullptr);
    C360_FUZZ_CHECK(std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size());
    C360_FUZZ_CHECK(std::fclose(f) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string folder = workFolder();
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    bool more = true; // is there a part for this file
    for (std::size_t i = 0; i < std::size(kFiles); ++i) {
        const std::string path = folder + "/" + kFiles[i];
        if (!more) {
            // Fewer parts than files: this table has no file (and none left from the last run).
            std::error_code ec;
            fs::remove(path, ec);
            continue;
        }
        const std::size_t cut =
            i + 1 < std::size(kFiles) ? rest.find(kSeparator) : std::string_view::npos;
        writeFile(path, rest.substr(0, cut));
        more = cut != std::string_view::npos;
        if (more)
            rest.remove_prefix(cut + 1);
    }

    SourceSet sources;
    Message error;
    // The folder always holds customer_info.csv, so it always resolves.
    C360_FUZZ_CHECK(resolveSourceSet(folder, sources, error));

    BuildOptions options;
    options.asOf = daysFromCivil(2025, 6, 30);
    options.threads = 1;
    options.maxIssuesPerTable = 50;
    const BuildOutcome outcome = buildCustomer360(sources, options);

    // Nothing cancels this build.
    C360_FUZZ_CHECK(outcome.status == BuildStatus::Ok || outcome.status == BuildStatus::Failed);
    if (outcome.status == BuildStatus::Failed) {
        C360_FUZZ_CHECK(outcome.error && !englishText(*outcome.error).empty());
        return 0;
    }
    C360_FUZZ_CHECK(!outcome.error);
    C360_FUZZ_CHECK(outcome.options.asOf == options.asOf);

    const BuildReport& report = outcome.report;
    const Customer360& table = outcome.table;
    C360_FUZZ_CHECK(table.rowCount() == report.customers);
    C360_FUZZ_CHECK(report.tables.size() == kSourceTableCount);
    // Every column has a value (or NULL) for every customer.
    const std::size_t n = table.rowCount();
    for (const std::size_t columnSize :
         {table.firstName.size(), table.email.size(), table.dateOfBirth.size(), table.age.size(),
          table.totalPurchases.size(), table.totalSpend.size(), table.lastPurchaseDate.size(),
          table.favoriteCategory.size(), table.totalInteractions.size(),
          table.campaignsEngaged.size(), table.totalSessions.size(),
          table.avgPagesPerSession.size(), table.valueSegment.size(), table.customerStatus.size(),
          table.websiteEngagementRate.size()})
        C360_FUZZ_CHECK(columnSize == n);

    for (std::size_t i = 0; i < report.tables.size(); ++i) {
        const TableReport& t = report.tables[i];
        C360_FUZZ_CHECK(t.table == sourceTableName(sourceTableAt(i)));
        // Each data row ends up in exactly one of these.
        C360_FUZZ_CHECK(t.rowsRead ==
                        t.loaded + t.rejected + t.leftOutByAsOf + t.customerLeftOut + t.orphans);
        C360_FUZZ_CHECK(t.duplicates <= t.rejected);
        C360_FUZZ_CHECK(t.issues.size() <= options.maxIssuesPerTable);
        C360_FUZZ_CHECK(t.issues.size() <= t.issuesTotal);
        if (!t.present)
            C360_FUZZ_CHECK(t.rowsRead == 0);
    }
    // The customers that were loaded are the rows of customer_360.
    C360_FUZZ_CHECK(report.tables[0].loaded == report.customers);
    return 0;
}
