// Numbers as the contract reads them: exact decimal money, integers and reals.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace c360 {

// Money held as integer ten-thousandths, so sums and comparisons are exact:
// 10.10 + 20.20 == 30.30.
using Money = std::int64_t;
inline constexpr Money kMoneyScale = 10000;

enum class NumberStatus : std::uint8_t {
    Ok,
    Rounded,  // money with more than 4 decimals, rounded half-even
    Invalid,  // not a number
    Overflow, // outside the range the column can hold
};

struct NumberFormat {
    char decimalPoint = '.';
    char thousands = 0; // a grouping separator to accept in groups of three ("1,234.50"), or 0
};

// "-12.5", "+3", ".75", "1e3" is Invalid (money is written out in full). Whitespace around
// the number is ignored.
NumberStatus parseMoney(std::string_view text, NumberFormat format, Money& out) noexcept;

// Any finite real: "4", "4.5", "-1e-3". Whitespace around is ignored.
NumberStatus parseReal(std::string_view text, NumberFormat format, double& out) noexcept;

// Shortest text that reads back as the same double ("0.1", "30.3", "100", "1e+21").
void appendReal(std::string& out, double value);
std::string formatReal(double value);

// Exact decimal text of money: "30.3", "-0.0001", "100".
void appendMoney(std::string& out, Money value);
std::string formatMoney(Money value);

// The nearest double to money / 10000 (a single correctly rounded division).
inline double moneyToDouble(Money value) noexcept {
    return static_cast<double>(value) / static_cast<double>(kMoneyScale);
}

} // namespace c360
