// Calendar dates as day numbers, and the date formats the contract accepts.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace c360 {

// Days since 1970-01-01 (proleptic Gregorian). A plain integer keeps date columns dense and
// makes "as_of - date" a subtraction.
using Days = std::int32_t;
inline constexpr Days kNullDate = std::numeric_limits<Days>::min();

struct CivilDate {
    int year = 1970;
    int month = 1;
    int day = 1;
};

Days daysFromCivil(int year, int month, int day) noexcept;
CivilDate civilFromDays(Days days) noexcept;
bool isValidCivil(int year, int month, int day) noexcept;

// YYYY-MM-DD; an empty string for kNullDate.
std::string formatDate(Days days);
void appendDate(std::string& out, Days days);

// How the first two numbers of a slash date are read. Decided per column of a file (from all
// its values), never row by row.
enum class SlashOrder : std::uint8_t { Unknown, MonthFirst, DayFirst };

enum class DateStatus : std::uint8_t {
    Ok,        // days is set
    Invalid,   // not a date in any accepted format, or an impossible one (2025-02-30)
    Ambiguous, // a slash date read with SlashOrder::Unknown (at least one reading is valid):
               // its column settles it, see SlashDate
};

// A slash date seen before its column's order is known. Both readings are kept so the column
// can be settled once every value has been seen.
struct SlashDate {
    std::uint8_t first = 0;
    std::uint8_t second = 0;
    std::int16_t year = 0;
};

struct DateParse {
    DateStatus status = DateStatus::Invalid;
    Days days = kNullDate;
    SlashDate slash{};
    bool sawSlash = false; // the value was a slash date (settled or not)
};

// Accepts YYYY-MM-DD, ISO date-times (space or T, optional seconds, fraction, Z or offset: the
// date part is taken as written), MM/DD/YYYY or DD/MM/YYYY (per `order`), and DD.MM.YYYY.
// Surrounding whitespace is ignored. The caller handles empty (NULL) values.
DateParse parseDate(std::string_view text, SlashOrder order) noexcept;

// Settles a slash date once the column's order is known. Returns kNullDate if impossible.
Days resolveSlashDate(SlashDate date, SlashOrder order) noexcept;

// Strict YYYY-MM-DD, for command-line arguments.
bool parseIsoDate(std::string_view text, Days& out) noexcept;

// Today's date in the local time zone.
Days todayLocal() noexcept;

} // namespace c360
