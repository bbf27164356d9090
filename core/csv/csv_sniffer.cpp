#include "csv/csv_sniffer.h"

#include <algorithm>
#include <array>
#include <map>

namespace c360 {

namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kRecordsPerChunk = 400;

// Pieces of the file to look at: its start, three places inside, its end. A piece that does
// not start the file starts after the first line break in it, so it starts on a record
// (unless that break was inside a quoted value; the scores below tolerate a bad record).
std::vector<std::string_view> samplePieces(std::string_view text) {
    std::vector<std::string_view> pieces;
    if (text.size() <= kChunk * 5) {
        pieces.push_back(text);
        return pieces;
    }
    for (const double at : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        std::size_t begin =
            static_cast<std::size_t>(static_cast<double>(text.size() - kChunk) * at);
        std::string_view piece = text.substr(begin, kChunk);
        if (begin > 0) {
            const std::size_t nl = piece.find('\n');
            if (nl == std::string_view::npos)
                continue;
            piece.remove_prefix(nl + 1);
        }
        // Stop at the last line break so no record is cut in two.
        const std::size_t last = piece.rfind('\n');
        if (last != std::string_view::npos && begin + kChunk < text.size())
            piece = piece.substr(0, last + 1);
        pieces.push_back(piece);
    }
    return pieces;
}

struct Candidate {
    char delimiter;
    std::size_t headerFields = 0;
    std::size_t records = 0;
    std::size_t matching = 0; // records with the header's field count
    double consistency() const {
        return records == 0 ? (headerFields > 1 ? 1.0 : 0.0)
                            : static_cast<double>(matching) / static_cast<double>(records);
    }
};

Candidate score(char delimiter, const std::vector<std::string_view>& pieces) {
    Candidate c{delimiter};
    CsvRecord record;
    for (std::size_t p = 0; p < pieces.size(); ++p) {
        CsvParser parser(pieces[p], CsvDialect{delimiter, '"'});
        std::size_t n = 0;
        while (n < kRecordsPerChunk && parser.next(record)) {
            if (record.blank)
                continue;
            if (p == 0 && c.headerFields == 0) {
                c.headerFields = record.fields.size();
                continue;
            }
            ++n;
            ++c.records;
            if (record.fields.size() == c.headerFields)
                ++c.matching;
        }
    }
    return c;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// What a numeric-looking field says about the decimal point.
enum class NumberShape { NotNumber, Integer, DotDecimal, CommaDecimal, Ambiguous };

NumberShape shapeOf(std::string_view s, char& thousands) {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    if (s.empty() || !isDigit(s.front()))
        return NumberShape::NotNumber;
    std::size_t dots = 0, commas = 0;
    std::size_t lastSep = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.') {
            ++dots;
            lastSep = i;
        } else if (c == ',') {
            ++commas;
            lastSep = i;
        } else if (!isDigit(c)) {
            return NumberShape::NotNumber;
        }
    }
    if (dots == 0 && commas == 0)
        return NumberShape::Integer;
    const std::size_t after = s.size() - lastSep - 1;
    const char last = s[lastSep];
    if (dots > 0 && commas > 0) {
        // "1.234,56" or "1,234.56": the last separator is the decimal point.
        thousands = last == ',' ? '.' : ',';
        return last == ',' ? NumberShape::CommaDecimal : NumberShape::DotDecimal;
    }
    const std::size_t count = dots + commas;
    if (count > 1) {
        // "1.234.567" is grouping only if every group after the first has three digits;
        // "31.01.2025" is a date.
        std::size_t digits = 0;
        bool first = true;
        for (const char c : s) {
            if (c == last) {
                if ((first && (digits == 0 || digits > 3)) || (!first && digits != 3))
                    return NumberShape::NotNumber;
                first = false;
                digits = 0;
            } else {
                ++digits;
            }
        }
        if (digits != 3)
            return NumberShape::NotNumber;
        thousands = last;
        return NumberShape::Integer;
    }
    // One separator: three digits after it could be grouping ("1,234") or decimals.
    if (after == 3)
        return NumberShape::Ambiguous;
    return last == ',' ? NumberShape::CommaDecimal : NumberShape::DotDecimal;
}

bool looksLikeDateOrNumber(std::string_view s) {
    char t = 0;
    if (shapeOf(s, t) != NumberShape::NotNumber)
        return true;
    // 2025-01-31, 31.01.2025, 1/31/2025
    std::size_t digits = 0, seps = 0;
    for (const char c : s) {
        if (isDigit(c))
            ++digits;
        else if (c == '-' || c == '/' || c == '.')
            ++seps;
    }
    return digits >= 6 && seps == 2;
}

} // namespace

std::string describeDelimiter(char delimiter) {
    switch (delimiter) {
    case ',':
        return "comma";
    case ';':
        return "semicolon";
    case '\t':
        return "tab";
    case '|':
        return "vertical bar";
    default:
        return std::string("'") + delimiter + "'";
    }
}

std::string describeDelimiterPlural(char delimiter) {
    switch (delimiter) {
    case ',':
    case ';':
    case '\t':
        return describeDelimiter(delimiter) + "s";
    case '|':
        return "vertical bars";
    default:
        return std::string("'") + delimiter + "' characters";
    }
}

Message delimiterMessage(char delimiter) {
    switch (delimiter) {
    case ',':
        return Message(MessageKind::DelimiterCommas);
    case ';':
        return Message(MessageKind::DelimiterSemicolons);
    case '\t':
        return Message(MessageKind::DelimiterTabs);
    case '|':
        return Message(MessageKind::DelimiterVerticalBars);
    default:
        return Message(MessageKind::DelimiterCharacters, {std::string(1, delimiter)});
    }
}

SniffedDialect sniffDialect(std::string_view text) {
    SniffedDialect out;
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const std::vector<std::string_view> pieces = samplePieces(text);

    // Delimiter: the candidate that splits the header into most columns and keeps the other
    // records at that width. A candidate that leaves one column explains nothing.
    Candidate best{','};
    bool found = false;
    for (const char d : kDelimiterCandidates) {
        const Candidate c = score(d, pieces);
        if (c.headerFields < 2)
            continue;
        const double q = c.consistency();
        const double bestQ = best.consistency();
        const bool better =
            !found || q > bestQ + 0.05 || (q >= bestQ - 0.05 && c.headerFields > best.headerFields);
        if (better) {
            best = c;
            found = true;
        }
    }
    out.dialect.delimiter = best.delimiter;
    out.consistency = found ? best.consistency() : 1.0;
    out.sampledRecords = best.records;
    if (found)
        out.reasons.emplace_back(MessageKind::SniffedDelimiter,
                                 std::vector<std::string>{std::to_string(best.headerFields),
                                                          std::to_string(best.matching),
                                                          std::to_string(best.records)},
                                 delimiterMessage(best.delimiter));
    else
        out.reasons.emplace_back(MessageKind::SniffedOneColumn);

    // Header and decimal point, from the parsed sample.
    CsvParser parser(pieces.front(), out.dialect);
    CsvRecord record;
    std::vector<std::string> header;
    std::size_t commaDecimals = 0, dotDecimals = 0, ambiguous = 0;
    std::map<char, std::size_t> thousands;
    std::size_t dataRecords = 0, headerLike = 0;
    bool first = true;
    while (dataRecords < kRecordsPerChunk && parser.next(record)) {
        if (record.blank)
            continue;
        if (first) {
            first = false;
            header.assign(record.fields.begin(), record.fields.end());
            for (const auto& f : record.fields)
                if (!f.empty() && !looksLikeDateOrNumber(f))
                    ++headerLike;
            continue;
        }
        ++dataRecords;
        for (const std::string_view f : record.fields) {
            char t = 0;
            switch (shapeOf(f, t)) {
            case NumberShape::CommaDecimal:
                ++commaDecimals;
                break;
            case NumberShape::DotDecimal:
                ++dotDecimals;
                break;
            case NumberShape::Ambiguous:
                ++ambiguous;
                break;
            default:
                break;
            }
            if (t != 0)
                ++thousands[t];
        }
    }
    // A header has names: text in (nearly) every column, numbers or dates in none.
    out.headerPresent = header.empty() || headerLike * 10 >= header.size() * 9;
    if (!out.headerPresent)
        out.reasons.emplace_back(MessageKind::SniffedDataInFirstLine);
    if (commaDecimals > dotDecimals) {
        out.decimalPoint = ',';
        out.reasons.push_back(
            Message(MessageKind::SniffedDecimalComma, {std::to_string(commaDecimals)}));
    } else if (dotDecimals > 0) {
        out.reasons.push_back(
            Message(MessageKind::SniffedDecimalPoint, {std::to_string(dotDecimals)}));
    }
    // A decimal comma is only possible when the comma does not separate columns.
    if (out.dialect.delimiter == ',' && out.decimalPoint == ',')
        out.decimalPoint = '.';
    const char grouping = out.decimalPoint == ',' ? '.' : ',';
    if (thousands[grouping] > 0)
        out.thousandsSeparator = grouping;
    (void)ambiguous;
    return out;
}

} // namespace c360
