// customer_360 as CSV: UTF-8, LF, RFC 4180 quoting, NULL as an empty field.
#pragma once

#include "engine/customer360.h"
#include "messages/message.h"

#include <string>

namespace c360 {

// Appends `value` to `out`, quoted when it holds the delimiter, a quote, CR or LF (or starts
// or ends with a space, which some readers would trim).
void appendCsvField(std::string& out, std::string_view value, char delimiter = ',');

// Writes the header and every row, atomically, formatting blocks of rows on `threads` threads
// (0: one per core); the bytes do not depend on the thread count. False with a sentence in
// `error`.
bool writeCustomer360Csv(const Customer360& table, const std::string& path, Message& error,
                         unsigned threads = 0);

} // namespace c360
