// c360 export and c360 segments as a user meets them: exactly the rows the filters and saved
// segments define, checked against the full CSV build filtered here by hand.
#include "cli_test_support.h"
#include "workspace/segment_store.h"

#include <QTemporaryDir>

using namespace cli_test;

class TestCliExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString demo_;                // a generated source folder
    QString segmentsWorkspace_;   // built from demo_, with two saved segments
    QList<QStringList> fullRows_; // the same build as CSV, parsed here
    QStringList fullHeader_;

    // Whether a row of the full CSV belongs to a case of the saved segment tests: the
    // segments' and the extra filters' meaning, written out directly.
    bool inCase(const QString& key, const QStringList& r) const {
        const auto at = [&](const char* name) { return r[fullHeader_.indexOf(name)]; };
        const auto upTo = [&](const char* name, double max) {
            return at(name).isEmpty() || at(name).toDouble() <= max;
        };
        const bool valuable =
            QStringList{"High", "Medium"}.contains(at("customer_value_segment")) &&
            QStringList{"At Risk", "Churned"}.contains(at("customer_status"));
        const bool young = upTo("age", 35) && (at("favorite_category").isEmpty() ||
                                               at("favorite_category") == "Toys, Games");
        bool found = false;
        for (const char* c : {"customer_id", "first_name", "last_name", "email", "phone_number"})
            found = found || at(c).contains("an", Qt::CaseInsensitive);
        if (key == "valuable")
            return valuable;
        if (key == "valuable churned")
            return valuable && at("customer_status") == "Churned";
        if (key == "valuable searched")
            return valuable && found;
        if (key == "young")
            return young;
        const double spend = at("total_spend").toDouble();
        return key == "young spending" && young && spend >= 100 && spend <= 1000 &&
               upTo("days_since_last_purchase", 60);
    }

    void makeSegmentsWorkspace() {
        if (!segmentsWorkspace_.isEmpty())
            return;
        const QString workspace = dir_.filePath("segments.c360"), full = dir_.filePath("seg.csv");
        QCOMPARE(
            runCli({"build", demo_, "-o", workspace, "--as-of", "2025-06-30", "--quiet"}).exitCode,
            0);
        QCOMPARE(runCli({"build", demo_, "-o", full, "--as-of", "2025-06-30", "--quiet"}).exitCode,
                 0);
        c360::CustomerFilter valuable, young;
        valuable.segments = {c360::ValueSegment::High, c360::ValueSegment::Medium};
        valuable.statuses = {c360::CustomerStatus::AtRisk, c360::CustomerStatus::Churned};
        young.ranges = {{c360::Column::Age, std::nullopt, 35.0, true}};
        young.categories = {"", "Toys, Games"};
        c360::Message error;
        QVERIFY2(c360::saveSegment(workspace.toStdString(), "Valuable, slipping", valuable, error),
                 c360::englishText(error).c_str());
        QVERIFY2(c360::saveSegment(workspace.toStdString(), "Young or unknown age", young, error),
                 c360::englishText(error).c_str());
        fullRows_ = parseCsv(readFile(full));
        fullHeader_ = fullRows_.takeFirst();
        segmentsWorkspace_ = workspace;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        demo_ = dir_.filePath(QStringLiteral("demo"));
        generateDemoSources(demo_);
    }

    // c360 export: the rows its filters define, in its order, with its columns, checked
    // against the full CSV build filtered here by hand.
    void shouldExportExactlyTheFilteredRows() {
        const QString workspace = dir_.filePath("x.c360"), full = dir_.filePath("x.csv");
        QCOMPARE(
            runCli({"build", demo_, "-o", workspace, "--as-of", "2025-06-30", "--quiet"}).exitCode,
            0);
        QCOMPARE(runCli({"build", demo_, "-o", full, "--as-of", "2025-06-30", "--quiet"}).exitCode,
                 0);
        QList<QStringList> rows = parseCsv(readFile(full));
        const QStringList header = rows.takeFirst();
        const auto col = [&header](const char* name) { return header.indexOf(name); };
        QList<QStringList> expected;
        for (const QStringList& r : rows) {
            const QString segment = r[col("customer_value_segment")];
            const double spend = r[col("total_spend")].toDouble();
            if ((segment == "High" || segment == "Medium") && spend >= 500 && spend <= 2000)
                expected << QStringList{r[col("customer_id")], r[col("total_spend")]};
        }
        std::stable_sort(expected.begin(), expected.end(),
                         [](const QStringList& a, const QStringList& b) {
                             return a[1].toDouble() > b[1].toDouble();
                         });
        const QString out = dir_.filePath("export.csv");
        const Run r =
            runCli({"export", workspace, "-o", out, "--filter",
                    "customer_value_segment=High,Medium", "--range", "total_spend=500..2000",
                    "--sort", "total_spend:desc", "--columns", "customer_id,total_spend"});
        QCOMPARE(r.exitCode, 0);
        QList<QByteArray> lines = readFile(out).split('\n');
        QCOMPARE(lines.takeFirst(), QByteArray("customer_id,total_spend"));
        QCOMPARE(lines.takeLast(), QByteArray());
        QVERIFY(expected.size() > 100 && expected.size() < rows.size());
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(QString::fromUtf8(lines[i]), expected[i].join(','));
        QVERIFY(r.out.contains(QString("Wrote %1 of").arg(expected.size())));
    }

    // c360 export --segment: the saved segment's customers, narrowed by any further filters,
    // checked against the full CSV build filtered here by hand.
    void shouldExportASavedSegmentNarrowedByFilters_data() {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("key");
        QTest::newRow("segment alone") << "Valuable, slipping" << QStringList() << "valuable";
        QTest::newRow("name in another case")
            << "  VALUABLE, SLIPPING" << QStringList() << "valuable";
        QTest::newRow("with --filter")
            << "Valuable, slipping" << QStringList{"--filter", "customer_status=Churned"}
            << "valuable churned";
        QTest::newRow("with --search")
            << "Valuable, slipping" << QStringList{"--search", "AN"} << "valuable searched";
        QTest::newRow("range, missing included, categories with none")
            << "Young or unknown age" << QStringList() << "young";
        QTest::newRow("with --range and --include-missing")
            << "Young or unknown age"
            << QStringList{"--range",           "total_spend=100..1000",
                           "--range",           "days_since_last_purchase=..60",
                           "--include-missing", "days_since_last_purchase"}
            << "young spending";
    }
    void shouldExportASavedSegmentNarrowedByFilters() {
        QFETCH(QString, segment);
        QFETCH(QStringList, extra);
        QFETCH(QString, key);
        makeSegmentsWorkspace();
        QStringList expected;
        for (const QStringList& r : fullRows_)
            if (inCase(key, r))
                expected << r[fullHeader_.indexOf("customer_id")];
        QVERIFY(!expected.isEmpty() && expected.size() < fullRows_.size());
        const QString out = dir_.filePath("segment.csv");
        const Run r = runCli(QStringList{"export", segmentsWorkspace_, "-o", out, "--segment",
                                         segment, "--columns", "customer_id"} +
                             extra);
        QCOMPARE(r.exitCode, 0);
        QList<QStringList> rows = parseCsv(readFile(out));
        QCOMPARE(rows.takeFirst(), QStringList{"customer_id"});
        QStringList ids;
        for (const QStringList& row : rows)
            ids << row.value(0);
        QCOMPARE(ids, expected);
        QVERIFY2(r.out.contains(QString("Wrote %1 of").arg(expected.size())), qPrintable(r.out));
    }

    void shouldNameTheSavedSegmentsWhenOneIsUnknown() {
        makeSegmentsWorkspace();
        const QString out = dir_.filePath("unknown.csv");
        const Run r = runCli({"export", segmentsWorkspace_, "-o", out, "--segment", "Nope"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No saved segment named \"Nope\" in " + segmentsWorkspace_ +
                                "; saved segments: Valuable, slipping, Young or unknown age."),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    // c360 segments lists names and sizes; a rebuild over the workspace keeps the segments.
    void shouldListSavedSegmentsWithSizesAcrossRebuilds() {
        makeSegmentsWorkspace();
        QVERIFY(QFile::copy(segmentsWorkspace_, dir_.filePath("copy.c360")));
        QCOMPARE(runCli({"build", demo_, "-o", dir_.filePath("copy.c360"), "--as-of", "2025-06-30",
                         "--quiet"})
                     .exitCode,
                 0);
        qsizetype valuable = 0, young = 0;
        for (const QStringList& r : fullRows_) {
            valuable += inCase("valuable", r) ? 1 : 0;
            young += inCase("young", r) ? 1 : 0;
        }
        const QLocale c = QLocale::c(); // the CLI groups thousands with commas
        for (const QString& workspace : {segmentsWorkspace_, dir_.filePath("copy.c360")}) {
            const Run r = runCli({"segments", workspace});
            QCOMPARE(r.exitCode, 0);
            QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 2);
            const QRegularExpression line("^(.*\\S)\\s+([0-9,]+) customers?$");
            const auto m0 = line.match(lines[0]), m1 = line.match(lines[1]);
            QVERIFY2(m0.hasMatch() && m1.hasMatch(), qPrintable(r.out));
            QCOMPARE(m0.captured(1), QString("Valuable, slipping"));
            QCOMPARE(m0.captured(2), c.toString(valuable).replace(c.groupSeparator(), ","));
            QCOMPARE(m1.captured(1), QString("Young or unknown age"));
            QCOMPARE(m1.captured(2), c.toString(young).replace(c.groupSeparator(), ","));
        }
        const QString plain = dir_.filePath("plain.c360");
        QCOMPARE(runCli({"build", demo_, "-o", plain, "--quiet"}).exitCode, 0);
        const Run none = runCli({"segments", plain});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains("has no saved segments"), qPrintable(none.out));
        QCOMPARE(runCli({"segments"}).exitCode, 2);
        QCOMPARE(runCli({"segments", dir_.filePath("nowhere.c360")}).exitCode, 1);
    }

    void shouldProtectAgainstFormulasUnlessAsked() {
        QTemporaryDir work;
        writeFile(work.filePath("customer_info.csv"),
                  "customer_id,first_name,phone_number\n1,=HYPERLINK(\"x\"),+1-555-0100\n"
                  "2,-5,-2+3+cmd|' /C calc'!A0\n3,Ann,(555) 966-0007\n");
        const QString ws = work.filePath("w.c360");
        QCOMPARE(runCli({"build", work.path(), "-o", ws, "--quiet"}).exitCode, 0);
        const QString out = work.filePath("e.csv");
        QCOMPARE(runCli({"export", ws, "-o", out, "--columns",
                         "customer_id,first_name,phone_number,total_spend", "--excel", "--quiet"})
                     .exitCode,
                 0);
        // Phone numbers and numbers come out as they are; only what could run is guarded.
        QCOMPARE(readFile(out), QByteArray("\xEF\xBB\xBF"
                                           "customer_id,first_name,phone_number,total_spend\r\n"
                                           "1,\"'=HYPERLINK(\"\"x\"\")\",+1-555-0100,0\r\n"
                                           "2,-5,'-2+3+cmd|' /C calc'!A0,0\r\n"
                                           "3,Ann,(555) 966-0007,0\r\n"));
        QCOMPARE(runCli({"export", ws, "-o", out, "--columns", "first_name", "--search", "hyper",
                         "--no-formula-protection", "--quiet"})
                     .exitCode,
                 0);
        QCOMPARE(readFile(out), QByteArray("first_name\n\"=HYPERLINK(\"\"x\"\")\"\n"));
    }

    void shouldRejectBadExportArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no output") << QStringList{"w.c360"} << "-o OUT.csv";
        QTest::newRow("status") << QStringList{"w.c360", "-o", "o.csv", "--filter",
                                               "customer_status=Gone"}
                                << "not \"Gone\"";
        QTest::newRow("filter column")
            << QStringList{"w.c360", "-o", "o.csv", "--filter", "age=3"} << "use --range";
        QTest::newRow("range column")
            << QStringList{"w.c360", "-o", "o.csv", "--range", "first_name=a..b"}
            << "not a numeric or date column";
        QTest::newRow("range date")
            << QStringList{"w.c360", "-o", "o.csv", "--range", "last_purchase_date=31.01.2025.."}
            << "YYYY-MM-DD";
        QTest::newRow("missing without range")
            << QStringList{"w.c360", "-o", "o.csv", "--include-missing", "age"}
            << "needs a --range";
        QTest::newRow("sort") << QStringList{"w.c360", "-o", "o.csv", "--sort", "spend"}
                              << "not a column";
    }
    void shouldRejectBadExportArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = runCli(QStringList{"export"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
};

int runCliExportTests(int argc, char** argv) {
    TestCliExport tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "test_cli_export.moc"
