// Guessing how a CSV file was written, from samples spread through it: which character
// separates the columns, whether the first line is a header, and whether numbers use a
// decimal comma. Excel in Germany writes `;` and `12,50`; a CRM in the US writes `,` and
// `1,234.50` in quotes; an analytics tool writes tabs.
#pragma once

#include "csv/csv_parser.h"
#include "messages/message.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

struct SniffedDialect {
    CsvDialect dialect;
    bool headerPresent = true;
    char decimalPoint = '.';
    char thousandsSeparator = 0; // 0: none seen
    // How sure the guess is, for `inspect`: the share of sampled records whose field count
    // matches the header's under the chosen delimiter.
    double consistency = 1.0;
    std::size_t sampledRecords = 0;
    std::vector<Message> reasons; // one per decision, for `inspect`
};

// `text` is UTF-8 (a BOM may lead). Samples about 64 KiB at five places of the file.
SniffedDialect sniffDialect(std::string_view text);

// Which delimiters the sniffer considers, in order of preference when the evidence ties.
inline constexpr char kDelimiterCandidates[] = {',', ';', '\t', '|'};

std::string describeDelimiter(char delimiter);       // "semicolon"
std::string describeDelimiterPlural(char delimiter); // "semicolons", "'~' characters"
// The same as a message (DelimiterSemicolons, ...), for sentences that name a delimiter.
Message delimiterMessage(char delimiter);

} // namespace c360
