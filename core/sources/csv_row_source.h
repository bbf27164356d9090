#pragma once

#include "sources/source_set.h"

namespace c360 {

// Opens a table's CSV file(s); several files are read one after another as one table.
std::unique_ptr<RowSource> openCsvRowSource(const std::vector<std::string>& files,
                                            const CsvReadOptions& read, const std::string& table,
                                            Message& error);

// Names a file that is clearly not CSV text (a workbook, a zip, a UTF-16 file we cannot
// read yet) with one of the Content… kinds, which complete "F …"; nothing when the bytes may
// be CSV. `utf16Chosen`: the user said the file is UTF-16, so NUL bytes do not mean binary data.
std::optional<Message> describeNonCsvContent(std::string_view bytes, bool utf16Chosen = false);

} // namespace c360
