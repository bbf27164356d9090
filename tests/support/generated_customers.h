// Generated customers for the tests: `c360 generate`'s sources for a seed, built into
// customer_360 as of 2025-06-30 and, when a path is given, written as a workspace — what most
// UI and query tests start from.
#pragma once

#include "engine/build.h"
#include "generate/generator.h"
#include "output/workspace_output.h"

#include <cstdint>
#include <string>

namespace c360::test {

// False with `error` set (in English) when generating, building or writing fails.
inline bool buildGeneratedCustomers(const std::string& sourceFolder, std::size_t customers,
                                    std::uint64_t seed, BuildOutcome& outcome, std::string& error,
                                    const std::string& workspace = {}) {
    GenerateOptions g;
    g.customers = customers;
    g.seed = seed;
    parseIsoDate("2025-06-30", g.asOf);
    g.csvFolder = sourceFolder;
    GenerateStats stats;
    if (!generateSources(g, stats, error))
        return false;
    SourceSet sources;
    Message why;
    if (!resolveSourceSet(g.csvFolder, sources, why)) {
        error = englishText(why);
        return false;
    }
    BuildOptions options;
    options.asOf = g.asOf;
    outcome = buildCustomer360(sources, options);
    if (outcome.status != BuildStatus::Ok) {
        error = "the generated sources did not build: " + englishText(outcome.error);
        return false;
    }
    if (!workspace.empty() &&
        !writeWorkspace(outcome, WorkspaceContext{"src", "test"}, workspace, why)) {
        error = englishText(why);
        return false;
    }
    return true;
}

} // namespace c360::test
