// libFuzzer target: encoding detection and conversion, then dialect sniffing, over arbitrary
// bytes. Every decoded text must be valid UTF-8 (the CSV parser and everything after it rely
// on that), each reported problem must sit on the line where its replacement character is,
// single-byte and UTF-16 decoding must be lossless where they report no problem, and the
// sniffer's answer must be one it can act on.
#include "csv/csv_sniffer.h"
#include "fuzz_check.h"
#include "sources/text_encoding.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using c360::DecodedText;
using c360::TextEncoding;

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
// Written out here rather than borrowed from the decoder, so the check is independent of it.
bool decodeUtf8(std::string_view s, std::vector<char32_t>& out) {
    out.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        std::size_t len = 0;
        char32_t c = 0;
        if (b < 0x80) {
            len = 1;
            c = b;
        } else if ((b & 0xE0) == 0xC0) {
            len = 2;
            c = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            len = 3;
            c = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            len = 4;
            c = b & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (c < kMin[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return false;
        out.push_back(c);
        i += len;
    }
    return true;
}

// The decoded text's line (as the CSV parser counts: LF, CRLF or a lone CR end one) at each
// U+FFFD, in order.
std::vector<std::uint64_t> replacementLines(const std::vector<char32_t>& text) {
    std::vector<std::uint64_t> lines;
    std::uint64_t line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c == 0xFFFD)
            lines.push_back(line);
        else if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            ++line;
    }
    return lines;
}

std::string_view withoutPrefix(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix ? s.substr(prefix.size()) : s;
}

void checkDecoded(std::string_view bytes, const DecodedText& d,
                  std::optional<TextEncoding> forced) {
    if (forced) {
        C360_FUZZ_CHECK(!d.detected);
        C360_FUZZ_CHECK(d.encoding == *forced);
    } else {
        C360_FUZZ_CHECK(d.detected);
        // Nothing is detected as Latin-1: a file that is not UTF-8 is read as Windows-1252.
        C360_FUZZ_CHECK(d.encoding != TextEncoding::Latin1);
    }

    std::vector<char32_t> cps;
    C360_FUZZ_CHECK(decodeUtf8(d.text, cps));

    C360_FUZZ_CHECK(d.problems.size() <= d.problemCount);
    C360_FUZZ_CHECK(d.problems.size() == std::min<std::uint64_t>(d.problemCount, 20));
    // A problem is reported on the line of the U+FFFD that replaced it. The input may hold
    // U+FFFD of its own; then the k-th problem is not known to be the k-th U+FFFD, and only
    // the count is bounded.
    const std::vector<std::uint64_t> lines = replacementLines(cps);
    C360_FUZZ_CHECK(lines.size() >= d.problemCount);
    if (lines.size() == d.problemCount) {
        for (std::size_t k = 0; k < d.problems.size(); ++k)
            C360_FUZZ_CHECK(d.problems[k].line == lines[k]);
    }

    switch (d.encoding) {
    case TextEncoding::Utf8:
        // UTF-8 without a problem is passed through untouched (a BOM included).
        if (d.problemCount == 0)
            C360_FUZZ_CHECK(d.text == bytes);
        break;
    case TextEncoding::Latin1:
        // Latin-1 maps every byte to the code point of the same number.
        C360_FUZZ_CHECK(d.problemCount == 0);
        C360_FUZZ_CHECK(cps.size() == bytes.size());
        for (std::size_t i = 0; i < bytes.size(); ++i)
            C360_FUZZ_CHECK(cps[i] == static_cast<unsigned char>(bytes[i]));
        break;
    case TextEncoding::Windows1252:
        // One code point per byte, none lost.
        C360_FUZZ_CHECK(d.problemCount == 0);
        C360_FUZZ_CHECK(cps.size() == bytes.size());
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool little = d.encoding == TextEncoding::Utf16LE;
        // A BOM of the encoding read is skipped; so the text, encoded back, is the rest.
        const std::string_view body =
            d.hadBom || forced ? withoutPrefix(bytes, little ? "\xFF\xFE" : "\xFE\xFF") : bytes;
        if (d.problemCount != 0)
            break;
        C360_FUZZ_CHECK(body.size() % 2 == 0);
        std::string back;
        auto unit = [&](char32_t u) {
            const auto hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
            back.push_back(little ? lo : hi);
            back.push_back(little ? hi : lo);
        };
        for (const char32_t c : cps) {
            if (c >= 0x10000) {
                unit(0xD800 + ((c - 0x10000) >> 10));
                unit(0xDC00 + ((c - 0x10000) & 0x3FF));
            } else {
                unit(c);
            }
        }
        C360_FUZZ_CHECK(back == body);
        break;
    }
    }
}

void checkSniffed(std::string_view text) {
    const c360::SniffedDialect s = c360::sniffDialect(text);
    C360_FUZZ_CHECK(std::find(std::begin(c360::kDelimiterCandidates),
                              std::end(c360::kDelimiterCandidates),
                              s.dialect.delimiter) != std::end(c360::kDelimiterCandidates));
    C360_FUZZ_CHECK(s.dialect.quote == '"');
    C360_FUZZ_CHECK(s.decimalPoint == '.' || s.decimalPoint == ',');
    // A decimal comma is only possible when the comma does not separate columns.
    C360_FUZZ_CHECK(s.decimalPoint != s.dialect.delimiter);
    C360_FUZZ_CHECK(s.thousandsSeparator == 0 ||
                    (s.thousandsSeparator != s.decimalPoint &&
                     (s.thousandsSeparator == '.' || s.thousandsSeparator == ',')));
    C360_FUZZ_CHECK(s.consistency >= 0.0 && s.consistency <= 1.0);
    C360_FUZZ_CHECK(!s.reasons.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const DecodedText detected = c360::decodeText(bytes);
    checkDecoded(bytes, detected, std::nullopt);
    checkSniffed(detected.text);
    // The sniffer also sees raw bytes when a caller skips decoding; it must not mind.
    checkSniffed(bytes);

    for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                 TextEncoding::Windows1252, TextEncoding::Latin1}) {
        const DecodedText forced = c360::decodeText(bytes, e);
        checkDecoded(bytes, forced, e);
    }

    // Files over 5 x 64 KiB are sampled at five places instead of read whole. Fuzz inputs are
    // small, so one in 256 (by length) is repeated past that size to reach the sampling code;
    // such a run costs some 15 ms (1.6 MB parsed), so doing it more often would take most of
    // the target's time for a few lines of code.
    if (size > 0 && size % 256 == 0) {
        std::string big;
        big.reserve(330 * 1024 + size);
        while (big.size() <= 5 * 64 * 1024)
            big.append(bytes);
        checkSniffed(big);
    }
    return 0;
}
