#include "output/csv_output.h"

#include "output/export_output.h"

#include <numeric>
#include <vector>

namespace c360 {

void appendCsvField(std::string& out, std::string_view value, char delimiter) {
    bool needsQuotes = !value.empty() && (value.front() == ' ' || value.back() == ' ');
    for (const char c : value) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        out.append(value);
        return;
    }
    out.push_back('"');
    for (const char c : value) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

bool writeCustomer360Csv(const Customer360& table, const std::string& path, Message& error,
                         unsigned threads) {
    // The contract's CSV is an export of every row and column with nothing made harmless:
    // the same writer, so both share its parallel formatting.
    std::vector<std::uint32_t> rows(table.rowCount());
    std::iota(rows.begin(), rows.end(), 0u);
    ExportOptions options;
    options.protectFormulas = false;
    options.threads = threads;
    return writeExport(table, rows, options, path, error);
}

} // namespace c360
