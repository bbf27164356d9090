// libFuzzer target: the date and number parsers over arbitrary text. Besides crashes and
// sanitizer reports it checks the round trips the output relies on (a date or amount that was
// read is written so that it reads back as the same value) and that the parsers agree with
// each other where the contract says they read the same thing.
#include "fuzz_check.h"
#include "values/date.h"
#include "values/number.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace {

using namespace c360;

std::string_view trimmed(std::string_view s) {
    // As the parsers trim: spaces and tabs in front, spaces, tabs and CR behind.
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The written form of a day reads back as that day in every order and as a strict ISO date.
void checkDateRoundTrip(Days days) {
    C360_FUZZ_CHECK(days != kNullDate);
    const CivilDate c = civilFromDays(days);
    C360_FUZZ_CHECK(isValidCivil(c.year, c.month, c.day));
    C360_FUZZ_CHECK(daysFromCivil(c.year, c.month, c.day) == days);
    const std::string written = formatDate(days);
    C360_FUZZ_CHECK(written.size() == 10);
    for (const SlashOrder order :
         {SlashOrder::Unknown, SlashOrder::MonthFirst, SlashOrder::DayFirst}) {
        const DateParse back = parseDate(written, order);
        C360_FUZZ_CHECK(back.status == DateStatus::Ok);
        C360_FUZZ_CHECK(back.days == days);
    }
    Days iso = kNullDate;
    C360_FUZZ_CHECK(parseIsoDate(written, iso));
    C360_FUZZ_CHECK(iso == days);
}

void checkDates(std::string_view text) {
    const DateParse unknown = parseDate(text, SlashOrder::Unknown);
    const DateParse monthFirst = parseDate(text, SlashOrder::MonthFirst);
    const DateParse dayFirst = parseDate(text, SlashOrder::DayFirst);
    for (const DateParse* p : {&unknown, &monthFirst, &dayFirst}) {
        C360_FUZZ_CHECK((p->status == DateStatus::Ok) == (p->days != kNullDate));
        if (p->status == DateStatus::Ok)
            checkDateRoundTrip(p->days);
    }
    // Only an undecided slash date is ambiguous.
    C360_FUZZ_CHECK(monthFirst.status != DateStatus::Ambiguous);
    C360_FUZZ_CHECK(dayFirst.status != DateStatus::Ambiguous);
    if (unknown.status == DateStatus::Ambiguous)
        C360_FUZZ_CHECK(unknown.sawSlash);
    C360_FUZZ_CHECK(unknown.sawSlash == monthFirst.sawSlash);
    C360_FUZZ_CHECK(unknown.sawSlash == dayFirst.sawSlash);

    if (unknown.sawSlash) {
        // Settling later gives what parsing with the known order gives now.
        const Days m = resolveSlashDate(unknown.slash, SlashOrder::MonthFirst);
        const Days d = resolveSlashDate(unknown.slash, SlashOrder::DayFirst);
        C360_FUZZ_CHECK(monthFirst.days == m);
        C360_FUZZ_CHECK(dayFirst.days == d);
        C360_FUZZ_CHECK((unknown.status == DateStatus::Ambiguous) ==
                        (m != kNullDate || d != kNullDate));
    } else {
        // Every other format means one day whatever the column's slash order.
        C360_FUZZ_CHECK(unknown.status == monthFirst.status);
        C360_FUZZ_CHECK(unknown.status == dayFirst.status);
        C360_FUZZ_CHECK(unknown.days == monthFirst.days);
        C360_FUZZ_CHECK(unknown.days == dayFirst.days);
    }

    Days iso = kNullDate;
    if (parseIsoDate(text, iso)) {
        // Strict: the text is exactly how the day is written.
        C360_FUZZ_CHECK(formatDate(iso) == text);
        C360_FUZZ_CHECK(monthFirst.status == DateStatus::Ok && monthFirst.days == iso);
    }
}

void checkNumbers(std::string_view text) {
    static constexpr NumberFormat kFormats[] = {
        {'.', 0}, {'.', ','}, {',', 0}, {',', '.'}, {'.', ' '}, {',', ' '}, {'.', '\''},
    };
    for (const NumberFormat format : kFormats) {
        Money money = 0;
        const NumberStatus ms = parseMoney(text, format, money);
        if (ms == NumberStatus::Ok || ms == NumberStatus::Rounded) {
            // Exact decimal text reads back as the same amount.
            const std::string written = formatMoney(money);
            Money back = 0;
            C360_FUZZ_CHECK(parseMoney(written, NumberFormat{}, back) == NumberStatus::Ok);
            C360_FUZZ_CHECK(back == money);
        }
        double real = 0;
        const NumberStatus rs = parseReal(text, format, real);
        C360_FUZZ_CHECK(rs != NumberStatus::Rounded);
        if (rs == NumberStatus::Ok) {
            // The shortest form reads back as the same double.
            const std::string written = formatReal(real);
            double back = 0;
            C360_FUZZ_CHECK(parseReal(written, NumberFormat{}, back) == NumberStatus::Ok);
            C360_FUZZ_CHECK(std::memcmp(&back, &real, sizeof real) == 0 || back == real);
        }
        // An amount is also a real, and the same number: the real reader takes grouped digits
        // through the money reader, and below 2^53 ten-thousandths both are exact, so the
        // nearest double is the same. (The real reader refuses text over 64 characters.)
        if (ms == NumberStatus::Ok && trimmed(text).size() <= 64 && money < (Money{1} << 53) &&
            money > -(Money{1} << 53)) {
            C360_FUZZ_CHECK(rs == NumberStatus::Ok);
            C360_FUZZ_CHECK(real == moneyToDouble(money));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Values are single CSV fields; longer text explores nothing new and only slows the run.
    if (size > 256)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkDates(text);
    checkNumbers(text);
    return 0;
}
