// The contract's definitions, one edge at a time.
//
// Each test writes a few tiny source files into a temporary folder, builds customer_360 with
// the engine and asserts the values (or report entries) the contract
// (/work/shared/spec/customer_360.md) prescribes. Expected values are derived from the
// contract's text, never from the engine's output.

#include "engine/build.h"
#include "engine/build_report.h"
#include "engine/customer360.h"
#include "sources/source_set.h"
#include "values/date.h"
#include "values/number.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace c360;

namespace {

// A folder of source files for one build.
class Sources {
public:
    bool isValid() const { return dir_.isValid(); }
    QString path() const { return dir_.path(); }
    QString filePath(const QString& name) const { return dir_.filePath(name); }

    // Writes bytes exactly as given: no newline translation, so line numbers are predictable.
    bool write(const QString& name, const QByteArray& bytes) const {
        QFile f(dir_.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private:
    QTemporaryDir dir_;
};

Days day(const char* iso) {
    Days d = kNullDate;
    if (!parseIsoDate(iso, d))
        qFatal("bad date literal in test: %s", iso);
    return d;
}

// Builds the folder; a resolve failure comes back as a failed outcome with its message.
BuildOutcome build(const Sources& sources, const char* asOf, BuildOptions options = {}) {
    options.asOf = day(asOf);
    options.threads = 2;
    SourceSet set;
    std::string error;
    if (!resolveSourceSet(sources.path().toStdString(), set, error)) {
        BuildOutcome failed;
        failed.status = BuildStatus::Failed;
        failed.error = "resolveSourceSet: " + error;
        return failed;
    }
    return buildCustomer360(set, options);
}

std::optional<std::size_t> rowOf(const Customer360& table, std::string_view id) {
    for (std::size_t r = 0; r < table.rowCount(); ++r)
        if (table.customerId.at(r) == id)
            return r;
    return std::nullopt;
}

// The cell as the CSV export writes it ("" for NULL), or a marker when the customer is absent,
// so a QCOMPARE against it shows what went wrong.
QString cell(const BuildOutcome& outcome, std::string_view id, Column column) {
    const auto row = rowOf(outcome.table, id);
    if (!row)
        return "<no customer " + QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())) +
               " in the output>";
    std::string s;
    outcome.table.appendCell(s, column, *row);
    return QString::fromStdString(s);
}

QStringList ids(const BuildOutcome& outcome) {
    QStringList out;
    for (std::size_t r = 0; r < outcome.table.rowCount(); ++r)
        out << QString::fromStdString(std::string(outcome.table.customerId.at(r)));
    return out;
}

const TableReport* reportOf(const BuildOutcome& outcome, const char* table) {
    return outcome.report.find(table);
}

std::vector<const Issue*> issuesOf(const TableReport& report, Severity severity) {
    std::vector<const Issue*> out;
    for (const Issue& issue : report.issues)
        if (issue.severity == severity)
            out.push_back(&issue);
    return out;
}

QString describe(const TableReport& report) {
    QString s = QString::fromStdString(report.table) + ": read " +
                QString::number(report.rowsRead) + ", rejected " +
                QString::number(report.rejected) + ", warnings " +
                QString::number(report.warnings) + ", issues:";
    for (const Issue& i : report.issues)
        s += QString("\n  [%1] line %2 column '%3': %4 | raw: %5")
                 .arg(QString::fromStdString(std::string(severityName(i.severity))))
                 .arg(i.line)
                 .arg(QString::fromStdString(i.column), QString::fromStdString(i.reason),
                      QString::fromStdString(i.raw));
    for (const std::string& n : report.notes)
        s += "\n  note: " + QString::fromStdString(n);
    return s;
}

// One purchase line per amount, each its own transaction, all on `date`.
QByteArray purchasesOf(const QString& customer, const QStringList& amounts,
                       const QString& date = "2025-06-01") {
    QByteArray csv = "customer_id,transaction_id,total_amount,purchase_date\n";
    for (qsizetype i = 0; i < amounts.size(); ++i)
        csv += (customer + ",T" + QString::number(i + 1) + "," + amounts[i] + "," + date + "\n")
                   .toUtf8();
    return csv;
}

const char* const kOneCustomer = "customer_id\n1\n";

} // namespace

class TestDefinitions : public QObject {
    Q_OBJECT

private slots:
    // --- age -------------------------------------------------------------------------------

    void shouldComputeAgeInCompletedYears_data() {
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
    void shouldComputeAgeInCompletedYears() {
        QFETCH(QString, dob);
        QFETCH(QString, asOf);
        QFETCH(QString, age);
        QFETCH(bool, warns);
        Sources s;
        QVERIFY(s.isValid());
        // Customer 2's name holds a quoted newline, so customer 3 starts on physical line 5
        // although it is the third record: the warning must name line 5.
        QVERIFY(
            s.write("customer_info.csv", "customer_id,first_name,date_of_birth,registration_date\n"
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
            QVERIFY(!w[0]->reason.empty());
            QVERIFY(QString::fromStdString(w[0]->file).endsWith("customer_info.csv"));
            // The raw text must show what was wrong: whether "raw" is read as the record or
            // as the value, it holds the date of birth as written.
            QVERIFY2(QString::fromStdString(w[0]->raw).contains(dob),
                     qPrintable("raw is [" + QString::fromStdString(w[0]->raw) + "]"));
        }
    }

    // --- value segment -----------------------------------------------------------------------

    void shouldSegmentBySpend_data() {
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
    void shouldSegmentBySpend() {
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

    // --- customer status ---------------------------------------------------------------------

    void shouldSetStatusByRecency_data() {
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
    void shouldSetStatusByRecency() {
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

    // --- favourites --------------------------------------------------------------------------

    void shouldPickFavouritesIndependently_data() {
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
        QTest::newRow("line and spend tie: byte order")
            << "P7:5;P3:5;P1:5"
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
    void shouldPickFavouritesIndependently() {
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

    // --- duplicates and the snapshot rule on customers ---------------------------------------

    void shouldKeepTheFirstOfDuplicateCustomers() {
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
        const char* raws[] = {"1,Ann-dup,2020-01-01", "2,Bob-dup,2020-01-01",
                              " 3 ,Cat-dup,2020-01-01"};
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(rejected[i]->line, lines[i]);
            QCOMPARE(QString::fromStdString(rejected[i]->column), QString("customer_id"));
            QCOMPARE(QString::fromStdString(rejected[i]->raw), QString(raws[i]));
            QVERIFY(!rejected[i]->reason.empty());
            QVERIFY(QString::fromStdString(rejected[i]->file).endsWith("customer_info.csv"));
        }
        // The left-out customer's purchase is counted as such, not as an orphan.
        const TableReport* pt = reportOf(o, "purchase_transactions");
        QVERIFY(pt);
        QCOMPARE(pt->orphans, 0u);
        QCOMPARE(pt->customerLeftOut, 1u);
        QCOMPARE(cell(o, "1", Column::TotalSpend), QString("5"));
    }

    // --- orphans -------------------------------------------------------------------------------

    void shouldCountOrphansPerTable_data() {
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
    void shouldCountOrphansPerTable() {
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

    // --- snapshot rule -------------------------------------------------------------------------

    void shouldLeaveOutRowsAfterAsOf_data() {
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
    void shouldLeaveOutRowsAfterAsOf() {
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

    // --- money ---------------------------------------------------------------------------------

    void shouldSumMoneyExactly_data() {
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
    void shouldSumMoneyExactly() {
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

    void shouldRoundMoreThanFourDecimalsHalfEven_data() {
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
    void shouldRoundMoreThanFourDecimalsHalfEven() {
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

    // --- registration --------------------------------------------------------------------------

    void shouldMeasureDaysSinceRegistration_data() {
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
    void shouldMeasureDaysSinceRegistration() {
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

    // --- bad input -----------------------------------------------------------------------------

    void shouldRejectAnAmountThatDoesNotParse_data() {
        QTest::addColumn<QByteArray>("field"); // as written in the file
        QTest::newRow("abc") << QByteArray("abc");
        QTest::newRow("decimal comma, quoted") << QByteArray("\"12,50\"");
        QTest::newRow("exponent") << QByteArray("1e3");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("currency word") << QByteArray("12.50 EUR");
        QTest::newRow("two signs") << QByteArray("--5");
    }
    void shouldRejectAnAmountThatDoesNotParse() {
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
        QVERIFY(!r[0]->reason.empty());
        QCOMPARE(QByteArray::fromStdString(r[0]->raw), bad);
    }

    void shouldRejectAnEmptyKey_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("content"); // the bad row is on line 3
        QTest::addColumn<QString>("key");
        QTest::newRow("customer_info")
            << "customer_info" << QByteArray("customer_id,first_name\n1,Ann\n,Bob\n")
            << "customer_id";
        QTest::newRow("customer_info, spaces only")
            << "customer_info" << QByteArray("customer_id,first_name\n1,Ann\n   ,Bob\n")
            << "customer_id";
        QTest::newRow("purchase customer_id")
            << "purchase_transactions"
            << QByteArray("customer_id,transaction_id,total_amount\n1,T1,5\n,T2,5\n")
            << "customer_id";
        QTest::newRow("purchase transaction_id")
            << "purchase_transactions"
            << QByteArray("customer_id,transaction_id,total_amount\n1,T1,5\n1,,5\n")
            << "transaction_id";
        QTest::newRow("customer_service")
            << "customer_service"
            << QByteArray("customer_id,resolution_status\n1,Resolved\n,Resolved\n")
            << "customer_id";
        QTest::newRow("response customer_id")
            << "campaign_responses" << QByteArray("customer_id,campaign_id\n1,C1\n,C1\n")
            << "customer_id";
        QTest::newRow("response campaign_id")
            << "campaign_responses" << QByteArray("customer_id,campaign_id\n1,C1\n1,\n")
            << "campaign_id";
        QTest::newRow("website_behavior")
            << "website_behavior" << QByteArray("customer_id,pages_viewed\n1,2\n,3\n")
            << "customer_id";
        QTest::newRow("product_catalog")
            << "product_catalog" << QByteArray("product_id,category\nP1,Books\n,Toys\n")
            << "product_id";
        QTest::newRow("marketing_campaigns")
            << "marketing_campaigns" << QByteArray("campaign_id,channel\nC1,Email\n,SMS\n")
            << "campaign_id";
    }
    void shouldRejectAnEmptyKey() {
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
        QVERIFY(!r[0]->reason.empty());
        QCOMPARE(ids(o), QStringList({"1"}));
    }

    void shouldRejectRaggedRowsOnTheirPhysicalLine_data() {
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
    void shouldRejectRaggedRowsOnTheirPhysicalLine() {
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
        QVERIFY(!r[0]->reason.empty() && !r[1]->reason.empty());
    }

    void shouldReportAnUnterminatedQuoteOnTheLineItStarts() {
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
        QVERIFY2(QString::fromStdString(r[0]->reason).contains("4"), qPrintable(describe(*ci)));
    }

    void shouldFailWhenARequiredColumnIsMissing_data() {
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
        QTest::newRow("product_catalog")
            << "product_catalog" << QByteArray("sku,category\nP1,Books\n") << "product_id"
            << QStringList({"sku", "category"});
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
    void shouldFailWhenARequiredColumnIsMissing() {
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
        const QString error = QString::fromStdString(o.error);
        QVERIFY2(error.contains(missing), qPrintable(error));
        for (const QString& header : found)
            QVERIFY2(error.contains(header), qPrintable(header + " not named in: " + error));
    }

    void shouldExplainAMissingCustomerInfo_data() {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("other tables only")
            << QStringList({"purchase_transactions.csv", "website_behavior.csv"});
        QTest::newRow("empty folder") << QStringList();
        QTest::newRow("misspelt file name") << QStringList({"customers.csv"});
    }
    void shouldExplainAMissingCustomerInfo() {
        QFETCH(QStringList, files);
        Sources s;
        QVERIFY(s.isValid());
        for (const QString& f : files)
            QVERIFY(s.write(f, "customer_id\n1\n"));
        SourceSet set;
        std::string error;
        QVERIFY(!resolveSourceSet(s.path().toStdString(), set, error));
        const QString e = QString::fromStdString(error);
        // Helpful: says which file is needed and what the folder holds instead.
        QVERIFY2(e.contains("customer_info.csv"), qPrintable(e));
        for (const QString& f : files)
            QVERIFY2(e.contains(f), qPrintable(f + " not named in: " + e));
    }

    void shouldTreatAMissingOptionalTableAsEmpty_data() {
        QTest::addColumn<QString>("missing");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("purchase_transactions")
            << "purchase_transactions" << int(Column::CustomerStatusColumn) << "Never Purchased";
        // Purchases still count; only the favourites need the catalogue.
        QTest::newRow("product_catalog")
            << "product_catalog" << int(Column::FavoriteCategory) << "";
        QTest::newRow("customer_service")
            << "customer_service" << int(Column::TotalInteractions) << "0";
        QTest::newRow("campaign_responses")
            << "campaign_responses" << int(Column::CampaignsEngaged) << "0";
        // Without the campaign list no response names a known campaign.
        QTest::newRow("marketing_campaigns")
            << "marketing_campaigns" << int(Column::CampaignsEngaged) << "0";
        QTest::newRow("website_behavior")
            << "website_behavior" << int(Column::TotalSessions) << "0";
    }
    void shouldTreatAMissingOptionalTableAsEmpty() {
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
        QVERIFY2(o.status == BuildStatus::Ok, o.error.c_str());
        QCOMPARE(cell(o, "1", static_cast<Column>(column)), value);
        if (missing == "product_catalog")
            QCOMPARE(cell(o, "1", Column::TotalPurchases), QString("1"));
        const TableReport* t = reportOf(o, missing.toUtf8().constData());
        QVERIFY(t);
        QVERIFY(!t->present);
        QCOMPARE(t->rowsRead, 0u);
        bool noted = false;
        for (const std::string& n : t->notes)
            noted = noted || QString::fromStdString(n).contains(missing);
        QVERIFY2(noted, qPrintable(describe(*t)));
        for (const TableReport& other : o.report.tables)
            if (QString::fromStdString(other.table) != missing)
                QVERIFY2(other.present, other.table.c_str());
    }

    // --- keys and column names ----------------------------------------------------------------

    void shouldCompareIdsAsOpaqueTrimmedText_data() {
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
        QTest::newRow("leading zeros kept")
            << QByteArray("007") << QByteArray("007") << "007" << true;
        QTest::newRow("007 is not 7") << QByteArray("007") << QByteArray("7") << "007" << false;
        QTest::newRow("case matters")
            << QByteArray("ab-1") << QByteArray("AB-1") << "ab-1" << false;
    }
    void shouldCompareIdsAsOpaqueTrimmedText() {
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
        QCOMPARE(cell(o, outputId.toStdString(), Column::TotalPurchases),
                 QString(matches ? "1" : "0"));
        const TableReport* pt = reportOf(o, "purchase_transactions");
        QVERIFY(pt);
        QCOMPARE(pt->orphans, matches ? 0u : 1u);
    }

    void shouldMatchColumnNamesLoosely_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("exact") << QByteArray("customer_id,first_name,registration_date");
        QTest::newRow("spaces and capitals")
            << QByteArray("Customer ID,First Name,Registration Date");
        QTest::newRow("hyphens and surrounding spaces")
            << QByteArray(" customer-id ,FIRST-NAME, registration date ");
        QTest::newRow("extra columns ignored")
            << QByteArray("notes,Customer_Id,first_name,segment,registration_date");
    }
    void shouldMatchColumnNamesLoosely() {
        QFETCH(QByteArray, header);
        const int fields = int(header.count(',')) + 1;
        QByteArray row;
        // Fill the row in header order so the named columns get their values.
        for (const QByteArray& h : header.split(',')) {
            const QByteArray n = h.trimmed().toLower().replace(' ', '_').replace('-', '_');
            row +=
                (row.isEmpty() ? "" : ",") + (n == "customer_id"         ? QByteArray("C-1")
                                              : n == "first_name"        ? QByteArray("Ann")
                                              : n == "registration_date" ? QByteArray("2025-06-20")
                                                                         : QByteArray("x"));
        }
        QCOMPARE(int(row.count(',')) + 1, fields);
        Sources s;
        QVERIFY(s.isValid());
        QVERIFY(s.write("customer_info.csv", header + "\n" + row + "\n"));
        const BuildOutcome o = build(s, "2025-06-30");
        QVERIFY2(o.status == BuildStatus::Ok, o.error.c_str());
        QCOMPARE(ids(o), QStringList({"C-1"}));
        QCOMPARE(cell(o, "C-1", Column::FirstName), QString("Ann"));
        QCOMPARE(cell(o, "C-1", Column::DaysSinceRegistration), QString("10"));
    }

    void shouldCountBlankLinesAndKeepPhysicalLineNumbers() {
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

    // --- date formats --------------------------------------------------------------------------

    void shouldSettleSlashDatesPerColumn_data() {
        QTest::addColumn<QStringList>("values"); // registration_date of customers 1, 2, ...
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<int>("warnings");
        QTest::newRow("day-first evidence after") << QStringList({"02/01/2025", "13/01/2025"})
                                                  << QStringList({"2025-01-02", "2025-01-13"}) << 0;
        QTest::newRow("day-first evidence before")
            << QStringList({"13/01/2025", "02/01/2025"})
            << QStringList({"2025-01-13", "2025-01-02"}) << 0;
        QTest::newRow("only values <= 12: month first")
            << QStringList({"02/01/2025", "12/11/2024"})
            << QStringList({"2025-02-01", "2024-12-11"}) << 0;
        QTest::newRow("second number > 12: month first")
            << QStringList({"01/13/2025", "02/01/2025"})
            << QStringList({"2025-01-13", "2025-02-01"}) << 0;
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
    void shouldSettleSlashDatesPerColumn() {
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
    void shouldFollowTheFileWhenAColumnHasNoEvidence_data() {
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
    void shouldFollowTheFileWhenAColumnHasNoEvidence() {
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

    void shouldReadDayMonthYearWithDots_data() {
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
    void shouldReadDayMonthYearWithDots() {
        QFETCH(QString, value);
        QFETCH(QString, date);
        QFETCH(bool, warns);
        Sources s;
        QVERIFY(s.isValid());
        QVERIFY(
            s.write("customer_info.csv", "customer_id,date_of_birth\n1," + value.toUtf8() + "\n"));
        const BuildOutcome o = build(s, "2025-06-30");
        QCOMPARE(o.status, BuildStatus::Ok);
        QCOMPARE(cell(o, "1", Column::DateOfBirth), date);
        const TableReport* ci = reportOf(o, "customer_info");
        QVERIFY(ci);
        QVERIFY2(ci->warnings == (warns ? 1u : 0u), qPrintable(describe(*ci)));
        QCOMPARE(ci->rejected, 0u); // an optional value that does not parse is only a warning
    }

    void shouldTakeTheDatePartOfDateTimes_data() {
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
    void shouldTakeTheDatePartOfDateTimes() {
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
};

QTEST_GUILESS_MAIN(TestDefinitions)
#include "test_definitions.moc"
