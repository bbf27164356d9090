// Definition tests on how values are read: ids as opaque trimmed text, loose column names,
// blank lines, and the date formats.

#include "test_definitions.h"

#include "definitions_support.h"

#include "engine/build.h"
#include "engine/build_report.h"
#include "engine/customer360.h"

#include <QTest>

#include <cstdint>
#include <string>

using namespace c360;
using namespace deftest;

// --- keys and column names -----------------------------------------------------------------------

void TestDefinitions::shouldCompareIdsAsOpaqueTrimmedText_data() {
    QTest::addColumn<QByteArray>("customerId"); // as written in customer_info
    QTest::addColumn<QByteArray>("purchaseId"); // as written in purchase_transactions
    QTest::addColumn<QString>("outputId");
    QTest::addColumn<bool>("matches");
    QTest::newRow("text id") << QByteArray("CG-12520") << QByteArray("CG-12520") << "CG-12520"
                             << true;
    QTest::newRow("spaces around, both sides")
        << QByteArray("  CG-12520 ") << QByteArray(" CG-12520") << "CG-12520" << true;
    QTest::newRow("quoted with spaces")
        << QByteArray("\" 42 \"") << QByteArray("42") << "42" << true;
    // Opaque text: leading zeros are part of the id, and "007" is not "7".
    QTest::newRow("leading zeros kept") << QByteArray("007") << QByteArray("007") << "007" << true;
    QTest::newRow("007 is not 7") << QByteArray("007") << QByteArray("7") << "007" << false;
    QTest::newRow("case matters") << QByteArray("ab-1") << QByteArray("AB-1") << "ab-1" << false;
}

void TestDefinitions::shouldCompareIdsAsOpaqueTrimmedText() {
    QFETCH(QByteArray, customerId);
    QFETCH(QByteArray, purchaseId);
    QFETCH(QString, outputId);
    QFETCH(bool, matches);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", "customer_id,first_name\n" + customerId + ",Ann\n"));
    QVERIFY(s.write("purchase_transactions.csv",
                    "customer_id,transaction_id,total_amount\n" + purchaseId + ",T1,5\n"));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(ids(o), QStringList({outputId}));
    QCOMPARE(cell(o, outputId.toStdString(), Column::TotalPurchases), QString(matches ? "1" : "0"));
    const TableReport* pt = reportOf(o, "purchase_transactions");
    QVERIFY(pt);
    QCOMPARE(pt->orphans, matches ? 0u : 1u);
}

void TestDefinitions::shouldMatchColumnNamesLoosely_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("exact") << QByteArray("customer_id,first_name,registration_date");
    QTest::newRow("spaces and capitals") << QByteArray("Customer ID,First Name,Registration Date");
    QTest::newRow("hyphens and surrounding spaces")
        << QByteArray(" customer-id ,FIRST-NAME, registration date ");
    QTest::newRow("extra columns ignored")
        << QByteArray("notes,Customer_Id,first_name,segment,registration_date");
}

void TestDefinitions::shouldMatchColumnNamesLoosely() {
    QFETCH(QByteArray, header);
    const int fields = int(header.count(',')) + 1;
    QByteArray row;
    // Fill the row in header order so the named columns get their values.
    for (const QByteArray& h : header.split(',')) {
        const QByteArray n = h.trimmed().toLower().replace(' ', '_').replace('-', '_');
        row += (row.isEmpty() ? "" : ",") + (n == "customer_id"         ? QByteArray("C-1")
                                             : n == "first_name"        ? QByteArray("Ann")
                                             : n == "registration_date" ? QByteArray("2025-06-20")
                                                                        : QByteArray("x"));
    }
    QCOMPARE(int(row.count(',')) + 1, fields);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", header + "\n" + row + "\n"));
    const BuildOutcome o = build(s, "2025-06-30");
    QVERIFY2(o.status == BuildStatus::Ok, englishText(o.error).c_str());
    QCOMPARE(ids(o), QStringList({"C-1"}));
    QCOMPARE(cell(o, "C-1", Column::FirstName), QString("Ann"));
    QCOMPARE(cell(o, "C-1", Column::DaysSinceRegistration), QString("10"));
}

void TestDefinitions::shouldCountBlankLinesAndKeepPhysicalLineNumbers() {
    Sources s;
    QVERIFY(s.isValid());
    // Blank lines are not rows, but they are physical lines: the bad row is on line 6.
    QVERIFY(s.write("customer_info.csv", "customer_id\n1\n\n2\n\n\n"));
    QVERIFY(s.write("purchase_transactions.csv", "customer_id,transaction_id,total_amount\n"
                                                 "1,T1,5\n\n\r\n2,T2,5\n1,T3,oops\n"));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(ids(o), QStringList({"1", "2"}));
    const TableReport* ci = reportOf(o, "customer_info");
    const TableReport* pt = reportOf(o, "purchase_transactions");
    QVERIFY(ci && pt);
    QCOMPARE(ci->rowsRead, 2u);
    QCOMPARE(ci->blankLines, 3u);
    QCOMPARE(pt->rowsRead, 3u);
    QCOMPARE(pt->blankLines, 2u);
    const auto r = issuesOf(*pt, Severity::Rejected);
    QVERIFY2(r.size() == 1, qPrintable(describe(*pt)));
    QCOMPARE(r[0]->line, 6u);
}

// --- date formats --------------------------------------------------------------------------------

void TestDefinitions::shouldSettleSlashDatesPerColumn_data() {
    QTest::addColumn<QStringList>("values"); // registration_date of customers 1, 2, ...
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<int>("warnings");
    QTest::newRow("day-first evidence after") << QStringList({"02/01/2025", "13/01/2025"})
                                              << QStringList({"2025-01-02", "2025-01-13"}) << 0;
    QTest::newRow("day-first evidence before") << QStringList({"13/01/2025", "02/01/2025"})
                                               << QStringList({"2025-01-13", "2025-01-02"}) << 0;
    QTest::newRow("only values <= 12: month first")
        << QStringList({"02/01/2025", "12/11/2024"}) << QStringList({"2025-02-01", "2024-12-11"})
        << 0;
    QTest::newRow("second number > 12: month first")
        << QStringList({"01/13/2025", "02/01/2025"}) << QStringList({"2025-01-13", "2025-02-01"})
        << 0;
    QTest::newRow("single digits, day first")
        << QStringList({"2/1/2025", "25/12/2024", "3/4/2025"})
        << QStringList({"2025-01-02", "2024-12-25", "2025-04-03"}) << 0;
    // Both orders in one column: one order is still chosen for the column (day first, as
    // a first number above 12 says), and the value that does not fit it becomes NULL with
    // a warning rather than being read the other way.
    QTest::newRow("mixed orders: the misfit is NULL")
        << QStringList({"13/01/2025", "01/13/2025", "05/06/2025"})
        << QStringList({"2025-01-13", "", "2025-06-05"}) << 1;
}

void TestDefinitions::shouldSettleSlashDatesPerColumn() {
    QFETCH(QStringList, values);
    QFETCH(QStringList, dates);
    QFETCH(int, warnings);
    Sources s;
    QVERIFY(s.isValid());
    QByteArray csv = "customer_id,registration_date\n";
    for (qsizetype i = 0; i < values.size(); ++i)
        csv += (QString::number(i + 1) + "," + values[i] + "\n").toUtf8();
    QVERIFY(s.write("customer_info.csv", csv));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    for (qsizetype i = 0; i < values.size(); ++i)
        QCOMPARE(cell(o, std::to_string(i + 1), Column::RegistrationDate), dates[i]);
    const TableReport* ci = reportOf(o, "customer_info");
    QVERIFY(ci);
    QVERIFY2(ci->warnings == std::uint64_t(warnings), qPrintable(describe(*ci)));
    if (warnings > 0) {
        const auto w = issuesOf(*ci, Severity::Warning);
        QVERIFY2(w.size() == 1, qPrintable(describe(*ci)));
        QCOMPARE(w[0]->line, 3u); // customer 2's row
        QCOMPARE(QString::fromStdString(w[0]->column), QString("registration_date"));
    }
}

// A column without evidence of its own follows the file: the program that wrote
// 13/01/1980 as a birth date wrote 01/02/2023 day-first too. A column with its own
// evidence keeps it.
void TestDefinitions::shouldFollowTheFileWhenAColumnHasNoEvidence_data() {
    QTest::addColumn<QString>("births");
    QTest::addColumn<QString>("registrations");
    QTest::addColumn<QString>("registration");
    QTest::newRow("file is day-first") << "13/01/1980"
                                       << "01/02/2023"
                                       << "2023-02-01";
    QTest::newRow("no evidence anywhere: month first") << "01/02/1980"
                                                       << "01/02/2023"
                                                       << "2023-01-02";
    QTest::newRow("column's own evidence wins") << "13/01/1980"
                                                << "01/13/2023"
                                                << "2023-01-13";
}

void TestDefinitions::shouldFollowTheFileWhenAColumnHasNoEvidence() {
    QFETCH(QString, births);
    QFETCH(QString, registrations);
    QFETCH(QString, registration);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", ("customer_id,date_of_birth,registration_date\n1," +
                                          births + "," + registrations + "\n")
                                             .toUtf8()));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::RegistrationDate), registration);
}

void TestDefinitions::shouldReadDayMonthYearWithDots_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("warns");
    QTest::newRow("31.12.1999") << "31.12.1999"
                                << "1999-12-31" << false;
    QTest::newRow("01.02.2025 is 1 Feb") << "01.02.2025"
                                         << "2025-02-01" << false;
    QTest::newRow("12.01.2025 is 12 Jan") << "12.01.2025"
                                          << "2025-01-12" << false;
    QTest::newRow("29.02.2024 leap") << "29.02.2024"
                                     << "2024-02-29" << false;
    QTest::newRow("29.02.2025 impossible") << "29.02.2025"
                                           << "" << true;
}

void TestDefinitions::shouldReadDayMonthYearWithDots() {
    QFETCH(QString, value);
    QFETCH(QString, date);
    QFETCH(bool, warns);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", "customer_id,date_of_birth\n1," + value.toUtf8() + "\n"));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::DateOfBirth), date);
    const TableReport* ci = reportOf(o, "customer_info");
    QVERIFY(ci);
    QVERIFY2(ci->warnings == (warns ? 1u : 0u), qPrintable(describe(*ci)));
    QCOMPARE(ci->rejected, 0u); // an optional value that does not parse is only a warning
}

void TestDefinitions::shouldTakeTheDatePartOfDateTimes_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("lastDate"); // "" when left out by the snapshot rule
    QTest::newRow("T, seconds, +02:00") << "2025-06-29T23:30:00+02:00"
                                        << "2025-06-29";
    // The date as written, not shifted to UTC (that would be 2025-06-30).
    QTest::newRow("T, -05:00 late evening") << "2025-06-29T22:15:00-05:00"
                                            << "2025-06-29";
    QTest::newRow("space, minutes only") << "2025-06-28 10:15"
                                         << "2025-06-28";
    QTest::newRow("Z") << "2025-06-27T08:00:00Z"
                       << "2025-06-27";
    QTest::newRow("fractional seconds") << "2025-06-26 08:00:00.123456"
                                        << "2025-06-26";
    QTest::newRow("on as_of, last second") << "2025-06-30T23:59:59"
                                           << "2025-06-30";
    // Shifted to UTC this would be 2025-06-30, but the date as written is after as_of.
    QTest::newRow("after as_of by its written date") << "2025-07-01T00:30:00+02:00"
                                                     << "";
}

void TestDefinitions::shouldTakeTheDatePartOfDateTimes() {
    QFETCH(QString, value);
    QFETCH(QString, lastDate);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write("purchase_transactions.csv", purchasesOf("1", {"5"}, value)));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::LastPurchaseDate), lastDate);
    const TableReport* pt = reportOf(o, "purchase_transactions");
    QVERIFY(pt);
    QVERIFY2(pt->warnings == 0 && pt->rejected == 0, qPrintable(describe(*pt)));
    QCOMPARE(pt->leftOutByAsOf, lastDate.isEmpty() ? 1u : 0u);
}
