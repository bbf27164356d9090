// The workbench window as a user meets it: opening a workspace, the count, sorting by header
// and by keyboard, copying, the column layout that survives a restart, F6 between panes, and
// stale query results that must never win.
#include "columns_dialog.h"
#include "engine/build.h"
#include "export_dialog.h"
#include "filter_dock.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "language.h"
#include "main_window.h"
#include "output/workspace_output.h"
#include "query/customer_query.h"
#include "segments_dock.h"
#include "workspace/segment_store.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace c360;

class TestWorkbench : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString workspace_;
    std::shared_ptr<Customer360> table_;
    QString demoWorkspace_;
    std::shared_ptr<Customer360> demo_;

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
    // Qt Charts deletes the items of a replaced series with deleteLater; a test function has
    // no event loop to run them, so run them here or LeakSanitizer reports them.
    void cleanup() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        std::string error;
        BuildOutcome outcome;
        workspace_ = dir_.filePath("w.c360");
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 2000, 11,
                                               outcome, error, workspace_.toStdString()),
                 error.c_str());
        table_ = std::make_shared<Customer360>(std::move(outcome.table));

        // The bundled demo, as tools/run and the first start open it.
        SourceSet demoSources;
        Message why;
        QVERIFY(resolveSourceSet(C360_SOURCE_DIR "/resources/demo", demoSources, why));
        BuildOptions options;
        options.asOf = outcome.options.asOf;
        BuildOutcome demo = buildCustomer360(demoSources, options);
        QCOMPARE(demo.status, BuildStatus::Ok);
        demoWorkspace_ = dir_.filePath("demo.c360");
        QVERIFY2(writeWorkspace(demo, WorkspaceContext{"demo", "test"},
                                demoWorkspace_.toStdString(), why),
                 englishText(why).c_str());
        demo_ = std::make_shared<Customer360>(std::move(demo.table));
    }

    // Presses `key` on whatever has the focus, as a keyboard user does.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard focus");
        QTest::keyClick(focus, static_cast<Qt::Key>(key), modifiers);
    }

    // Answers the next modal dialog by keyboard once it is shown (it runs its own event loop,
    // so the answer has to come from a timer): `answer` returns false for other dialogs.
    static void answerModalDialog(std::function<bool(QWidget*)> answer) {
        auto* poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
            // The offscreen platform does not always make a new dialog the active window, so
            // look for a visible modal one rather than at the active one.
            for (QWidget* top : QApplication::topLevelWidgets())
                if (top->isVisible() && top->isModal() && answer(top)) {
                    poll->deleteLater();
                    return;
                }
        });
        poll->start();
        QTimer::singleShot(20000, poll, &QObject::deleteLater); // never outlive the test
    }

    // Moves the current item of the focused list to the row labelled `label` with Home and
    // Down, then ticks it with Space.
    static void tickByKeyboard(QListView* list, const QString& label) {
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(list));
        press(Qt::Key_Home);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->currentIndex().data().toString().startsWith(label + " ("))
                break;
            press(Qt::Key_Down);
        }
        QVERIFY2(list->currentIndex().data().toString().startsWith(label + " ("),
                 qPrintable(label + " is not in the list"));
        press(Qt::Key_Space);
        QCOMPARE(list->currentIndex().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    // The walk-through of the issue, without the mouse: open the demo, filter to "High value,
    // At Risk, bought Electronics", save that as a segment, export it; the file holds exactly
    // the customers a plain loop over the table finds.
    void shouldFilterSaveAndExportByKeyboardAlone() {
        auto settings = freshSettings("keyboard.ini");
        ui::MainWindow window(settings.get());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        open(window, demoWorkspace_);

        auto* filters = window.findChild<ui::FilterDock*>("filtersDock");
        QVERIFY(filters);
        window.tableView()->setFocus();
        press(Qt::Key_F6); // table -> charts
        press(Qt::Key_F6); // -> saved segments
        press(Qt::Key_F6); // -> filters
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(filters->searchBox()));
        press(Qt::Key_Tab);
        tickByKeyboard(filters->facetView(ui::FilterDock::Facet::Segment), "High");
        press(Qt::Key_Tab);
        tickByKeyboard(filters->facetView(ui::FilterDock::Facet::Status), "At Risk");
        press(Qt::Key_Tab);
        tickByKeyboard(filters->facetView(ui::FilterDock::Facet::Category), "Electronics");
        QVERIFY(window.controller()->waitForResult());

        std::vector<std::uint32_t> expected;
        for (std::uint32_t r = 0; r < demo_->rowCount(); ++r) {
            const std::int32_t c = demo_->favoriteCategory[r];
            if (demo_->valueSegment[r] == ValueSegment::High &&
                demo_->customerStatus[r] == CustomerStatus::AtRisk && c != kNoDictEntry &&
                demo_->categoryNames[static_cast<std::size_t>(c)] == "Electronics")
                expected.push_back(r);
        }
        QVERIFY2(!expected.empty(), "the demo has High value, At Risk Electronics buyers");
        QCOMPARE(window.controller()->result()->rows, expected);
        const QString total = QLocale().toString(static_cast<qulonglong>(demo_->rowCount()));
        QCOMPARE(window.countLabel()->text(),
                 QString("%1 of %2 customers")
                     .arg(QLocale().toString(static_cast<qulonglong>(expected.size())), total));

        // Ctrl+S asks for a name; the answer is typed into the dialog.
        answerModalDialog([](QWidget* dialog) {
            if (!qobject_cast<QInputDialog*>(dialog))
                return false;
            auto* name = dialog->findChild<QLineEdit*>();
            if (!name || !name->hasFocus())
                dialog->activateWindow(); // as a window manager would
            QTest::keyClicks(name, "High value at risk, electronics");
            QTest::keyClick(name, Qt::Key_Return);
            return true;
        });
        press(Qt::Key_S, Qt::ControlModifier);
        std::vector<SavedSegment> saved;
        Message error;
        QVERIFY2(listSavedSegments(demoWorkspace_.toStdString(), saved, error),
                 englishText(error).c_str());
        QCOMPARE(saved.size(), std::size_t(1));
        QCOMPARE(saved[0].name, std::string("High value at risk, electronics"));
        QCOMPARE(selectRows(*demo_, saved[0].filter), expected);

        // Ctrl+E opens the export dialog; the file name is typed, Enter exports.
        QVERIFY(window.isActiveWindow() || (window.activateWindow(), true));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tableView()->setFocus();
        press(Qt::Key_E, Qt::ControlModifier);
        auto* exportDialog = window.findChild<ui::ExportDialog*>();
        QVERIFY(exportDialog);
        QVERIFY(QTest::qWaitForWindowActive(exportDialog));
        const QString out = dir_.filePath("keyboard-export.csv");
        QFile::remove(out);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        auto* path = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY2(path, "the export dialog starts in its file field");
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(path, out);
        QSignalSpy finished(exportDialog, &ui::ExportDialog::exportFinished);
        press(Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), static_cast<int>(expected.size()) + 1);
        QVERIFY(lines[0].startsWith("customer_id,first_name,last_name"));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const QString id = cellText(*demo_, Column::CustomerId, expected[i]);
            QVERIFY2(lines[static_cast<int>(i) + 1].startsWith(id + ","),
                     qPrintable(lines[static_cast<int>(i) + 1]));
        }
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
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
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
