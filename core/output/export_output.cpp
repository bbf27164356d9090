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

bool writeExport(const Customer360& table, const std::vector<std::uint32_t>& rows,
                 const ExportOptions& options, const std::string& path, std::string& error) {
    std::vector<Column> columns = options.columns;
    if (columns.empty())
        for (const ColumnInfo& info : columnCatalogue())
            columns.push_back(info.column);
    const char* lineEnd = options.excel ? "\r\n" : "\n";
    AtomicFile file(path);
    if (!file.open(error))
        return false;
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
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.commit(error);
}

} // namespace c360
