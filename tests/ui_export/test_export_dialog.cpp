// The export dialog as a user meets it: named for screen readers in reading order, the
// visible columns in view order, and every step by keyboard alone, including cancelling.
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

class TestExportDialog : public QObject, private ExportFixture {
    Q_OBJECT

private slots:
    void initTestCase() { prepare(); }

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

int runExportDialogTests(int argc, char** argv) {
    TestExportDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_export_dialog.moc"
