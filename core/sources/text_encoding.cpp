#include "sources/text_encoding.h"

#include "util/utf8.h"

#include <algorithm>
#include <cstring>

namespace c360 {

namespace {

constexpr std::size_t kListedProblems = 20;

// Windows-1252's 0x80..0x9F; the five unassigned bytes map to the C1 control of the same
// number, as Windows itself does, so no byte is lost.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr char32_t kReplacement = 0xFFFD;

// Length of the valid UTF-8 sequence at p, or 0 when the bytes there are not one.
std::size_t utf8SequenceLength(const unsigned char* p, std::size_t left) noexcept {
    const unsigned char b = p[0];
    if (b < 0x80)
        return 1;
    auto cont = [&](std::size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (b == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (b == 0xED && p[1] >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (b == 0xF0 && p[1] < 0x90)
            return 0;
        if (b == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

struct Utf8Scan {
    std::uint64_t invalid = 0;   // bytes that start no valid sequence
    std::uint64_t multibyte = 0; // valid sequences of 2..4 bytes
};

Utf8Scan scanUtf8(std::string_view s) noexcept {
    Utf8Scan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII fast paths: 32 bytes at a time (most CSV text is ASCII), then eight.
        while (i + 32 <= n) {
            std::uint64_t w[4];
            std::memcpy(w, p + i, 32);
            if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull) != 0)
                break;
            i += 32;
        }
        if (i >= n)
            break;
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const std::size_t len = utf8SequenceLength(p + i, n - i);
        if (len == 0) {
            ++scan.invalid;
            ++i;
        } else {
            if (len > 1)
                ++scan.multibyte;
            i += len;
        }
    }
    return scan;
}

class Converter {
public:
    explicit Converter(DecodedText& out) : out_(out) { out_.converted.reserve(1 << 16); }

    void put(char32_t c) {
        appendUtf8(out_.converted, c);
        trackLine(c);
    }

    // A valid multi-byte UTF-8 sequence, copied as it is: never a line break, but it does end
    // a pending CR (so CR, é, LF is two line breaks, not one CRLF).
    void putSequence(std::string_view bytes) {
        out_.converted.append(bytes);
        pendingCr_ = false;
    }

    void problem(Message warning) {
        ++out_.problemCount;
        if (out_.problems.size() < kListedProblems)
            out_.problems.push_back(DecodeProblem{line_, std::move(warning), std::string()});
        put(kReplacement);
    }

private:
    // Lines as the CSV parser counts them: LF, CRLF or a bare CR each end one.
    void trackLine(char32_t c) {
        if (pendingCr_) {
            pendingCr_ = false;
            if (c == '\n')
                return; // CRLF: counted at the CR
        }
        if (c == '\n') {
            ++line_;
        } else if (c == '\r') {
            ++line_;
            pendingCr_ = true;
        }
    }

    DecodedText& out_;
    std::uint64_t line_ = 1;
    bool pendingCr_ = false;
};

std::string hexByte(unsigned char b) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("0x") + kHex[b >> 4] + kHex[b & 15];
}

std::string hexUnit(char16_t u) {
    return hexByte(static_cast<unsigned char>(u >> 8)) +
           hexByte(static_cast<unsigned char>(u & 0xFF)).substr(2);
}

void convertUtf8WithProblems(std::string_view s, DecodedText& out) {
    Converter conv(out);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t len = utf8SequenceLength(p + i, s.size() - i);
        if (len == 0) {
            conv.problem(Message(MessageKind::InvalidUtf8Byte, {hexByte(p[i])}));
            ++i;
            continue;
        }
        if (len == 1) {
            conv.put(p[i]);
        } else {
            conv.putSequence(s.substr(i, len));
        }
        i += len;
    }
}

void convertSingleByte(std::string_view s, bool windows1252, DecodedText& out) {
    Converter conv(out);
    for (const char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        if (windows1252 && b >= 0x80 && b <= 0x9F)
            conv.put(kCp1252High[b - 0x80]);
        else
            conv.put(b);
    }
}

void convertUtf16(std::string_view s, bool littleEndian, DecodedText& out) {
    Converter conv(out);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t units = s.size() / 2;
    auto unit = [&](std::size_t i) -> char16_t {
        return littleEndian ? static_cast<char16_t>(p[2 * i] | (p[2 * i + 1] << 8))
                            : static_cast<char16_t>((p[2 * i] << 8) | p[2 * i + 1]);
    };
    for (std::size_t i = 0; i < units; ++i) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 < units) {
                const char16_t low = unit(i + 1);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    conv.put(0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) +
                             (static_cast<char32_t>(low) - 0xDC00));
                    ++i;
                    continue;
                }
            }
            conv.problem(Message(MessageKind::UnpairedUtf16Surrogate, {hexUnit(u)}));
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            conv.problem(Message(MessageKind::UnpairedUtf16Surrogate, {hexUnit(u)}));
        } else {
            conv.put(u);
        }
    }
    if (s.size() % 2 != 0)
        conv.problem(Message(MessageKind::HalfUtf16Character));
}

} // namespace

DecodedText::DecodedText(DecodedText&& other) noexcept {
    *this = std::move(other);
}

DecodedText& DecodedText::operator=(DecodedText&& other) noexcept {
    if (this == &other)
        return *this;
    // `text` may view `converted`: re-point it after the move.
    const bool viewsConverted =
        !other.converted.empty() && other.text.data() == other.converted.data();
    encoding = other.encoding;
    hadBom = other.hadBom;
    detected = other.detected;
    converted = std::move(other.converted);
    text = viewsConverted ? std::string_view(converted) : other.text;
    problems = std::move(other.problems);
    problemCount = other.problemCount;
    return *this;
}

std::string_view encodingName(TextEncoding e) noexcept {
    switch (e) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16LE:
        return "UTF-16LE";
    case TextEncoding::Utf16BE:
        return "UTF-16BE";
    case TextEncoding::Windows1252:
        return "Windows-1252";
    case TextEncoding::Latin1:
        return "ISO-8859-1";
    }
    return "UTF-8";
}

std::optional<TextEncoding> encodingFromName(std::string_view name) noexcept {
    std::string n;
    for (const char c : name)
        if (c != '-' && c != '_' && c != ' ')
            n.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    if (n == "utf8" || n == "utf8bom" || n == "utf8sig")
        return TextEncoding::Utf8;
    if (n == "utf16le" || n == "utf16")
        return TextEncoding::Utf16LE;
    if (n == "utf16be")
        return TextEncoding::Utf16BE;
    if (n == "windows1252" || n == "cp1252" || n == "win1252" || n == "ansi")
        return TextEncoding::Windows1252;
    if (n == "latin1" || n == "iso88591" || n == "l1")
        return TextEncoding::Latin1;
    return std::nullopt;
}

bool looksLikeBomlessUtf16(std::string_view bytes, bool& littleEndian) noexcept {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) / 2 * 2;
    if (n < 8)
        return false;
    std::size_t evenNul = 0, oddNul = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenNul += bytes[i] == '\0';
        oddNul += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    // Text in a Latin script as UTF-16: nearly every high byte is zero, no low byte is.
    if (oddNul * 10 >= pairs * 9 && evenNul == 0) {
        littleEndian = true;
        return true;
    }
    if (evenNul * 10 >= pairs * 9 && oddNul == 0) {
        littleEndian = false;
        return true;
    }
    return false;
}

DecodedText decodeText(std::string_view bytes, std::optional<TextEncoding> forced) {
    DecodedText out;
    auto starts = [&bytes](std::string_view magic) {
        return bytes.size() >= magic.size() && bytes.substr(0, magic.size()) == magic;
    };
    TextEncoding encoding = TextEncoding::Utf8;
    std::string_view body = bytes;
    bool bodyIsValidUtf8 = false; // known from the detection scan, so not scanned twice
    if (starts("\xEF\xBB\xBF")) {
        out.hadBom = true;
        encoding = TextEncoding::Utf8;
    } else if (starts("\xFF\xFE")) {
        out.hadBom = true;
        encoding = TextEncoding::Utf16LE;
        body.remove_prefix(2);
    } else if (starts("\xFE\xFF")) {
        out.hadBom = true;
        encoding = TextEncoding::Utf16BE;
        body.remove_prefix(2);
    } else if (bool little = false; looksLikeBomlessUtf16(bytes, little)) {
        encoding = little ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    } else {
        const Utf8Scan scan = scanUtf8(bytes);
        if (scan.invalid == 0) {
            encoding = TextEncoding::Utf8;
            bodyIsValidUtf8 = true;
        } else if (scan.invalid <= scan.multibyte) {
            // More valid UTF-8 letters than broken bytes: a UTF-8 file with a few bad bytes
            // (a bad copy and paste), not a Windows-1252 file, where byte pairs that happen
            // to be valid UTF-8 are rare. Keep UTF-8 and report the bytes.
            encoding = TextEncoding::Utf8;
        } else {
            encoding = TextEncoding::Windows1252;
        }
    }
    if (forced) {
        out.detected = false;
        if (*forced != encoding) {
            encoding = *forced;
            body = bytes;
            // A BOM that matches the chosen encoding is still skipped.
            if (encoding == TextEncoding::Utf16LE && starts("\xFF\xFE"))
                body.remove_prefix(2);
            else if (encoding == TextEncoding::Utf16BE && starts("\xFE\xFF"))
                body.remove_prefix(2);
        }
    }
    out.encoding = encoding;
    switch (encoding) {
    case TextEncoding::Utf8: {
        if ((bodyIsValidUtf8 && body.data() == bytes.data() && body.size() == bytes.size()) ||
            scanUtf8(body).invalid == 0) {
            out.text = body;
            return out;
        }
        convertUtf8WithProblems(body, out);
        break;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        convertUtf16(body, encoding == TextEncoding::Utf16LE, out);
        break;
    case TextEncoding::Windows1252:
    case TextEncoding::Latin1:
        convertSingleByte(body, encoding == TextEncoding::Windows1252, out);
        break;
    }
    out.text = out.converted;
    return out;
}

} // namespace c360
