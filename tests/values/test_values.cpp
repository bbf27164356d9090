// Dates, money and reals as the contract reads and writes them (core/values).
#include "values/date.h"
#include "values/number.h"

#include <QDate>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>

using namespace c360;

namespace {

QString iso(Days days) {
    return QString::fromStdString(formatDate(days));
}

const char* statusName(DateStatus s) {
    switch (s) {
    case DateStatus::Ok:
        return "Ok";
    case DateStatus::Invalid:
        return "Invalid";
    case DateStatus::Ambiguous:
        return "Ambiguous";
    }
    return "?";
}

const char* statusName(NumberStatus s) {
    switch (s) {
    case NumberStatus::Ok:
        return "Ok";
    case NumberStatus::Rounded:
        return "Rounded";
    case NumberStatus::Invalid:
        return "Invalid";
    case NumberStatus::Overflow:
        return "Overflow";
    }
    return "?";
}

// Bits, so that -0.0 and 0.0 differ and nothing is compared fuzzily.
quint64 bits(double d) {
    return std::bit_cast<quint64>(d);
}

// Significant digits of a decimal text such as "-1.2345e+08" or "0.00012" or "1200".
int significantDigits(const std::string& s) {
    std::string digits;
    for (char c : s) {
        if (c == 'e' || c == 'E')
            break;
        if (c >= '0' && c <= '9')
            digits += c;
    }
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return 1;
    const auto last = digits.find_last_not_of('0');
    return static_cast<int>(last - first + 1);
}

} // namespace

class TestValues : public QObject {
    Q_OBJECT

private slots:
    void shouldParseDates_data();
    void shouldParseDates();
    void shouldKeepBothReadingsOfSlashDates_data();
    void shouldKeepBothReadingsOfSlashDates();
    void shouldParseStrictIsoDates_data();
    void shouldParseStrictIsoDates();
    void shouldRoundTripDayNumbers_data();
    void shouldRoundTripDayNumbers();
    void shouldFormatDates_data();
    void shouldFormatDates();
    void shouldKnowToday();

    void shouldParseMoney_data();
    void shouldParseMoney();
    void shouldAddMoneyExactly();
    void shouldFormatMoney_data();
    void shouldFormatMoney();
    void shouldRoundTripMoney();

    void shouldParseReals_data();
    void shouldParseReals();
    void shouldFormatRealsShortest_data();
    void shouldFormatRealsShortest();
    void shouldRoundTripRandomReals();
    void shouldReadFormattedRealsAsMoney();
};

// ---------------------------------------------------------------------------------------------
// Dates

void TestValues::shouldParseDates_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("order");    // SlashOrder
    QTest::addColumn<int>("status");   // DateStatus
    QTest::addColumn<QString>("date"); // YYYY-MM-DD when Ok
    QTest::addColumn<bool>("sawSlash");
    const auto ok = [](const char* name, const char* text, const char* date,
                       SlashOrder order = SlashOrder::Unknown, bool slash = false) {
        QTest::newRow(name) << QByteArray(text) << int(order) << int(DateStatus::Ok)
                            << QString::fromLatin1(date) << slash;
    };
    const auto bad = [](const char* name, const char* text, SlashOrder order = SlashOrder::Unknown,
                        bool slash = false) {
        QTest::newRow(name) << QByteArray(text) << int(order) << int(DateStatus::Invalid)
                            << QString() << slash;
    };
    const auto ambiguous = [](const char* name, const char* text) {
        QTest::newRow(name) << QByteArray(text) << int(SlashOrder::Unknown)
                            << int(DateStatus::Ambiguous) << QString() << true;
    };
    using enum SlashOrder;

    // ISO dates
    ok("iso", "2025-01-31", "2025-01-31");
    ok("iso epoch", "1970-01-01", "1970-01-01");
    ok("iso first year", "0001-01-01", "0001-01-01");
    ok("iso last year", "9999-12-31", "9999-12-31");
    ok("iso 30 April", "2025-04-30", "2025-04-30");
    ok("iso ignores slash order", "2025-01-02", "2025-01-02", DayFirst);
    bad("iso year 0", "0000-01-01");
    bad("iso month 13", "2025-13-01");
    bad("iso month 0", "2025-00-10");
    bad("iso day 0", "2025-01-00");
    bad("iso 31 April", "2025-04-31");
    bad("iso 32 January", "2025-01-32");
    bad("iso one-digit month", "2025-1-05");
    bad("iso one-digit day", "2025-01-5");
    bad("iso three-digit day", "2025-01-031");
    bad("iso two-digit year", "25-01-31");
    bad("iso five-digit year", "12025-01-31");
    bad("iso negative year", "-2025-01-31");
    bad("iso without separators", "20250131");
    bad("iso with slashes", "2025/01/31");
    bad("iso trailing text", "2025-01-31x");
    bad("iso cut short", "2025-01");

    // Leap years: every 4th, not every 100th, but every 400th.
    ok("29 Feb 2024", "2024-02-29", "2024-02-29");
    bad("29 Feb 2023", "2023-02-29");
    bad("29 Feb 1900", "1900-02-29");
    ok("29 Feb 2000", "2000-02-29", "2000-02-29");
    bad("29 Feb 2100", "2100-02-29");
    ok("29 Feb 2400", "2400-02-29", "2400-02-29");
    bad("30 Feb 2024", "2024-02-30");
    ok("28 Feb 1900", "1900-02-28", "1900-02-28");

    // ISO date-times: the time is checked, the date is taken as written (no time zone shift).
    ok("T minutes", "2025-01-31T10:00", "2025-01-31");
    ok("space seconds", "2025-01-31 10:00:00", "2025-01-31");
    ok("Z", "2025-01-31T10:00:00Z", "2025-01-31");
    ok("lowercase t and z", "2025-01-31t10:00z", "2025-01-31");
    ok("fraction", "2025-01-31T23:59:59.123456Z", "2025-01-31");
    ok("comma fraction", "2025-01-31T10:00:00,5", "2025-01-31");
    ok("offset hh:mm", "2025-01-31T10:00:00+01:00", "2025-01-31");
    ok("negative offset kept as written", "2025-01-31T23:30:00-05:00", "2025-01-31");
    ok("offset hh", "2025-01-31T10:00:00+01", "2025-01-31");
    ok("offset hhmm", "2025-01-31T10:00:00+0100", "2025-01-31");
    ok("Salesforce export", "2019-06-06T16:05:20.000+0000", "2019-06-06");
    ok("space before offset", "2025-01-31 10:00:00 +01:00", "2025-01-31");
    ok("leap second", "2016-12-31T23:59:60Z", "2016-12-31");
    ok("midnight 24:00", "2025-01-31T24:00", "2025-01-31");
    bad("impossible date with time", "2025-02-30T10:00");
    bad("T alone", "2025-01-31T");
    bad("hour only", "2025-01-31T10");
    bad("one-digit hour", "2025-01-31T1:00");
    bad("minute 60", "2025-01-31T10:60");
    bad("hour 25", "2025-01-31T25:00");
    bad("second 61", "2025-01-31T10:00:61");
    bad("empty fraction", "2025-01-31T10:00:00.");
    bad("fraction without seconds", "2025-01-31T10:00.5");
    bad("offset 24", "2025-01-31T10:00:00+24:00");
    bad("offset minute 60", "2025-01-31T10:00:00+01:60");
    bad("offset colon without minutes", "2025-01-31T10:00:00+01:");
    bad("offset three digits", "2025-01-31T10:00:00+010");
    bad("offset five digits", "2025-01-31T10:00:00+01000");
    bad("offset one digit", "2025-01-31T10:00:00+1");
    bad("Z on a bare date", "2025-01-31Z");
    bad("double Z", "2025-01-31T10:00:00ZZ");
    bad("text after the date", "2025-01-31 garbage");

    // Slash dates with the column's order
    ok("month first", "01/02/2025", "2025-01-02", MonthFirst, true);
    ok("day first", "01/02/2025", "2025-02-01", DayFirst, true);
    ok("month first unpadded", "1/2/2025", "2025-01-02", MonthFirst, true);
    ok("day first unpadded", "1/2/2025", "2025-02-01", DayFirst, true);
    ok("month first 13th", "01/13/2025", "2025-01-13", MonthFirst, true);
    ok("day first 13th", "13/01/2025", "2025-01-13", DayFirst, true);
    bad("month 13 when month first", "13/01/2025", MonthFirst, true);
    bad("month 13 when day first", "01/13/2025", DayFirst, true);
    ok("leap day month first", "02/29/2024", "2024-02-29", MonthFirst, true);
    bad("no leap day 2023", "02/29/2023", MonthFirst, true);
    ok("leap day day first", "29/02/2000", "2000-02-29", DayFirst, true);
    bad("no leap day 1900", "29/02/1900", DayFirst, true);
    ok("slash date with time", "01/02/2025 10:30", "2025-01-02", MonthFirst, true);
    bad("two-digit year", "01/02/25", MonthFirst);
    bad("three-digit first number", "001/02/2025", MonthFirst);
    bad("mixed separators", "01/02.2025", MonthFirst);
    bad("trailing slash", "1/2/2025/", MonthFirst);
    bad("day and month only", "31/12", DayFirst);

    // Unknown order: the reading is left to the column (load_tables decides from all values),
    // even when only one reading is possible.
    ambiguous("both readings possible", "01/02/2025");
    ambiguous("only day first possible", "13/01/2025");
    ambiguous("only month first possible", "01/13/2025");
    bad("neither reading possible", "13/13/2025", Unknown, true);
    bad("no 31 Feb either way", "31/02/2025", Unknown, true);

    // DD.MM.YYYY is always day first.
    ok("dotted", "31.12.2025", "2025-12-31");
    ok("dotted ignores month-first order", "01.02.2025", "2025-02-01", MonthFirst);
    ok("dotted unpadded", "1.2.2025", "2025-02-01");
    ok("dotted leap day", "29.02.2024", "2024-02-29");
    bad("dotted no leap day", "29.02.2023");
    bad("dotted month first", "12.31.2025");
    ok("dotted with time", "31.12.2025 23:59:59", "2025-12-31");

    // Whitespace around the value is ignored, inside it is not.
    ok("spaces around", "  2025-01-31  ", "2025-01-31");
    ok("tab and CR around", "\t2025-01-31\r", "2025-01-31");
    ok("spaces around slash date", " 01/02/2025 ", "2025-01-02", MonthFirst, true);
    bad("space inside", "2025 -01-31");

    // Garbage
    bad("empty", "");
    bad("spaces only", "   ");
    bad("word", "yesterday");
    bad("NULL", "NULL");
    bad("year only", "2025");
    bad("year and dash", "2025-");
    bad("non-breaking space around", "\xC2\xA0"
                                     "2025-01-31");
    bad("Arabic-Indic digits", "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA5-01-31");
    bad("Excel serial number", "45688");
}

void TestValues::shouldParseDates() {
    QFETCH(QByteArray, text);
    QFETCH(int, order);
    QFETCH(int, status);
    QFETCH(QString, date);
    QFETCH(bool, sawSlash);
    const DateParse p =
        parseDate(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                  static_cast<SlashOrder>(order));
    QCOMPARE(statusName(p.status), statusName(static_cast<DateStatus>(status)));
    QCOMPARE(p.sawSlash, sawSlash);
    if (p.status == DateStatus::Ok)
        QCOMPARE(iso(p.days), date);
    else
        QCOMPARE(p.days, kNullDate);
}

void TestValues::shouldKeepBothReadingsOfSlashDates_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("monthFirst"); // the date when the column is month first
    QTest::addColumn<QString>("dayFirst");
    QTest::newRow("both readings") << QByteArray("01/02/2025") << 1 << 2 << 2025
                                   << QStringLiteral("2025-01-02") << QStringLiteral("2025-02-01");
    QTest::newRow("day first only")
        << QByteArray("13/01/2025") << 13 << 1 << 2025 << QString() << QStringLiteral("2025-01-13");
    QTest::newRow("month first only") << QByteArray(" 1/31/1999 ") << 1 << 31 << 1999
                                      << QStringLiteral("1999-01-31") << QString();
    QTest::newRow("same both ways") << QByteArray("07/07/2007") << 7 << 7 << 2007
                                    << QStringLiteral("2007-07-07") << QStringLiteral("2007-07-07");
}

void TestValues::shouldKeepBothReadingsOfSlashDates() {
    QFETCH(QByteArray, text);
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(int, year);
    QFETCH(QString, monthFirst);
    QFETCH(QString, dayFirst);
    const DateParse p = parseDate(text.toStdString(), SlashOrder::Unknown);
    QCOMPARE(statusName(p.status), "Ambiguous");
    QVERIFY(p.sawSlash);
    QCOMPARE(int(p.slash.first), first);
    QCOMPARE(int(p.slash.second), second);
    QCOMPARE(int(p.slash.year), year);
    QCOMPARE(iso(resolveSlashDate(p.slash, SlashOrder::MonthFirst)), monthFirst);
    QCOMPARE(iso(resolveSlashDate(p.slash, SlashOrder::DayFirst)), dayFirst);
}

void TestValues::shouldParseStrictIsoDates_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("date"); // empty: rejected
    QTest::newRow("date") << QByteArray("2025-06-30") << QStringLiteral("2025-06-30");
    QTest::newRow("leap day") << QByteArray("2000-02-29") << QStringLiteral("2000-02-29");
    QTest::newRow("no leap day") << QByteArray("1900-02-29") << QString();
    QTest::newRow("date-time") << QByteArray("2025-06-30T10:00") << QString();
    QTest::newRow("slash date") << QByteArray("06/30/2025") << QString();
    QTest::newRow("dotted date") << QByteArray("30.06.2025") << QString();
    QTest::newRow("padded") << QByteArray(" 2025-06-30") << QString();
    QTest::newRow("empty") << QByteArray("") << QString();
}

void TestValues::shouldParseStrictIsoDates() {
    QFETCH(QByteArray, text);
    QFETCH(QString, date);
    Days days = 12345;
    const bool ok = parseIsoDate(text.toStdString(), days);
    QCOMPARE(ok, !date.isEmpty());
    if (ok)
        QCOMPARE(iso(days), date);
    else
        QCOMPARE(days, Days{12345}); // untouched on failure
}

void TestValues::shouldRoundTripDayNumbers_data() {
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<int>("lastYear");
    QTest::newRow("the contract's range, 0001-9999") << 1 << 9999;
    // The algorithm is proleptic and works before year 1 too (eras of 400 years).
    QTest::newRow("negative years") << -2000 << 1;
}

void TestValues::shouldRoundTripDayNumbers() {
    QFETCH(int, firstYear);
    QFETCH(int, lastYear);
    // Walk the calendar one day at a time with an independent month table, so neither
    // function is checked only against the other.
    const auto leap = [](int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
    const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    Days expected = daysFromCivil(firstYear, 1, 1);
    for (int y = firstYear; y <= lastYear; ++y) {
        for (int m = 1; m <= 12; ++m) {
            const int length = m == 2 && leap(y) ? 29 : lengths[m - 1];
            for (int d = 1; d <= length; ++d) {
                const Days got = daysFromCivil(y, m, d);
                const CivilDate back = civilFromDays(expected);
                if (got != expected || back.year != y || back.month != m || back.day != d)
                    QFAIL(qPrintable(QStringLiteral("%1-%2-%3: daysFromCivil %4, expected %5; "
                                                    "civilFromDays gives %6-%7-%8")
                                         .arg(y)
                                         .arg(m)
                                         .arg(d)
                                         .arg(got)
                                         .arg(expected)
                                         .arg(back.year)
                                         .arg(back.month)
                                         .arg(back.day)));
                if (y >= 1 && y <= 9999 && !isValidCivil(y, m, d))
                    QFAIL(qPrintable(QStringLiteral("%1-%2-%3 not valid").arg(y).arg(m).arg(d)));
                ++expected;
            }
            if (y >= 1 && y <= 9999 && isValidCivil(y, m, length + 1))
                QFAIL(qPrintable(QStringLiteral("%1-%2-%3 valid").arg(y).arg(m).arg(length + 1)));
        }
    }
    // Fixed points, from Python's date.toordinal() - 719163.
    QCOMPARE(daysFromCivil(1970, 1, 1), 0);
    QCOMPARE(daysFromCivil(1969, 12, 31), -1);
    QCOMPARE(daysFromCivil(2000, 3, 1), 11017);
    QCOMPARE(daysFromCivil(1, 1, 1), -719162);
    QCOMPARE(daysFromCivil(9999, 12, 31), 2932896);
    QCOMPARE(daysFromCivil(2025, 6, 30) - daysFromCivil(2024, 6, 30), 365);
    QCOMPARE(daysFromCivil(2024, 6, 30) - daysFromCivil(2023, 6, 30), 366);
}

void TestValues::shouldFormatDates_data() {
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << 0 << QStringLiteral("1970-01-01");
    QTest::newRow("day before epoch") << -1 << QStringLiteral("1969-12-31");
    QTest::newRow("leap day 2000") << 11016 << QStringLiteral("2000-02-29");
    QTest::newRow("first day") << -719162 << QStringLiteral("0001-01-01");
    QTest::newRow("year 999 padded") << daysFromCivil(999, 9, 9) << QStringLiteral("0999-09-09");
    QTest::newRow("last day") << 2932896 << QStringLiteral("9999-12-31");
    QTest::newRow("null") << kNullDate << QString();
}

void TestValues::shouldFormatDates() {
    QFETCH(int, days);
    QFETCH(QString, text);
    QCOMPARE(iso(days), text);
    std::string out = "x,";
    appendDate(out, days);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("x,") + text); // appends, keeps prefix
    if (!text.isEmpty()) {
        Days back = 0;
        QVERIFY(parseIsoDate(text.toStdString(), back));
        QCOMPARE(back, days);
    }
}

void TestValues::shouldKnowToday() {
    const QDate before = QDate::currentDate();
    const Days today = todayLocal();
    const QDate after = QDate::currentDate();
    const auto days = [](QDate d) { return daysFromCivil(d.year(), d.month(), d.day()); };
    QVERIFY(today == days(before) || today == days(after)); // a midnight between the calls
}

// ---------------------------------------------------------------------------------------------
// Money

void TestValues::shouldParseMoney_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("decimalPoint");
    QTest::addColumn<int>("status");      // NumberStatus
    QTest::addColumn<qlonglong>("value"); // ten-thousandths, when Ok or Rounded
    const auto row = [](const char* name, const char* text, NumberStatus status, qlonglong value,
                        char point = '.') {
        QTest::newRow(name) << QByteArray(text) << point << int(status) << value;
    };
    using enum NumberStatus;

    row("integer", "42", Ok, 420000);
    row("two decimals", "10.10", Ok, 101000);
    row("four decimals", "0.0001", Ok, 1);
    row("zero", "0", Ok, 0);
    row("negative", "-12.5", Ok, -125000);
    row("negative zero", "-0", Ok, 0);
    row("plus sign", "+5", Ok, 50000);
    row("leading point", ".75", Ok, 7500);
    row("negative leading point", "-.5", Ok, -5000);
    row("trailing point", "5.", Ok, 50000);
    row("leading zeros", "007.50", Ok, 75000);
    row("many leading zeros", "0000000000000000000000000012.5", Ok, 125000);
    row("zeros past the 4th decimal", "1.000000000", Ok, 10000);
    row("spaces around", "  19.99  ", Ok, 199900);
    row("tab and CR around", "\t19.99\r", Ok, 199900);
    row("large", "1234567890123.4567", Ok, 12345678901234567LL);

    // Past 4 decimals: half-even on the 5th, any later non-zero digit breaks the tie.
    row("5th decimal down", "1.23454", Rounded, 12345);
    row("5th decimal up", "1.23456", Rounded, 12346);
    row("tie to even, stays", "1.23445", Rounded, 12344);
    row("tie to even, goes up", "1.23455", Rounded, 12346);
    row("tie at zero stays zero", "0.00005", Rounded, 0);
    row("tie at one goes to two", "0.00015", Rounded, 2);
    row("tie at two stays two", "0.00025", Rounded, 2);
    row("sticky digit breaks the tie", "0.000250001", Rounded, 3);
    row("sticky digit far out", "0.00004999999", Rounded, 0);
    row("zeros after the tie keep it a tie", "0.000250000", Rounded, 2);
    row("negative tie to even", "-1.23445", Rounded, -12344);
    row("negative tie up in magnitude", "-1.23455", Rounded, -12346);
    row("negative sticky", "-0.000050001", Rounded, -1);
    row("negative tie to zero", "-0.00005", Rounded, 0);
    row("carry into the integer", "9999.99995", Rounded, 100000000);
    row("carry from .99995", "0.99995", Rounded, 10000);

    // Range: far beyond any amount, never wrapped around.
    row("a trillion", "1000000000000", Ok, 10000000000000000LL);
    row("overflow", "1000000000000000", Overflow, 0);
    row("overflow 20 digits", "99999999999999999999", Overflow, 0);
    row("overflow negative", "-99999999999999999999", Overflow, 0);
    row("overflow 40 digits", "1234567890123456789012345678901234567890.5", Overflow, 0);

    // Decimal point
    row("decimal comma", "12,50", Ok, 125000, ',');
    row("decimal comma negative", "-0,01", Ok, -100, ',');
    row("comma when point expected", "12,50", Invalid, 0);
    row("point when comma expected", "12.50", Invalid, 0, ',');
    row("thousands separator", "1,234.56", Invalid, 0);
    row("thousands separator, comma decimals", "1.234,56", Invalid, 0, ',');

    // Garbage
    row("empty", "", Invalid, 0);
    row("spaces", "   ", Invalid, 0);
    row("point only", ".", Invalid, 0);
    row("sign only", "-", Invalid, 0);
    row("plus only", "+", Invalid, 0);
    row("sign and point", "-.", Invalid, 0);
    row("exponent", "1e3", Invalid, 0);
    row("exponent with point", "1.5E2", Invalid, 0);
    row("two signs", "--5", Invalid, 0);
    row("plus minus", "+-5", Invalid, 0);
    row("sign after space", "- 5", Invalid, 0);
    row("trailing minus", "5-", Invalid, 0);
    row("currency sign", "$5", Invalid, 0);
    row("currency code", "5 EUR", Invalid, 0);
    row("two points", "1.2.3", Invalid, 0);
    row("space inside", "1 000", Invalid, 0);
    row("hex", "0x10", Invalid, 0);
    row("NaN", "NaN", Invalid, 0);
    row("inf", "inf", Invalid, 0);
    row("parentheses for negative", "(5.00)", Invalid, 0);
    row("percent", "5%", Invalid, 0);
    row("garbage after rounding digits", "1.234567x", Invalid, 0);
}

void TestValues::shouldParseMoney() {
    QFETCH(QByteArray, text);
    QFETCH(char, decimalPoint);
    QFETCH(int, status);
    QFETCH(qlonglong, value);
    Money out = -777;
    const NumberStatus got = parseMoney(text.toStdString(), NumberFormat{decimalPoint}, out);
    QCOMPARE(statusName(got), statusName(static_cast<NumberStatus>(status)));
    if (got == NumberStatus::Ok || got == NumberStatus::Rounded)
        QCOMPARE(qlonglong(out), value);
}

void TestValues::shouldAddMoneyExactly() {
    const auto money = [](const char* text) {
        Money m = 0;
        if (parseMoney(text, NumberFormat{}, m) != NumberStatus::Ok)
            qFatal("not money: %s", text);
        return m;
    };
    QCOMPARE(money("10.10") + money("20.20"), money("30.30"));
    QCOMPARE(formatMoney(money("10.10") + money("20.20")), std::string("30.3"));
    QCOMPARE(money("0.1") + money("0.2"), money("0.3"));
    Money sum = 0;
    for (int i = 0; i < 1000; ++i)
        sum += money("0.01");
    QCOMPARE(sum, money("10"));
    QCOMPARE(money("-19.99") + money("19.99"), Money{0});
    // The double sum is not exact; this is why money is not a double.
    QVERIFY(10.10 + 20.20 != 30.30);
}

void TestValues::shouldFormatMoney_data() {
    QTest::addColumn<qlonglong>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0LL << QStringLiteral("0");
    QTest::newRow("whole") << 1000000LL << QStringLiteral("100");
    QTest::newRow("trailing zeros dropped") << 303000LL << QStringLiteral("30.3");
    QTest::newRow("four decimals") << 12345LL << QStringLiteral("1.2345");
    QTest::newRow("smallest") << 1LL << QStringLiteral("0.0001");
    QTest::newRow("smallest negative") << -1LL << QStringLiteral("-0.0001");
    QTest::newRow("negative half") << -5000LL << QStringLiteral("-0.5");
    QTest::newRow("inner zeros kept") << 10001LL << QStringLiteral("1.0001");
    QTest::newRow("largest") << std::numeric_limits<qlonglong>::max()
                             << QStringLiteral("922337203685477.5807");
    QTest::newRow("most negative")
        << std::numeric_limits<qlonglong>::min() << QStringLiteral("-922337203685477.5808");
}

void TestValues::shouldFormatMoney() {
    QFETCH(qlonglong, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(formatMoney(value)), text);
    std::string out = "x";
    appendMoney(out, value);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("x") + text);
}

void TestValues::shouldRoundTripMoney() {
    std::mt19937_64 random(2025);
    for (int i = 0; i < 100000; ++i) {
        // Up to about 1e12 units: well inside what parseMoney accepts.
        const auto value =
            static_cast<Money>(random() % 20000000000000000ULL) - 10000000000000000LL;
        Money back = 0;
        const std::string text = formatMoney(value);
        QCOMPARE(statusName(parseMoney(text, NumberFormat{}, back)), "Ok");
        if (back != value)
            QFAIL(qPrintable(QStringLiteral("%1 -> %2 -> %3")
                                 .arg(value)
                                 .arg(QString::fromStdString(text))
                                 .arg(back)));
    }
}

// ---------------------------------------------------------------------------------------------
// Reals

void TestValues::shouldParseReals_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("decimalPoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("value");
    const auto row = [](const char* name, const char* text, NumberStatus status, double value,
                        char point = '.') {
        QTest::newRow(name) << QByteArray(text) << point << int(status) << value;
    };
    using enum NumberStatus;
    row("integer", "4", Ok, 4.0);
    row("decimal", "4.5", Ok, 4.5);
    row("negative exponent", "-1e-3", Ok, -1e-3);
    row("capital E", "2.5E+2", Ok, 250.0);
    row("plus sign", "+3", Ok, 3.0);
    row("leading point", ".5", Ok, 0.5);
    row("trailing point", "5.", Ok, 5.0);
    row("negative zero", "-0", Ok, -0.0);
    row("tenth", "0.1", Ok, 0.1);
    row("spaces around", "  7.25 ", Ok, 7.25);
    row("tab and CR around", "\t7.25\r", Ok, 7.25);
    row("smallest subnormal", "4.9e-324", Ok, 4.9e-324);
    row("largest", "1.7976931348623157e308", Ok, 1.7976931348623157e308);
    row("17 digits", "0.30000000000000004", Ok, 0.30000000000000004);
    row("decimal comma", "1,5", Ok, 1.5, ',');
    row("comma when point expected", "1,5", Invalid, 0.0);
    row("point when comma expected", "1.5", Invalid, 0.0, ',');
    row("too large", "1e400", Overflow, 0.0);
    row("empty", "", Invalid, 0.0);
    row("spaces", "  ", Invalid, 0.0);
    row("word", "four", Invalid, 0.0);
    row("inf", "inf", Invalid, 0.0);
    row("infinity", "Infinity", Invalid, 0.0);
    row("nan", "nan", Invalid, 0.0);
    row("hex", "0x1A", Invalid, 0.0);
    row("hex float", "0x1p3", Invalid, 0.0);
    row("exponent without digits", "1e", Invalid, 0.0);
    row("exponent only", "e5", Invalid, 0.0);
    row("two points", "1.5.2", Invalid, 0.0);
    row("two signs", "--1", Invalid, 0.0);
    row("plus minus", "+-5", Invalid, 0.0);
    row("double plus", "++5", Invalid, 0.0);
    row("sign only", "-", Invalid, 0.0);
    row("space inside", "1 5", Invalid, 0.0);
    row("currency", "$1", Invalid, 0.0);
    row("thousands separator", "1,000.5", Invalid, 0.0);
}

void TestValues::shouldParseReals() {
    QFETCH(QByteArray, text);
    QFETCH(char, decimalPoint);
    QFETCH(int, status);
    QFETCH(double, value);
    double out = -777.0;
    const NumberStatus got = parseReal(text.toStdString(), NumberFormat{decimalPoint}, out);
    QCOMPARE(statusName(got), statusName(static_cast<NumberStatus>(status)));
    if (got == NumberStatus::Ok)
        QCOMPARE(bits(out), bits(value));
    else
        QCOMPARE(bits(out), bits(-777.0)); // untouched on failure
}

void TestValues::shouldFormatRealsShortest_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("30.3") << 30.3 << QStringLiteral("30.3");
    QTest::newRow("10.10 + 20.20 as doubles")
        << 10.10 + 20.20 << QStringLiteral("30.299999999999997");
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("100") << 100.0 << QStringLiteral("100");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0");
    QTest::newRow("negative") << -2.5 << QStringLiteral("-2.5");
    QTest::newRow("1/3") << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
    QTest::newRow("2/3") << 2.0 / 3.0 << QStringLiteral("0.6666666666666666");
    QTest::newRow("19.99") << 19.99 << QStringLiteral("19.99");
    // Amounts of a million and more stay plain decimals: SQLite REAL values are read back as
    // money, which takes no exponent.
    QTest::newRow("a million") << 1e6 << QStringLiteral("1000000");
    QTest::newRow("1234567") << 1234567.0 << QStringLiteral("1234567");
    QTest::newRow("123456789") << 123456789.0 << QStringLiteral("123456789");
    QTest::newRow("2500000.5") << 2500000.5 << QStringLiteral("2500000.5");
    QTest::newRow("2^53") << 9007199254740992.0 << QStringLiteral("9007199254740992");
    QTest::newRow("1e20") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("1e+21") << 1e21 << QStringLiteral("1e+21");
    QTest::newRow("-1e+21") << -1e21 << QStringLiteral("-1e+21");
    QTest::newRow("1.5e300") << 1.5e300 << QStringLiteral("1.5e+300");
    QTest::newRow("largest") << std::numeric_limits<double>::max()
                             << QStringLiteral("1.7976931348623157e+308");
    QTest::newRow("0.00001") << 0.00001 << QStringLiteral("0.00001");
    QTest::newRow("0.000001") << 0.000001 << QStringLiteral("0.000001");
    QTest::newRow("1e-7") << 1e-7 << QStringLiteral("1e-07");
    QTest::newRow("smallest subnormal")
        << std::numeric_limits<double>::denorm_min() << QStringLiteral("5e-324");
}

void TestValues::shouldFormatRealsShortest() {
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(formatReal(value)), text);
    std::string out = "x";
    appendReal(out, value);
    QCOMPARE(QString::fromStdString(out), QStringLiteral("x") + text);
    double back = 0;
    QCOMPARE(statusName(parseReal(text.toStdString(), NumberFormat{}, back)), "Ok");
    QCOMPARE(bits(back), bits(value));
}

void TestValues::shouldRoundTripRandomReals() {
    std::mt19937_64 random(7);
    for (int i = 0; i < 200000; ++i) {
        // Half any finite bit pattern, half values of every-day size.
        double value = 0;
        if (i % 2) {
            value = std::bit_cast<double>(static_cast<quint64>(random()));
            if (!std::isfinite(value))
                continue;
        } else {
            value = static_cast<double>(static_cast<std::int64_t>(random() % 2000000000001ULL) -
                                        1000000000000LL) /
                    std::pow(10.0, static_cast<double>(random() % 8));
        }
        const std::string text = formatReal(value);
        double back = 0;
        if (parseReal(text, NumberFormat{}, back) != NumberStatus::Ok || bits(back) != bits(value))
            QFAIL(qPrintable(QStringLiteral("%1 -> %2 does not read back")
                                 .arg(value, 0, 'g', 17)
                                 .arg(QString::fromStdString(text))));
        // Shortest: one digit fewer no longer reads back as the same double. With an exponent
        // that is one significant digit fewer; in a plain decimal one decimal fewer (its integer
        // digits are fixed: 2^53 + 8 is written out whole, as exact as it is short).
        char shorter[400];
        shorter[0] = '\0';
        const std::size_t exponent = text.find_first_of("eE");
        const std::size_t point = text.find('.');
        if (exponent != std::string::npos) {
            if (const int digits = significantDigits(text); digits > 1)
                std::snprintf(shorter, sizeof shorter, "%.*e", digits - 2, value);
        } else if (point != std::string::npos) {
            const auto decimals = static_cast<int>(text.size() - point - 1);
            std::snprintf(shorter, sizeof shorter, "%.*f", decimals - 1, value);
        }
        if (shorter[0] && std::strtod(shorter, nullptr) == value)
            QFAIL(qPrintable(QStringLiteral("%1 is not the shortest: %2 reads back too")
                                 .arg(QString::fromStdString(text), QString::fromLatin1(shorter))));
    }
}

// The SQLite source writes REAL cells with appendReal and reads amounts with parseMoney, so
// every amount-sized double must come out in a form parseMoney takes, with the cents intact.
void TestValues::shouldReadFormattedRealsAsMoney() {
    std::mt19937_64 random(11);
    for (int i = 0; i < 100000; ++i) {
        // Cents up to ten billion units, both signs.
        const auto cents = static_cast<std::int64_t>(random() % 2000000000000ULL) - 1000000000000LL;
        const double value = static_cast<double>(cents) / 100.0;
        const std::string text = formatReal(value);
        Money money = 0;
        const NumberStatus status = parseMoney(text, NumberFormat{}, money);
        if (status != NumberStatus::Ok || money != cents * 100)
            QFAIL(qPrintable(QStringLiteral("%1 cents -> \"%2\" -> %3 %4")
                                 .arg(cents)
                                 .arg(QString::fromStdString(text))
                                 .arg(statusName(status))
                                 .arg(money)));
    }
}

QTEST_GUILESS_MAIN(TestValues)
#include "test_values.moc"
