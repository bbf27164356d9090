// Filtering and sorting customer_360 in the core, checked against direct computations over
// the cells as text on generated data.
#include "engine/build.h"
#include "generate/generator.h"
#include "output/workspace_output.h"
#include "query/customer_query.h"
#include "workspace/workspace_reader.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace c360;

Q_DECLARE_METATYPE(c360::CustomerFilter)

namespace {

std::string cell(const Customer360& t, Column c, std::size_t row) {
    std::string s;
    t.appendCell(s, c, row);
    return s;
}

// The expected rows, by the slowest obvious route: every row, every condition, via text.
std::vector<std::uint32_t> expectedRows(const Customer360& t, const CustomerFilter& f) {
    std::vector<std::uint32_t> out;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        if (!f.segments.empty() && !f.segments.count(t.valueSegment[r]))
            continue;
        if (!f.statuses.empty() && !f.statuses.count(t.customerStatus[r]))
            continue;
        if (!f.categories.empty() && !f.categories.count(cell(t, Column::FavoriteCategory, r)))
            continue;
        if (!f.brands.empty() && !f.brands.count(cell(t, Column::FavoriteBrand, r)))
            continue;
        bool ok = true;
        for (const RangeFilter& range : f.ranges) {
            const std::string text = cell(t, range.column, r);
            if (text.empty()) {
                ok = ok && range.includeMissing;
                continue;
            }
            double v = 0;
            if (columnInfo(range.column).kind == ColumnKind::Date) {
                Days d = 0;
                parseIsoDate(text, d);
                v = d;
            } else {
                v = std::stod(text);
            }
            ok = ok && (!range.min || v >= *range.min) && (!range.max || v <= *range.max);
        }
        if (!ok)
            continue;
        if (!f.search.empty()) {
            const QString needle = QString::fromStdString(f.search);
            bool found = false;
            for (const Column c : {Column::CustomerId, Column::FirstName, Column::LastName,
                                   Column::Email, Column::PhoneNumber})
                found = found ||
                        QString::fromStdString(cell(t, c, r)).contains(needle, Qt::CaseInsensitive);
            if (!found)
                continue;
        }
        out.push_back(static_cast<std::uint32_t>(r));
    }
    return out;
}

} // namespace

class TestQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    BuildOutcome built_;

private slots:
    void initTestCase() {
        GenerateOptions g;
        g.customers = 1500;
        g.seed = 3;
        parseIsoDate("2025-06-30", g.asOf);
        g.csvFolder = dir_.filePath("src").toStdString();
        GenerateStats stats;
        std::string error;
        QVERIFY2(generateSources(g, stats, error), error.c_str());
        SourceSet sources;
        QVERIFY2(resolveSourceSet(g.csvFolder, sources, error), error.c_str());
        BuildOptions options;
        options.asOf = g.asOf;
        built_ = buildCustomer360(sources, options);
        QCOMPARE(built_.status, BuildStatus::Ok);
    }

    // A workspace read back gives the very table that was built, cell for cell: through its
    // column image, and through the rows when the image is gone (the SQL table was edited) or
    // damaged.
    void shouldReadAWorkspaceBackExactly_data() {
        QTest::addColumn<QString>("tamper"); // SQL run on the workspace before reading it
        QTest::addColumn<int>("imageBlobsAfter");
        QTest::newRow("column image") << QString() << -1;
        QTest::newRow("table edited: image dropped, rows read")
            << QString("UPDATE customer_360 SET first_name = first_name WHERE rowid = 1") << 0;
        QTest::newRow("image damaged: rows read")
            << QString("UPDATE customer_360_columns SET data = x'00' WHERE name = 'age'") << -1;
        QTest::newRow("image of another byte order: rows read")
            << QString("UPDATE customer_360_columns SET data = CAST('c360-columns-1-xx' AS BLOB) "
                       "WHERE name = 'format'")
            << -1;
    }
    void shouldReadAWorkspaceBackExactly() {
        QFETCH(QString, tamper);
        QFETCH(int, imageBlobsAfter);
        const std::string path = dir_.filePath("w.c360").toStdString();
        std::string error;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 error.c_str());
        if (!tamper.isEmpty()) {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, tamper.toUtf8().constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
            if (imageBlobsAfter >= 0) {
                sqlite3_stmt* st = nullptr;
                sqlite3_prepare_v2(db, "SELECT count(*) FROM customer_360_columns", -1, &st,
                                   nullptr);
                QCOMPARE(sqlite3_step(st), SQLITE_ROW);
                QCOMPARE(sqlite3_column_int(st, 0), imageBlobsAfter);
                sqlite3_finalize(st);
            }
            sqlite3_close(db);
        }
        WorkspaceContents read;
        QVERIFY2(readWorkspace(path, read, error), error.c_str());
        const Customer360& a = built_.table;
        const Customer360& b = read.table;
        QCOMPARE(b.rowCount(), a.rowCount());
        QCOMPARE(b.customerIdsAreIntegers, a.customerIdsAreIntegers);
        for (std::size_t r = 0; r < a.rowCount(); ++r)
            for (const ColumnInfo& info : columnCatalogue())
                QVERIFY2(cell(a, info.column, r) == cell(b, info.column, r),
                         qPrintable(QString("row %1, %2: %3 vs %4")
                                        .arg(r)
                                        .arg(QString::fromStdString(std::string(info.name)))
                                        .arg(QString::fromStdString(cell(a, info.column, r)))
                                        .arg(QString::fromStdString(cell(b, info.column, r)))));
        QCOMPARE(read.buildInfo.at("as_of"), std::string("2025-06-30"));
    }

    void shouldShowAnEditedValueNotAStaleImage() {
        const std::string path = dir_.filePath("edited.c360").toStdString();
        std::string error;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 error.c_str());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE customer_360 SET first_name = 'Zed' WHERE rowid = 2",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        WorkspaceContents read;
        QVERIFY2(readWorkspace(path, read, error), error.c_str());
        QCOMPARE(read.table.firstName.at(1), std::string_view("Zed"));
        QCOMPARE(read.table.firstName.at(0), built_.table.firstName.at(0));
    }

    void shouldRefuseAFileThatIsNotAWorkspace() {
        std::string error;
        WorkspaceContents none;
        QVERIFY(!readWorkspace(dir_.filePath("src/customer_info.csv").toStdString(), none, error));
        QVERIFY2(error.find("c360 build") != std::string::npos, error.c_str());
    }

    void shouldSelectWhatEachFilterDefines_data() {
        QTest::addColumn<CustomerFilter>("filter");
        QTest::addColumn<bool>("narrows"); // the filter must drop some rows and keep some
        const auto days = [](const char* iso) {
            Days d = 0;
            parseIsoDate(iso, d);
            return static_cast<double>(d);
        };
        CustomerFilter f;
        QTest::newRow("nothing") << f << false;
        f = {};
        f.segments = {ValueSegment::High};
        f.statuses = {CustomerStatus::AtRisk, CustomerStatus::Active};
        QTest::newRow("High, At Risk or Active") << f << true;
        f = {};
        f.categories = {"Electronics", "Books"};
        QTest::newRow("two categories") << f << true;
        f = {};
        f.categories = {""};
        QTest::newRow("no favourite category") << f << true;
        f = {};
        f.brands = {"Voltra"};
        f.segments = {ValueSegment::Medium};
        QTest::newRow("brand and segment") << f << true;
        f = {};
        f.ranges = {{Column::TotalSpend, 500.0, 1000.0, false}};
        QTest::newRow("spend 500..1000 inclusive") << f << true;
        f = {};
        f.ranges = {{Column::Age, std::nullopt, 30.0, false}};
        QTest::newRow("age up to 30, missing excluded") << f << true;
        f = {};
        f.ranges = {{Column::Age, std::nullopt, 30.0, true}};
        QTest::newRow("age up to 30, missing included") << f << true;
        f = {};
        f.ranges = {{Column::DaysSinceLastPurchase, 31.0, 90.0, false},
                    {Column::AvgSatisfactionScore, 3.5, std::nullopt, false}};
        QTest::newRow("two ranges") << f << true;
        f = {};
        f.ranges = {{Column::LastPurchaseDate, days("2025-01-01"), days("2025-03-31"), false}};
        QTest::newRow("date range") << f << true;
        f = {};
        f.ranges = {{Column::CampaignResponseRate, 1.0, 1.0, false}};
        QTest::newRow("rate exactly 1") << f << true;
        f = {};
        f.search = "MÜLLER";
        QTest::newRow("search folds accented capitals") << f << true;
        f = {};
        f.search = "smith, jr";
        QTest::newRow("search a name") << f << true;
        f = {};
        f.search = "@EXAMPLE.COM";
        f.segments = {ValueSegment::Low};
        QTest::newRow("search email and segment") << f << true;
    }
    void shouldSelectWhatEachFilterDefines() {
        QFETCH(CustomerFilter, filter);
        QFETCH(bool, narrows);
        const Customer360& t = built_.table;
        const std::vector<std::uint32_t> rows = selectRows(t, filter);
        const std::vector<std::uint32_t> expected = expectedRows(t, filter);
        QCOMPARE(rows.size(), expected.size());
        QVERIFY(rows == expected);
        if (narrows) {
            QVERIFY2(!rows.empty() && rows.size() < t.rowCount(),
                     qPrintable(QString::number(rows.size())));
        }
    }

    // Facet counts: each facet counted under every other filter but its own, checked by
    // counting the cells of direct selections.
    void shouldCountFacetsUnderTheOtherFilters() {
        const Customer360& t = built_.table;
        CustomerFilter f;
        f.segments = {ValueSegment::High};
        f.statuses = {CustomerStatus::Active, CustomerStatus::AtRisk};
        f.ranges = {{Column::Age, 25.0, 60.0, false}};
        const FacetCounts counts = countFacets(t, f);
        auto direct = [&](CustomerFilter g, Column column, const std::string& value) {
            std::uint64_t n = 0;
            for (const std::uint32_t r : expectedRows(t, g))
                n += cell(t, column, r) == value ? 1 : 0;
            return n;
        };
        CustomerFilter noSegment = f;
        noSegment.segments.clear();
        QCOMPARE(counts.segments[size_t(ValueSegment::Medium)],
                 direct(noSegment, Column::CustomerValueSegment, "Medium"));
        QCOMPARE(counts.segments[size_t(ValueSegment::High)],
                 direct(noSegment, Column::CustomerValueSegment, "High"));
        QVERIFY(counts.segments[size_t(ValueSegment::Medium)] > 0); // not zeroed by "High"
        CustomerFilter noStatus = f;
        noStatus.statuses.clear();
        QCOMPARE(counts.statuses[size_t(CustomerStatus::Churned)],
                 direct(noStatus, Column::CustomerStatusColumn, "Churned"));
        // Categories: every category's count, and those without one.
        std::uint64_t total = counts.noCategory;
        for (std::size_t i = 0; i < t.categoryNames.size(); ++i) {
            QCOMPARE(counts.categories[i], direct(f, Column::FavoriteCategory, t.categoryNames[i]));
            total += counts.categories[i];
        }
        QCOMPARE(total, static_cast<std::uint64_t>(expectedRows(t, f).size()));
        QCOMPARE(counts.noBrand, direct(f, Column::FavoriteBrand, ""));
    }

    void shouldSortStablyWithMissingLast_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (const Column c : {Column::TotalSpend, Column::Age, Column::LastName,
                               Column::FavoriteCategory, Column::LastPurchaseDate,
                               Column::CustomerStatusColumn, Column::AvgSatisfactionScore}) {
            for (const bool desc : {false, true})
                QTest::newRow(
                    qPrintable(QString("%1 %2")
                                   .arg(QString::fromStdString(std::string(columnInfo(c).name)))
                                   .arg(desc ? "desc" : "asc")))
                    << int(c) << desc;
        }
    }
    void shouldSortStablyWithMissingLast() {
        QFETCH(int, column);
        QFETCH(bool, descending);
        const Customer360& t = built_.table;
        const auto c = static_cast<Column>(column);
        std::vector<std::uint32_t> rows = selectRows(t, {});
        sortRows(t, rows, c, descending);
        QCOMPARE(rows.size(), t.rowCount());
        bool sawMissing = false;
        for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
            const std::uint32_t a = rows[i], b = rows[i + 1];
            const bool aMissing = t.isNull(c, a), bMissing = t.isNull(c, b);
            sawMissing = sawMissing || aMissing;
            QVERIFY2(!(aMissing && !bMissing), "a missing value before a present one");
            if (aMissing && bMissing) {
                QVERIFY(a < b); // stable
                continue;
            }
            if (bMissing)
                continue;
            int order = 0;
            const auto va = numericValue(t, c, a), vb = numericValue(t, c, b);
            if (isRangeColumn(c)) {
                order = *va < *vb ? -1 : (*va > *vb ? 1 : 0);
            } else if (c == Column::CustomerStatusColumn) {
                order = int(t.customerStatus[a]) - int(t.customerStatus[b]);
            } else {
                const std::string sa = cell(t, c, a), sb = cell(t, c, b);
                order = sa < sb ? -1 : (sa > sb ? 1 : 0);
            }
            if (descending)
                order = -order;
            QVERIFY2(order <= 0, qPrintable(QString("rows %1 and %2 out of order").arg(a).arg(b)));
            if (order == 0)
                QVERIFY2(a < b, "equal values must keep table order");
        }
        Q_UNUSED(sawMissing);
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "test_query.moc"
