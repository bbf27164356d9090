// What a build did with every row: the numbers per table and the problems themselves.
#pragma once

#include "messages/message.h"

#include <cstdint>
#include <string>
#include <vector>

namespace c360 {

enum class Severity : std::uint8_t {
    Warning,  // the row was kept; a value became NULL or was adjusted
    Rejected, // the row was not used
};
std::string_view severityName(Severity s) noexcept;

struct Issue {
    Severity severity = Severity::Warning;
    std::string table;
    std::string file;
    std::uint64_t line = 0; // 1-based physical line (CSV) or row number (SQLite)
    std::string column;     // the source column's name as written in the file, or empty
    Message reason;         // what is wrong and what to do
    std::string raw;        // the record's text (cut at 200 bytes)
};

// A rejected row as the file had it, for writing back out to be fixed (--rejects).
struct RejectedRow {
    std::string file;
    std::uint64_t line = 0;
    Message reason;
    std::vector<std::string> fields;
};

struct TableReport {
    std::string table;
    std::string file; // path of the CSV file or "database.sqlite:table"
    bool present = false;
    std::uint64_t rowsRead = 0;        // data records (not the header, not blank lines)
    std::uint64_t loaded = 0;          // used in the build
    std::uint64_t rejected = 0;        // not used: bad key or value, ragged, duplicate
    std::uint64_t duplicates = 0;      // part of rejected: a key seen before
    std::uint64_t leftOutByAsOf = 0;   // dated after as_of (snapshot rule)
    std::uint64_t customerLeftOut = 0; // belongs to a customer left out by the snapshot rule
    std::uint64_t orphans = 0;         // customer_id not in customer_info
    std::uint64_t unmatched = 0;       // product/campaign not in its catalogue (kept, not counted)
    std::uint64_t warnings = 0;
    std::uint64_t blankLines = 0;
    std::uint64_t issuesTotal = 0; // all rejections and warnings, listed or not
    std::vector<Issue> issues;     // the first N
    std::vector<Message> notes;    // table-level remarks (a table not in the source, orphans, …)
    // With BuildOptions::keepRejectedRows: every rejected row, and the header they go under.
    std::vector<std::string> rejectedHeader;
    std::vector<RejectedRow> rejectedRows;
};

struct SourceFileInfo {
    std::string table;
    std::string path;
    std::string kind; // "csv" or "sqlite"
    std::uint64_t sizeBytes = 0;
    std::string modified; // UTC, ISO 8601
    std::string sha256;
    // How a CSV file was read (detected unless chosen): "UTF-8", "Windows-1252", ...;
    // "," ";" "\t" "|"; "." or ",". Empty for database tables.
    std::string encoding;
    std::string delimiter;
    std::string decimalMark;
    bool byteOrderMark = false;
};

struct BuildReport {
    std::string asOf;
    std::vector<TableReport> tables; // in the contract's table order
    std::vector<SourceFileInfo> sources;
    std::uint64_t customers = 0; // rows of customer_360
    double seconds = 0;
    std::uint64_t totalRejected() const noexcept;
    std::uint64_t totalWarnings() const noexcept;
    const TableReport* find(const std::string& table) const noexcept;
};

} // namespace c360
