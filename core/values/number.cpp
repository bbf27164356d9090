#include "values/number.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace c360 {

namespace {

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool isDigit(char c) noexcept {
    return c >= '0' && c <= '9';
}

} // namespace

NumberStatus parseMoney(std::string_view text, NumberFormat format, Money& out) noexcept {
    std::string_view s = trim(text);
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty())
        return NumberStatus::Invalid;
    constexpr Money kLimit = std::numeric_limits<Money>::max() / 10 - 10;
    Money whole = 0;
    std::size_t pos = 0;
    std::size_t intDigits = 0;
    std::size_t groupDigits = 0; // digits since the last thousands separator
    bool grouped = false;
    while (pos < s.size()) {
        const char c = s[pos];
        if (format.thousands != 0 && c == format.thousands) {
            // 1,234,567: the first group has 1-3 digits, every later one exactly 3.
            if (intDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                return NumberStatus::Invalid;
            grouped = true;
            groupDigits = 0;
            ++pos;
            continue;
        }
        if (!isDigit(c))
            break;
        whole = whole * 10 + (c - '0');
        if (whole > kLimit / kMoneyScale)
            return NumberStatus::Overflow;
        ++pos;
        ++intDigits;
        ++groupDigits;
    }
    if (grouped && groupDigits != 3)
        return NumberStatus::Invalid;
    Money fraction = 0;
    int fracDigits = 0;
    bool sticky = false; // any non-zero digit beyond the 5th decimal
    int roundDigit = -1; // the 5th decimal
    if (pos < s.size() && s[pos] == format.decimalPoint) {
        ++pos;
        const std::size_t start = pos;
        while (pos < s.size() && isDigit(s[pos])) {
            const int d = s[pos] - '0';
            if (fracDigits < 4) {
                fraction = fraction * 10 + d;
                ++fracDigits;
            } else if (roundDigit < 0) {
                roundDigit = d;
            } else if (d != 0) {
                sticky = true;
            }
            ++pos;
        }
        if (pos == start && intDigits == 0)
            return NumberStatus::Invalid;
    } else if (intDigits == 0) {
        return NumberStatus::Invalid;
    }
    if (pos != s.size())
        return NumberStatus::Invalid;
    for (int i = fracDigits; i < 4; ++i)
        fraction *= 10;
    Money value = whole * kMoneyScale + fraction;
    NumberStatus status = NumberStatus::Ok;
    if (roundDigit >= 0) {
        if (roundDigit != 0 || sticky)
            status = NumberStatus::Rounded;
        // Half-even on the magnitude; symmetric for negatives.
        if (roundDigit > 5 || (roundDigit == 5 && (sticky || (value % 2) != 0)))
            ++value;
    }
    // The largest amount is the largest whole number the loop accepts, with any decimals: an
    // amount rounded up past it would not read back from its own text.
    if (value > (kLimit / kMoneyScale) * kMoneyScale + (kMoneyScale - 1))
        return NumberStatus::Overflow;
    out = negative ? -value : value;
    return status;
}

NumberStatus parseReal(std::string_view text, NumberFormat format, double& out) noexcept {
    std::string_view s = trim(text);
    if (!s.empty() && s.front() == '+') {
        s.remove_prefix(1);
        // from_chars takes its own '-', so "+-5" would otherwise read as -5.
        if (!s.empty() && s.front() == '-')
            return NumberStatus::Invalid;
    }
    if (s.empty() || s.size() > 64)
        return NumberStatus::Invalid;
    std::array<char, 65> buf{};
    std::size_t n = 0;
    if (format.thousands != 0 && s.find(format.thousands) != std::string_view::npos) {
        // Grouped digits are read as money would be, so "1.234,5" and "1,234.5" follow the
        // same rules; then the number is written plainly for from_chars.
        Money exact = 0;
        const NumberStatus st = parseMoney(s, format, exact);
        if (st == NumberStatus::Invalid || st == NumberStatus::Overflow)
            return st;
        const std::string plain = formatMoney(exact);
        if (st == NumberStatus::Ok) {
            std::from_chars(plain.data(), plain.data() + plain.size(), out); // locale-free
            return NumberStatus::Ok;
        }
        // More than 4 decimals: fall through with the separators removed.
        std::string stripped;
        for (const char c : s)
            if (c != format.thousands)
                stripped.push_back(c);
        return parseReal(stripped, NumberFormat{format.decimalPoint, 0}, out);
    }
    for (char c : s) {
        if (c == format.decimalPoint)
            c = '.';
        else if (c == '.' && format.decimalPoint != '.')
            return NumberStatus::Invalid;
        const bool allowed = isDigit(c) || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+';
        if (!allowed)
            return NumberStatus::Invalid; // rejects "inf", "nan", hex
        buf[n++] = c;
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(buf.data(), buf.data() + n, value);
    if (ec == std::errc::result_out_of_range)
        return NumberStatus::Overflow;
    if (ec != std::errc() || ptr != buf.data() + n || !std::isfinite(value))
        return NumberStatus::Invalid;
    out = value;
    return NumberStatus::Ok;
}

void appendReal(std::string& out, double value) {
    // Plain decimals from 1e-6 up to 1e21 (where JavaScript switches too), an exponent only
    // outside: REAL values from SQLite are read back as exact money, which is never written
    // with an exponent, so 1234567.0 must come out as "1234567", not "1.234567e+06".
    // Both formats are the shortest digits that read back as the same double.
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e21);
    char buf[64];
    const auto [ptr, ec] =
        std::to_chars(buf, buf + sizeof buf, value,
                      plain ? std::chars_format::fixed : std::chars_format::scientific);
    if (ec == std::errc())
        out.append(buf, ptr);
}

std::string formatReal(double value) {
    std::string s;
    appendReal(s, value);
    return s;
}

void appendMoney(std::string& out, Money value) {
    if (value < 0) {
        out.push_back('-');
    }
    // Negate in unsigned arithmetic so the most negative value does not overflow.
    const auto magnitude =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::uint64_t whole = magnitude / kMoneyScale;
    std::uint64_t fraction = magnitude % kMoneyScale;
    char buf[32];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, whole);
    out.append(buf, ptr);
    if (fraction != 0) {
        char digits[4];
        for (int i = 3; i >= 0; --i) {
            digits[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        int len = 4;
        while (len > 0 && digits[len - 1] == '0')
            --len;
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(len));
    }
}

std::string formatMoney(Money value) {
    std::string s;
    appendMoney(s, value);
    return s;
}

} // namespace c360
