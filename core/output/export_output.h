// The filtered rows of customer_360 as a CSV a spreadsheet opens cleanly: the chosen columns
// in view order, UTF-8 (with a BOM and CRLF for Excel), and cells that a spreadsheet would run
// as formulas made harmless.
#pragma once

#include "engine/customer360.h"

#include "messages/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace c360 {

struct ExportOptions {
    std::vector<Column> columns; // in this order; empty: all 29
    char delimiter = ',';
    bool excel = false;          // UTF-8 BOM and CRLF line ends
    bool protectFormulas = true; // text a spreadsheet could run gets a leading ' (see below)
    unsigned threads = 0;        // threads formatting rows; 0: one per core
    // Words written instead of the contract's: value segment labels (indexed by ValueSegment),
    // status labels (by CustomerStatus) and the header's column titles (by Column). Empty: the
    // contract's "High", "At Risk", "customer_id". Exports are read by other tools, so that is
    // the default; the workbench fills these in the user's language when the user asks for it.
    std::vector<std::string> valueSegmentLabels;
    std::vector<std::string> statusLabels;
    std::vector<std::string> columnTitles;
};

// Progress and cancellation of an export, called from the thread that runs it (a worker in the
// workbench): implementations must be thread-safe. The writer never shows anything itself.
class ExportObserver {
public:
    virtual ~ExportObserver() = default;
    // Called once the temporary file is open (rowsDone 0), then every kExportProgressRows rows,
    // then with rowsDone == rowsTotal just before the file is renamed into place.
    virtual void progress(std::uint64_t rowsDone, std::uint64_t rowsTotal) = 0;
    // Asked right after each progress() call; true stops the export and removes the temporary
    // file, so no file appears and an existing one is left as it was.
    virtual bool cancelled() const = 0;
};

inline constexpr std::uint64_t kExportProgressRows = 4096;

enum class ExportStatus : std::uint8_t {
    Ok,
    Failed, // `error` says what happened and what to do; no file was written
    Cancelled,
};

struct ExportOutcome {
    ExportStatus status = ExportStatus::Failed;
    std::uint64_t rowsWritten = 0; // data rows in the file (the header not counted); 0 unless Ok
    std::optional<Message> error;  // why, when Failed
};

// Writes the header and `rows` atomically: the file appears whole, or not at all.
ExportOutcome writeExport(const Customer360& table, const std::vector<std::uint32_t>& rows,
                          const ExportOptions& options, const std::string& path,
                          ExportObserver* observer = nullptr);

// The same without progress: false with why in `error`.
bool writeExport(const Customer360& table, const std::vector<std::uint32_t>& rows,
                 const ExportOptions& options, const std::string& path, Message& error);

// True for text a spreadsheet could run as a formula: it starts with = @ TAB CR or LF, or with
// + or - and holds more than digits, spaces and + - ( ) . / (so phone numbers such as
// "+1-555-0100" and plain numbers are written exactly as they are).
bool cellNeedsFormulaGuard(std::string_view cell) noexcept;

// Looks a column up by its contract name; false if there is none.
bool columnFromName(std::string_view name, Column& out);

} // namespace c360
