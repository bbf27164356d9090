// Where the seven source tables come from: a folder of CSV files or a SQLite database, and a
// uniform way to read rows from either.
#pragma once

#include "csv/csv_parser.h"
#include "csv/csv_sniffer.h"
#include "engine/build_report.h"
#include "sources/text_encoding.h"
#include "values/date.h"
#include "values/number.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

enum class SourceTable : std::uint8_t {
    CustomerInfo,
    PurchaseTransactions,
    ProductCatalog,
    CustomerService,
    CampaignResponses,
    MarketingCampaigns,
    WebsiteBehavior,
};
inline constexpr std::size_t kSourceTableCount = 7;
std::string_view sourceTableName(SourceTable t) noexcept;
inline SourceTable sourceTableAt(std::size_t i) noexcept {
    return static_cast<SourceTable>(i);
}

// Lower-case, trimmed, spaces and hyphens as underscores: "Customer ID" -> "customer_id".
std::string normalizeName(std::string_view name);

// How to read a CSV file: each setting either chosen by the user or, when empty, detected.
struct CsvReadOptions {
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;        // ',' ';' '\t' '|' ...
    std::optional<char> decimalPoint;     // '.' or ','
    std::optional<SlashOrder> slashOrder; // how to read 03/04/2025
};

struct TableLocation {
    bool present = false;
    CsvReadOptions read;
    std::string path;               // the (first) CSV file, or the database file
    std::vector<std::string> files; // CSV: every file of the table, read one after another
    std::string sqliteTable;        // the table or view's name as the database spells it
    std::map<std::string, std::string> columns; // contract column -> source column, chosen
};

// What a user chose about the sources, on the command line, in a mapping file or, later, in
// the workbench's import dialog. Anything not chosen is detected.
struct TableChoices {
    std::vector<std::string> files; // file names or patterns ("sales/*.csv"), or a SQLite table
    CsvReadOptions read;
    std::map<std::string, std::string> columns;
};

struct SourceChoices {
    CsvReadOptions all; // for every CSV file, unless a table says otherwise
    std::array<TableChoices, kSourceTableCount> tables;
    TableChoices& at(SourceTable t) { return tables[static_cast<std::size_t>(t)]; }
    const TableChoices& at(SourceTable t) const { return tables[static_cast<std::size_t>(t)]; }
};

// Reads a mapping file (see docs/import.md): sections per table with file, encoding,
// delimiter, decimal and column lines. False with "FILE, line N: why" (AtFileLine) in `error`.
bool readMappingFile(const std::string& path, SourceChoices& choices, Message& error);

// Applies "--map TABLE.COLUMN=HEADER", "--table TABLE=FILE", "--encoding [TABLE=]NAME",
// "--delimiter [TABLE=]CHAR" and "--decimal [TABLE=]CHAR" values (`key` is the option name
// without dashes). False with why in `error`.
bool applyChoice(std::string_view key, std::string_view value, SourceChoices& choices,
                 Message& error);

struct SourceSet {
    enum class Kind : std::uint8_t { CsvFolder, Sqlite };
    Kind kind = Kind::CsvFolder;
    std::string root; // the folder or database as given
    std::array<TableLocation, kSourceTableCount> tables;
    std::vector<std::string> folderCsvNames;   // what a folder holds, for messages
    std::vector<std::string> sqliteTableNames; // what a database holds, for messages

    const TableLocation& at(SourceTable t) const { return tables[static_cast<std::size_t>(t)]; }
};

// Looks at `path` and finds the tables in it. False with why in `error` when it is neither a
// folder nor a SQLite database, or when customer_info is not there.
bool resolveSourceSet(const std::string& path, SourceSet& out, Message& error);
bool resolveSourceSet(const std::string& path, const SourceChoices& choices, SourceSet& out,
                      Message& error);

// The bytes of the current file that no record has been read from yet, with the dialect to
// split them. Readers peek at them to start memory loads early; nothing is parsed from them.
struct RawLookAhead {
    std::string_view rest; // empty when the source cannot tell (a database, several files)
    char delimiter = ',';
    char quote = '"';
};

// Reads one table's rows. Records carry the physical line (CSV) or the row number (SQLite).
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual const std::vector<std::string>& header() const = 0;
    // False at the end. An error while reading (a database that went away) is reported
    // through error().
    virtual bool next(CsvRecord& record) = 0;
    virtual std::uint64_t bytesDone() const = 0;
    virtual std::uint64_t bytesTotal() const = 0;
    virtual const std::optional<Message>& error() const = 0;
    // The file the last record came from (a table may span several files).
    virtual const std::string& currentFile() const = 0;
    virtual std::size_t currentFileIndex() const { return 0; }
    virtual const std::string& fileName(std::size_t) const { return currentFile(); }
    // Remarks about the whole file (a BOM was dropped, ...).
    virtual std::vector<Message> notes() const { return {}; }
    // Size, time and SHA-256 of each file read. A CSV file is hashed as it is read (one pass
    // over its bytes); this finishes what is left. Empty for a database table (the database
    // file is hashed once for all its tables).
    virtual std::vector<SourceFileInfo> finishFiles() { return {}; }
    // Takes the SHA-256 of the (first) file now, on the calling thread, instead of while the
    // rows are read: the build does it for the fact tables on the core that would otherwise
    // wait for customer_info. Must not run while another thread reads this source.
    virtual void hashAhead() {}
    // Bytes that could not be decoded (replaced by U+FFFD): reported as warnings.
    virtual const std::vector<DecodeProblem>& decodeProblems() const {
        static const std::vector<DecodeProblem> kNone;
        return kNone;
    }
    virtual std::uint64_t decodeProblemCount() const { return 0; }
    // How numbers are written in this source (decimal comma, grouping), chosen or detected.
    virtual NumberFormat numberFormat() const { return {}; }
    // The order for slash dates when the user chose one, else Unknown (settled per column).
    virtual SlashOrder chosenSlashOrder() const { return SlashOrder::Unknown; }
    // True unless the first line looked like data rather than column names.
    virtual bool headerLooksLikeNames() const { return true; }
    virtual RawLookAhead lookAhead() const { return {}; }
};

// Opens a table that `sources` says is present. On failure returns null with why in `error`.
// Fills `info` with the file's size, time and SHA-256.
std::unique_ptr<RowSource> openRowSource(const SourceSet& sources, SourceTable table,
                                         SourceFileInfo& info, Message& error);

} // namespace c360
