// What `c360 inspect` and the workbench's import dialog show before a build: per table, the
// files, how they are read (encoding, delimiter, decimal mark), which source column feeds each
// contract column, a few rows as parsed, and the problems a build would meet.
#pragma once

#include "engine/build.h"

#include <optional>
#include <string>
#include <vector>

namespace c360 {

struct ColumnMatch {
    std::string column; // the contract's name
    bool required = false;
    std::string header;  // the source column used, empty when none was found
    bool chosen = false; // from --map or a mapping file rather than by name
};

struct TableInspection {
    std::string table;
    bool present = false;
    std::vector<SourceFileInfo> files;
    std::vector<std::string> headers;
    std::vector<ColumnMatch> columns;
    std::vector<std::vector<std::string>> sample; // the first rows, as parsed
    std::vector<Message> notes;
    std::optional<Message> error; // why the table cannot be used, if it cannot
};

struct SourceInspection {
    std::string source;
    std::string kind; // "csv folder" or "sqlite"
    std::vector<TableInspection> tables;
    // A trial build (nothing written): row counts, rejected rows and warnings per table.
    BuildOutcome build;
};

SourceInspection inspectSources(const SourceSet& sources, const BuildOptions& options,
                                std::size_t sampleRows = 5);

} // namespace c360
