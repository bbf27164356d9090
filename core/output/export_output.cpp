#include "output/export_output.h"

#include "output/csv_output.h"
#include "util/atomic_file.h"
#include "util/parallel.h"

#include <algorithm>
#include <functional>

namespace c360 {

bool columnFromName(std::string_view name, Column& out) {
    for (const ColumnInfo& info : columnCatalogue()) {
        if (info.name == name) {
            out = info.column;
            return true;
        }
    }
    return false;
}

namespace {

// Characters of a plain number or a phone number as people write them: "-12.50",
// "+49 30 1234567", "(555) 966-0007", "+1-555-0100", "030/1234".
bool isNumberOrPhoneCharacter(char c) noexcept {
    return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')' ||
           c == '.' || c == '/';
}

} // namespace

bool cellNeedsFormulaGuard(std::string_view cell) noexcept {
    if (cell.empty())
        return false;
    switch (cell[0]) {
    case '=':
    case '@':
    case '\t':
    case '\r':
    case '\n':
        return true;
    case '+':
    case '-':
        // A spreadsheet reads "+1-555-0100" or "-12.50" as a number at worst, never as a call:
        // only text with anything else in it ("-2+3+cmd|' /C calc'!A0") could run.
        return !std::all_of(cell.begin(), cell.end(), isNumberOrPhoneCharacter);
    default:
        return false;
    }
}

namespace {

// Reports progress and answers whether to stop; without an observer it never stops.
bool shouldStop(ExportObserver* observer, std::uint64_t done, std::uint64_t total) {
    if (!observer)
        return false;
    observer->progress(done, total);
    return observer->cancelled();
}

} // namespace

namespace {

// labels[index] when the caller gave one for it, else null (the contract's word is written).
template <typename Index>
const std::string* labelAt(const std::vector<std::string>& labels, Index index) {
    const auto i = static_cast<std::size_t>(index);
    return i < labels.size() && !labels[i].empty() ? &labels[i] : nullptr;
}

// The chosen label of a value segment or status cell, or null for every other cell.
const std::string* wordLabel(const ExportOptions& options, const Customer360& table, Column column,
                             std::uint32_t row) {
    if (column == Column::CustomerValueSegment)
        return labelAt(options.valueSegmentLabels, table.valueSegment[row]);
    if (column == Column::CustomerStatusColumn)
        return labelAt(options.statusLabels, table.customerStatus[row]);
    return nullptr;
}

} // namespace

ExportOutcome writeExport(const Customer360& table, const std::vector<std::uint32_t>& rows,
                          const ExportOptions& options, const std::string& path,
                          ExportObserver* observer) {
    ExportOutcome outcome;
    std::vector<Column> columns = options.columns;
    if (columns.empty())
        for (const ColumnInfo& info : columnCatalogue())
            columns.push_back(info.column);
    const char* lineEnd = options.excel ? "\r\n" : "\n";
    const std::uint64_t total = rows.size();
    // Destroying `file` without a successful commit removes the temporary file: every early
    // return below leaves the folder as it was.
    AtomicFile file(path);
    Message why;
    if (!file.open(why)) {
        outcome.error = std::move(why);
        return outcome;
    }
    if (shouldStop(observer, 0, total)) {
        outcome.status = ExportStatus::Cancelled;
        return outcome;
    }
    std::string buffer;
    if (options.excel)
        buffer += "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i)
            buffer.push_back(options.delimiter);
        const std::string* title = labelAt(options.columnTitles, columns[i]);
        if (title)
            appendCsvField(buffer, *title, options.delimiter);
        else
            buffer.append(columnInfo(columns[i]).name);
    }
    buffer += lineEnd;
    // Rows are formatted in blocks, one block per core at a time, and written in order: the
    // formatting (number and date text, quoting) is most of an export's time.
    const auto formatBlock = [&](std::size_t begin, std::size_t end, std::string& out) {
        std::string cell;
        for (std::size_t k = begin; k < end; ++k) {
            const std::uint32_t row = rows[k];
            for (std::size_t i = 0; i < columns.size(); ++i) {
                if (i)
                    out.push_back(options.delimiter);
                const ColumnKind kind = columnInfo(columns[i]).kind;
                if (const std::string* label = wordLabel(options, table, columns[i], row)) {
                    // A translator's word may hold the delimiter or a quote: quoted as needed.
                    appendCsvField(out, *label, options.delimiter);
                    continue;
                }
                // Numbers, dates, segment and status never hold a delimiter, quote or line
                // break (decimals are written with a point): straight into the output.
                if (kind != ColumnKind::Text && kind != ColumnKind::Dictionary) {
                    table.appendCell(out, columns[i], row);
                    continue;
                }
                cell.clear();
                table.appendCell(cell, columns[i], row);
                // Only text can be a formula; a negative number stays a number.
                if (options.protectFormulas && cellNeedsFormulaGuard(cell))
                    cell.insert(cell.begin(), '\'');
                appendCsvField(out, cell, options.delimiter);
            }
            out += lineEnd;
        }
    };
    const std::size_t blockRows = kExportProgressRows;
    const std::size_t lanes = resolveThreadCount(options.threads);
    std::vector<std::string> blocks(lanes);
    std::uint64_t done = 0;
    bool writeFailed = !file.write(buffer);
    for (std::size_t start = 0; start < rows.size() && !writeFailed;) {
        std::vector<std::function<void()>> tasks;
        std::size_t used = 0;
        for (; used < lanes && start + used * blockRows < rows.size(); ++used) {
            const std::size_t begin = start + used * blockRows;
            const std::size_t end = std::min(rows.size(), begin + blockRows);
            tasks.emplace_back([&, used, begin, end] {
                blocks[used].clear();
                formatBlock(begin, end, blocks[used]);
            });
        }
        runTasks(tasks, static_cast<unsigned>(used));
        for (std::size_t lane = 0; lane < used && !writeFailed; ++lane) {
            // A full disk shows at the first failed write; no point formatting the rest.
            writeFailed = !file.write(blocks[lane]);
            done = std::min<std::uint64_t>(rows.size(), start + (lane + 1) * blockRows);
            if (done != total && shouldStop(observer, done, total)) {
                outcome.status = ExportStatus::Cancelled;
                return outcome;
            }
        }
        start += used * blockRows;
    }
    buffer.clear();
    if (!writeFailed)
        file.write(buffer);
    if (shouldStop(observer, done, total)) {
        outcome.status = ExportStatus::Cancelled;
        return outcome;
    }
    // commit() reports a failed write too (the failure is sticky), with what to do about it.
    if (!file.commit(why)) {
        outcome.error = std::move(why);
        return outcome;
    }
    outcome.status = ExportStatus::Ok;
    outcome.rowsWritten = done;
    return outcome;
}

bool writeExport(const Customer360& table, const std::vector<std::uint32_t>& rows,
                 const ExportOptions& options, const std::string& path, Message& error) {
    ExportOutcome outcome = writeExport(table, rows, options, path, nullptr);
    if (outcome.status == ExportStatus::Ok)
        return true;
    // Cancelling needs an observer, so a failure always has its reason.
    error = outcome.error.value_or(Message(MessageKind::NothingWrittenToFile, {path}));
    return false;
}

} // namespace c360
