#pragma once

#include "sources/source_set.h"

namespace c360 {

std::unique_ptr<RowSource> openCsvRowSource(const std::string& path, const CsvReadOptions& read,
                                            SourceFileInfo& info, std::string& error);

// Names a file that is clearly not CSV text (a workbook, a zip, a UTF-16 file we cannot
// read yet); empty when the bytes may be CSV.
std::string describeNonCsvContent(std::string_view bytes);

} // namespace c360
