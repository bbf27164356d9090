// What an export writes: the file the dialog or the job writes is read back with a reader of its
// own and compared, cell by cell, with the table's values rendered directly; the workbench's
// words only when asked; formulas made harmless; progress, cancellation and failures leave no
// file behind.
#include "export_fixture.h"

#include "customer_table_model.h"
#include "engine/build.h"
#include "export_dialog.h"
#include "export_job.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "language.h"
#include "output/export_output.h"
#include "test_csv_reader.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <set>
#include <string_view>

using namespace c360;
using namespace c360::test;

class TestExportFiles : public QObject, private ExportFixture {
    Q_OBJECT

private slots:
    void initTestCase() { prepare(); }

    void shouldWriteWhatTheTableHolds_data() {
        QTest::addColumn<int>("formatIndex");
        QTest::addColumn<int>("delimiterIndex");
        QTest::addColumn<bool>("protect");
        const char* formats[] = {"CSV", "Excel"};
        const char* delimiters[] = {"comma", "semicolon", "tab"};
        for (int f = 0; f < 2; ++f)
            for (int d = 0; d < 3; ++d)
                for (const bool protect : {true, false})
                    QTest::addRow("%s, %s, %s", formats[f], delimiters[d],
                                  protect ? "protected" : "unprotected")
                        << f << d << protect;
    }

    void shouldWriteWhatTheTableHolds() {
        QFETCH(int, formatIndex);
        QFETCH(int, delimiterIndex);
        QFETCH(bool, protect);
        QTemporaryDir out;
        ui::ExportDialog dialog(table_, rows_, columns_);
        auto* format = control<QComboBox>(dialog, "Format");
        auto* delimiter = control<QComboBox>(dialog, "Delimiter");
        auto* protection = control<QCheckBox>(dialog, "Protect against spreadsheet formulas");
        QVERIFY(format && delimiter && protection);
        QCOMPARE(format->itemText(0), QString("CSV (UTF-8)"));
        QCOMPARE(format->itemText(1), QString("Excel (UTF-8 with BOM, CRLF)"));
        QVERIFY(protection->isChecked()); // on by default
        format->setCurrentIndex(formatIndex);
        delimiter->setCurrentIndex(delimiterIndex);
        protection->setChecked(protect);
        const QString summary = QString("%1, %2 columns will be written.")
                                    .arg(customersText(rows_.size()))
                                    .arg(columns_.size());
        bool summaryShown = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            summaryShown = summaryShown || label->text() == summary;
        QVERIFY2(summaryShown, qPrintable(summary));

        const QString path = out.filePath("customers.csv");
        dialog.setOutputPath(path);
        const QList<QVariant> finished = exportAndWait(dialog);
        QCOMPARE(finished.size(), 3);
        QVERIFY2(finished[0].toBool(), qPrintable(finished[2].toString()));
        QCOMPARE(finished[1].toULongLong(), static_cast<qulonglong>(rows_.size()));
        const QString said = QString("Wrote %1 to customers.csv.").arg(customersText(rows_.size()));
        QCOMPARE(finished[2].toString(), said);
        QCOMPARE(dialog.statusText(), said);
        QCOMPARE(control<QProgressBar>(dialog, "Export progress")->value(), 100);
        QCOMPARE(control<QPushButton>(dialog, "Close")->text(), QString("&Close"));

        const char delimiterChar = ",;\t"[delimiterIndex];
        const QString problem = compareFile(path, *table_, rows_, columns_, delimiterChar,
                                            formatIndex == 1, protect, renamedCategoryRow_);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(filesIn(out.path()), QStringList{"customers.csv"}); // no temporary file left
    }

    // The contract's words by default; the workbench's, in its language, when the user asks.
    // The expected words are written out here (from translations/README.md's glossary), not
    // taken from the code that produces them.
    void shouldWriteTheWorkbenchsWordsOnlyWhenAsked_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("labels");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("segments"); // Low, Medium, High
        QTest::addColumn<QStringList>("statuses"); // Active, At Risk, Churned, Never Purchased
        const QStringList contractHeader{"customer_id", "customer_value_segment", "customer_status",
                                         "total_spend"};
        const QStringList englishSegments{"Low", "Medium", "High"};
        const QStringList englishStatuses{"Active", "At Risk", "Churned", "Never Purchased"};
        QTest::newRow("English, contract values")
            << "en" << false << contractHeader << englishSegments << englishStatuses;
        QTest::newRow("German, contract values")
            << "de" << false << contractHeader << englishSegments << englishStatuses;
        QTest::newRow("English, labels") << "en" << true
                                         << QStringList{"Customer id", "Customer value segment",
                                                        "Customer status", "Total spend"}
                                         << englishSegments << englishStatuses;
        QTest::newRow("German, labels")
            << "de" << true
            << QStringList{"Kunden-ID", "Wertsegment", "Kundenstatus", "Gesamtumsatz"}
            << QStringList{"Niedrig", "Mittel", "Hoch"}
            << QStringList{"Aktiv", "Gefährdet", "Abgewandert", "Nie gekauft"};
    }

    void shouldWriteTheWorkbenchsWordsOnlyWhenAsked() {
        QFETCH(QString, language);
        QFETCH(bool, labels);
        QFETCH(QStringList, header);
        QFETCH(QStringList, segments);
        QFETCH(QStringList, statuses);
        auto* german = new QTranslator(this);
        if (language == "de") {
            QVERIFY(german->load(":/i18n/c360_de.qm"));
            QCoreApplication::installTranslator(german);
        }
        const auto removeGerman = qScopeGuard([german] {
            QCoreApplication::removeTranslator(german);
            delete german;
        });
        const std::vector<Column> columns{Column::CustomerId, Column::CustomerValueSegment,
                                          Column::CustomerStatusColumn, Column::TotalSpend};
        ui::ExportDialog dialog(table_, rows_, columns);
        auto* choice = dialog.findChild<QCheckBox*>("labelsCheckBox");
        QVERIFY(choice);
        QVERIFY(!choice->isChecked()); // the contract's words unless asked
        choice->setChecked(labels);
        QTemporaryDir out;
        dialog.setOutputPath(out.filePath("words.csv"));
        const QList<QVariant> finished = exportAndWait(dialog);
        QVERIFY2(finished.value(0).toBool(), qPrintable(finished.value(2).toString()));

        QFile file(out.filePath("words.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        Records records;
        QString problem;
        QVERIFY2(
            readCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                    ',', "\n", records, problem),
            qPrintable(problem));
        QCOMPARE(records.size(), rows_.size() + 1);
        QStringList writtenHeader;
        for (const std::string& field : records[0])
            writtenHeader << QString::fromStdString(field);
        QCOMPARE(writtenHeader, header);
        std::set<int> segmentsSeen, statusesSeen;
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            const auto segment = static_cast<int>(table_->valueSegment[rows_[r]]);
            const auto status = static_cast<int>(table_->customerStatus[rows_[r]]);
            QCOMPARE(QString::fromStdString(records[r + 1][1]), segments[segment]);
            QCOMPARE(QString::fromStdString(records[r + 1][2]), statuses[status]);
            std::string id, spend;
            table_->appendCell(id, Column::CustomerId, rows_[r]);
            table_->appendCell(spend, Column::TotalSpend, rows_[r]);
            QCOMPARE(records[r + 1][0], id);    // the other cells are as ever
            QCOMPARE(records[r + 1][3], spend); // (a point, not a German comma)
            segmentsSeen.insert(segment);
            statusesSeen.insert(status);
        }
        // Every word was checked at least once.
        QCOMPARE(segmentsSeen.size(), std::size_t{3});
        QCOMPARE(statusesSeen.size(), std::size_t{4});
    }

    void shouldMakeFormulasHarmless_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        for (const int column :
             {static_cast<int>(Column::FirstName), static_cast<int>(Column::PhoneNumber)})
            for (std::size_t r = 0; r < kFormulaCases.size(); ++r)
                QTest::addRow("%s in %s",
                              QByteArray::fromStdString(kFormulaCases[r].text)
                                  .toPercentEncoding(" =+-@()|'!&\",./*?:")
                                  .constData(),
                              columnInfo(static_cast<Column>(column)).name.data())
                    << static_cast<int>(r) << column
                    << QString::fromStdString(kFormulaCases[r].protectedCell);
        QTest::newRow("negative number")
            << 0 << static_cast<int>(Column::DaysSinceLastPurchase) << "-5";
        QTest::newRow("category") << -1 << static_cast<int>(Column::FavoriteCategory) << "";
    }

    void shouldMakeFormulasHarmless() {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        const std::uint32_t tableRow =
            row < 0 ? renamedCategoryRow_ : static_cast<std::uint32_t>(row);
        const auto col = static_cast<Column>(column);
        std::string raw;
        table_->appendCell(raw, col, tableRow);
        if (row < 0) { // the renamed category: its name as the table holds it, with a '
            QVERIFY(raw.size() > 1 && raw[0] == '-');
            expected = "'" + QString::fromStdString(raw);
        }
        for (const bool protect : {true, false}) {
            QTemporaryDir out;
            ui::ExportDialog dialog(table_, {tableRow}, {Column::CustomerId, col});
            control<QCheckBox>(dialog, "Protect against spreadsheet formulas")->setChecked(protect);
            dialog.setOutputPath(out.filePath("f.csv"));
            const QList<QVariant> finished = exportAndWait(dialog);
            QVERIFY(!finished.isEmpty() && finished[0].toBool());
            QFile file(out.filePath("f.csv"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            Records records;
            QString problem;
            QVERIFY2(readCsv(std::string_view(bytes.constData(), bytes.size()), ',', "\n", records,
                             problem),
                     qPrintable(problem));
            QCOMPARE(records.size(), std::size_t{2});
            QCOMPARE(records[1].size(), std::size_t{2});
            const QString written = QString::fromStdString(records[1][1]);
            QCOMPARE(written, protect ? expected : QString::fromStdString(raw));
        }
    }

    // The core reports progress from 0 to all rows, every kExportProgressRows, and a cancel at
    // any report (the first one included) leaves neither the file nor a temporary file.
    void shouldReportProgressAndStopCleanly_data() {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("never") << 0;
        QTest::newRow("at the first progress") << 1;
        QTest::newRow("in the middle") << 2;
        QTest::newRow("at the last progress") << -1;
    }

    void shouldReportProgressAndStopCleanly() {
        QFETCH(int, cancelAt);
        const std::size_t total = 3 * kExportProgressRows + 17;
        const std::uint64_t reports = 1 + total / kExportProgressRows + 1; // 0, each block, all
        if (cancelAt < 0)
            cancelAt = static_cast<int>(reports);
        const std::vector<std::uint32_t> rows = repeatedRows(total);
        QTemporaryDir out;
        const std::string path = out.filePath("big.csv").toStdString();
        RecordingObserver observer(cancelAt);
        const ExportOutcome outcome = writeExport(*table_, rows, ExportOptions{}, path, &observer);
        if (cancelAt == 0) {
            QCOMPARE(outcome.status, ExportStatus::Ok);
            QCOMPARE(outcome.rowsWritten, std::uint64_t{total});
            QCOMPARE(observer.calls.size(), reports);
            for (std::size_t i = 0; i < observer.calls.size(); ++i) {
                QCOMPARE(observer.calls[i].second, std::uint64_t{total});
                const std::uint64_t expected =
                    std::min<std::uint64_t>(i * kExportProgressRows, total);
                QCOMPARE(observer.calls[i].first, expected);
            }
            // With no columns chosen every column is written, in catalogue order.
            std::vector<Column> all;
            for (const ColumnInfo& info : columnCatalogue())
                all.push_back(info.column);
            const QString allProblem = compareFile(out.filePath("big.csv"), *table_, rows, all, ',',
                                                   false, true, renamedCategoryRow_);
            QVERIFY2(allProblem.isEmpty(), qPrintable(allProblem));
            QCOMPARE(filesIn(out.path()), QStringList{"big.csv"});
        } else {
            QCOMPARE(outcome.status, ExportStatus::Cancelled);
            QCOMPARE(outcome.rowsWritten, std::uint64_t{0});
            QCOMPARE(observer.calls.size(), static_cast<std::size_t>(cancelAt));
            QCOMPARE(filesIn(out.path()), QStringList{});
        }
    }

    // The job delivers progress and the outcome on the UI thread; a job cancelled before its
    // first check writes nothing; destroying a running job waits for its worker.
    void shouldRunTheJobOnAWorker() {
        QTemporaryDir out;
        const std::vector<std::uint32_t> rows = repeatedRows(5 * kExportProgressRows);
        {
            ui::ExportJob job(table_, rows, ExportOptions{}, out.filePath("a.csv"));
            QSignalSpy progress(&job, &ui::ExportJob::progress);
            QSignalSpy finished(&job, &ui::ExportJob::finished);
            job.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(!job.isRunning());
            QCOMPARE(finished[0][0].toBool(), true);
            QCOMPARE(finished[0][1].toULongLong(), static_cast<qulonglong>(rows.size()));
            QVERIFY(progress.size() >= 2);
            int last = -1;
            for (const QList<QVariant>& p : progress) {
                QVERIFY(p[0].toInt() > last);
                last = p[0].toInt();
            }
            QCOMPARE(last, 100);
            QCOMPARE(progress.last()[1].toULongLong(), static_cast<qulonglong>(rows.size()));
        }
        {
            ui::ExportJob job(table_, rows, ExportOptions{}, out.filePath("b.csv"));
            QSignalSpy finished(&job, &ui::ExportJob::finished);
            job.cancel();
            job.start();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished[0][0].toBool(), false);
            QCOMPARE(finished[0][1].toULongLong(), 0ULL);
            QCOMPARE(finished[0][2].toString(), QString("Export cancelled; no file was written."));
            QVERIFY(!QFile::exists(out.filePath("b.csv")));
        }
        {
            auto* job = new ui::ExportJob(table_, repeatedRows(1000000), ExportOptions{},
                                          out.filePath("c.csv"));
            job->start();
            delete job; // cancels and joins; must not crash or leave a temporary file
        }
        QCOMPARE(filesIn(out.path()), QStringList{"a.csv"});
    }

    // Esc during a long export cancels it (the dialog stays open and says so), and a file that
    // was being replaced keeps its old contents.

    void shouldExplainWhyAFileCannotBeWritten_data() {
        QTest::addColumn<QString>("where");
        QTest::newRow("read-only folder") << "readonly";
        QTest::newRow("missing folder") << "missing";
        QTest::newRow("a file used as a folder") << "file";
    }

    void shouldExplainWhyAFileCannotBeWritten() {
        QFETCH(QString, where);
        QTemporaryDir out;
        QString path;
        if (where == "readonly") {
            QVERIFY(QDir(out.path()).mkdir("ro"));
            QFile::setPermissions(out.filePath("ro"), QFile::ReadOwner | QFile::ExeOwner);
            QFile probe(out.filePath("ro/probe"));
            if (probe.open(QIODevice::WriteOnly)) { // root ignores permissions
                probe.remove();
                QSKIP("running as root: a read-only folder is writable");
            }
            path = out.filePath("ro/customers.csv");
        } else if (where == "missing") {
            path = out.filePath("no/such/folder/customers.csv");
        } else {
            QFile file(out.filePath("plain"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            path = out.filePath("plain/customers.csv");
        }
        ui::ExportDialog dialog(table_, rows_, columns_);
        dialog.setOutputPath(path);
        const QList<QVariant> finished = exportAndWait(dialog);
        QCOMPARE(finished.size(), 3);
        QCOMPARE(finished[0].toBool(), false);
        const QString said = dialog.statusText();
        QVERIFY2(said.startsWith("The export failed and no file was written."), qPrintable(said));
        QVERIFY2(said.contains("Check that the folder exists"), qPrintable(said)); // what to do
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog.isExporting());
        QVERIFY(control<QPushButton>(dialog, "Export")->isEnabled());
        QFile::setPermissions(out.filePath("ro"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Every control a keyboard reaches has a name for a screen reader, each combo a buddy
    // label, and Tab walks them in reading order.
};

int runExportFileTests(int argc, char** argv) {
    TestExportFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_export_files.moc"
