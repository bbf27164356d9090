// Dates as the contract reads and writes them (core/values/date.h), and the test program's
// entry point. The class and its slot order are in test_values.h.

#include "test_values.h"

#include "values/date.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTest>

#include <cstddef>
#include <string>
#include <string_view>

using namespace c360;
using namespace valuestest;

namespace {

QString iso(Days days) {
    return QString::fromStdString(formatDate(days));
}

} // namespace

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
    // Excel's US date-times: a one-digit hour after a space, and a 12-hour clock.
    ok("excel us time", "1/31/2025 2:05 PM", "2025-01-31", MonthFirst, true);
    ok("excel us time, seconds", "1/31/2025 11:05:09 am", "2025-01-31", MonthFirst, true);
    ok("one-digit hour after a space", "2025-01-31 9:30", "2025-01-31");
    bad("13 PM is no time", "1/31/2025 13:05 PM", MonthFirst);
    bad("0 AM is no time", "1/31/2025 0:05 AM", MonthFirst);
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

QTEST_GUILESS_MAIN(TestValues)
