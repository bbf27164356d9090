// libFuzzer target: the CSV record parser over arbitrary bytes, with the dialects the sniffer
// can choose. Besides crashes and sanitizer reports it checks what must hold for any input:
// records tile the input in order (each record's raw bytes start where the previous record's
// terminator ended), line numbers only grow, fields never grow beyond their record, and a
// record without quotes is exactly its fields joined by the delimiter.
#include "csv/csv_parser.h"
#include "fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using c360::CsvDialect;
using c360::CsvParser;
using c360::CsvRecord;

bool inside(std::string_view part, std::string_view whole) {
    // Compared as integers: views of unrelated buffers must not be ordered with `<`.
    const auto p = reinterpret_cast<std::uintptr_t>(part.data());
    const auto w = reinterpret_cast<std::uintptr_t>(whole.data());
    return p >= w && p + part.size() <= w + whole.size();
}

void parseAll(std::string_view data, CsvDialect dialect) {
    CsvParser parser(data, dialect);
    const bool bom = data.size() >= 3 && data.substr(0, 3) == "\xEF\xBB\xBF";
    C360_FUZZ_CHECK(parser.hadBom() == bom);
    C360_FUZZ_CHECK(parser.totalBytes() == data.size());

    CsvRecord record;
    std::uint64_t consumed = parser.bytesConsumed();
    C360_FUZZ_CHECK(consumed == (bom ? 3u : 0u));
    std::uint64_t prevLine = 0, prevEndLine = 1;
    std::size_t records = 0;
    while (parser.next(record)) {
        // Every call that returns a record consumes at least one byte, so the loop ends.
        ++records;
        C360_FUZZ_CHECK(records <= data.size());

        // The record's bytes lie in the input and start exactly where the last one stopped.
        C360_FUZZ_CHECK(inside(record.raw, data));
        const auto rawStart = static_cast<std::uint64_t>(record.raw.data() - data.data());
        C360_FUZZ_CHECK(rawStart == consumed);
        const std::uint64_t rawEnd = rawStart + record.raw.size();
        C360_FUZZ_CHECK(parser.bytesConsumed() > consumed);
        C360_FUZZ_CHECK(parser.bytesConsumed() >= rawEnd);
        // Between the record and the next one there is at most one line terminator.
        const std::string_view terminator = data.substr(rawEnd, parser.bytesConsumed() - rawEnd);
        C360_FUZZ_CHECK(terminator.empty() || terminator == "\n" || terminator == "\r" ||
                        terminator == "\r\n");
        consumed = parser.bytesConsumed();

        // Line numbers never go back; a record starts on a later line than the one before.
        C360_FUZZ_CHECK(record.line >= 1);
        C360_FUZZ_CHECK(record.line > prevLine);
        C360_FUZZ_CHECK(record.line >= prevEndLine);
        C360_FUZZ_CHECK(record.endLine >= record.line);
        prevLine = record.line;
        prevEndLine = record.endLine;

        C360_FUZZ_CHECK(!record.fields.empty());
        // Parsing only removes bytes (quotes, doubled quotes, delimiters), never adds them.
        std::size_t fieldBytes = record.fields.size() - 1; // the delimiters between them
        for (const std::string_view f : record.fields) {
            fieldBytes += f.size();
            // A field that views the input lies inside its own record.
            if (inside(f, data) && !f.empty())
                C360_FUZZ_CHECK(inside(f, record.raw));
        }
        C360_FUZZ_CHECK(fieldBytes <= record.raw.size());
        for (const auto& note : record.notes)
            C360_FUZZ_CHECK(note.field < record.fields.size());
        if (record.blank)
            C360_FUZZ_CHECK(record.fields.size() == 1 && record.raw.empty());

        // Without a quote there is nothing to interpret: the fields are the raw text split
        // at each delimiter.
        if (record.raw.find(dialect.quote) == std::string_view::npos) {
            C360_FUZZ_CHECK(record.notes.empty());
            std::string joined;
            for (std::size_t i = 0; i < record.fields.size(); ++i) {
                if (i > 0)
                    joined.push_back(dialect.delimiter);
                joined.append(record.fields[i]);
            }
            C360_FUZZ_CHECK(joined == record.raw);
        }
    }
    C360_FUZZ_CHECK(parser.bytesConsumed() == data.size());
    // At the end it stays at the end.
    C360_FUZZ_CHECK(!parser.next(record));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The dialects the sniffer picks from, plus a single-quote dialect so the quote handling
    // is not tied to '"'.
    for (const CsvDialect dialect :
         {CsvDialect{',', '"'}, CsvDialect{';', '"'}, CsvDialect{'\t', '"'}, CsvDialect{'|', '"'},
          CsvDialect{',', '\''}})
        parseAll(text, dialect);
    return 0;
}
