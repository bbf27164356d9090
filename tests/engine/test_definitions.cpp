// The definition tests' entry point and the derived values: age, value segment, customer status,
// favourites, money and days since registration. The class and its slot order are in
// test_definitions.h; the helpers in definitions_support.h.

#include "test_definitions.h"

#include "definitions_support.h"

#include "engine/build.h"
#include "engine/customer360.h"

#include <QDate>
#include <QTest>

#include <algorithm>

using namespace c360;
using namespace deftest;

// --- age -----------------------------------------------------------------------------------------

void TestDefinitions::shouldComputeAgeInCompletedYears_data() {
    QTest::addColumn<QString>("dob");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("age");
    QTest::addColumn<bool>("warns");
    QTest::newRow("birthday today") << "1990-06-30"
                                    << "2025-06-30"
                                    << "35" << false;
    QTest::newRow("birthday tomorrow") << "1990-07-01"
                                       << "2025-06-30"
                                       << "34" << false;
    QTest::newRow("birthday yesterday") << "1990-06-29"
                                        << "2025-06-30"
                                        << "35" << false;
    // Born 29 Feb: in a non-leap year the birthday has not come on 28 Feb, it has on 1 Mar.
    QTest::newRow("29 Feb dob, as_of 28 Feb non-leap") << "2000-02-29"
                                                       << "2025-02-28"
                                                       << "24" << false;
    QTest::newRow("29 Feb dob, as_of 1 Mar non-leap") << "2000-02-29"
                                                      << "2025-03-01"
                                                      << "25" << false;
    QTest::newRow("29 Feb dob, as_of 29 Feb leap") << "2000-02-29"
                                                   << "2024-02-29"
                                                   << "24" << false;
    // Deviation 1: not calendar-year boundaries (the seed would say 26).
    QTest::newRow("31 Dec dob, as_of 1 Jan") << "1999-12-31"
                                             << "2025-01-01"
                                             << "25" << false;
    QTest::newRow("born on as_of") << "2025-06-30"
                                   << "2025-06-30"
                                   << "0" << false;
    QTest::newRow("dob NULL") << ""
                              << "2025-06-30"
                              << "" << false;
    QTest::newRow("dob after as_of") << "2025-07-01"
                                     << "2025-06-30"
                                     << "" << true;
}

void TestDefinitions::shouldComputeAgeInCompletedYears() {
    QFETCH(QString, dob);
    QFETCH(QString, asOf);
    QFETCH(QString, age);
    QFETCH(bool, warns);
    Sources s;
    QVERIFY(s.isValid());
    // Customer 2's name holds a quoted newline, so customer 3 starts on physical line 5
    // although it is the third record: the warning must name line 5.
    QVERIFY(s.write("customer_info.csv", "customer_id,first_name,date_of_birth,registration_date\n"
                                         "1,Ann,1980-01-01,2020-01-01\n"
                                         "2,\"Bea\nTwo\",1981-01-01,2020-01-01\n"
                                         "3,Cy," +
                                             dob.toUtf8() + ",2020-01-01\n"));
    const BuildOutcome o = build(s, asOf.toUtf8().constData());
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "3", Column::Age), age);
    QCOMPARE(cell(o, "3", Column::DateOfBirth), dob); // the date itself is kept
    const TableReport* ci = reportOf(o, "customer_info");
    QVERIFY(ci);
    QVERIFY2(ci->warnings == (warns ? 1u : 0u), qPrintable(describe(*ci)));
    if (warns) {
        const auto w = issuesOf(*ci, Severity::Warning);
        QVERIFY2(w.size() == 1, qPrintable(describe(*ci)));
        QCOMPARE(w[0]->line, 5u);
        QCOMPARE(QString::fromStdString(w[0]->column), QString("date_of_birth"));
        QVERIFY(!englishText(w[0]->reason).empty());
        QVERIFY(QString::fromStdString(w[0]->file).endsWith("customer_info.csv"));
        // The raw text must show what was wrong: whether "raw" is read as the record or
        // as the value, it holds the date of birth as written.
        QVERIFY2(QString::fromStdString(w[0]->raw).contains(dob),
                 qPrintable("raw is [" + QString::fromStdString(w[0]->raw) + "]"));
    }
}

// --- value segment -------------------------------------------------------------------------------

void TestDefinitions::shouldSegmentBySpend_data() {
    QTest::addColumn<QString>("amounts"); // one line per amount, ';'-separated
    QTest::addColumn<QString>("totalSpend");
    QTest::addColumn<QString>("segment");
    QTest::newRow("no purchases") << ""
                                  << "0"
                                  << "Low";
    QTest::newRow("exactly 500") << "500.00"
                                 << "500"
                                 << "Low";
    QTest::newRow("500.01") << "500.01"
                            << "500.01"
                            << "Medium";
    QTest::newRow("exactly 1000") << "1000"
                                  << "1000"
                                  << "Medium";
    QTest::newRow("1000.01") << "1000.01"
                             << "1000.01"
                             << "High";
    // Summed in floating point these three lines give 1000.0000000000001 (> 1000).
    QTest::newRow("1000 from three lines exactly") << "32.84;258.97;708.19"
                                                   << "1000"
                                                   << "Medium";
    QTest::newRow("refund brings it back to 500") << "700;-200"
                                                  << "500"
                                                  << "Low";
    QTest::newRow("just over 500 by a ten-thousandth") << "500.0001"
                                                       << "500.0001"
                                                       << "Medium";
}

void TestDefinitions::shouldSegmentBySpend() {
    QFETCH(QString, amounts);
    QFETCH(QString, totalSpend);
    QFETCH(QString, segment);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    if (!amounts.isEmpty())
        QVERIFY(s.write("purchase_transactions.csv", purchasesOf("1", amounts.split(';'))));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::TotalSpend), totalSpend);
    QCOMPARE(cell(o, "1", Column::CustomerValueSegment), segment);
}

// --- customer status -----------------------------------------------------------------------------

void TestDefinitions::shouldSetStatusByRecency_data() {
    QTest::addColumn<QString>("dates"); // purchase dates, ';'-separated, empty = NULL
    QTest::addColumn<int>("activeDays");
    QTest::addColumn<int>("atRiskDays");
    QTest::addColumn<QString>("lastDate");
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("status");
    // as_of is 2025-06-30 throughout.
    QTest::newRow("0 days") << "2024-01-01;2025-06-30" << 30 << 90 << "2025-06-30"
                            << "0"
                            << "Active";
    QTest::newRow("30 days") << "2025-05-31;2024-01-01" << 30 << 90 << "2025-05-31"
                             << "30"
                             << "Active";
    QTest::newRow("31 days") << "2025-05-30" << 30 << 90 << "2025-05-30"
                             << "31"
                             << "At Risk";
    QTest::newRow("90 days") << "2025-04-01" << 30 << 90 << "2025-04-01"
                             << "90"
                             << "At Risk";
    QTest::newRow("91 days") << "2025-03-31" << 30 << 90 << "2025-03-31"
                             << "91"
                             << "Churned";
    // A NULL date never becomes the last date.
    QTest::newRow("NULL date next to a dated one") << "2025-05-31;" << 30 << 90 << "2025-05-31"
                                                   << "30"
                                                   << "Active";
    // Purchases exist but none has a date: days is NULL, so none of the "<=" tests holds
    // and the contract's "Churned otherwise" applies.
    QTest::newRow("only undated purchases") << "" << 30 << 90 << ""
                                            << ""
                                            << "Churned";
    QTest::newRow("never purchased") << "never" << 30 << 90 << ""
                                     << ""
                                     << "Never Purchased";
    QTest::newRow("custom: 7 days, active 7") << "2025-06-23" << 7 << 14 << "2025-06-23"
                                              << "7"
                                              << "Active";
    QTest::newRow("custom: 8 days") << "2025-06-22" << 7 << 14 << "2025-06-22"
                                    << "8"
                                    << "At Risk";
    QTest::newRow("custom: 14 days") << "2025-06-16" << 7 << 14 << "2025-06-16"
                                     << "14"
                                     << "At Risk";
    QTest::newRow("custom: 15 days") << "2025-06-15" << 7 << 14 << "2025-06-15"
                                     << "15"
                                     << "Churned";
}

void TestDefinitions::shouldSetStatusByRecency() {
    QFETCH(QString, dates);
    QFETCH(int, activeDays);
    QFETCH(int, atRiskDays);
    QFETCH(QString, lastDate);
    QFETCH(QString, days);
    QFETCH(QString, status);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    if (dates != "never") {
        QByteArray csv = "customer_id,transaction_id,total_amount,purchase_date\n";
        const QStringList list = dates.split(';');
        for (qsizetype i = 0; i < list.size(); ++i)
            csv += ("1,T" + QString::number(i) + ",10," + list[i] + "\n").toUtf8();
        QVERIFY(s.write("purchase_transactions.csv", csv));
    }
    BuildOptions options;
    options.activeDays = activeDays;
    options.atRiskDays = atRiskDays;
    const BuildOutcome o = build(s, "2025-06-30", options);
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::LastPurchaseDate), lastDate);
    QCOMPARE(cell(o, "1", Column::DaysSinceLastPurchase), days);
    QCOMPARE(cell(o, "1", Column::CustomerStatusColumn), status);
}

// --- favourites ----------------------------------------------------------------------------------

// The purchases of three customers, each with `lines` lines over `orders` transactions (line i
// belongs to order i % orders), spend 1.25 each, dated one day apart, the last on 2025-06-01,
// products alternating. The engine reads lines in blocks of a few thousand in customer order,
// so sizes straddle that; the lines are written grouped, interleaved or backwards.
void TestDefinitions::shouldAggregatePurchasesWhateverTheLineOrder_data() {
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<int>>("orders");
    QTest::addColumn<QString>("layout");
    for (const QString layout : {"grouped", "interleaved", "backwards"}) {
        QTest::addRow("one line each, %s", qPrintable(layout))
            << QList<int>{1, 1, 1} << QList<int>{1, 1, 1} << layout;
        QTest::addRow("one customer over a block, %s", qPrintable(layout))
            << QList<int>{5000, 3, 4095} << QList<int>{7, 3, 4095} << layout;
        QTest::addRow("around the block size, %s", qPrintable(layout))
            << QList<int>{4096, 4097, 2} << QList<int>{4096, 1, 1} << layout;
    }
}

void TestDefinitions::shouldAggregatePurchasesWhateverTheLineOrder() {
    QFETCH(QList<int>, lines);
    QFETCH(QList<int>, orders);
    QFETCH(QString, layout);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", "customer_id\n1\n2\n3\n"));
    QVERIFY(s.write("product_catalog.csv", "product_id,category,brand\nP1,Books,Zeta\n"
                                           "P2,Games,Alpha\n"));
    struct Line {
        int customer, index;
    };
    std::vector<Line> all;
    if (layout == "interleaved") {
        for (int i = 0; i < *std::max_element(lines.begin(), lines.end()); ++i)
            for (int c = 0; c < 3; ++c)
                if (i < lines[c])
                    all.push_back({c, i});
    } else {
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < lines[c]; ++i)
                all.push_back({c, i});
        if (layout == "backwards")
            std::reverse(all.begin(), all.end());
    }
    QByteArray csv = "customer_id,transaction_id,product_id,total_amount,purchase_date\n";
    for (const Line& l : all) {
        const QString date =
            QDate(2025, 6, 1).addDays(l.index - lines[l.customer] + 1).toString(Qt::ISODate);
        // Customer 3's ids are over 15 bytes, the others' shorter (kept differently).
        csv += QString("%1,%5-%1-%2,P%3,1.25,%4\n")
                   .arg(l.customer + 1)
                   .arg(l.index % orders[l.customer])
                   .arg(l.index % 2 + 1)
                   .arg(date)
                   .arg(l.customer == 2 ? "WEBSHOP-ORDER-2025" : "ORDER")
                   .toUtf8();
    }
    QVERIFY(s.write("purchase_transactions.csv", csv));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    for (int c = 0; c < 3; ++c) {
        const std::string id = std::to_string(c + 1);
        QCOMPARE(cell(o, id, Column::TotalPurchases), QString::number(orders[c]));
        QCOMPARE(cell(o, id, Column::TotalSpend), QString::number(lines[c] * 1.25, 'g', 12));
        QCOMPARE(cell(o, id, Column::LastPurchaseDate), QString("2025-06-01"));
        // More P1 lines than P2 when the count is odd; equal counts and spend tie to the name.
        QCOMPARE(cell(o, id, Column::FavoriteCategory), QString("Books"));
        QCOMPARE(cell(o, id, Column::FavoriteBrand), QString(lines[c] % 2 ? "Zeta" : "Alpha"));
    }
}

void TestDefinitions::shouldPickFavouritesIndependently_data() {
    QTest::addColumn<QString>("lines"); // product:amount, ';'-separated
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("brand");
    // Catalogue (see the test): P1 Books/Zeta, P2 Games/Alpha, P3 books/Beta, P4 Toys/Alpha,
    // P5 (no category)/Gamma, P6 Garden/(no brand), P7 Électronique/Omega,
    // P8 Apparel/Alpha, P9 Books/Alpha.
    QTest::newRow("most lines beats more spend") << "P1:1;P1:1;P2:100"
                                                 << "Books"
                                                 << "Zeta";
    QTest::newRow("line tie: higher spend") << "P1:10;P2:20"
                                            << "Games"
                                            << "Alpha";
    QTest::newRow("line and spend tie: byte order") << "P7:5;P3:5;P1:5"
                                                    << "Books"
                                                    << "Beta"; // "Books" < "books" < "Électronique"
    QTest::newRow("brand chosen apart from category") << "P1:5;P1:5;P2:100;P4:100;P8:100"
                                                      << "Books"
                                                      << "Alpha";
    QTest::newRow("refund counts in the spend tie-break") << "P2:50;P2:-50;P4:10;P4:10"
                                                          << "Toys"
                                                          << "Alpha";
    QTest::newRow("empty category does not count") << "P5:1;P5:1;P5:1;P2:1"
                                                   << "Games"
                                                   << "Gamma";
    QTest::newRow("empty brand does not count") << "P6:1;P6:1;P2:1"
                                                << "Garden"
                                                << "Alpha";
    QTest::newRow("unknown product does not count") << "P99:1;P99:1;P99:1;P2:1"
                                                    << "Games"
                                                    << "Alpha";
    QTest::newRow("no product id") << ":1;:2"
                                   << ""
                                   << "";
    QTest::newRow("only unknown products") << "P99:5"
                                           << ""
                                           << "";
    QTest::newRow("non-ASCII sorts after ASCII") << "P7:5;P9:5"
                                                 << "Books"
                                                 << "Alpha";
    // Spend compared exactly: 0.1+0.2 and 0.3 tie, so the name decides.
    QTest::newRow("exact spend tie") << "P4:0.1;P4:0.2;P2:0.3;P2:0"
                                     << "Games"
                                     << "Alpha";
}

void TestDefinitions::shouldPickFavouritesIndependently() {
    QFETCH(QString, lines);
    QFETCH(QString, category);
    QFETCH(QString, brand);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write("product_catalog.csv", "product_id,category,brand\n"
                                           "P1,Books,Zeta\n"
                                           "P2,Games,Alpha\n"
                                           "P3,books,Beta\n"
                                           "P4,Toys,Alpha\n"
                                           "P5,,Gamma\n"
                                           "P6,Garden,\n"
                                           "P7,Électronique,Omega\n"
                                           "P8,Apparel,Alpha\n"
                                           "P9,Books,Alpha\n"));
    QByteArray csv = "customer_id,transaction_id,product_id,total_amount\n";
    const QStringList list = lines.split(';');
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QStringList pa = list[i].split(':');
        csv += ("1,T" + QString::number(i) + "," + pa[0] + "," + pa[1] + "\n").toUtf8();
    }
    QVERIFY(s.write("purchase_transactions.csv", csv));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::FavoriteCategory), category);
    QCOMPARE(cell(o, "1", Column::FavoriteBrand), brand);
    // Unknown products and missing categories still count towards purchases and spend.
    QCOMPARE(cell(o, "1", Column::TotalPurchases), QString::number(list.size()));
}

// --- money ---------------------------------------------------------------------------------------

void TestDefinitions::shouldSumMoneyExactly_data() {
    QTest::addColumn<QString>("amounts");
    QTest::addColumn<qint64>("spend"); // ten-thousandths
    QTest::addColumn<QString>("totalSpend");
    QTest::addColumn<QString>("avgPurchaseValue");
    QTest::newRow("10.10 + 20.20") << "10.10;20.20" << qint64(303000) << "30.3"
                                   << "15.15";
    QTest::newRow("0.1 + 0.2") << "0.1;0.2" << qint64(3000) << "0.3"
                               << "0.15";
    QTest::newRow("refund") << "100;-30.5" << qint64(695000) << "69.5"
                            << "34.75";
    QTest::newRow("fully refunded") << "100;-100" << qint64(0) << "0"
                                    << "0";
    QTest::newRow("negative total") << "-5.50" << qint64(-55000) << "-5.5"
                                    << "-5.5";
    QTest::newRow("a third") << "100;0;0" << qint64(1000000) << "100"
                             << "33.333333333333336";
    QTest::newRow("ten-thousandths") << "0.0001;0.0002" << qint64(3) << "0.0003"
                                     << "0.00015";
}

void TestDefinitions::shouldSumMoneyExactly() {
    QFETCH(QString, amounts);
    QFETCH(qint64, spend);
    QFETCH(QString, totalSpend);
    QFETCH(QString, avgPurchaseValue);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write("purchase_transactions.csv", purchasesOf("1", amounts.split(';'))));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(o.table.rowCount(), std::size_t(1));
    QCOMPARE(qint64(o.table.totalSpend[0]), spend);
    QCOMPARE(cell(o, "1", Column::TotalSpend), totalSpend);
    QCOMPARE(cell(o, "1", Column::AvgPurchaseValue), avgPurchaseValue);
}

void TestDefinitions::shouldRoundMoreThanFourDecimalsHalfEven_data() {
    QTest::addColumn<QString>("amount");
    QTest::addColumn<qint64>("spend");
    QTest::addColumn<QString>("totalSpend");
    QTest::addColumn<bool>("warns");
    // Half-even on the 4th decimal: an exact half goes to the even 4th digit.
    QTest::newRow("1.00005: half, 0 is even") << "1.00005" << qint64(10000) << "1" << true;
    QTest::newRow("1.00015: half, 1 is odd") << "1.00015" << qint64(10002) << "1.0002" << true;
    QTest::newRow("1.00025: half, 2 is even") << "1.00025" << qint64(10002) << "1.0002" << true;
    QTest::newRow("1.000051: above half") << "1.000051" << qint64(10001) << "1.0001" << true;
    QTest::newRow("1.00004999: below half") << "1.00004999" << qint64(10000) << "1" << true;
    QTest::newRow("2.12345") << "2.12345" << qint64(21234) << "2.1234" << true;
    QTest::newRow("2.12355") << "2.12355" << qint64(21236) << "2.1236" << true;
    QTest::newRow("0.99995 carries") << "0.99995" << qint64(10000) << "1" << true;
    QTest::newRow("-1.00015 symmetric") << "-1.00015" << qint64(-10002) << "-1.0002" << true;
    QTest::newRow("4 decimals: no warning") << "1.2345" << qint64(12345) << "1.2345" << false;
}

void TestDefinitions::shouldRoundMoreThanFourDecimalsHalfEven() {
    QFETCH(QString, amount);
    QFETCH(qint64, spend);
    QFETCH(QString, totalSpend);
    QFETCH(bool, warns);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write("purchase_transactions.csv", purchasesOf("1", {amount})));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(qint64(o.table.totalSpend[0]), spend);
    QCOMPARE(cell(o, "1", Column::TotalSpend), totalSpend);
    const TableReport* pt = reportOf(o, "purchase_transactions");
    QVERIFY(pt);
    QCOMPARE(pt->rejected, 0u);
    QVERIFY2(pt->warnings == (warns ? 1u : 0u), qPrintable(describe(*pt)));
    if (warns) {
        const auto w = issuesOf(*pt, Severity::Warning);
        QVERIFY2(w.size() == 1, qPrintable(describe(*pt)));
        QCOMPARE(w[0]->line, 2u);
        QCOMPARE(QString::fromStdString(w[0]->column), QString("total_amount"));
    }
}

// --- registration --------------------------------------------------------------------------------

void TestDefinitions::shouldMeasureDaysSinceRegistration_data() {
    QTest::addColumn<QString>("registered");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("engagementRate");
    QTest::newRow("on as_of: 0 days, rate NULL") << "2025-06-30" << 2 << "0"
                                                 << "";
    QTest::newRow("the day before") << "2025-06-29" << 2 << "1"
                                    << "2";
    QTest::newRow("NULL registration") << "" << 2 << ""
                                       << "";
    QTest::newRow("10 days, 3 sessions") << "2025-06-20" << 3 << "10"
                                         << "0.3";
    QTest::newRow("7 days, no sessions") << "2025-06-23" << 0 << "7"
                                         << "0";
    QTest::newRow("across a leap day") << "2024-02-28" << 0 << "488"
                                       << "0";
}

void TestDefinitions::shouldMeasureDaysSinceRegistration() {
    QFETCH(QString, registered);
    QFETCH(int, sessions);
    QFETCH(QString, days);
    QFETCH(QString, engagementRate);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv",
                    "customer_id,registration_date\n1," + registered.toUtf8() + "\n"));
    QByteArray web = "customer_id,session_date\n";
    for (int i = 0; i < sessions; ++i)
        web += "1,2025-06-30\n";
    QVERIFY(s.write("website_behavior.csv", web));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::RegistrationDate), registered);
    QCOMPARE(cell(o, "1", Column::DaysSinceRegistration), days);
    QCOMPARE(cell(o, "1", Column::TotalSessions), QString::number(sessions));
    QCOMPARE(cell(o, "1", Column::WebsiteEngagementRate), engagementRate);
}

QTEST_GUILESS_MAIN(TestDefinitions)
