// The filtered rows of customer_360 as a CSV a spreadsheet opens cleanly: the chosen columns
// in view order, UTF-8 (with a BOM and CRLF for Excel), and cells that a spreadsheet would run
// as formulas made harmless.
#pragma once

#include "engine/customer360.h"

#include <cstdint>
#include <string>
#include <vector>

namespace c360 {

struct ExportOptions {
    std::vector<Column> columns; // in this order; empty: all 29
    char delimiter = ',';
    bool excel = false;          // UTF-8 BOM and CRLF line ends
    bool protectFormulas = true; // text starting with = + - @ TAB or CR gets a leading '
};

// Writes the header and `rows` atomically. False with a sentence in `error`.
bool writeExport(const Customer360& table, const std::vector<std::uint32_t>& rows,
                 const ExportOptions& options, const std::string& path, std::string& error);

// Looks a column up by its contract name; false if there is none.
bool columnFromName(std::string_view name, Column& out);

} // namespace c360
