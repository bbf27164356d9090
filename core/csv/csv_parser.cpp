#include "csv/csv_parser.h"

#include <cstdint>
#include <cstring>

namespace c360 {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kLineFeeds = kOnes * '\n';
constexpr std::uint64_t kCarriageReturns = kOnes * '\r';

// The high bit of each byte of `v` that is zero (exact for the lowest zero byte; bytes above
// it may be flagged falsely after a borrow, which the callers never look at).
constexpr std::uint64_t zeroBytes(std::uint64_t v) noexcept {
    return (v - kOnes) & ~v & (kOnes * 0x80);
}

} // namespace

CsvParser::CsvParser(std::string_view data, CsvDialect dialect) : data_(data), dialect_(dialect) {
    if (data_.size() >= 3 && static_cast<unsigned char>(data_[0]) == 0xEF &&
        static_cast<unsigned char>(data_[1]) == 0xBB &&
        static_cast<unsigned char>(data_[2]) == 0xBF) {
        pos_ = 3;
        hadBom_ = true;
    }
}

bool CsvParser::next(CsvRecord& record) {
    record.fields.clear();
    record.notes.clear();
    record.blank = false;
    spanCount_ = 0;
    scratch_.clear();
    const std::size_t size = data_.size();
    if (pos_ >= size)
        return false;

    const char* const d = data_.data();
    const char delim = dialect_.delimiter;
    const std::uint64_t delimiterBytes = kOnes * static_cast<unsigned char>(delim);
    const char quote = dialect_.quote;
    const std::size_t recordStart = pos_;
    record.line = line_;
    std::size_t recordEnd = size; // exclusive, before the terminator
    bool atEnd = false;

    // Consumes a line terminator at pos_ (CRLF, LF or a bare CR); returns false if none.
    auto takeTerminator = [&]() -> bool {
        if (pos_ >= size)
            return false;
        if (d[pos_] == '\n') {
            ++pos_;
            ++line_;
            return true;
        }
        if (d[pos_] == '\r') {
            ++pos_;
            if (pos_ < size && d[pos_] == '\n')
                ++pos_;
            ++line_;
            return true;
        }
        return false;
    };

    while (!atEnd) {
        const std::uint32_t fieldIndex = static_cast<std::uint32_t>(spanCount_);
        if (pos_ < size && d[pos_] == quote) {
            // Quoted field. Copies into scratch only when a doubled quote forces it.
            ++pos_;
            std::size_t chunkStart = pos_;
            bool copied = false;
            std::size_t scratchStart = scratch_.size();
            bool closed = false;
            while (pos_ < size) {
                const void* hit = std::memchr(d + pos_, quote, size - pos_);
                const std::size_t q =
                    hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - d) : size;
                // Count physical lines inside the quoted stretch.
                for (std::size_t i = pos_; i < q; ++i) {
                    if (d[i] == '\n' || (d[i] == '\r' && (i + 1 >= size || d[i + 1] != '\n')))
                        ++line_;
                }
                if (q >= size) {
                    pos_ = size;
                    break;
                }
                if (q + 1 < size && d[q + 1] == quote) {
                    // Doubled quote: one literal quote.
                    if (!copied) {
                        copied = true;
                        scratchStart = scratch_.size();
                    }
                    scratch_.append(d + chunkStart, q + 1 - chunkStart);
                    pos_ = q + 2;
                    chunkStart = pos_;
                    continue;
                }
                pos_ = q + 1;
                closed = true;
                break;
            }
            const std::size_t chunkEnd = closed ? pos_ - 1 : size;
            if (copied) {
                scratch_.append(d + chunkStart, chunkEnd - chunkStart);
            }
            if (!closed) {
                record.notes.push_back({CsvNote::UnterminatedQuote, fieldIndex});
            } else if (pos_ < size && d[pos_] != delim && d[pos_] != '\n' && d[pos_] != '\r') {
                // Text after the closing quote: kept, literally, as most readers do.
                record.notes.push_back({CsvNote::TextAfterClosingQuote, fieldIndex});
                if (!copied) {
                    copied = true;
                    scratchStart = scratch_.size();
                    scratch_.append(d + chunkStart, chunkEnd - chunkStart);
                }
                while (pos_ < size && d[pos_] != delim && d[pos_] != '\n' && d[pos_] != '\r') {
                    scratch_.push_back(d[pos_]);
                    ++pos_;
                }
            }
            if (copied)
                addSpan({scratchStart, scratch_.size() - scratchStart, true});
            else
                addSpan({chunkStart, chunkEnd - chunkStart, false});
        } else {
            // Unquoted field: runs to the delimiter or the end of the line. A quote inside it
            // is an ordinary character.
            const std::size_t start = pos_;
            // Eight bytes at a time: a bit is set in `hits` for each byte that is the
            // delimiter, LF or CR (exact for the lowest such byte, which is the one taken).
            while (pos_ + 8 <= size) {
                std::uint64_t word;
                std::memcpy(&word, d + pos_, 8);
                const std::uint64_t hits = zeroBytes(word ^ delimiterBytes) |
                                           zeroBytes(word ^ kLineFeeds) |
                                           zeroBytes(word ^ kCarriageReturns);
                if (hits != 0) {
                    pos_ += static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
                    break;
                }
                pos_ += 8;
            }
            while (pos_ < size) {
                const char c = d[pos_];
                if (c == delim || c == '\n' || c == '\r')
                    break;
                ++pos_;
            }
            addSpan({start, pos_ - start, false});
        }

        if (pos_ >= size) {
            recordEnd = size;
            atEnd = true;
        } else if (d[pos_] == delim) {
            ++pos_;
            if (pos_ >= size) {
                // "a,b," at end of file: a trailing empty field.
                addSpan({pos_, 0, false});
                recordEnd = size;
                atEnd = true;
            }
        } else {
            recordEnd = pos_;
            takeTerminator();
            atEnd = true;
        }
    }

    record.endLine = line_ - (recordEnd < pos_ ? 1 : 0);
    // An unclosed quote swallows the file's final line break too; that break ends the last
    // line, it does not start another one.
    if (!record.notes.empty() && record.notes.back().kind == CsvNote::UnterminatedQuote &&
        size > recordStart && (d[size - 1] == '\n' || d[size - 1] == '\r'))
        --record.endLine;
    if (record.endLine < record.line)
        record.endLine = record.line;
    record.raw = data_.substr(recordStart, recordEnd - recordStart);
    record.fields.resize(spanCount_);
    for (std::size_t i = 0; i < spanCount_; ++i) {
        const FieldSpan& s = spans_[i];
        record.fields[i] = s.inScratch ? std::string_view(scratch_).substr(s.offset, s.length)
                                       : data_.substr(s.offset, s.length);
    }
    record.blank = record.fields.size() == 1 && record.raw.empty();
    return true;
}

} // namespace c360
