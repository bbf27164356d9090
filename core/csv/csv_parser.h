// RFC 4180 record parser over bytes already in memory (a mapped file or a decoded buffer).
//
// It knows nothing of tables or types: it turns bytes into records of fields, with the
// physical line each record starts on, and says what was odd about each record. Dialect and
// encoding detection sit in front of it; the table loader sits behind it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

struct CsvDialect {
    char delimiter = ',';
    char quote = '"';
};

enum class CsvNote : std::uint8_t {
    TextAfterClosingQuote, // "abc"def — kept as abcdef
    UnterminatedQuote,     // a quote opened and never closed: the field ran to the end of file
};

struct CsvRecordNote {
    CsvNote kind;
    std::uint32_t field; // 0-based field index
};

struct CsvRecord {
    std::uint64_t line = 0;    // 1-based physical line where the record starts
    std::uint64_t endLine = 0; // physical line where it ends (differs with quoted newlines)
    std::vector<std::string_view> fields;
    std::string_view raw; // the record's bytes, without its line terminator
    std::vector<CsvRecordNote> notes;
    bool blank = false; // an empty line: one empty field, nothing written
    bool unterminated() const noexcept {
        for (const auto& n : notes)
            if (n.kind == CsvNote::UnterminatedQuote)
                return true;
        return false;
    }
};

class CsvParser {
public:
    // `data` must outlive the parser and every record it returns. A UTF-8 BOM is skipped.
    explicit CsvParser(std::string_view data, CsvDialect dialect = {});

    // Fills `record` with the next record; false at end of input. Fields view either `data`
    // or the parser's scratch space, valid until the next call.
    bool next(CsvRecord& record);

    std::uint64_t bytesConsumed() const noexcept { return pos_; }
    std::uint64_t totalBytes() const noexcept { return data_.size(); }
    bool hadBom() const noexcept { return hadBom_; }

private:
    struct FieldSpan {
        std::size_t offset;
        std::size_t length;
        bool inScratch;
    };

    std::string_view data_;
    CsvDialect dialect_;
    std::size_t pos_ = 0;
    std::uint64_t line_ = 1;
    bool hadBom_ = false;
    // The fields of the record being read; grown, never shrunk, so the hot loop does not call
    // into the vector (a measurable share of the build's time).
    void addSpan(const FieldSpan& span) {
        if (spanCount_ == spans_.size())
            spans_.resize(spans_.size() * 2 + 16);
        spans_[spanCount_++] = span;
    }

    std::string scratch_;
    std::vector<FieldSpan> spans_;
    std::size_t spanCount_ = 0;
};

} // namespace c360
