#include "values/date.h"

#include <charconv>
#include <ctime>

namespace c360 {

namespace {

bool isLeap(int y) noexcept {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) noexcept {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

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

// Reads 1..maxDigits digits at s[pos]; advances pos.
bool readNumber(std::string_view s, std::size_t& pos, int minDigits, int maxDigits,
                int& value) noexcept {
    int digits = 0;
    int v = 0;
    while (pos < s.size() && isDigit(s[pos]) && digits < maxDigits) {
        v = v * 10 + (s[pos] - '0');
        ++pos;
        ++digits;
    }
    if (digits < minDigits || (pos < s.size() && isDigit(s[pos])))
        return false;
    value = v;
    return true;
}

// After a date: nothing, or a time part "[ T]HH:MM[:SS[.fff]][Z|±HH[:MM]]". The time is
// validated but not used: the contract takes the date part as written.
bool isTimeSuffix(std::string_view rest) noexcept {
    if (rest.empty())
        return true;
    if (rest[0] != ' ' && rest[0] != 'T' && rest[0] != 't')
        return false;
    std::size_t pos = 1;
    int hh = 0, mm = 0, ss = 0;
    // Excel writes "1/31/2025 2:05 PM": after a space a one-digit hour is accepted too; ISO's
    // "T" form keeps two digits.
    const int minHourDigits = rest[0] == ' ' ? 1 : 2;
    if (!readNumber(rest, pos, minHourDigits, 2, hh) || hh > 24)
        return false;
    if (pos >= rest.size() || rest[pos] != ':')
        return false;
    ++pos;
    if (!readNumber(rest, pos, 2, 2, mm) || mm > 59)
        return false;
    if (pos < rest.size() && rest[pos] == ':') {
        ++pos;
        if (!readNumber(rest, pos, 2, 2, ss) || ss > 60)
            return false;
        if (pos < rest.size() && (rest[pos] == '.' || rest[pos] == ',')) {
            ++pos;
            std::size_t start = pos;
            while (pos < rest.size() && isDigit(rest[pos]))
                ++pos;
            if (pos == start)
                return false;
        }
    }
    if (pos < rest.size() && rest[pos] == ' ')
        ++pos; // "2025-01-31 10:00:00 +01:00"
    if (pos == rest.size())
        return true;
    // A 12-hour clock: "AM"/"PM" (any case) ends the value; the hour must be 1..12.
    if (rest.size() - pos == 2 && (rest[pos + 1] == 'M' || rest[pos + 1] == 'm') &&
        (rest[pos] == 'A' || rest[pos] == 'a' || rest[pos] == 'P' || rest[pos] == 'p'))
        return hh >= 1 && hh <= 12;
    if (rest[pos] == 'Z' || rest[pos] == 'z')
        return pos + 1 == rest.size();
    if (rest[pos] == '+' || rest[pos] == '-') {
        ++pos;
        // ±HH, ±HH:MM or ±HHMM ("+0000" is how Salesforce and strftime's %z write it), so the
        // hour is exactly two digits that may be followed by the minutes' digits.
        if (pos + 2 > rest.size() || !isDigit(rest[pos]) || !isDigit(rest[pos + 1]))
            return false;
        const int oh = (rest[pos] - '0') * 10 + (rest[pos + 1] - '0');
        pos += 2;
        if (oh > 23)
            return false;
        if (pos == rest.size())
            return true;
        if (rest[pos] == ':')
            ++pos;
        int om = 0;
        if (!readNumber(rest, pos, 2, 2, om) || om > 59)
            return false;
        return pos == rest.size();
    }
    return false;
}

} // namespace

bool isValidCivil(int year, int month, int day) noexcept {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

// Howard Hinnant's days_from_civil algorithm (public domain description), written out here.
Days daysFromCivil(int year, int month, int day) noexcept {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(Days days) noexcept {
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return CivilDate{yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

void appendDate(std::string& out, Days days) {
    if (days == kNullDate)
        return;
    const CivilDate c = civilFromDays(days);
    char buf[16];
    buf[0] = static_cast<char>('0' + c.year / 1000 % 10);
    buf[1] = static_cast<char>('0' + c.year / 100 % 10);
    buf[2] = static_cast<char>('0' + c.year / 10 % 10);
    buf[3] = static_cast<char>('0' + c.year % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + c.month / 10);
    buf[6] = static_cast<char>('0' + c.month % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + c.day / 10);
    buf[9] = static_cast<char>('0' + c.day % 10);
    out.append(buf, 10);
}

std::string formatDate(Days days) {
    std::string s;
    appendDate(s, days);
    return s;
}

Days resolveSlashDate(SlashDate date, SlashOrder order) noexcept {
    const int month = order == SlashOrder::DayFirst ? date.second : date.first;
    const int day = order == SlashOrder::DayFirst ? date.first : date.second;
    if (!isValidCivil(date.year, month, day))
        return kNullDate;
    return daysFromCivil(date.year, month, day);
}

DateParse parseDate(std::string_view text, SlashOrder order) noexcept {
    DateParse result;
    const std::string_view s = trim(text);
    std::size_t pos = 0;
    int a = 0;
    if (!readNumber(s, pos, 1, 4, a) || pos >= s.size())
        return result;
    const std::size_t firstLen = pos;
    const char sep = s[pos];
    if (firstLen == 4 && sep == '-') {
        // ISO: YYYY-MM-DD[time]
        ++pos;
        int m = 0, d = 0;
        if (!readNumber(s, pos, 2, 2, m) || pos >= s.size() || s[pos] != '-')
            return result;
        ++pos;
        if (!readNumber(s, pos, 2, 2, d) || !isTimeSuffix(s.substr(pos)))
            return result;
        if (!isValidCivil(a, m, d))
            return result;
        result.status = DateStatus::Ok;
        result.days = daysFromCivil(a, m, d);
        return result;
    }
    if (firstLen > 2 || (sep != '/' && sep != '.'))
        return result;
    ++pos;
    int b = 0, y = 0;
    if (!readNumber(s, pos, 1, 2, b) || pos >= s.size() || s[pos] != sep)
        return result;
    ++pos;
    if (!readNumber(s, pos, 4, 4, y) || !isTimeSuffix(s.substr(pos)))
        return result;
    if (sep == '.') {
        // DD.MM.YYYY is day-first everywhere it is written.
        if (!isValidCivil(y, b, a))
            return result;
        result.status = DateStatus::Ok;
        result.days = daysFromCivil(y, b, a);
        return result;
    }
    result.sawSlash = true;
    result.slash = SlashDate{static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b),
                             static_cast<std::int16_t>(y)};
    if (order == SlashOrder::Unknown) {
        // Deferred to the column even when only one reading is possible (13/01/2025): the
        // column's order is settled from all its values, and a first number above 12 is the
        // evidence for day-first, so it must reach the caller as Ambiguous with both numbers.
        const bool monthFirstOk = isValidCivil(y, a, b);
        const bool dayFirstOk = isValidCivil(y, b, a);
        if (!monthFirstOk && !dayFirstOk)
            return result;
        result.status = DateStatus::Ambiguous;
        return result;
    }
    const Days days = resolveSlashDate(result.slash, order);
    if (days == kNullDate)
        return result;
    result.status = DateStatus::Ok;
    result.days = days;
    return result;
}

bool parseIsoDate(std::string_view text, Days& out) noexcept {
    if (text.size() != 10)
        return false;
    const DateParse p = parseDate(text, SlashOrder::MonthFirst);
    if (p.status != DateStatus::Ok || text[4] != '-')
        return false;
    out = p.days;
    return true;
}

Days todayLocal() noexcept {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return daysFromCivil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

} // namespace c360
