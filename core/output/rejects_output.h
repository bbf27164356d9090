// Rejected rows written back out as CSV, one file per table, so a user can fix them in a
// spreadsheet and add them back: the file's own columns first (so it re-imports with the
// same header), then where each row came from and why it was rejected.
#pragma once

#include "engine/build_report.h"

#include <string>
#include <vector>

namespace c360 {

// Writes FOLDER/<table>.rejected.csv for every table with rejected rows (creating FOLDER);
// `written` lists the files. False with a sentence in `error`.
bool writeRejectedRows(const BuildReport& report, const std::string& folder,
                       std::vector<std::string>& written, Message& error);

} // namespace c360
