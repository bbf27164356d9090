// Synthetic sources for demos, tests and benchmarks: deterministic for a seed, realistic in
// shape, and salted with every case the contract has a rule for (duplicates, orphans, rows
// after as_of, NULLs, refunds, multi-line transactions, favourite ties, 29 February
// birthdays, threshold edges, non-ASCII names, commas, quotes and newlines inside fields).
#pragma once

#include "engine/build.h"
#include "values/date.h"

#include <cstdint>
#include <string>

namespace c360 {

struct GenerateOptions {
    std::uint64_t customers = 1000;
    std::uint64_t seed = 1;
    Days asOf = kNullDate;  // kNullDate: today
    std::string csvFolder;  // write <table>.csv files here (created if missing); may be empty
    std::string sqlitePath; // also/instead write the same rows as a SQLite database
};

struct GenerateStats {
    std::uint64_t rows[7] = {}; // per source table, in SourceTable order
    std::uint64_t bytes = 0;
};

// False with a sentence in `error` when a file cannot be written. Files appear atomically.
bool generateSources(const GenerateOptions& options, GenerateStats& stats, std::string& error,
                     BuildObserver* observer = nullptr);

} // namespace c360
