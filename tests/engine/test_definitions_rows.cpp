// Definition tests on which rows count: duplicate customers, orphans, the snapshot rule, and
// bad input (unparseable values, empty keys, ragged rows, unterminated quotes, missing columns
// and tables).

#include "test_definitions.h"

#include "definitions_support.h"

#include "engine/build.h"
#include "engine/build_report.h"
#include "engine/customer360.h"
#include "sources/source_set.h"

#include <QPair>
#include <QTest>

#include <cstdint>
#include <string>

using namespace c360;
using namespace deftest;

// --- duplicates and the snapshot rule on customers -----------------------------------------------

void TestDefinitions::shouldKeepTheFirstOfDuplicateCustomers() {
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv",
                    "customer_id,first_name,registration_date\n" // line 1
                    "1,\"Ann\nMarie\",2024-01-01\n"              // lines 2-3
                    "2,Bob,2025-07-01\n"                         // line 4: after as_of
                    "1,Ann-dup,2020-01-01\n"                     // line 5: duplicate
                    "3,Cat,2024-01-01\n"                         // line 6
                    "2,Bob-dup,2020-01-01\n"                     // line 7: duplicate
                    " 3 ,Cat-dup,2020-01-01\n"));                // line 8: same id, trimmed
    QVERIFY(s.write("purchase_transactions.csv",
                    "customer_id,transaction_id,total_amount\n2,T1,10\n1,T2,5\n"));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    // Customer 2's first row is registered after as_of: the customer is left out, not
    // replaced by the later, earlier-registered row.
    QCOMPARE(ids(o), QStringList({"1", "3"}));
    QCOMPARE(cell(o, "1", Column::FirstName), QString("Ann\nMarie"));
    QCOMPARE(cell(o, "1", Column::RegistrationDate), QString("2024-01-01"));
    QCOMPARE(cell(o, "3", Column::FirstName), QString("Cat"));
    const TableReport* ci = reportOf(o, "customer_info");
    QVERIFY(ci);
    QCOMPARE(ci->rowsRead, 6u);
    QCOMPARE(ci->duplicates, 3u);
    QCOMPARE(ci->rejected, 3u);
    QCOMPARE(ci->leftOutByAsOf, 1u);
    const auto rejected = issuesOf(*ci, Severity::Rejected);
    QVERIFY2(rejected.size() == 3, qPrintable(describe(*ci)));
    const std::uint64_t lines[] = {5, 7, 8};
    const char* raws[] = {"1,Ann-dup,2020-01-01", "2,Bob-dup,2020-01-01", " 3 ,Cat-dup,2020-01-01"};
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(rejected[i]->line, lines[i]);
        QCOMPARE(QString::fromStdString(rejected[i]->column), QString("customer_id"));
        QCOMPARE(QString::fromStdString(rejected[i]->raw), QString(raws[i]));
        QVERIFY(!englishText(rejected[i]->reason).empty());
        QVERIFY(QString::fromStdString(rejected[i]->file).endsWith("customer_info.csv"));
    }
    // The left-out customer's purchase is counted as such, not as an orphan.
    const TableReport* pt = reportOf(o, "purchase_transactions");
    QVERIFY(pt);
    QCOMPARE(pt->orphans, 0u);
    QCOMPARE(pt->customerLeftOut, 1u);
    QCOMPARE(cell(o, "1", Column::TotalSpend), QString("5"));
}

// --- orphans -------------------------------------------------------------------------------------

void TestDefinitions::shouldCountOrphansPerTable_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("countColumn");
    QTest::newRow("purchase_transactions")
        << "purchase_transactions"
        << QByteArray("customer_id,transaction_id,total_amount\n1,T1,5\n9,T2,5\n8,T3,5\n")
        << int(Column::TotalPurchases);
    QTest::newRow("customer_service")
        << "customer_service"
        << QByteArray("customer_id,resolution_status\n9,Resolved\n1,Resolved\n8,Open\n")
        << int(Column::TotalInteractions);
    QTest::newRow("campaign_responses")
        << "campaign_responses" << QByteArray("customer_id,campaign_id\n9,C1\n8,C1\n1,C1\n")
        << int(Column::CampaignsEngaged);
    QTest::newRow("website_behavior")
        << "website_behavior" << QByteArray("customer_id,pages_viewed\n9,1\n1,3\n8,2\n")
        << int(Column::TotalSessions);
}

void TestDefinitions::shouldCountOrphansPerTable() {
    QFETCH(QString, table);
    QFETCH(QByteArray, content);
    QFETCH(int, countColumn);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write("marketing_campaigns.csv", "campaign_id\nC1\n"));
    QVERIFY(s.write(table + ".csv", content));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(ids(o), QStringList({"1"})); // orphans do not become customers
    QCOMPARE(cell(o, "1", static_cast<Column>(countColumn)), QString("1"));
    for (const TableReport& t : o.report.tables) {
        const bool mine = QString::fromStdString(t.table) == table;
        QVERIFY2(t.orphans == (mine ? 2u : 0u), qPrintable(describe(t)));
    }
}

// Rows of one customer usually come one after another (the lines of an order): each row of such
// a run is matched, counted as an orphan or left out on its own, and an id that starts like the
// previous one is a different id.
void TestDefinitions::shouldMatchEveryRowOfARunOfTheSameCustomer_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("countColumn");
    QTest::newRow("purchase_transactions")
        << "purchase_transactions"
        << QByteArray("customer_id,transaction_id,total_amount\n"
                      "9,T1,1\n9,T2,1\n1,T3,2\n1,T4,3\n10,T5,1\n1,T6,4\n2,T7,1\n2,T8,1\n"
                      "9,T9,1\n1,T10,5\n")
        << int(Column::TotalPurchases);
    QTest::newRow("website_behavior")
        << "website_behavior"
        << QByteArray("customer_id,pages_viewed\n"
                      "9,1\n9,1\n1,2\n1,3\n10,1\n1,4\n2,1\n2,1\n9,1\n1,5\n")
        << int(Column::TotalSessions);
    // The loader peeks at the lines ahead to start their id lookups early: quoted ids, a
    // value over two lines, spaces and a last line without its line break must not confuse it.
    QTest::newRow("purchase_transactions, quoted values over lines")
        << "purchase_transactions"
        << QByteArray("note,customer_id,transaction_id,total_amount\n"
                      "a,\"9\",T1,1\n\"two\nlines\",9,T2,1\n,\"1\",T3,2\n\"a,b\",1,T4,3\n"
                      ",10,T5,1\n,\" 1 \",T6,4\n,2,T7,1\n,2,T8,1\n,9,T9,1\n,1,T10,5")
        << int(Column::TotalPurchases);
    QTest::newRow("website_behavior, semicolons and CRLF")
        << "website_behavior"
        << QByteArray("pages_viewed;customer_id\r\n"
                      "1;9\r\n1;9\r\n2;1\r\n3;1\r\n\r\n1;10\r\n4; 1\r\n1;2\r\n1;2\r\n"
                      "1;\"9\"\r\n5;1\r\n")
        << int(Column::TotalSessions);
}

void TestDefinitions::shouldMatchEveryRowOfARunOfTheSameCustomer() {
    QFETCH(QString, table);
    QFETCH(QByteArray, content);
    QFETCH(int, countColumn);
    Sources s;
    QVERIFY(s.isValid());
    // Customer 2 registered after as_of: left out, with its rows.
    QVERIFY(s.write("customer_info.csv",
                    "customer_id,registration_date\n1,2024-01-01\n2,2025-07-01\n"));
    QVERIFY(s.write(table + ".csv", content));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(ids(o), QStringList({"1"}));
    QCOMPARE(cell(o, "1", static_cast<Column>(countColumn)), QString("4"));
    const TableReport* t = reportOf(o, table.toStdString().c_str());
    QVERIFY(t);
    QVERIFY2(t->orphans == 4u, qPrintable(describe(*t))); // 9, 9, 10 and 9 again
    QVERIFY2(t->customerLeftOut == 2u, qPrintable(describe(*t)));
    const QString notes = QString::fromStdString([&] {
        std::string all;
        for (const Message& n : t->notes)
            all += englishText(n) + "\n";
        return all;
    }());
    QVERIFY2(notes.contains("4 rows refer to customers not in customer_info"), qPrintable(notes));
    QVERIFY2(notes.contains("(for example \"9\", \"10\")"), qPrintable(notes));
}

// Rows that change customer on almost every line make the loader read the ids of the next
// lines ahead (after a first thousand rows): whatever those lines hold, each row is matched to
// its own customer.
void TestDefinitions::shouldMatchRowsOutOfCustomerOrder_data() {
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::newRow("commas, LF") << QByteArray(",") << QByteArray("\n");
    QTest::newRow("semicolons, CRLF") << QByteArray(";") << QByteArray("\r\n");
}

void TestDefinitions::shouldMatchRowsOutOfCustomerOrder() {
    QFETCH(QByteArray, delimiter);
    QFETCH(QByteArray, lineBreak);
    const QByteArray longId = "CRM-" + QByteArray(44, 'x');      // longer than any id read ahead
    const QList<QByteArray> customers = {"1", "2", longId, "9"}; // 9: not in customer_info
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", "customer_id\n1\n2\n" + longId + "\n"));
    QByteArray csv = "note" + delimiter + "customer_id" + delimiter + "pages_viewed" + lineBreak;
    QList<int> sessions(customers.size(), 0);
    for (int i = 0; i < 3000; ++i) {
        const int c = (i * 7 + i / 5) % 4;
        ++sessions[c];
        QByteArray id = customers[c], note = "n";
        switch (i % 6) {
        case 1:
            id = "\"" + id + "\"";
            break;
        case 2:
            note = "\"two" + lineBreak + "lines" + delimiter + " here\"";
            break;
        case 3:
            id = "  " + id + " ";
            break;
        case 4:
            csv += lineBreak;
            break; // a blank line before the row
        // Split at every delimiter, this line's second field names another customer.
        case 5:
            note = "\"x" + delimiter + customers[(c + 1) % 4] + delimiter + "y\"";
            break;
        }
        csv += note + delimiter + id + delimiter + "1" + lineBreak;
    }
    csv.chop(lineBreak.size()); // the last row without its line break
    QVERIFY(s.write("website_behavior.csv", csv));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::TotalSessions), QString::number(sessions[0]));
    QCOMPARE(cell(o, "2", Column::TotalSessions), QString::number(sessions[1]));
    QCOMPARE(cell(o, longId.toStdString(), Column::TotalSessions), QString::number(sessions[2]));
    const TableReport* t = reportOf(o, "website_behavior");
    QVERIFY(t);
    QCOMPARE(t->orphans, static_cast<std::uint64_t>(sessions[3]));
    QCOMPARE(t->rejected, std::uint64_t{0});
}

// --- snapshot rule -------------------------------------------------------------------------------

void TestDefinitions::shouldLeaveOutRowsAfterAsOf_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("countColumn"); // -1: count output rows instead
    // Four rows each: before, on, after as_of (2025-06-30), and NULL (kept: unknown date).
    QTest::newRow("customer_info") << "customer_info"
                                   << QByteArray("customer_id,registration_date\n"
                                                 "1,2025-06-29\n2,2025-06-30\n"
                                                 "3,2025-07-01\n4,\n")
                                   << -1;
    QTest::newRow("purchase_transactions")
        << "purchase_transactions"
        << QByteArray("customer_id,transaction_id,total_amount,purchase_date\n"
                      "1,T1,5,2025-06-29\n1,T2,5,2025-06-30\n1,T3,5,2025-07-01\n1,T4,5,\n")
        << int(Column::TotalPurchases);
    QTest::newRow("customer_service")
        << "customer_service"
        << QByteArray("customer_id,interaction_date\n"
                      "1,2025-06-29\n1,2025-06-30\n1,2025-07-01\n1,\n")
        << int(Column::TotalInteractions);
    QTest::newRow("campaign_responses")
        << "campaign_responses"
        << QByteArray("customer_id,campaign_id,response_date\n"
                      "1,C1,2025-06-29\n1,C2,2025-06-30\n1,C3,2025-07-01\n1,C4,\n")
        << int(Column::CampaignsEngaged);
    QTest::newRow("website_behavior")
        << "website_behavior"
        << QByteArray("customer_id,session_date\n"
                      "1,2025-06-29\n1,2025-06-30\n1,2025-07-01\n1,\n")
        << int(Column::TotalSessions);
}

void TestDefinitions::shouldLeaveOutRowsAfterAsOf() {
    QFETCH(QString, table);
    QFETCH(QByteArray, content);
    QFETCH(int, countColumn);
    Sources s;
    QVERIFY(s.isValid());
    if (table != "customer_info")
        QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write("marketing_campaigns.csv", "campaign_id\nC1\nC2\nC3\nC4\n"));
    QVERIFY(s.write(table + ".csv", content));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    if (countColumn < 0)
        QCOMPARE(ids(o), QStringList({"1", "2", "4"}));
    else
        QCOMPARE(cell(o, "1", static_cast<Column>(countColumn)), QString("3"));
    for (const TableReport& t : o.report.tables) {
        const bool mine = QString::fromStdString(t.table) == table;
        QVERIFY2(t.leftOutByAsOf == (mine ? 1u : 0u), qPrintable(describe(t)));
    }
}

// --- bad input -----------------------------------------------------------------------------------

void TestDefinitions::shouldRejectAnAmountThatDoesNotParse_data() {
    QTest::addColumn<QByteArray>("field"); // as written in the file
    QTest::newRow("abc") << QByteArray("abc");
    QTest::newRow("decimal comma, quoted") << QByteArray("\"12,50\"");
    QTest::newRow("exponent") << QByteArray("1e3");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("currency word") << QByteArray("12.50 EUR");
    QTest::newRow("two signs") << QByteArray("--5");
}

void TestDefinitions::shouldRejectAnAmountThatDoesNotParse() {
    QFETCH(QByteArray, field);
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", kOneCustomer));
    const QByteArray bad = "1,T2," + field + ",2025-06-02";
    QVERIFY(s.write("purchase_transactions.csv",
                    "customer_id,transaction_id,total_amount,purchase_date\n"
                    "1,T1,10.00,2025-06-01\n" +
                        bad + "\n1,T3,2.50,2025-06-03\n"));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(cell(o, "1", Column::TotalPurchases), QString("2"));
    QCOMPARE(cell(o, "1", Column::TotalSpend), QString("12.5"));
    const TableReport* pt = reportOf(o, "purchase_transactions");
    QVERIFY(pt);
    QCOMPARE(pt->rowsRead, 3u);
    QCOMPARE(pt->rejected, 1u);
    QCOMPARE(pt->loaded, 2u);
    const auto r = issuesOf(*pt, Severity::Rejected);
    QVERIFY2(r.size() == 1, qPrintable(describe(*pt)));
    QCOMPARE(QString::fromStdString(r[0]->file), s.filePath("purchase_transactions.csv"));
    QCOMPARE(r[0]->line, 3u);
    QCOMPARE(QString::fromStdString(r[0]->column), QString("total_amount"));
    QVERIFY(!englishText(r[0]->reason).empty());
    QCOMPARE(QByteArray::fromStdString(r[0]->raw), bad);
}

void TestDefinitions::shouldRejectAnEmptyKey_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("content"); // the bad row is on line 3
    QTest::addColumn<QString>("key");
    QTest::newRow("customer_info")
        << "customer_info" << QByteArray("customer_id,first_name\n1,Ann\n,Bob\n") << "customer_id";
    QTest::newRow("customer_info, spaces only")
        << "customer_info" << QByteArray("customer_id,first_name\n1,Ann\n   ,Bob\n")
        << "customer_id";
    QTest::newRow("purchase customer_id")
        << "purchase_transactions"
        << QByteArray("customer_id,transaction_id,total_amount\n1,T1,5\n,T2,5\n") << "customer_id";
    QTest::newRow("purchase transaction_id")
        << "purchase_transactions"
        << QByteArray("customer_id,transaction_id,total_amount\n1,T1,5\n1,,5\n")
        << "transaction_id";
    QTest::newRow("customer_service")
        << "customer_service"
        << QByteArray("customer_id,resolution_status\n1,Resolved\n,Resolved\n") << "customer_id";
    QTest::newRow("response customer_id")
        << "campaign_responses" << QByteArray("customer_id,campaign_id\n1,C1\n,C1\n")
        << "customer_id";
    QTest::newRow("response campaign_id")
        << "campaign_responses" << QByteArray("customer_id,campaign_id\n1,C1\n1,\n")
        << "campaign_id";
    QTest::newRow("website_behavior")
        << "website_behavior" << QByteArray("customer_id,pages_viewed\n1,2\n,3\n") << "customer_id";
    QTest::newRow("product_catalog")
        << "product_catalog" << QByteArray("product_id,category\nP1,Books\n,Toys\n")
        << "product_id";
    QTest::newRow("marketing_campaigns")
        << "marketing_campaigns" << QByteArray("campaign_id,channel\nC1,Email\n,SMS\n")
        << "campaign_id";
}

void TestDefinitions::shouldRejectAnEmptyKey() {
    QFETCH(QString, table);
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    Sources s;
    QVERIFY(s.isValid());
    if (table != "customer_info")
        QVERIFY(s.write("customer_info.csv", kOneCustomer));
    if (table != "marketing_campaigns")
        QVERIFY(s.write("marketing_campaigns.csv", "campaign_id\nC1\n"));
    QVERIFY(s.write(table + ".csv", content));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    const TableReport* t = reportOf(o, table.toUtf8().constData());
    QVERIFY(t);
    QVERIFY2(t->rejected == 1, qPrintable(describe(*t)));
    const auto r = issuesOf(*t, Severity::Rejected);
    QVERIFY2(r.size() == 1, qPrintable(describe(*t)));
    QCOMPARE(r[0]->line, 3u);
    QCOMPARE(QString::fromStdString(r[0]->column), key);
    QVERIFY(!englishText(r[0]->reason).empty());
    QCOMPARE(ids(o), QStringList({"1"}));
}

void TestDefinitions::shouldRejectRaggedRowsOnTheirPhysicalLine_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("customers");
    QTest::addColumn<QString>("purchases");
    // The quoted newline in the second physical line makes physical line != record number.
    QTest::newRow("customer_info") << "customer_info"
                                   << QByteArray("customer_id,first_name,last_name\n"
                                                 "1,\"Multi\nline\",Smith\n"
                                                 "2,Too,Many,Fields\n"
                                                 "3,Short\n"
                                                 "4,Ok,Fine\n")
                                   << QStringList({"1", "4"}) << "0";
    QTest::newRow("purchase_transactions")
        << "purchase_transactions"
        << QByteArray("customer_id,transaction_id,total_amount,note\n"
                      "1,T1,5,\"a\nb\"\n"
                      "1,T2,5,x,y\n"
                      "1,T3,5\n"
                      "1,T4,5,ok\n")
        << QStringList({"1"}) << "2";
}

void TestDefinitions::shouldRejectRaggedRowsOnTheirPhysicalLine() {
    QFETCH(QString, table);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, customers);
    QFETCH(QString, purchases);
    Sources s;
    QVERIFY(s.isValid());
    if (table != "customer_info")
        QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write(table + ".csv", content));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(ids(o), customers);
    QCOMPARE(cell(o, "1", Column::TotalPurchases), purchases);
    const TableReport* t = reportOf(o, table.toUtf8().constData());
    QVERIFY(t);
    QCOMPARE(t->rowsRead, 4u);
    QCOMPARE(t->rejected, 2u);
    const auto r = issuesOf(*t, Severity::Rejected);
    QVERIFY2(r.size() == 2, qPrintable(describe(*t)));
    QCOMPARE(r[0]->line, 4u);
    QCOMPARE(r[1]->line, 5u);
    const QList<QByteArray> lines = content.split('\n');
    QCOMPARE(QByteArray::fromStdString(r[0]->raw), lines[3]);
    QCOMPARE(QByteArray::fromStdString(r[1]->raw), lines[4]);
    QVERIFY(!englishText(r[0]->reason).empty() && !englishText(r[1]->reason).empty());
}

void TestDefinitions::shouldReportAnUnterminatedQuoteOnTheLineItStarts() {
    Sources s;
    QVERIFY(s.isValid());
    QVERIFY(s.write("customer_info.csv", "customer_id,first_name\n"
                                         "1,\"Ann\nMarie\"\n" // lines 2-3
                                         "2,\"Bob\n"          // line 4: never closed
                                         "3,Carl\n"
                                         "4,Dan\n"));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Ok);
    QCOMPARE(ids(o), QStringList({"1"}));
    const TableReport* ci = reportOf(o, "customer_info");
    QVERIFY(ci);
    QCOMPARE(ci->rejected, 1u);
    const auto r = issuesOf(*ci, Severity::Rejected);
    QVERIFY2(r.size() == 1, qPrintable(describe(*ci)));
    QCOMPARE(r[0]->line, 4u);
    // "a clear error naming the line": the sentence itself says where the quote opened.
    QVERIFY2(QString::fromStdString(englishText(r[0]->reason)).contains("4"),
             qPrintable(describe(*ci)));
}

void TestDefinitions::shouldFailWhenARequiredColumnIsMissing_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("customer_info") << "customer_info" << QByteArray("id,first_name\n1,Ann\n")
                                   << "customer_id" << QStringList({"id", "first_name"});
    QTest::newRow("purchase total_amount")
        << "purchase_transactions" << QByteArray("customer_id,transaction_id,amount\n1,T1,5\n")
        << "total_amount" << QStringList({"customer_id", "transaction_id", "amount"});
    QTest::newRow("purchase transaction_id")
        << "purchase_transactions" << QByteArray("customer_id,order,total_amount\n1,T1,5\n")
        << "transaction_id" << QStringList({"customer_id", "order", "total_amount"});
    QTest::newRow("product_catalog") << "product_catalog" << QByteArray("sku,category\nP1,Books\n")
                                     << "product_id" << QStringList({"sku", "category"});
    QTest::newRow("customer_service")
        << "customer_service" << QByteArray("client,resolution_status\n1,Resolved\n")
        << "customer_id" << QStringList({"client", "resolution_status"});
    QTest::newRow("campaign_responses")
        << "campaign_responses" << QByteArray("customer_id,campaign\n1,C1\n") << "campaign_id"
        << QStringList({"customer_id", "campaign"});
    QTest::newRow("marketing_campaigns")
        << "marketing_campaigns" << QByteArray("name,channel\nSpring,Email\n") << "campaign_id"
        << QStringList({"name", "channel"});
    QTest::newRow("website_behavior")
        << "website_behavior" << QByteArray("visitor,pages_viewed\n1,3\n") << "customer_id"
        << QStringList({"visitor", "pages_viewed"});
}

void TestDefinitions::shouldFailWhenARequiredColumnIsMissing() {
    QFETCH(QString, table);
    QFETCH(QByteArray, content);
    QFETCH(QString, missing);
    QFETCH(QStringList, found);
    Sources s;
    QVERIFY(s.isValid());
    if (table != "customer_info")
        QVERIFY(s.write("customer_info.csv", kOneCustomer));
    QVERIFY(s.write(table + ".csv", content));
    const BuildOutcome o = build(s, "2025-06-30");
    QCOMPARE(o.status, BuildStatus::Failed);
    const QString error = QString::fromStdString(englishText(o.error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    for (const QString& header : found)
        QVERIFY2(error.contains(header), qPrintable(header + " not named in: " + error));
}

void TestDefinitions::shouldExplainAMissingCustomerInfo_data() {
    QTest::addColumn<QStringList>("files");
    QTest::newRow("other tables only")
        << QStringList({"purchase_transactions.csv", "website_behavior.csv"});
    QTest::newRow("empty folder") << QStringList();
    QTest::newRow("misspelt file name") << QStringList({"customers.csv"});
}

void TestDefinitions::shouldExplainAMissingCustomerInfo() {
    QFETCH(QStringList, files);
    Sources s;
    QVERIFY(s.isValid());
    for (const QString& f : files)
        QVERIFY(s.write(f, "customer_id\n1\n"));
    SourceSet set;
    Message error;
    QVERIFY(!resolveSourceSet(s.path().toStdString(), set, error));
    const QString e = QString::fromStdString(englishText(error));
    // Helpful: says which file is needed and what the folder holds instead.
    QVERIFY2(e.contains("customer_info.csv"), qPrintable(e));
    for (const QString& f : files)
        QVERIFY2(e.contains(f), qPrintable(f + " not named in: " + e));
}

void TestDefinitions::shouldTreatAMissingOptionalTableAsEmpty_data() {
    QTest::addColumn<QString>("missing");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("purchase_transactions")
        << "purchase_transactions" << int(Column::CustomerStatusColumn) << "Never Purchased";
    // Purchases still count; only the favourites need the catalogue.
    QTest::newRow("product_catalog") << "product_catalog" << int(Column::FavoriteCategory) << "";
    QTest::newRow("customer_service")
        << "customer_service" << int(Column::TotalInteractions) << "0";
    QTest::newRow("campaign_responses")
        << "campaign_responses" << int(Column::CampaignsEngaged) << "0";
    // Without the campaign list no response names a known campaign.
    QTest::newRow("marketing_campaigns")
        << "marketing_campaigns" << int(Column::CampaignsEngaged) << "0";
    QTest::newRow("website_behavior") << "website_behavior" << int(Column::TotalSessions) << "0";
}

void TestDefinitions::shouldTreatAMissingOptionalTableAsEmpty() {
    QFETCH(QString, missing);
    QFETCH(int, column);
    QFETCH(QString, value);
    const QList<QPair<QString, QByteArray>> all = {
        {"customer_info", "customer_id,registration_date\n1,2025-06-01\n"},
        {"purchase_transactions",
         "customer_id,transaction_id,product_id,total_amount,purchase_date\n"
         "1,T1,P1,10,2025-06-20\n"},
        {"product_catalog", "product_id,category,brand\nP1,Books,Zeta\n"},
        {"customer_service", "customer_id,resolution_status\n1,Resolved\n"},
        {"campaign_responses", "customer_id,campaign_id,response_type\n1,C1,Positive\n"},
        {"marketing_campaigns", "campaign_id\nC1\n"},
        {"website_behavior", "customer_id,pages_viewed\n1,4\n"},
    };
    Sources s;
    QVERIFY(s.isValid());
    for (const auto& [name, content] : all)
        if (name != missing)
            QVERIFY(s.write(name + ".csv", content));
    const BuildOutcome o = build(s, "2025-06-30");
    QVERIFY2(o.status == BuildStatus::Ok, englishText(o.error).c_str());
    QCOMPARE(cell(o, "1", static_cast<Column>(column)), value);
    if (missing == "product_catalog")
        QCOMPARE(cell(o, "1", Column::TotalPurchases), QString("1"));
    const TableReport* t = reportOf(o, missing.toUtf8().constData());
    QVERIFY(t);
    QVERIFY(!t->present);
    QCOMPARE(t->rowsRead, 0u);
    bool noted = false;
    for (const Message& n : t->notes)
        noted = noted || QString::fromStdString(englishText(n)).contains(missing);
    QVERIFY2(noted, qPrintable(describe(*t)));
    for (const TableReport& other : o.report.tables)
        if (QString::fromStdString(other.table) != missing)
            QVERIFY2(other.present, other.table.c_str());
}
