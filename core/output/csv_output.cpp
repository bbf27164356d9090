#include "output/csv_output.h"

#include "util/atomic_file.h"

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

bool writeCustomer360Csv(const Customer360& table, const std::string& path, std::string& error) {
    AtomicFile file(path);
    if (!file.open(error))
        return false;
    std::string buffer;
    buffer.reserve(1 << 20);
    for (const ColumnInfo& info : columnCatalogue()) {
        if (info.column != Column::CustomerId)
            buffer.push_back(',');
        buffer.append(info.name);
    }
    buffer.push_back('\n');
    std::string cell;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        for (const ColumnInfo& info : columnCatalogue()) {
            if (info.column != Column::CustomerId)
                buffer.push_back(',');
            if (info.kind == ColumnKind::Text || info.kind == ColumnKind::Dictionary) {
                cell.clear();
                table.appendCell(cell, info.column, row);
                appendCsvField(buffer, cell);
            } else {
                table.appendCell(buffer, info.column, row);
            }
        }
        buffer.push_back('\n');
        if (buffer.size() >= (1 << 20)) {
            if (!file.write(buffer))
                break;
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.commit(error);
}

} // namespace c360
