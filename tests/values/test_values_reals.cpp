// Reals as the contract reads and writes them (core/values/number.h): parsed exactly, written
// in the shortest form that reads back to the same double. The class and its slot order are in
// test_values.h.

#include "test_values.h"

#include "values/number.h"

#include <QByteArray>
#include <QString>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>

using namespace c360;
using namespace valuestest;

namespace {

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
