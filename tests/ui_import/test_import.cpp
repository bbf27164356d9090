// The import dialog and its workers: inspection of the demo sources, overrides, a build that
// matches `c360 build`, cancel, bad sources, the report's issues and accessible names.
#include "build_job.h"
#include "filter_parts.h"
#include "import_dialog.h"
#include "inspect_job.h"
#include "inspection_models.h"
#include "language.h"
#include "report_issues_model.h"

#include "workspace/workspace_reader.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace c360;
using namespace c360::ui;

namespace {

const QString kDemo = QStringLiteral(C360_SOURCE_DIR "/resources/demo");
const QDate kAsOf(2025, 6, 30);

const QStringList kTables = {
    QStringLiteral("customer_info"),      QStringLiteral("purchase_transactions"),
    QStringLiteral("product_catalog"),    QStringLiteral("customer_service"),
    QStringLiteral("campaign_responses"), QStringLiteral("marketing_campaigns"),
    QStringLiteral("website_behavior")};

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Data records of a CSV file counted directly: lines ended outside quotes, not blank, less
// the header. Independent of the core's parser.
qulonglong countRecords(const QString& path) {
    const QByteArray text = readAll(path);
    qulonglong records = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    for (const char c : text) {
        if (c == '"')
            inQuotes = !inQuotes;
        if (c == '\n' && !inQuotes) {
            records += lineHasText ? 1 : 0;
            lineHasText = false;
        } else if (c != '\r') {
            lineHasText = true;
        }
    }
    records += lineHasText ? 1 : 0;
    return records - 1;
}

int rowOfTable(const SourceTablesModel& model, const QString& table) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, SourceTablesModel::TableColumn).data().toString() == table)
            return r;
    return -1;
}

bool runCli(const QStringList& arguments) {
    QProcess cli;
    cli.start(QStringLiteral(C360_CLI), arguments);
    return cli.waitForFinished(120000) && cli.exitStatus() == QProcess::NormalExit &&
           cli.exitCode() == 0;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A folder whose customer_info has one bad date; returns the lines written.
QList<QByteArray> writeMessySource(const QString& folder, const QByteArray& badRow) {
    const QList<QByteArray> lines = {
        "customer_id,first_name,last_name,email,phone_number,date_of_birth,registration_date",
        "1,Ann,Lee,a@example.com,123,1980-01-02,2020-01-01", badRow,
        "3,Cy,Doe,c@example.com,789,1990-03-04,2020-03-01"};
    writeFile(folder + QStringLiteral("/customer_info.csv"), lines.join('\n') + '\n');
    return lines;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void shouldPassTheModelTesterOnEveryModel();
    void shouldListTheDemoTablesWithTheirRecordCounts_data();
    void shouldListTheDemoTablesWithTheirRecordCounts();
    void shouldReinspectWithAnOverride_data();
    void shouldReinspectWithAnOverride();
    void shouldDropAnOlderInspectionsResult();
    void shouldInspectADroppedFolder();
    void shouldReinspectWhenTheAsOfDateChanges();
    void shouldBuildTheSameWorkspaceAsTheCli();
    void shouldLeaveNoWorkspaceWhenCancelledAtTheFirstProgress();
    void shouldExplainABadSource_data();
    void shouldExplainABadSource();
    void shouldListTheReportIssuesOfAMessySource_data();
    void shouldListTheReportIssuesOfAMessySource();
    void shouldNameEveryFocusableWidget();
    void shouldTabThroughTheControlsInReadingOrder();
};

void TestImport::shouldPassTheModelTesterOnEveryModel() {
    InspectRequest request;
    request.source = kDemo.toStdString();
    request.options.asOf = daysFromCivil(2025, 6, 30);
    const InspectResult result = runInspection(request);
    QVERIFY2(!result.error, englishText(result.error).c_str());
    QCOMPARE(result.inspection.tables.size(), std::size_t(7));

    SourceTablesModel tables;
    ColumnMappingModel mapping;
    SampleRowsModel sample;
    ReportIssuesModel issues;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;
    QAbstractItemModelTester t1(&tables, mode), t2(&mapping, mode), t3(&sample, mode),
        t4(&issues, mode);
    tables.setInspection(result.inspection);
    const TableInspection& first = result.inspection.tables.front();
    mapping.setColumns(first.columns);
    sample.setSample(first.headers, first.sample);
    issues.setReport(result.inspection.build.report);
    QCOMPARE(tables.rowCount(), 7);
    QCOMPARE(mapping.rowCount(), static_cast<int>(first.columns.size()));
    QCOMPARE(sample.columnCount(), static_cast<int>(first.headers.size()));
    std::size_t listed = 0;
    for (const TableReport& t : result.inspection.build.report.tables)
        listed += t.issues.size();
    QCOMPARE(static_cast<std::size_t>(issues.rowCount()), listed);
    QVERIFY(listed > 0); // the demo has messy rows on purpose
    tables.clear();
    mapping.setColumns({});
    sample.setSample({}, {});
    issues.clear();
    QCOMPARE(tables.rowCount() + mapping.rowCount() + sample.rowCount() + issues.rowCount(), 0);
}

void TestImport::shouldListTheDemoTablesWithTheirRecordCounts_data() {
    QTest::addColumn<QString>("table");
    for (const QString& table : kTables)
        QTest::newRow(qPrintable(table)) << table;
}

void TestImport::shouldListTheDemoTablesWithTheirRecordCounts() {
    QFETCH(QString, table);
    ImportDialog dialog;
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(kDemo);
    QVERIFY(dialog.inspectJob().waitForResult());
    const SourceTablesModel& model = *dialog.sourceTablesModel();
    QCOMPARE(model.rowCount(), kTables.size());
    const int row = rowOfTable(model, table);
    QVERIFY(row >= 0);
    const QString file = kDemo + QLatin1Char('/') + table + QStringLiteral(".csv");
    QCOMPARE(model.index(row, SourceTablesModel::RowsColumn).data().toString(),
             QLocale().toString(countRecords(file)));
    QCOMPARE(model.index(row, SourceTablesModel::FilesColumn).data().toString(),
             table + QStringLiteral(".csv"));
}

void TestImport::shouldReinspectWithAnOverride_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("comboName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("customer_info read with semicolons")
        << "customer_info"
        << "delimiterCombo"
        << ";" << int(SourceTablesModel::DelimiterColumn) << delimiterDisplayName(";");
    QTest::newRow("purchase_transactions read with a decimal comma")
        << "purchase_transactions"
        << "decimalCombo"
        << "," << int(SourceTablesModel::DecimalMarkColumn) << decimalMarkDisplayName(",");
    QTest::newRow("product_catalog read as Windows-1252")
        << "product_catalog"
        << "encodingCombo"
        << "windows-1252" << int(SourceTablesModel::EncodingColumn) << "Windows-1252";
}

void TestImport::shouldReinspectWithAnOverride() {
    QFETCH(QString, table);
    QFETCH(QString, comboName);
    QFETCH(QString, value);
    QFETCH(int, column);
    QFETCH(QString, expected);
    ImportDialog dialog;
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(kDemo);
    QVERIFY(dialog.inspectJob().waitForResult());
    const SourceTablesModel& model = *dialog.sourceTablesModel();
    const int row = rowOfTable(model, table);
    QVERIFY(row >= 0);
    const QString before = model.index(row, column).data().toString();
    QVERIFY(before != expected);
    dialog.selectTable(row);
    auto* combo = dialog.findChild<QComboBox*>(comboName);
    QVERIFY(combo);
    QVERIFY(combo->isEnabled());
    const std::uint64_t generation = dialog.inspectJob().generation();
    combo->setCurrentIndex(combo->findData(value));
    QVERIFY(dialog.inspectJob().generation() > generation);
    QVERIFY(dialog.inspectJob().waitForResult());
    QCOMPARE(model.index(rowOfTable(model, table), column).data().toString(), expected);
    // The selection stays on the table, and its header is now split the chosen way.
    QCOMPARE(model.index(row, 0).data().toString(), table);
    if (comboName == QLatin1String("delimiterCombo")) {
        const QByteArray header =
            readAll(kDemo + QLatin1Char('/') + table + QStringLiteral(".csv")).split('\n').front();
        QCOMPARE(dialog.sampleRowsModel()->columnCount(),
                 static_cast<int>(header.split(value.front().toLatin1()).size()));
    }
}

void TestImport::shouldDropAnOlderInspectionsResult() {
    QTemporaryDir empty;
    InspectJob job;
    QSignalSpy ready(&job, &InspectJob::resultReady);
    InspectRequest older;
    older.source = kDemo.toStdString();
    InspectRequest newer;
    newer.source = empty.path().toStdString();
    job.start(older);
    const std::uint64_t newest = job.start(newer);
    QVERIFY(job.waitForResult());
    QCoreApplication::processEvents(); // a late result of the older request would arrive here
    QCOMPARE(job.result()->generation, newest);
    QCOMPARE(job.result()->source, newer.source);
    QVERIFY(job.result()->error.has_value()); // no customer_info in an empty folder
    QCOMPARE(ready.count(), 1);
}

void TestImport::shouldInspectADroppedFolder() {
    ImportDialog dialog;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(kDemo)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    QCOMPARE(dialog.sourcePath(), kDemo);
    QVERIFY(dialog.inspectJob().waitForResult());
    QCOMPARE(dialog.sourceTablesModel()->rowCount(), kTables.size());
    QCOMPARE(dialog.outputPath(),
             QFileInfo(kDemo).absoluteDir().filePath(QStringLiteral("customer_360.c360")));
}

void TestImport::shouldReinspectWhenTheAsOfDateChanges() {
    ImportDialog dialog;
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(kDemo);
    QVERIFY(dialog.inspectJob().waitForResult());
    QCOMPARE(dialog.inspectJob().result()->inspection.build.report.asOf, std::string("2025-06-30"));
    QSignalSpy started(&dialog.inspectJob(), &InspectJob::started);
    dialog.setAsOfDate(QDate(2024, 1, 31));
    QVERIFY(started.wait(5000)); // after the typing pause
    QVERIFY(dialog.inspectJob().waitForResult());
    QCOMPARE(dialog.inspectJob().result()->inspection.build.report.asOf, std::string("2024-01-31"));
    // The status names the date in the user's format, with its four-digit year.
    const QString shown =
        QLocale().toString(QDate(2024, 1, 31), c360::ui::fourDigitYearDateFormat(QLocale()));
    QVERIFY(shown.contains(QStringLiteral("2024")));
    QVERIFY2(dialog.statusText().contains(shown), qPrintable(dialog.statusText()));
}

void TestImport::shouldBuildTheSameWorkspaceAsTheCli() {
    QTemporaryDir dir;
    const QString uiPath = dir.filePath(QStringLiteral("ui.c360"));
    const QString cliPath = dir.filePath(QStringLiteral("cli.c360"));
    ImportDialog dialog;
    QSignalSpy built(&dialog, &ImportDialog::workspaceBuilt);
    QSignalSpy progress(&dialog.buildJob(), &BuildJob::progressChanged);
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(kDemo);
    dialog.setOutputPath(uiPath);
    QVERIFY(dialog.startBuild());
    QVERIFY(dialog.buildJob().waitForFinished());
    QVERIFY2(dialog.buildJob().result()->status == BuildStatus::Ok,
             qPrintable(dialog.statusText()));
    QCOMPARE(built.count(), 1);
    QCOMPARE(built.front().front().toString(), uiPath);
    QVERIFY(progress.count() >= 1);

    QVERIFY(runCli({QStringLiteral("build"), kDemo, QStringLiteral("-o"), cliPath,
                    QStringLiteral("--as-of"), QStringLiteral("2025-06-30"),
                    QStringLiteral("--quiet")}));
    WorkspaceContents ui, cli;
    Message error;
    QVERIFY2(readWorkspace(uiPath.toStdString(), ui, error), englishText(error).c_str());
    QVERIFY2(readWorkspace(cliPath.toStdString(), cli, error), englishText(error).c_str());
    QVERIFY(cli.table.rowCount() > 0);
    QCOMPARE(ui.table.rowCount(), cli.table.rowCount());

    const QString uiCsv = dir.filePath(QStringLiteral("ui.csv"));
    const QString cliCsv = dir.filePath(QStringLiteral("cli.csv"));
    QVERIFY(runCli({QStringLiteral("export"), uiPath, QStringLiteral("-o"), uiCsv}));
    QVERIFY(runCli({QStringLiteral("export"), cliPath, QStringLiteral("-o"), cliCsv}));
    const QByteArray uiBytes = readAll(uiCsv);
    QVERIFY(!uiBytes.isEmpty());
    QVERIFY(uiBytes == readAll(cliCsv));

    // The issues table lists what the report listed, table by table.
    std::size_t listed = 0;
    for (const TableReport& t : dialog.buildJob().result()->report.tables)
        listed += t.issues.size();
    QCOMPARE(static_cast<std::size_t>(dialog.issuesModel()->rowCount()), listed);
}

void TestImport::shouldLeaveNoWorkspaceWhenCancelledAtTheFirstProgress() {
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("cancelled.c360"));
    ImportDialog dialog;
    QSignalSpy built(&dialog, &ImportDialog::workspaceBuilt);
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(kDemo);
    dialog.setOutputPath(output);
    dialog.buildJob().setHoldAfterFirstProgressForTests(true);
    int progressSeen = 0;
    connect(&dialog.buildJob(), &BuildJob::progressChanged, &dialog, [&] {
        if (progressSeen++ == 0)
            dialog.cancelBuild();
    });
    QVERIFY(dialog.startBuild());
    QVERIFY(dialog.buildJob().waitForFinished());
    QVERIFY(progressSeen >= 1);
    QVERIFY(dialog.buildJob().result()->status == BuildStatus::Cancelled);
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(built.count(), 0);
    QVERIFY(dialog.statusText().contains(QStringLiteral("cancelled")));
}

void TestImport::shouldExplainABadSource_data() {
    QTest::addColumn<bool>("exists");
    QTest::newRow("an empty folder") << true;
    QTest::newRow("a path that does not exist") << false;
}

void TestImport::shouldExplainABadSource() {
    QFETCH(bool, exists);
    QTemporaryDir dir;
    const QString source = exists ? dir.path() : dir.filePath(QStringLiteral("no-such-folder"));
    const QString output = dir.filePath(QStringLiteral("out.c360"));
    ImportDialog dialog;
    QSignalSpy built(&dialog, &ImportDialog::workspaceBuilt);
    dialog.setSourcePath(source);
    dialog.setOutputPath(output);
    QVERIFY(dialog.inspectJob().waitForResult());
    QCOMPARE(dialog.sourceTablesModel()->rowCount(), 0);
    QVERIFY2(dialog.statusText().contains(source), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().startsWith(QStringLiteral("The source cannot be read")));

    QVERIFY(dialog.startBuild());
    QVERIFY(dialog.buildJob().waitForFinished());
    QVERIFY(dialog.buildJob().result()->status == BuildStatus::Failed);
    QVERIFY2(dialog.statusText().contains(source), qPrintable(dialog.statusText()));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(built.count(), 0);
}

void TestImport::shouldListTheReportIssuesOfAMessySource_data() {
    QTest::addColumn<QByteArray>("badRow");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("badValue");
    QTest::newRow("date of birth")
        << QByteArray("2,Bob,Ray,b@example.com,456,31-31-1980,2020-02-01") << "date_of_birth"
        << "31-31-1980";
    QTest::newRow("registration date")
        << QByteArray("2,Bob,Ray,b@example.com,456,1980-02-03,2020-99-01") << "registration_date"
        << "2020-99-01";
}

void TestImport::shouldListTheReportIssuesOfAMessySource() {
    QFETCH(QByteArray, badRow);
    QFETCH(QString, column);
    QFETCH(QString, badValue);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("messy"));
    QVERIFY(QDir().mkpath(source));
    const QList<QByteArray> lines = writeMessySource(source, badRow);
    const int badLine = static_cast<int>(lines.indexOf(badRow)) + 1;
    ImportDialog dialog;
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(source);
    dialog.setOutputPath(dir.filePath(QStringLiteral("messy.c360")));
    QVERIFY(dialog.startBuild());
    QVERIFY(dialog.buildJob().waitForFinished());
    QVERIFY2(dialog.buildJob().result()->status == BuildStatus::Ok,
             qPrintable(dialog.statusText()));

    const ReportIssuesModel& issues = *dialog.issuesModel();
    QAbstractItemModelTester tester(dialog.issuesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(issues.rowCount(), 1);
    QCOMPARE(issues.index(0, ReportIssuesModel::FileColumn).data().toString(),
             QStringLiteral("customer_info.csv"));
    QCOMPARE(issues.index(0, ReportIssuesModel::LineColumn).data().toString(),
             QString::number(badLine));
    QCOMPARE(issues.index(0, ReportIssuesModel::SourceColumn).data().toString(), column);
    QVERIFY(issues.index(0, ReportIssuesModel::ReasonColumn).data().toString().contains(badValue));

    const QString csv = dir.filePath(QStringLiteral("issues.csv"));
    QVERIFY(dialog.exportIssues(csv));
    const QList<QByteArray> written = readAll(csv).trimmed().split('\n');
    QCOMPARE(written.size(), 2);
    QCOMPARE(written[0], QByteArray("file,line,column,kind,reason"));
    QVERIFY(written[1].startsWith((source + QStringLiteral("/customer_info.csv,") +
                                   QString::number(badLine) + QLatin1Char(',') + column +
                                   QStringLiteral(",warning,"))
                                      .toUtf8()));
}

void TestImport::shouldNameEveryFocusableWidget() {
    QTemporaryDir dir;
    ImportDialog dialog;
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(kDemo);
    dialog.setOutputPath(dir.filePath(QStringLiteral("named.c360")));
    QVERIFY(dialog.inspectJob().waitForResult());
    QVERIFY(dialog.startBuild());
    QVERIFY(dialog.buildJob().waitForFinished());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    int checked = 0;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&dialog))
            continue;
        // Parts of a compound control (a spin box's or combo's line edit) are announced
        // through the control itself.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        QVERIFY(a);
        QVERIFY2(!a->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 (%2) has no accessible name")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        // A combo is announced by its current item on Linux (Qt 6.4); its buddy label gives it
        // a name through the "labelled by" relation.
        if (qobject_cast<QComboBox*>(w)) {
            const auto labels = a->relations(QAccessible::Label);
            QVERIFY2(!labels.isEmpty() && !labels.front().first->text(QAccessible::Name).isEmpty(),
                     qPrintable(w->objectName() + QStringLiteral(" has no label")));
        }
        ++checked;
        if (auto* view = qobject_cast<QTableView*>(w))
            QVERIFY(!view->tabKeyNavigation());
    }
    QVERIFY(checked >= 20);
    auto* progress = dialog.findChild<QWidget*>(QStringLiteral("buildProgress"));
    QVERIFY(progress);
    QCOMPARE(QAccessible::queryAccessibleInterface(progress)->text(QAccessible::Name),
             QStringLiteral("Build progress"));
}

void TestImport::shouldTabThroughTheControlsInReadingOrder() {
    QTemporaryDir dir;
    ImportDialog dialog;
    dialog.setAsOfDate(kAsOf);
    dialog.setSourcePath(kDemo);
    dialog.setOutputPath(dir.filePath(QStringLiteral("tabs.c360")));
    QVERIFY(dialog.inspectJob().waitForResult());
    QVERIFY(dialog.startBuild());
    QVERIFY(dialog.buildJob().waitForFinished());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* source = dialog.findChild<QLineEdit*>(QStringLiteral("sourceEdit"));
    QVERIFY(source);
    source->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), source);

    // Reading order, top to bottom; the Cancel button is disabled when no build runs, and
    // the demo's report has issues, so exporting them is possible.
    const QStringList expected = {"Source path",
                                  "Choose folder",
                                  "Choose SQLite file",
                                  "Inspect",
                                  "Source tables",
                                  "Details of the selected table",
                                  "Column mapping",
                                  "Encoding",
                                  "Delimiter",
                                  "Decimal mark",
                                  "As of date",
                                  "High value from spend",
                                  "Medium value from spend",
                                  "Active within days",
                                  "At risk within days",
                                  "Workspace file",
                                  "Choose workspace file",
                                  "Build workspace",
                                  "Build issues",
                                  "Export issues as CSV",
                                  "Close"};
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        visited << focus->accessibleName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QCOMPARE(visited, expected);
    QCOMPARE(QApplication::focusWidget(), source); // and round again
}

QTEST_MAIN(TestImport)
#include "test_import.moc"
