#pragma once

#include "sources/source_set.h"

namespace c360 {

// Finds the seven tables (or views) in a database, by name, ignoring case.
bool resolveSqliteTables(const std::string& path, SourceSet& out, std::string& error);

std::unique_ptr<RowSource> openSqliteRowSource(const std::string& path, const std::string& table,
                                               SourceFileInfo& info, std::string& error);

// SQL text for an identifier: "name" with inner quotes doubled.
std::string quoteIdentifier(std::string_view name);

} // namespace c360
