// The mechanics every table load shares: finding the contract's columns in a header, walking
// records, rejecting ragged or broken ones, and writing problems into the table's report.
#pragma once

#include "engine/build.h"
#include "sources/source_set.h"
#include "sources/table_schema.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

class TableReader {
public:
    TableReader(SourceTable table, RowSource& source, TableReport& report,
                const BuildOptions& options, BuildObserver* observer,
                std::uint64_t allTablesBytes = 0,
                const std::map<std::string, std::string>* columnMap = nullptr);

    // Maps the header to `columns` (by normalised name). A missing required column is an
    // error naming the headers found and the closest one.
    bool mapColumns(const std::vector<ColumnSpec>& columns, Message& error);

    // Advances to the next record that has the header's shape. Blank lines are counted;
    // ragged and unterminated records are rejected here. False at the end, on a read error
    // (see failed()) or when the build is cancelled (see cancelled()).
    bool next();

    // Field of the current record for column `slot` (index into the spec list); empty when the
    // optional column is absent from the file.
    std::string_view field(std::size_t slot) const noexcept {
        const int index = slotToField_[slot];
        return index < 0 ? std::string_view() : record_.fields[static_cast<std::size_t>(index)];
    }
    bool hasColumn(std::size_t slot) const noexcept { return slotToField_[slot] >= 0; }
    // The header index a contract column was found at, or -1.
    int fieldOf(std::size_t slot) const noexcept { return slotToField_[slot]; }
    const CsvRecord& record() const noexcept { return record_; }
    std::uint64_t line() const noexcept { return record_.line; }
    // Asked per value: in a table read from several files, each file has its own.
    NumberFormat numberFormat() const { return source_.numberFormat(); }
    SlashOrder chosenSlashOrder() const { return source_.chosenSlashOrder(); }
    RawLookAhead lookAhead() const { return source_.lookAhead(); }
    void note(Message note) { report_.notes.push_back(std::move(note)); }

    void reject(std::size_t slot, Message reason);
    void warn(std::size_t slot, Message reason);
    // A warning about a value seen earlier (settled after the whole column was read).
    // `file`: for a table read from several files, the one the value came from.
    void warnAt(std::uint64_t line, std::size_t slot, Message reason, std::string raw,
                std::string_view file = {});
    std::size_t fileIndex() const noexcept { return source_.currentFileIndex(); }
    const std::string& fileName(std::size_t index) const { return source_.fileName(index); }

    bool cancelled() const noexcept { return cancelled_; }
    // With BuildOptions::stopAtFirstRejection: the first rejected row ends the table.
    bool stopped() const noexcept { return stopped_; }
    // Why the build stops there: StoppedAtFirstRejection with the file, line and reason.
    const Message& stopError() const noexcept { return stopError_; }
    bool failed() const noexcept { return source_.error().has_value(); }
    const Message& readError() const { return *source_.error(); }
    // Final progress event and the source's notes (once); orders issues by line (each call).
    void finish();

    const std::string& columnHeader(std::size_t slot) const;

private:
    void addIssue(Severity severity, std::uint64_t line, std::size_t slot, Message reason,
                  std::string_view raw, std::string_view file = {});
    void reportProgress();
    void keepRejected(const Message& reason);
    std::optional<Message> oversized() const; // why the current row is too large, if it is
    Message missingColumnsError(const std::vector<std::string>& missing,
                                const std::vector<std::string>& normalizedHeader) const;

    SourceTable table_;
    RowSource& source_;
    TableReport& report_;
    const BuildOptions& options_;
    BuildObserver* observer_;
    std::uint64_t allTablesBytes_;
    const std::map<std::string, std::string>* columnMap_;
    std::vector<int> slotToField_;
    std::vector<std::string> slotHeader_;
    CsvRecord record_;
    std::uint64_t sinceProgress_ = 0;
    bool cancelled_ = false;
    bool finished_ = false;
    bool stopped_ = false;
    Message stopError_;
};

std::string_view trimSpaces(std::string_view s) noexcept;

// A value in double quotes for a list in a message, cut at 60 bytes.
std::string quotedForMessage(std::string_view s);

// Case-insensitive equality with a lower-case ASCII word, after trimming.
bool equalsWordIgnoringCase(std::string_view text, std::string_view lowerWord) noexcept;

} // namespace c360
