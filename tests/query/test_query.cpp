// Filtering and sorting customer_360 in the core, checked against direct computations over
// the cells as text on generated data.
#include "engine/build.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "output/workspace_output.h"
#include "query/customer_query.h"
#include "workspace/segment_store.h"
#include "workspace/workspace_reader.h"

#include <QFile>
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

// Field-by-field equality: the store must give back exactly the filter it was given.
bool sameFilter(const CustomerFilter& a, const CustomerFilter& b) {
    if (a.segments != b.segments || a.statuses != b.statuses || a.categories != b.categories ||
        a.brands != b.brands || a.search != b.search || a.ranges.size() != b.ranges.size())
        return false;
    for (std::size_t i = 0; i < a.ranges.size(); ++i) {
        const RangeFilter &x = a.ranges[i], &y = b.ranges[i];
        if (x.column != y.column || x.min != y.min || x.max != y.max ||
            x.includeMissing != y.includeMissing)
            return false;
    }
    return true;
}

QStringList segmentNames(const std::string& workspace) {
    std::vector<SavedSegment> all;
    Message error;
    QStringList names;
    if (!listSavedSegments(workspace, all, error))
        return {QString::fromStdString("error: " + englishText(error))};
    for (const SavedSegment& s : all)
        names << QString::fromStdString(s.name);
    return names;
}

} // namespace

class TestQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    BuildOutcome built_;

private slots:
    void initTestCase() {
        std::string error;
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 1500, 3, built_,
                                               error),
                 error.c_str());
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
        Message error;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 englishText(error).c_str());
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
        QVERIFY2(readWorkspace(path, read, error), englishText(error).c_str());
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
        Message error;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 englishText(error).c_str());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE customer_360 SET first_name = 'Zed' WHERE rowid = 2",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        WorkspaceContents read;
        QVERIFY2(readWorkspace(path, read, error), englishText(error).c_str());
        QCOMPARE(read.table.firstName.at(1), std::string_view("Zed"));
        QCOMPARE(read.table.firstName.at(0), built_.table.firstName.at(0));
    }

    void shouldRefuseAFileThatIsNotAWorkspace() {
        Message error;
        WorkspaceContents none;
        QVERIFY(!readWorkspace(dir_.filePath("src/customer_info.csv").toStdString(), none, error));
        QVERIFY2(englishText(error).find("c360 build") != std::string::npos,
                 englishText(error).c_str());
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

    // Every part of a filter survives the workspace: saved, listed back equal, and selecting
    // with the stored filter gives the rows the original defines.
    void shouldRoundTripEverySavedFilterKind_data() {
        QTest::addColumn<CustomerFilter>("filter");
        const auto days = [](const char* iso) {
            Days d = 0;
            parseIsoDate(iso, d);
            return static_cast<double>(d);
        };
        CustomerFilter f;
        QTest::newRow("empty") << f;
        f = {};
        f.segments = {ValueSegment::High, ValueSegment::Low};
        QTest::newRow("value segments") << f;
        f = {};
        f.statuses = {CustomerStatus::AtRisk, CustomerStatus::NeverPurchased};
        QTest::newRow("statuses") << f;
        f = {};
        f.categories = {"Electronics", "", "Books & Media"};
        QTest::newRow("categories with none") << f;
        f = {};
        f.brands = {"", "Voltra", "Zoë's, \"quoted\""};
        QTest::newRow("brands with none") << f;
        f = {};
        f.ranges = {{Column::TotalSpend, 500.25, std::nullopt, false}};
        QTest::newRow("range open max") << f;
        f = {};
        f.ranges = {{Column::Age, std::nullopt, 30.0, true}};
        QTest::newRow("range open min, missing included") << f;
        f = {};
        f.ranges = {{Column::LastPurchaseDate, days("2025-01-01"), days("2025-03-31"), false},
                    {Column::CampaignResponseRate, 0.1, 1.0, true},
                    {Column::Age, 20.0, 60.0, false}};
        QTest::newRow("date and several ranges, in order") << f;
        f = {};
        f.search = "MÜLLER 'o''brien'";
        QTest::newRow("search") << f;
        f = {};
        f.segments = {ValueSegment::Medium};
        f.statuses = {CustomerStatus::Active};
        f.categories = {""};
        f.brands = {"Voltra"};
        f.ranges = {{Column::AvgSatisfactionScore, 3.5, std::nullopt, true}};
        f.search = "@example";
        QTest::newRow("every kind at once") << f;
    }
    void shouldRoundTripEverySavedFilterKind() {
        QFETCH(CustomerFilter, filter);
        const std::string path = dir_.filePath("roundtrip.c360").toStdString();
        QFile::remove(QString::fromStdString(path)); // a rebuild would keep the last row's
        Message error;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 englishText(error).c_str());
        QCOMPARE(segmentNames(path), QStringList()); // none before the first save
        QVERIFY2(saveSegment(path, "  Chosen  ", filter, error), englishText(error).c_str());
        SavedSegment read;
        QVERIFY2(findSavedSegment(path, "chosen", read, error), englishText(error).c_str());
        QCOMPARE(read.name, std::string("Chosen"));
        QVERIFY(sameFilter(read.filter, filter));
        QVERIFY(!read.createdAt.empty() && !read.updatedAt.empty());
        QVERIFY(selectRows(built_.table, read.filter) == expectedRows(built_.table, filter));
    }

    // The naming rules, as a script of operations on a workspace holding "High spenders" and
    // "Lapsed"; the last operation succeeds or fails as expected and leaves these names.
    void shouldFollowTheNamingRules_data() {
        QTest::addColumn<QStringList>("operations"); // op|name[|new name]
        QTest::addColumn<bool>("lastSucceeds");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<QStringList>("names");
        const QStringList both{"High spenders", "Lapsed"};
        QTest::newRow("save trims") << QStringList{"save|  New one  "} << true << ""
                                    << QStringList{"High spenders", "Lapsed", "New one"};
        QTest::newRow("save refuses a blank name")
            << QStringList{"save| \t "} << false << "needs a name" << both;
        QTest::newRow("save replaces ignoring case, in place")
            << QStringList{"save|high SPENDERS"} << true << ""
            << QStringList{"high SPENDERS", "Lapsed"};
        QTest::newRow("rename") << QStringList{"rename|Lapsed|Gone quiet"} << true << ""
                                << QStringList{"High spenders", "Gone quiet"};
        QTest::newRow("rename refuses a taken name") << QStringList{"rename|Lapsed| HIGH spenders"}
                                                     << false << "already a saved segment" << both;
        QTest::newRow("rename may change only the case")
            << QStringList{"rename|Lapsed|LAPSED"} << true << ""
            << QStringList{"High spenders", "LAPSED"};
        QTest::newRow("rename refuses a blank name")
            << QStringList{"rename|Lapsed|  "} << false << "needs a name" << both;
        QTest::newRow("rename an unknown segment") << QStringList{"rename|Nope|X"} << false
                                                   << "No saved segment named \"Nope\" in " << both;
        QTest::newRow("duplicate goes right after")
            << QStringList{"duplicate|high spenders"} << true << ""
            << QStringList{"High spenders", "High spenders copy", "Lapsed"};
        QTest::newRow("duplicate counts copies")
            << QStringList{"duplicate|High spenders", "duplicate|High spenders",
                           "duplicate|High spenders"}
            << true << ""
            << QStringList{"High spenders", "High spenders copy 3", "High spenders copy 2",
                           "High spenders copy", "Lapsed"};
        QTest::newRow("delete ignoring case")
            << QStringList{"delete|LAPSED"} << true << "" << QStringList{"High spenders"};
        QTest::newRow("delete an unknown segment")
            << QStringList{"delete|Nope"} << false << "saved segments: High spenders, Lapsed."
            << both;
        QTest::newRow("save after delete goes last")
            << QStringList{"delete|High spenders", "save|Back"} << true << ""
            << QStringList{"Lapsed", "Back"};
    }
    void shouldFollowTheNamingRules() {
        QFETCH(QStringList, operations);
        QFETCH(bool, lastSucceeds);
        QFETCH(QString, errorContains);
        QFETCH(QStringList, names);
        const std::string path = dir_.filePath("names.c360").toStdString();
        QFile::remove(QString::fromStdString(path)); // a rebuild would keep the last row's
        Message error;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 englishText(error).c_str());
        CustomerFilter high, lapsed;
        high.segments = {ValueSegment::High};
        lapsed.ranges = {{Column::DaysSinceLastPurchase, 90.0, std::nullopt, false}};
        QVERIFY(saveSegment(path, "High spenders", high, error));
        QVERIFY(saveSegment(path, "Lapsed", lapsed, error));
        bool ok = false;
        for (const QString& op : operations) {
            const QStringList parts = op.split('|');
            const std::string name = parts.value(1).toStdString();
            std::string copy;
            error = Message{};
            if (parts[0] == "save")
                ok = saveSegment(path, name, high, error);
            else if (parts[0] == "rename")
                ok = renameSegment(path, name, parts.value(2).toStdString(), error);
            else if (parts[0] == "duplicate")
                ok = duplicateSegment(path, name, copy, error);
            else
                ok = deleteSegment(path, name, error);
        }
        QCOMPARE(ok, lastSucceeds);
        QVERIFY2(QString::fromStdString(englishText(error)).contains(errorContains),
                 englishText(error).c_str());
        QCOMPARE(segmentNames(path), names);
        // Renames and copies keep the filter they were given.
        std::vector<SavedSegment> all;
        QVERIFY(listSavedSegments(path, all, error));
        for (const SavedSegment& s : all) {
            const bool isLapsed = sameSegmentName(s.name, "Lapsed") || s.name == "Gone quiet";
            QVERIFY2(sameFilter(s.filter, isLapsed ? lapsed : high), s.name.c_str());
        }
    }

    // Building over a workspace keeps its saved segments; over a file that is not one, the
    // build still succeeds with none.
    void shouldKeepSavedSegmentsWhenRebuilding() {
        const std::string path = dir_.filePath("rebuilt.c360").toStdString();
        Message error;
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 englishText(error).c_str());
        CustomerFilter a, b;
        a.categories = {"", "Books"};
        b.ranges = {{Column::Age, 30.0, 40.0, true}};
        b.search = "ann";
        QVERIFY(saveSegment(path, "A", a, error));
        QVERIFY(saveSegment(path, "B", b, error));
        std::string copyName;
        QVERIFY(duplicateSegment(path, "A", copyName, error)); // "A copy" between A and B
        std::vector<SavedSegment> before, after;
        QVERIFY(listSavedSegments(path, before, error));
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"}, path, error),
                 englishText(error).c_str());
        QVERIFY2(listSavedSegments(path, after, error), englishText(error).c_str());
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].name, before[i].name);
            QCOMPARE(after[i].createdAt, before[i].createdAt);
            QVERIFY(sameFilter(after[i].filter, before[i].filter));
        }
        WorkspaceContents contents;
        QVERIFY(readWorkspace(path, contents, error)); // still a complete workspace
        QCOMPARE(contents.table.rowCount(), built_.table.rowCount());

        const QString notAWorkspace = dir_.filePath("notes.c360");
        QFile text(notAWorkspace);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some notes\n");
        text.close();
        QVERIFY2(writeWorkspace(built_, WorkspaceContext{"src", "test"},
                                notAWorkspace.toStdString(), error),
                 englishText(error).c_str());
        QCOMPARE(segmentNames(notAWorkspace.toStdString()), QStringList());
    }

    // A file that is not a workspace gets a sentence saying what to do, not a crash or a
    // silent empty list.
    void shouldExplainWhatIsWrongWithTheFile() {
        const std::string notes = dir_.filePath("src/customer_info.csv").toStdString();
        std::vector<SavedSegment> all;
        Message error;
        QVERIFY(!listSavedSegments(notes, all, error));
        QVERIFY2(englishText(error).find("c360 build") != std::string::npos,
                 englishText(error).c_str());
        QVERIFY(!saveSegment(dir_.filePath("missing.c360").toStdString(), "X", {}, error));
        QVERIFY2(englishText(error).find("Cannot open the workspace") != std::string::npos,
                 englishText(error).c_str());
        QVERIFY(!QFile::exists(dir_.filePath("missing.c360")));
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
