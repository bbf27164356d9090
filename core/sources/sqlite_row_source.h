#pragma once

#include "sources/source_set.h"

namespace c360 {

// Finds the seven tables (or views) in a database, by name, ignoring case.
bool resolveSqliteTables(const std::string& path, SourceSet& out, Message& error);
// Uses the table or view `name` (chosen by the user) for `loc`.
bool chooseSqliteTable(const SourceSet& sources, const std::string& name, TableLocation& loc,
                       Message& error);
// Fails with a helpful message when no customer_info table was found or chosen.
bool checkSqliteCustomers(const SourceSet& sources, Message& error);

std::unique_ptr<RowSource> openSqliteRowSource(const std::string& path, const std::string& table,
                                               SlashOrder slashOrder, SourceFileInfo& info,
                                               Message& error);

// SQL text for an identifier: "name" with inner quotes doubled.
std::string quoteIdentifier(std::string_view name);

} // namespace c360
