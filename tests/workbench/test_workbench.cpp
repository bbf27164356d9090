// The workbench window as a user meets it: opening a workspace, the count, sorting by header
// and by keyboard, copying, the column layout that survives a restart, F6 between panes, and
// stale query results that must never win.
#include "columns_dialog.h"
#include "engine/build.h"
#include "generate/generator.h"
#include "main_window.h"
#include "output/workspace_output.h"
#include "query/customer_query.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace c360;

class TestWorkbench : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString workspace_;
    std::shared_ptr<Customer360> table_;

    std::unique_ptr<QSettings> freshSettings(const QString& name) {
        QFile::remove(dir_.filePath(name));
        return std::make_unique<QSettings>(dir_.filePath(name), QSettings::IniFormat);
    }

    static void open(ui::MainWindow& window, const QString& path) {
        QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
        window.openWorkspace(path);
        QVERIFY(opened.wait(30000));
        QVERIFY(window.controller()->waitForResult());
    }

    static QString cellText(const Customer360& t, Column c, std::uint32_t row) {
        std::string s;
        t.appendCell(s, c, row);
        return QString::fromStdString(s);
    }

private slots:
    void initTestCase() {
        GenerateOptions g;
        g.customers = 2000;
        g.seed = 11;
        parseIsoDate("2025-06-30", g.asOf);
        g.csvFolder = dir_.filePath("src").toStdString();
        GenerateStats stats;
        std::string error;
        QVERIFY2(generateSources(g, stats, error), error.c_str());
        SourceSet sources;
        QVERIFY(resolveSourceSet(g.csvFolder, sources, error));
        BuildOptions options;
        options.asOf = g.asOf;
        BuildOutcome outcome = buildCustomer360(sources, options);
        QCOMPARE(outcome.status, BuildStatus::Ok);
        workspace_ = dir_.filePath("w.c360");
        QVERIFY2(writeWorkspace(outcome, WorkspaceContext{"src", "test"}, workspace_.toStdString(),
                                error),
                 error.c_str());
        table_ = std::make_shared<Customer360>(std::move(outcome.table));
    }

    void shouldOpenAWorkspaceAndAnnounceTheCount() {
        auto settings = freshSettings("open.ini");
        ui::MainWindow window(settings.get());
        QCOMPARE(window.countLabel()->text(),
                 QString("No workspace open: File → Open workspace (Ctrl+O)"));
        open(window, workspace_);
        const QString total = QLocale().toString(static_cast<qulonglong>(table_->rowCount()));
        QCOMPARE(window.countLabel()->text(), QString("%1 of %1 customers").arg(total));
        QCOMPARE(window.tableView()->model()->rowCount(), static_cast<int>(table_->rowCount()));
        QCOMPARE(settings->value("workspace/last").toString(), workspace_);

        CustomerFilter high;
        high.segments = {ValueSegment::High};
        window.controller()->setFilter(high);
        QVERIFY(window.controller()->waitForResult());
        std::size_t expected = 0;
        for (std::size_t r = 0; r < table_->rowCount(); ++r)
            expected += table_->valueSegment[r] == ValueSegment::High;
        QCOMPARE(window.countLabel()->text(),
                 QString("%1 of %2 customers")
                     .arg(QLocale().toString(static_cast<qulonglong>(expected)), total));
    }

    void shouldReportAFileThatIsNotAWorkspace() {
        ui::MainWindow window;
        QFile junk(dir_.filePath("junk.c360"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QSignalSpy failed(&window, &ui::MainWindow::workspaceFailed);
        window.openWorkspace(junk.fileName());
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains("junk.c360"));
        QVERIFY(!window.controller()->table());
    }

    void shouldSortByKeyboardWithMissingValuesLast_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (const Column c : {Column::TotalSpend, Column::Age, Column::LastName,
                               Column::LastPurchaseDate, Column::AvgSatisfactionScore}) {
            const std::string name(columnInfo(c).name);
            QTest::newRow((name + " ascending").c_str()) << int(c) << false;
            QTest::newRow((name + " descending").c_str()) << int(c) << true;
        }
    }
    void shouldSortByKeyboardWithMissingValuesLast() {
        QFETCH(int, column);
        QFETCH(bool, descending);
        ui::MainWindow window;
        open(window, workspace_);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* view = window.tableView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, column));
        QTest::keyClick(view, descending ? Qt::Key_D : Qt::Key_A,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.controller()->waitForResult());
        QCOMPARE(window.controller()->sortOrder().column, std::optional(Column(column)));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), column);

        // Independently of sortRows: values in order, ties in table order, missing last.
        const auto& rows = window.controller()->result()->rows;
        QCOMPARE(rows.size(), table_->rowCount());
        const auto c = static_cast<Column>(column);
        const bool numeric = isRangeColumn(c);
        bool seenMissing = false;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const std::uint32_t a = rows[i - 1], b = rows[i];
            const bool aNull = table_->isNull(c, a), bNull = table_->isNull(c, b);
            if (aNull) {
                seenMissing = true;
                QVERIFY2(bNull, "a value after a missing one");
                QVERIFY(a < b);
                continue;
            }
            if (bNull)
                continue;
            int order;
            if (numeric) {
                const double x = *numericValue(*table_, c, a), y = *numericValue(*table_, c, b);
                order = x < y ? -1 : x > y ? 1 : 0;
            } else {
                const QString x = cellText(*table_, c, a), y = cellText(*table_, c, b);
                const QByteArray xu = x.toUtf8(), yu = y.toUtf8();
                order = xu < yu ? -1 : xu > yu ? 1 : 0;
            }
            if (descending)
                order = -order;
            QVERIFY2(order <= 0, qPrintable(QString("rows %1 and %2 out of order").arg(a).arg(b)));
            if (order == 0)
                QVERIFY2(a < b, "equal values must keep table order");
        }
        Q_UNUSED(seenMissing);
        QVERIFY(window.findChild<QLabel*>()); // the sort label exists
    }

    void shouldKeepTheCurrentCustomerWhenTheOrderChanges() {
        ui::MainWindow window;
        open(window, workspace_);
        auto* view = window.tableView();
        view->setCurrentIndex(view->model()->index(123, int(Column::Email)));
        const std::int64_t customer = view->currentCustomerRow();
        QCOMPARE(customer, std::int64_t(123));
        window.controller()->setSortOrder({Column::TotalSpend, true});
        QVERIFY(window.controller()->waitForResult());
        QCOMPARE(view->currentCustomerRow(), customer);
        QCOMPARE(view->currentIndex().column(), int(Column::Email));
    }

    void shouldCopyTheSelectedRowsAsTsvInViewOrder() {
        ui::MainWindow window;
        open(window, workspace_);
        auto* view = window.tableView();
        view->setVisibleColumns({Column::Email, Column::CustomerId, Column::TotalSpend});
        view->selectionModel()->select(
            QItemSelection(view->model()->index(2, 0), view->model()->index(4, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->copySelection();
        const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QString("Email\tCustomer id\tTotal spend"));
        for (int i = 0; i < 3; ++i) {
            const auto row = static_cast<std::uint32_t>(2 + i);
            const QStringList cells = lines[i + 1].split('\t');
            QCOMPARE(cells.size(), 3);
            QCOMPARE(cells[0], cellText(*table_, Column::Email, row));
            QCOMPARE(cells[1], cellText(*table_, Column::CustomerId, row));
            QCOMPARE(QLocale().toDouble(cells[2]), moneyToDouble(table_->totalSpend[row]));
        }
    }

    void shouldRememberShownColumnsAndTheirOrder() {
        auto settings = freshSettings("columns.ini");
        const std::vector<Column> chosen{Column::LastName, Column::CustomerStatusColumn,
                                         Column::TotalSpend, Column::CustomerId};
        {
            ui::MainWindow window(settings.get());
            open(window, workspace_);
            ui::ColumnsDialog dialog(chosen, chosen);
            QCOMPARE(dialog.visibleColumns(), chosen);
            window.tableView()->setVisibleColumns(dialog.visibleColumns());
            // The header reports its moves; the window saves the layout on each.
            QCOMPARE(window.tableView()->visibleColumnsInViewOrder(), chosen);
        }
        ui::MainWindow again(settings.get());
        open(again, workspace_);
        QCOMPARE(again.tableView()->visibleColumnsInViewOrder(), chosen);
    }

    void shouldReorderColumnsByKeyboardInTheColumnsDialog() {
        const std::vector<Column> order{Column::CustomerId, Column::FirstName, Column::Email};
        ui::ColumnsDialog dialog(order, order);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.list()->setFocus();
        dialog.list()->setCurrentRow(2);
        QTest::keyClick(dialog.list(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(dialog.list()->currentRow(), 1);
        QCOMPARE(dialog.list()->item(1)->text(), QString("Email"));
        QTest::keyClick(dialog.list(), Qt::Key_Down);  // First name moved down to row 2
        QTest::keyClick(dialog.list(), Qt::Key_Space); // hide First name
        QCOMPARE(dialog.visibleColumns(), (std::vector<Column>{Column::CustomerId, Column::Email}));
    }

    void shouldDropAStaleResult() {
        ui::QueryController controller;
        controller.setTable(table_);
        QVERIFY(controller.waitForResult());
        QSignalSpy ready(&controller, &ui::QueryController::resultReady);
        CustomerFilter first, second;
        first.statuses = {CustomerStatus::Active};
        second.statuses = {CustomerStatus::Churned};
        controller.setFilter(first);
        controller.setFilter(second);
        QVERIFY(controller.waitForResult());
        // Only the newest request is ever delivered.
        QCOMPARE(ready.count(), 1);
        QCOMPARE(controller.result()->generation, controller.generation());
        for (const std::uint32_t r : controller.result()->rows)
            QCOMPARE(table_->customerStatus[r], CustomerStatus::Churned);
        std::size_t expected = 0;
        for (std::size_t r = 0; r < table_->rowCount(); ++r)
            expected += table_->customerStatus[r] == CustomerStatus::Churned;
        QCOMPARE(controller.result()->rows.size(), expected);
    }
};

QTEST_MAIN(TestWorkbench)
#include "test_workbench.moc"
