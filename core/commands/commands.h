// The CLI's commands, UI-free: they take parsed options, write to the given streams and
// return the exit code (0 done, 1 no build possible, 2 usage error is the parser's).
#pragma once

#include "engine/build.h"
#include "generate/generator.h"
#include "output/export_output.h"
#include "query/customer_query.h"
#include "sources/source_set.h"

#include <optional>
#include <ostream>
#include <string>

namespace c360 {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

std::string_view programVersion() noexcept;

struct BuildCommand {
    std::string source;
    SourceChoices choices; // --table, --map, --mapping, --encoding, --delimiter, --decimal
    std::string output;
    std::string reportPath;    // optional
    std::string rejectsFolder; // optional: rejected rows as CSV, one file per table
    BuildOptions options;
    bool showProgress = false; // on stderr, when it is a terminal
    bool quiet = false;        // no summary
};

struct GenerateCommand {
    GenerateOptions options;
    bool showProgress = false;
};

struct InspectCommand {
    std::string source;
    SourceChoices choices;
    BuildOptions options; // as_of and thresholds for the trial build
    bool json = false;
    std::size_t sampleRows = 5;
};

struct ExportCommand {
    std::string workspace;
    std::string output;
    std::string segment; // optional: a saved segment's name; `filter` then narrows it further
    CustomerFilter filter;
    ExportOptions options;
    std::optional<Column> sortColumn;
    bool sortDescending = false;
    bool quiet = false;
};

struct SegmentsCommand {
    std::string workspace;
};

int runBuild(const BuildCommand& command, std::ostream& out, std::ostream& err);
int runExport(const ExportCommand& command, std::ostream& out, std::ostream& err);
// 0 when a build is possible (problems with single rows are listed, not fatal), 1 when not.
int runInspect(const InspectCommand& command, std::ostream& out, std::ostream& err);
int runGenerate(const GenerateCommand& command, std::ostream& out, std::ostream& err);
// Lists the saved segments of a workspace with how many customers each matches.
int runSegments(const SegmentsCommand& command, std::ostream& out, std::ostream& err);

} // namespace c360
