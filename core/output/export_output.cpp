#include "output/export_output.h"

#include "output/csv_output.h"
#include "util/atomic_file.h"

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

// Reports progress and answers whether to stop; without an observer it never stops.
bool shouldStop(ExportObserver* observer, std::uint64_t done, std::uint64_t total) {
    if (!observer)
        return false;
    observer->progress(done, total);
    return observer->cancelled();
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
    if (!file.open(outcome.error))
        return outcome;
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
        buffer.append(columnInfo(columns[i]).name);
    }
    buffer += lineEnd;
    std::string cell;
    std::uint64_t done = 0;
    bool writeFailed = false;
    for (const std::uint32_t row : rows) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i)
                buffer.push_back(options.delimiter);
            cell.clear();
            const ColumnKind kind = columnInfo(columns[i]).kind;
            table.appendCell(cell, columns[i], row);
            // Only text can be a formula; a negative number stays a number.
            const bool text = kind == ColumnKind::Text || kind == ColumnKind::Dictionary;
            if (text && options.protectFormulas && !cell.empty() &&
                (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                 cell[0] == '\t' || cell[0] == '\r'))
                cell.insert(cell.begin(), '\'');
            appendCsvField(buffer, cell, options.delimiter);
        }
        buffer += lineEnd;
        ++done;
        if (buffer.size() > (1 << 20)) {
            // A full disk shows at the first failed write; no point formatting the rest.
            if (!file.write(buffer)) {
                writeFailed = true;
                break;
            }
            buffer.clear();
        }
        if (done % kExportProgressRows == 0 && done != total && shouldStop(observer, done, total)) {
            outcome.status = ExportStatus::Cancelled;
            return outcome;
        }
    }
    if (!writeFailed)
        file.write(buffer);
    if (shouldStop(observer, done, total)) {
        outcome.status = ExportStatus::Cancelled;
        return outcome;
    }
    // commit() reports a failed write too (the failure is sticky), with what to do about it.
    if (!file.commit(outcome.error))
        return outcome;
    outcome.status = ExportStatus::Ok;
    outcome.rowsWritten = done;
    return outcome;
}

bool writeExport(const Customer360& table, const std::vector<std::uint32_t>& rows,
                 const ExportOptions& options, const std::string& path, std::string& error) {
    ExportOutcome outcome = writeExport(table, rows, options, path, nullptr);
    if (outcome.status == ExportStatus::Ok)
        return true;
    error = std::move(outcome.error);
    return false;
}

} // namespace c360
