// The columns the contract reads from each source table, in the order the loaders use them.
#pragma once

#include "sources/source_set.h"

#include <string_view>
#include <vector>

namespace c360 {

struct ColumnSpec {
    std::string_view name;
    bool required = false;
};

const std::vector<ColumnSpec>& tableColumns(SourceTable table);

// True when `column` is one of the table's contract columns.
bool isTableColumn(SourceTable table, std::string_view column);

// Looks up a table by its contract name ("purchase_transactions"); false if unknown.
bool sourceTableFromName(std::string_view name, SourceTable& out);

} // namespace c360
