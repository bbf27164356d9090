// The build report as JSON (for --report and for tools) and as a short text summary for people.
#pragma once

#include "engine/build.h"

#include <string>

namespace c360 {

class JsonWriter;
// One issue as a JSON object (severity, file, line, column, reason as English text, its kind
// and args, raw), shared by the build report and the inspection.
void writeIssueJson(JsonWriter& w, const Issue& issue);
// A table's notes as keys of the open object: "notes" (English text) and "note_messages"
// (each as kind and args, in the same order).
void writeNotesJson(JsonWriter& w, const std::vector<Message>& notes);
// How a CSV file was read (encoding, byte_order_mark, delimiter, decimal_mark) as keys of the
// open object; nothing for a database table.
void writeCsvReadingJson(JsonWriter& w, const SourceFileInfo& file);

std::string buildReportJson(const BuildOutcome& outcome, const std::string& sourcePath);
bool writeBuildReportJson(const BuildOutcome& outcome, const std::string& sourcePath,
                          const std::string& path, Message& error);

// What a newcomer reads after a build: how many customers, how they split by value segment
// and status, the top categories, and what happened to the rows of each table.
// `reportPath`: where the full report was written, if it was.
std::string buildSummaryText(const BuildOutcome& outcome, const std::string& reportPath = {});

// "1,234,567"
std::string groupThousands(std::uint64_t n);

} // namespace c360
