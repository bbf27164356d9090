// Which character encoding a text file is in, and turning it into UTF-8.
//
// Exports come as UTF-8 (with or without a byte order mark), as UTF-16 from some web shops and
// Windows tools, and as Windows-1252 from older Excel versions. The CSV parser reads UTF-8
// only, so everything else is converted here first, and nothing is dropped silently: a byte
// that cannot be read is replaced by U+FFFD and reported with its line.
#pragma once

#include "messages/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace c360 {

enum class TextEncoding : std::uint8_t { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

std::string_view encodingName(TextEncoding e) noexcept;
// "utf-8", "utf8", "UTF-16LE", "cp1252", "windows-1252", "latin1", "iso-8859-1", ...
std::optional<TextEncoding> encodingFromName(std::string_view name) noexcept;

struct DecodeProblem {
    std::uint64_t line = 0; // 1-based physical line in the decoded text
    Message warning;        // InvalidUtf8Byte, UnpairedUtf16Surrogate, HalfUtf16Character
    std::string file;       // set when a table spans several files
};

struct DecodedText {
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadBom = false;
    bool detected = true; // false when the caller chose the encoding
    // The UTF-8 text: a view of the input when it already was UTF-8, else of `converted`.
    std::string_view text;
    std::string converted;
    // Bytes that could not be read in the chosen encoding (replaced by U+FFFD); the first
    // few are listed, all are counted.
    std::vector<DecodeProblem> problems;
    std::uint64_t problemCount = 0;

    DecodedText() = default;
    DecodedText(const DecodedText&) = delete;
    DecodedText& operator=(const DecodedText&) = delete;
    DecodedText(DecodedText&& other) noexcept;
    DecodedText& operator=(DecodedText&& other) noexcept;
};

// Detects the encoding (unless `forced`) and converts to UTF-8. A UTF-8 BOM is kept in the
// text (the CSV parser skips it) but reported through hadBom.
DecodedText decodeText(std::string_view bytes, std::optional<TextEncoding> forced = {});

// True when `bytes` look like UTF-16 without a byte order mark (every other byte NUL).
bool looksLikeBomlessUtf16(std::string_view bytes, bool& littleEndian) noexcept;

} // namespace c360
