// The differential test: the engine against customer_360.sql, a second rendition of the contract
// written independently in SQL and run by SQLite. Both read the same generated sources (which
// are salted with every case the contract has a rule for) and must agree on every value of
// every row. Two implementations that share no code rarely make the same mistake, so agreement
// on thousands of customers is strong evidence that both follow the contract.
//
// The test class and its slots are here; the variants, the SQLite and engine helpers and the
// value-by-value comparison are in differential_support.h.
#include "differential_support.h"

#include "engine/build.h"
#include "engine/build_report.h"
#include "engine/customer360.h"
#include "generate/generator.h"
#include "values/date.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <utility>

using namespace c360;
using namespace difftest;

namespace {

// Rows appended to a generated database for the edge cases the generator does not write:
// padded keys (text ids, so SQLite's INTEGER affinity keeps the spaces), ISO date-times with
// T/Z/offsets right at as_of, a duplicate whose first row is registered after as_of,
// impossible dates, an exact decimal spend tie that float summation would break, name ties
// that only byte order settles, a category-less product that still counts for the brand.
// Amounts and scores are written as text too (' 12.50', '+3', ' 4 '), but the columns' numeric
// affinity stores those as numbers, as a shop database would; 'abc' and 'n/a' stay text.
// Built for as_of 2025-02-28.
constexpr const char* kEdgeCaseRows = R"sql(
INSERT INTO customer_info (customer_id, first_name, last_name, email, phone_number,
                           date_of_birth, registration_date) VALUES
 (' CG-90001 ', 'Padded', 'Key', 'pad@example.com', NULL, '2000-02-29', '2024-01-15'),
 ('CG-90002', 'Late', 'First', NULL, NULL, '1990-03-01', '2025-03-01'),
 ('CG-90002 ', 'Early', 'Duplicate', NULL, NULL, '1990-03-01', '2020-01-01'),
 ('   ', 'Blank', 'Key', NULL, NULL, NULL, '2020-01-01'),
 ('CG-90003', 'DateTime', 'Dates', NULL, NULL, '1985-06-15T00:00:00Z', '2025-02-28 23:59:59'),
 ('CG-90004', 'Bad', 'Dates', NULL, NULL, '1980-02-30', 'not a date'),
 ('CG-90005', 'Tie', 'Break', NULL, NULL, '2025-03-01', '2024-12-31'),
 ('CG-90006', 'Byte', 'Order', NULL, NULL, NULL, NULL);
INSERT INTO product_catalog (product_id, product_name, category, brand, price) VALUES
 ('PX-1', 'lower case', 'beauty', 'Éclair', 1.0),
 ('PX-2', 'upper case', 'Books', 'Zed', 1.0);
INSERT INTO purchase_transactions (transaction_id, customer_id, product_id, purchase_date,
                                   quantity, total_amount) VALUES
 (' TXS-1 ', ' CG-90001', ' P1001 ', '2025-02-28 14:05:09', 1, ' 12.50'),
 ('TXS-1', 'CG-90001 ', 'P1011', '2025-02-28T08:30:00Z', 1, '+3'),
 ('TXS-2', 'CG-90001', 'P1002', '2025-03-01T00:00:00Z', 1, 100.0),
 ('TXS-3', 'CG-90001', 'P1002', NULL, 1, '.75'),
 ('TXS-4', 'CG-90001', 'P1003', '2025-01-01', 1, 'abc'),
 ('   ', 'CG-90001', 'P1003', '2025-01-01', 1, 5),
 ('TXS-5', 'CG-90001', 'P-NOPE', '2025-01-01', 1, -2.5),
 ('TXS-6', 'CG-90002', 'P1001', '2025-01-01', 1, 10),
 ('TXS-7', 'CG-90004', 'P1001', NULL, 1, 20),
 ('TXS-8', 'CG-90003', 'P1001', '2025-02-28', 1, 7),
 ('TXS-9', 'CG-90005', 'P1010', '2025-01-10', 1, 0.1),
 ('TXS-9', 'CG-90005', 'P1001', '2025-01-10', 1, 0.15),
 ('TXS-10', 'CG-90005', 'P1020', '2025-01-11', 1, 0.2),
 ('TXS-10', 'CG-90005', 'P1011', '2025-01-11', 1, 0.15),
 ('TXS-10', 'CG-90005', 'P-NOPE', '2025-01-11', 1, 1),
 ('TXS-10', 'CG-90005', 'P-NOPE', '2025-01-11', 1, 1),
 ('TXS-10', 'CG-90005', 'P-NOPE', '2025-01-11', 1, 1),
 ('TXS-10', 'CG-90005', 'P1013', '2025-01-11', 1, 1),
 ('TXS-10', 'CG-90005', 'P1013', '2025-01-11', 1, 1),
 ('TXS-11', 'CG-90005', 'P1013', '2025-01-12', 1, 1),
 ('TXS-12', 'CG-90006', 'PX-1', '2025-02-01', 1, 5),
 ('TXS-12', 'CG-90006', 'PX-2', '2025-02-01', 1, 5);
INSERT INTO customer_service (interaction_id, customer_id, interaction_date, channel,
                              satisfaction_score, resolution_status, notes) VALUES
 (90001, ' CG-90001 ', '2025-02-28T23:00:00+05:00', 'chat', ' 4 ', ' resolved', NULL),
 (90002, 'CG-90001', NULL, 'chat', 'n/a', 'RESOLVED', NULL),
 (90003, 'CG-90001', '2025-03-01', 'chat', 1, 'Resolved', NULL),
 (90004, 'CG-90001', '2025-01-01', 'chat', 2.5, 'Pending', NULL);
INSERT INTO campaign_responses (response_id, customer_id, campaign_id, response_type,
                                response_date) VALUES
 (90001, ' CG-90001', ' CMP-101 ', 'Positive', '2025-01-01'),
 (90002, 'CG-90001', 'CMP-101', 'Negative', '2025-01-02'),
 (90003, 'CG-90001', 'CMP-102', ' POSITIVE ', NULL),
 (90004, 'CG-90001', 'CMP-999', 'Positive', '2025-01-01'),
 (90005, 'CG-90001', '', 'Positive', '2025-01-01'),
 (90006, 'CG-90001', 'CMP-103', 'Positive', '2025-03-01');
INSERT INTO website_behavior (session_id, customer_id, session_date, pages_viewed,
                              time_spent) VALUES
 (90001, 'CG-90001', '2025-02-01 10:00:00', 3, 12.5),
 (90002, 'CG-90001', NULL, NULL, 7.5),
 (90003, 'CG-90001', '2025-03-01', 10, 10);
)sql";

} // namespace

class TestDifferential : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldAgreeWithTheSqlRenditionOnEveryValue_data() { addVariants(); }
    void shouldAgreeWithTheSqlRenditionOnEveryValue();
    void shouldBuildTheSameTableFromCsvAndSqlite_data() { addVariants(); }
    void shouldBuildTheSameTableFromCsvAndSqlite();
    void shouldWriteByteIdenticalCsvWhateverTheThreadCount_data() { addVariants(); }
    void shouldWriteByteIdenticalCsvWhateverTheThreadCount();
    void shouldRunOnDataThatExercisesTheRules_data() { addVariants(); }
    void shouldRunOnDataThatExercisesTheRules();
    void shouldAgreeOnHandWrittenEdgeCases();

private:
    struct Fixture {
        QTemporaryDir dir;
        QString csvFolder;
        QString sqlitePath;
    };

    // Generated sources for (seed, as_of), made once and shared by the tests.
    const Fixture* fixture(quint64 seed, const QString& asOf, QString& error);
    // Runs customer_360.sql on a fresh copy of `database`; the connection stays open so callers
    // can look at the helper tables.
    std::unique_ptr<Database> runSql(const QString& database, const Variant& v, SqlTable& out,
                                     QString& error);
    QString scratchPath(const QString& name);

    QByteArray sql_;
    QTemporaryDir scratch_;
    int scratchFiles_ = 0;
    std::map<std::pair<quint64, QString>, std::unique_ptr<Fixture>> fixtures_;
};

void TestDifferential::initTestCase() {
    QFile file(QStringLiteral(C360_SOURCE_DIR "/tests/differential/customer_360.sql"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    sql_ = file.readAll();
    QVERIFY(!sql_.isEmpty());
    QVERIFY(scratch_.isValid());
}

QString TestDifferential::scratchPath(const QString& name) {
    return scratch_.filePath(QStringLiteral("%1-%2").arg(++scratchFiles_).arg(name));
}

const TestDifferential::Fixture* TestDifferential::fixture(quint64 seed, const QString& asOf,
                                                           QString& error) {
    auto& slot = fixtures_[{seed, asOf}];
    if (slot)
        return slot.get();
    auto f = std::make_unique<Fixture>();
    if (!f->dir.isValid()) {
        error = f->dir.errorString();
        return nullptr;
    }
    f->csvFolder = f->dir.filePath(QStringLiteral("csv"));
    f->sqlitePath = f->dir.filePath(QStringLiteral("sources.sqlite"));
    GenerateOptions options;
    options.customers = kCustomers;
    options.seed = seed;
    options.asOf = isoDay(asOf);
    options.csvFolder = f->csvFolder.toStdString();
    options.sqlitePath = f->sqlitePath.toStdString();
    GenerateStats stats;
    std::string message;
    if (!generateSources(options, stats, message)) {
        error = QString::fromStdString(message);
        return nullptr;
    }
    slot = std::move(f);
    return slot.get();
}

std::unique_ptr<Database> TestDifferential::runSql(const QString& database, const Variant& v,
                                                   SqlTable& out, QString& error) {
    // A copy, so the SQL can never change what the engine reads.
    const QString copy = scratchPath(QStringLiteral("sql.sqlite"));
    if (!QFile::copy(database, copy)) {
        error = QStringLiteral("cannot copy %1 to %2").arg(database, copy);
        return nullptr;
    }
    auto db = std::make_unique<Database>(copy);
    if (!db->ok()) {
        error = db->error();
        return nullptr;
    }
    // The parameters as customer_360.sql expects them: a one-row TEMP table `params`.
    const QString params =
        QStringLiteral("CREATE TEMP TABLE params (as_of TEXT, high_spend REAL, medium_spend REAL, "
                       "active_days INTEGER, at_risk_days INTEGER);"
                       "INSERT INTO params VALUES ('%1', %2, %3, %4, %5);")
            .arg(v.buildAsOf)
            .arg(v.highSpend, 0, 'g', 17)
            .arg(v.mediumSpend, 0, 'g', 17)
            .arg(v.activeDays)
            .arg(v.atRiskDays);
    if (!db->exec(params.toUtf8()) || !db->exec(sql_)) {
        error = QStringLiteral("customer_360.sql failed: ") + db->error();
        return nullptr;
    }
    if (!readCustomer360(*db, out, error))
        return nullptr;
    return db;
}

void TestDifferential::shouldAgreeWithTheSqlRenditionOnEveryValue() {
    const Variant v = fetchVariant();
    QString error;
    const Fixture* f = fixture(v.seed, v.generatedAsOf, error);
    QVERIFY2(f, qPrintable(error));

    SqlTable sql;
    const auto db = runSql(f->sqlitePath, v, sql, error);
    QVERIFY2(db, qPrintable(error));

    // Both engine inputs: the CSV reader and the SQLite reader each have their own parsing.
    for (const QString& source : {f->csvFolder, f->sqlitePath}) {
        BuildOutcome built;
        QVERIFY2(buildEngine(source, v, 0, built, error), qPrintable(error));
        const QStringList diff = differences(built.table, sql);
        if (!diff.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("engine (from %1) and customer_360.sql disagree:\n  ").arg(source) +
                diff.join(QStringLiteral("\n  "))));
    }
}

void TestDifferential::shouldBuildTheSameTableFromCsvAndSqlite() {
    const Variant v = fetchVariant();
    QString error;
    const Fixture* f = fixture(v.seed, v.generatedAsOf, error);
    QVERIFY2(f, qPrintable(error));

    BuildOutcome fromCsv, fromSqlite;
    QVERIFY2(buildEngine(f->csvFolder, v, 0, fromCsv, error), qPrintable(error));
    QVERIFY2(buildEngine(f->sqlitePath, v, 0, fromSqlite, error), qPrintable(error));
    QByteArray csvOut, sqliteOut;
    QVERIFY2(csvBytes(fromCsv.table, scratchPath(QStringLiteral("from-csv.csv")), csvOut, error),
             qPrintable(error));
    QVERIFY2(csvBytes(fromSqlite.table, scratchPath(QStringLiteral("from-sqlite.csv")), sqliteOut,
                      error),
             qPrintable(error));
    QVERIFY(csvOut.size() > 1000);
    if (csvOut != sqliteOut) {
        const QList<QByteArray> a = csvOut.split('\n'), b = sqliteOut.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            if (a[i] != b[i])
                QFAIL(qPrintable(QStringLiteral("output line %1 differs:\n  from CSV:    %2\n  "
                                                "from SQLite: %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a[i]), QString::fromUtf8(b[i]))));
        QFAIL(qPrintable(
            QStringLiteral("from CSV %1 lines, from SQLite %2 lines").arg(a.size()).arg(b.size())));
    }
    // The reports must agree on what was loaded, too (the files' names differ, so only counts).
    QCOMPARE(fromSqlite.report.tables.size(), fromCsv.report.tables.size());
    for (std::size_t t = 0; t < fromCsv.report.tables.size(); ++t) {
        const TableReport& c = fromCsv.report.tables[t];
        const TableReport& s = fromSqlite.report.tables[t];
        QCOMPARE(s.table, c.table);
        QCOMPARE(s.rowsRead, c.rowsRead);
        QCOMPARE(s.loaded, c.loaded);
        QCOMPARE(s.rejected, c.rejected);
        QCOMPARE(s.leftOutByAsOf, c.leftOutByAsOf);
        QCOMPARE(s.orphans, c.orphans);
    }
}

void TestDifferential::shouldWriteByteIdenticalCsvWhateverTheThreadCount() {
    const Variant v = fetchVariant();
    QString error;
    const Fixture* f = fixture(v.seed, v.generatedAsOf, error);
    QVERIFY2(f, qPrintable(error));

    for (const QString& source : {f->csvFolder, f->sqlitePath}) {
        QByteArray first;
        for (const unsigned threads : {1u, 2u, 8u}) {
            BuildOutcome built;
            QVERIFY2(buildEngine(source, v, threads, built, error), qPrintable(error));
            QByteArray bytes;
            QVERIFY2(
                csvBytes(built.table, scratchPath(QStringLiteral("threads.csv")), bytes, error),
                qPrintable(error));
            if (threads == 1) {
                first = bytes;
                QVERIFY(first.size() > 1000);
            } else if (bytes != first) {
                QFAIL(qPrintable(QStringLiteral("%1 threads wrote different bytes than 1 thread "
                                                "(source %2)")
                                     .arg(threads)
                                     .arg(source)));
            }
        }
    }
}

// The comparison is only worth something if the data reaches the rules. These checks fail if
// the generator ever stops writing the cases (or a variant's parameters hide them), rather
// than letting the differential test pass on data where every customer looks alike.
void TestDifferential::shouldRunOnDataThatExercisesTheRules() {
    const Variant v = fetchVariant();
    QString error;
    const Fixture* f = fixture(v.seed, v.generatedAsOf, error);
    QVERIFY2(f, qPrintable(error));
    BuildOutcome built;
    QVERIFY2(buildEngine(f->sqlitePath, v, 0, built, error), qPrintable(error));
    const Customer360& t = built.table;
    QVERIFY(t.rowCount() >= 1000);

    std::map<std::string, int> segments, statuses;
    int nullAges = 0;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        ++segments[cell(t, Column::CustomerValueSegment, r)];
        ++statuses[cell(t, Column::CustomerStatusColumn, r)];
        if (t.isNull(Column::Age, r))
            ++nullAges;
    }
    for (const char* s : {"High", "Medium", "Low"})
        QVERIFY2(segments[s] > 0, s);
    for (const char* s : {"Active", "At Risk", "Churned", "Never Purchased"})
        QVERIFY2(statuses[s] > 0, s);
    // (A birth after as_of is 1 in 1000 generated customers, so not in every variant: the
    // hand-written edge cases cover it.)
    QVERIFY2(nullAges > 0, "no NULL age");

    const auto* customers = built.report.find("customer_info");
    const auto* purchases = built.report.find("purchase_transactions");
    const auto* service = built.report.find("customer_service");
    const auto* responses = built.report.find("campaign_responses");
    const auto* sessions = built.report.find("website_behavior");
    QVERIFY(customers && purchases && service && responses && sessions);
    QVERIFY2(customers->duplicates > 0, "no duplicate customer rows");
    QVERIFY2(customers->rejected > customers->duplicates, "no customer row with an empty id");
    QVERIFY2(customers->leftOutByAsOf > 0, "no customer registered after as_of");
    QVERIFY2(purchases->rejected > 0, "no rejected purchase line");
    QVERIFY2(purchases->leftOutByAsOf > 0, "no purchase after as_of");
    QVERIFY2(purchases->orphans > 0, "no orphan purchase");
    QVERIFY2(purchases->unmatched > 0, "no purchase of an unknown product");
    QVERIFY2(service->leftOutByAsOf > 0 && service->orphans > 0, "service rows all plain");
    QVERIFY2(responses->unmatched > 0, "no response to an unknown campaign");
    QVERIFY2(responses->leftOutByAsOf > 0 && responses->orphans > 0, "responses all plain");
    QVERIFY2(sessions->leftOutByAsOf > 0 && sessions->orphans > 0, "sessions all plain");

    // Facts only the SQL's helper tables show directly.
    SqlTable sql;
    const auto db = runSql(f->sqlitePath, v, sql, error);
    QVERIFY2(db, qPrintable(error));
    const auto count = [&](const char* query) {
        const qint64 n = db->scalar(query);
        if (n < 0)
            qWarning("%s: %s", query, qPrintable(db->error()));
        return n;
    };
    // Favourites decided by the spend tie-break, and by the name tie-break.
    QVERIFY2(count("SELECT count(*) FROM c360_category_rank a JOIN c360_category_rank b "
                   "ON a.cid = b.cid AND a.rank = 1 AND b.rank = 2 "
                   "WHERE a.lines = b.lines AND a.units > b.units") > 0,
             "no favourite category decided by spend");
    QVERIFY2(count("SELECT count(*) FROM c360_category_rank a JOIN c360_category_rank b "
                   "ON a.cid = b.cid AND a.rank = 1 AND b.rank = 2 "
                   "WHERE a.lines = b.lines AND a.units = b.units") > 0,
             "no favourite category decided by name");
    QVERIFY2(count("SELECT count(*) FROM c360_brand_rank a JOIN c360_brand_rank b "
                   "ON a.cid = b.cid AND a.rank = 1 AND b.rank = 2 "
                   "WHERE a.lines = b.lines") > 0,
             "no favourite brand decided by a tie-break");
    QVERIFY2(count("SELECT count(*) FROM c360_purchase WHERE units < 0") > 0, "no refunds");
    QVERIFY2(count("SELECT count(*) FROM (SELECT cid, tid FROM c360_purchase "
                   "GROUP BY cid, tid HAVING count(*) > 1)") > 0,
             "no transaction with several lines");
    QVERIFY2(count("SELECT count(*) FROM c360_purchase WHERE d IS NULL") > 0,
             "no purchase without a date");
    QVERIFY2(count("SELECT count(*) FROM c360_response_agg WHERE engaged > 0 AND "
                   "positive < engaged") > 0,
             "no customer with a non-positive campaign");
}

// Cases the generator does not write, appended to a generated database: the engine reads the
// result from SQLite, customer_360.sql reads a copy of it. Besides the full comparison, a few
// values are checked against answers worked out by hand from the contract, so the two
// implementations cannot agree on a shared misreading of these rules.
void TestDifferential::shouldAgreeOnHandWrittenEdgeCases() {
    const Variant v{42, QStringLiteral("2025-02-28"), QStringLiteral("2025-02-28"), 1000, 500, 30,
                    90};
    QString error;
    const Fixture* f = fixture(v.seed, v.generatedAsOf, error);
    QVERIFY2(f, qPrintable(error));
    const QString salted = scratchPath(QStringLiteral("salted.sqlite"));
    QVERIFY(QFile::copy(f->sqlitePath, salted));
    {
        Database db(salted);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY2(db.exec(kEdgeCaseRows), qPrintable(db.error()));
    }

    SqlTable sql;
    const auto db = runSql(salted, v, sql, error);
    QVERIFY2(db, qPrintable(error));
    BuildOutcome built;
    QVERIFY2(buildEngine(salted, v, 0, built, error), qPrintable(error));
    const QStringList diff = differences(built.table, sql);
    if (!diff.isEmpty())
        QFAIL(qPrintable(QStringLiteral("engine and customer_360.sql disagree:\n  ") +
                         diff.join(QStringLiteral("\n  "))));

    const Customer360& t = built.table;
    // Registered after as_of in its first row: left out, not replaced by the later duplicate.
    QCOMPARE(rowOf(t, "CG-90002"), t.rowCount());
    QCOMPARE(rowOf(t, ""), t.rowCount());

    const std::size_t padded = rowOf(t, "CG-90001"); // the id is trimmed
    QVERIFY(padded < t.rowCount());
    QCOMPARE(cell(t, Column::Age, padded), "24"); // born 29 Feb 2000: not 25 on 28 Feb 2025
    QCOMPARE(cell(t, Column::DaysSinceRegistration, padded), "410");
    // TXS-1 (two lines, keys padded differently), TXS-3 (no date), TXS-5 (refund, unknown
    // product); TXS-2 is after as_of, TXS-4 'abc' and the blank transaction id are rejected.
    QCOMPARE(cell(t, Column::TotalPurchases, padded), "3");
    QCOMPARE(t.totalSpend[padded], Money{137500}); // 12.50 + 3 + 0.75 - 2.50
    QCOMPARE(cell(t, Column::LastPurchaseDate, padded), "2025-02-28");
    QCOMPARE(cell(t, Column::DaysSinceLastPurchase, padded), "0");
    QCOMPARE(cell(t, Column::CustomerStatusColumn, padded), "Active");
    QCOMPARE(cell(t, Column::FavoriteCategory, padded), "Books");
    QCOMPARE(cell(t, Column::TotalInteractions, padded), "3");    // one after as_of
    QCOMPARE(t.avgSatisfactionScore[padded], 3.25);               // ' 4 ' and 2.5; 'n/a' NULL
    QCOMPARE(cell(t, Column::ResolvedInteractions, padded), "2"); // ' resolved', 'RESOLVED'
    QCOMPARE(cell(t, Column::CampaignsEngaged, padded), "2");     // CMP-101 twice, CMP-102
    QCOMPARE(cell(t, Column::PositiveResponses, padded), "2");    // ' POSITIVE '
    QCOMPARE(cell(t, Column::TotalSessions, padded), "2");
    QCOMPARE(t.avgPagesPerSession[padded], 3.0);
    QCOMPARE(t.avgTimePerSession[padded], 10.0);

    // Registered on as_of (a date-time on the day): 0 days, so no engagement rate.
    const std::size_t sameDay = rowOf(t, "CG-90003");
    QVERIFY(sameDay < t.rowCount());
    QCOMPARE(cell(t, Column::RegistrationDate, sameDay), "2025-02-28");
    QCOMPARE(cell(t, Column::DateOfBirth, sameDay), "1985-06-15");
    QCOMPARE(cell(t, Column::DaysSinceRegistration, sameDay), "0");
    QVERIFY(t.isNull(Column::WebsiteEngagementRate, sameDay));

    // Impossible dates become NULL; its only purchase has no date, so days_since is NULL and
    // the contract's "Churned otherwise" applies.
    const std::size_t badDates = rowOf(t, "CG-90004");
    QVERIFY(badDates < t.rowCount());
    QVERIFY(t.isNull(Column::DateOfBirth, badDates));
    QVERIFY(t.isNull(Column::RegistrationDate, badDates));
    QVERIFY(t.isNull(Column::LastPurchaseDate, badDates));
    QCOMPARE(cell(t, Column::CustomerStatusColumn, badDates), "Churned");

    // Electronics 0.10 + 0.20 against Books 0.15 + 0.15: equal in exact decimal (floating point
    // would make Electronics larger), so byte order decides. Unknown products and P1013 (no
    // category) do not count for the category, though P1013 makes the brand favourite.
    const std::size_t tie = rowOf(t, "CG-90005");
    QVERIFY(tie < t.rowCount());
    QVERIFY(t.isNull(Column::Age, tie)); // born after as_of
    QCOMPARE(cell(t, Column::FavoriteCategory, tie), "Books");
    QCOMPARE(t.totalSpend[tie], Money{66000});

    // Ties on lines and spend between names that sort differently by bytes than by a
    // case-insensitive or locale-aware collation: 'B' (0x42) < 'b', 'Z' < 'É' (0xC3 0x89).
    const std::size_t bytes = rowOf(t, "CG-90006");
    QVERIFY(bytes < t.rowCount());
    QCOMPARE(cell(t, Column::FavoriteCategory, bytes), "Books");
    QCOMPARE(cell(t, Column::FavoriteBrand, bytes), "Zed");
}

QTEST_GUILESS_MAIN(TestDifferential)

#include "test_differential.moc"
