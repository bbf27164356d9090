// Saved segments in the workbench: the list model, and the dock saving the controller's
// filters into the workspace, reopening them, applying them (by mouse-free keyboard too) and
// showing problems in place. Rows and sizes are checked against a plain loop over the cells.
#include "engine/build.h"
#include "generate/generator.h"
#include "generated_customers.h"
#include "language.h"
#include "output/workspace_output.h"
#include "query_controller.h"
#include "saved_segments_model.h"
#include "segments_dock.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QDate>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace c360;
using c360::ui::QueryController;
using c360::ui::SavedSegmentsModel;
using c360::ui::SegmentsDock;

Q_DECLARE_METATYPE(c360::CustomerFilter)

namespace {

std::string cell(const Customer360& t, Column c, std::size_t row) {
    std::string s;
    t.appendCell(s, c, row);
    return s;
}

// The rows a filter defines, by the slowest obvious route: every row, every condition, via the
// cells as text.
std::vector<std::uint32_t> plainRows(const Customer360& t, const CustomerFilter& f) {
    std::vector<std::uint32_t> out;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        bool ok =
            (f.segments.empty() || f.segments.count(t.valueSegment[r])) &&
            (f.statuses.empty() || f.statuses.count(t.customerStatus[r])) &&
            (f.categories.empty() || f.categories.count(cell(t, Column::FavoriteCategory, r))) &&
            (f.brands.empty() || f.brands.count(cell(t, Column::FavoriteBrand, r)));
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
        if (ok && !f.search.empty()) {
            bool found = false;
            for (const Column c : {Column::CustomerId, Column::FirstName, Column::LastName,
                                   Column::Email, Column::PhoneNumber})
                found =
                    found || QString::fromStdString(cell(t, c, r))
                                 .contains(QString::fromStdString(f.search), Qt::CaseInsensitive);
            ok = found;
        }
        if (ok)
            out.push_back(static_cast<std::uint32_t>(r));
    }
    return out;
}

bool sameFilter(const CustomerFilter& a, const CustomerFilter& b) {
    if (a.segments != b.segments || a.statuses != b.statuses || a.categories != b.categories ||
        a.brands != b.brands || a.search != b.search || a.ranges.size() != b.ranges.size())
        return false;
    for (std::size_t i = 0; i < a.ranges.size(); ++i)
        if (a.ranges[i].column != b.ranges[i].column || a.ranges[i].min != b.ranges[i].min ||
            a.ranges[i].max != b.ranges[i].max ||
            a.ranges[i].includeMissing != b.ranges[i].includeMissing)
            return false;
    return true;
}

QStringList modelNames(const SavedSegmentsModel& model) {
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row).data(SavedSegmentsModel::NameRole).toString();
    return names;
}

QStringList storedNames(const QString& workspace) {
    std::vector<SavedSegment> all;
    Message error;
    QStringList names;
    if (listSavedSegments(workspace.toStdString(), all, error))
        for (const SavedSegment& s : all)
            names << QString::fromStdString(s.name);
    return names;
}

// Answers the next modal dialog (an input dialog or a confirmation) once it is open.
void whenDialogOpens(std::function<void(QWidget*)> answer) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer = std::move(answer)] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestSegmentsDock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    BuildOutcome built_;
    std::shared_ptr<const Customer360> table_;
    int workspaces_ = 0;

    // A new workspace file with the built table and no saved segments.
    QString freshWorkspace() {
        const QString path = dir_.filePath(QString("w%1.c360").arg(++workspaces_));
        Message error;
        if (!writeWorkspace(built_, WorkspaceContext{"src", "test"}, path.toStdString(), error))
            qWarning("%s", englishText(error).c_str());
        return path;
    }

    static QString label(const QString& name, std::size_t size) {
        return size == 1 ? QString("%1 — 1 customer").arg(name)
                         : QString("%1 — %2 customers")
                               .arg(name, QLocale().toString(static_cast<qulonglong>(size)));
    }

private slots:
    void initTestCase() {
        // The English plural forms ("1 customer", "2 customers") come from a translation.
        c360::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        std::string error;
        QVERIFY2(test::buildGeneratedCustomers(dir_.filePath("src").toStdString(), 1200, 11, built_,
                                               error),
                 error.c_str());
        table_ = std::make_shared<const Customer360>(built_.table);
    }

    // The list model is a well-behaved Qt model, and each row reads name and size.
    void shouldBeAWellBehavedListOfNamesAndSizes() {
        SavedSegmentsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setLocale(QLocale(QLocale::German));
        std::vector<SavedSegment> segments(3);
        segments[0].name = "High spenders";
        segments[1].name = "One";
        segments[2].name = "Empty";
        model.setSegments(segments);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QString("High spenders — counting customers…"));
        QVERIFY(!model.index(0).data(SavedSegmentsModel::SizeRole).isValid());
        model.setSizes({1234567, 1, 0});
        QCOMPARE(model.index(0).data().toString(), QString("High spenders — 1.234.567 customers"));
        QCOMPARE(model.index(0).data(Qt::AccessibleTextRole), model.index(0).data());
        QCOMPARE(model.index(1).data().toString(), QString("One — 1 customer"));
        QCOMPARE(model.index(2).data().toString(), QString("Empty — 0 customers"));
        QCOMPARE(model.index(1).data(SavedSegmentsModel::SizeRole).toULongLong(), 1ull);
        model.setSizes({5}); // a count for another list: ignored
        QCOMPARE(model.index(0).data(SavedSegmentsModel::SizeRole).toULongLong(), 1234567ull);
        QCOMPARE(model.rowOfName("high SPENDERS"), 0);
        QCOMPARE(model.rowOfName("Nobody"), -1);
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
                 QString("All customers (no filters)."));
        model.setSegments({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The tooltip and accessible description say what the segment keeps.
    void shouldDescribeWhatASegmentKeeps() {
        SavedSegmentsModel model;
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        CustomerFilter f;
        f.segments = {ValueSegment::High};
        f.statuses = {CustomerStatus::AtRisk, CustomerStatus::Churned};
        f.categories = {"", "Books"};
        f.ranges = {{Column::TotalSpend, 500.0, 1000.5, false},
                    {Column::Age, std::nullopt, 30.0, true},
                    {Column::LastPurchaseDate, double(QDate(1970, 1, 1).daysTo(QDate(2025, 1, 31))),
                     std::nullopt, false}};
        f.search = "ann";
        std::vector<SavedSegment> one(1);
        one[0].name = "Mixed";
        one[0].filter = f;
        model.setSegments(one);
        QCOMPARE(model.index(0).data(Qt::AccessibleDescriptionRole).toString(),
                 QString("Customer value segment: High. Customer status: At Risk, Churned. "
                         "Favourite category: none, Books. Total spend: 500 to 1,000.5. Age: at "
                         "most 30, or missing. Last purchase date: at least 1/31/2025. "
                         "Search: “ann”."));
        QCOMPARE(model.index(0).data(Qt::ToolTipRole),
                 model.index(0).data(Qt::AccessibleDescriptionRole));
    }

    // Save, reopen the workspace in a new dock, apply: the controller gets the same filter and
    // the rows a plain loop selects; the list shows the size that loop counts.
    void shouldSaveReopenAndApplyTheSameFilter_data() {
        QTest::addColumn<CustomerFilter>("filter");
        CustomerFilter f;
        f.segments = {ValueSegment::High};
        f.statuses = {CustomerStatus::AtRisk, CustomerStatus::Churned};
        QTest::newRow("segment and statuses") << f;
        f = {};
        f.categories = {"", "Electronics"};
        f.brands = {"Voltra", ""};
        QTest::newRow("categories and brands with none") << f;
        f = {};
        f.ranges = {{Column::TotalSpend, 200.0, 1500.0, false},
                    {Column::Age, std::nullopt, 40.0, true}};
        QTest::newRow("ranges, one with missing") << f;
        f = {};
        Days from = 0;
        parseIsoDate("2025-03-01", from);
        f.ranges = {{Column::LastPurchaseDate, double(from), std::nullopt, false}};
        f.search = "an";
        QTest::newRow("date range and search") << f;
    }
    void shouldSaveReopenAndApplyTheSameFilter() {
        QFETCH(CustomerFilter, filter);
        const QString workspace = freshWorkspace();
        QueryController controller;
        controller.setTable(table_);
        controller.setFilter(filter);
        {
            SegmentsDock dock(&controller);
            dock.setWorkspacePath(workspace);
            QVERIFY(dock.saveCurrentFilters("  My segment "));
            QVERIFY2(dock.message().contains("My segment"), qPrintable(dock.message()));
        }
        controller.resetFilter();
        QVERIFY(controller.waitForResult());

        SegmentsDock reopened(&controller);
        QSignalSpy sized(&reopened, &SegmentsDock::sizesUpdated);
        reopened.setWorkspacePath(workspace);
        QCOMPARE(modelNames(*reopened.model()), QStringList{"My segment"});
        if (!reopened.sizesReady())
            QVERIFY(sized.wait());
        const std::vector<std::uint32_t> expected = plainRows(*table_, filter);
        QVERIFY(!expected.empty() && expected.size() < table_->rowCount());
        const QModelIndex item = reopened.model()->index(0);
        QCOMPARE(item.data(SavedSegmentsModel::SizeRole).toULongLong(),
                 static_cast<qulonglong>(expected.size()));
        QCOMPARE(item.data(Qt::AccessibleTextRole).toString(),
                 label("My segment", expected.size()));

        QSignalSpy applied(&reopened, &SegmentsDock::segmentApplied);
        QVERIFY(reopened.applySegment("my SEGMENT"));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied[0][0].toString(), QString("My segment"));
        QVERIFY(controller.waitForResult());
        QVERIFY(sameFilter(controller.filter(), filter));
        QVERIFY(controller.result()->rows == expected);
    }

    // The whole list by keyboard: Tab order, Ctrl+D duplicates, Enter applies, F2 renames
    // (through the name dialog), Delete deletes after confirmation.
    void shouldWorkTheListByKeyboard() {
        const QString workspace = freshWorkspace();
        QueryController controller;
        controller.setTable(table_);
        SegmentsDock dock(&controller);
        dock.setWorkspacePath(workspace);
        CustomerFilter high, lapsed;
        high.segments = {ValueSegment::High};
        lapsed.ranges = {{Column::DaysSinceLastPurchase, 90.0, std::nullopt, false}};
        controller.setFilter(high);
        QVERIFY(dock.saveCurrentFilters("High"));
        controller.setFilter(lapsed);
        QVERIFY(dock.saveCurrentFilters("Lapsed"));
        controller.resetFilter();
        dock.show();
        dock.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dock));

        auto* save = dock.findChild<QPushButton*>();
        save->setFocus();
        QCOMPARE(QApplication::focusWidget(), save);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QListView* list = dock.listView();
        QCOMPARE(QApplication::focusWidget(), list);

        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(modelNames(*dock.model()), (QStringList{"High", "High copy", "Lapsed"}));
        QCOMPARE(list->currentIndex().row(), 1);

        QSignalSpy applied(&dock, &SegmentsDock::segmentApplied);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied[0][0].toString(), QString("High copy"));
        QVERIFY(sameFilter(controller.filter(), high));

        QTest::keyClick(list, Qt::Key_Down);
        whenDialogOpens([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue("Gone quiet");
            input->accept();
        });
        QTest::keyClick(list, Qt::Key_F2);
        QCOMPARE(modelNames(*dock.model()), (QStringList{"High", "High copy", "Gone quiet"}));
        QCOMPARE(storedNames(workspace), modelNames(*dock.model()));
        // Offscreen there is no window manager to hand activation back after a dialog.
        dock.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dock));
        QCOMPARE(QApplication::focusWidget(), list);

        whenDialogOpens([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(modelNames(*dock.model()), (QStringList{"High", "High copy"}));
        QCOMPARE(storedNames(workspace), modelNames(*dock.model()));
        dock.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dock));

        whenDialogOpens([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::No)->click();
        });
        QTest::keyClick(list, Qt::Key_Delete); // refused: nothing changes
        QCOMPARE(storedNames(workspace), (QStringList{"High", "High copy"}));
        dock.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dock));
        QCOMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_Tab); // Tab leaves the list
        QVERIFY(QApplication::focusWidget() != list);
    }

    // Problems appear as a message in the dock, and nothing is changed or crashes.
    void shouldShowProblemsInTheDock_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a workspace") << "not a workspace"
                                         << "is not a workspace";
        QTest::newRow("missing file") << "missing file"
                                      << "Cannot open the workspace";
        QTest::newRow("no workspace open") << "no workspace"
                                           << "Open a workspace first";
        QTest::newRow("name taken") << "name taken"
                                    << "already a saved segment";
        QTest::newRow("blank name") << "blank name"
                                    << "needs a name";
    }
    void shouldShowProblemsInTheDock() {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        QueryController controller;
        controller.setTable(table_);
        SegmentsDock dock(&controller);
        if (what == "not a workspace") {
            dock.setWorkspacePath(dir_.filePath("src/customer_info.csv"));
        } else if (what == "missing file") {
            dock.setWorkspacePath(dir_.filePath("nowhere.c360"));
            QVERIFY(!dock.saveCurrentFilters("X"));
            QVERIFY(!QFile::exists(dir_.filePath("nowhere.c360")));
        } else if (what == "no workspace") {
            QVERIFY(!dock.saveCurrentFilters("X"));
        } else {
            dock.setWorkspacePath(freshWorkspace());
            QVERIFY(dock.saveCurrentFilters("A"));
            QVERIFY(dock.saveCurrentFilters("B"));
            if (what == "name taken")
                QVERIFY(!dock.renameSegment("B", " a "));
            else
                QVERIFY(!dock.saveCurrentFilters("   "));
            QCOMPARE(modelNames(*dock.model()), (QStringList{"A", "B"}));
        }
        QVERIFY2(dock.message().contains(expected), qPrintable(dock.message()));
        auto* label = dock.findChild<QLabel*>();
        QVERIFY(label && label->text() == dock.message());
    }

    // Sizes counted for a list that was replaced meanwhile never reach the model.
    void shouldDropStaleSizes() {
        const QString first = freshWorkspace(), second = freshWorkspace();
        CustomerFilter a, b, x, y;
        a.segments = {ValueSegment::High};
        b.segments = {ValueSegment::Medium};
        x.segments = {ValueSegment::Low};
        y.statuses = {CustomerStatus::Active};
        Message error;
        QVERIFY(saveSegment(first.toStdString(), "A", a, error));
        QVERIFY(saveSegment(first.toStdString(), "B", b, error));
        QVERIFY(saveSegment(second.toStdString(), "X", x, error));
        QVERIFY(saveSegment(second.toStdString(), "Y", y, error));
        const auto expectedX = static_cast<qulonglong>(plainRows(*table_, x).size());
        const auto expectedY = static_cast<qulonglong>(plainRows(*table_, y).size());
        QueryController controller;
        controller.setTable(table_);
        SegmentsDock dock(&controller);
        QList<QPair<qulonglong, qulonglong>> seen;
        connect(dock.model(), &QAbstractItemModel::dataChanged, this, [&] {
            seen << qMakePair(
                dock.model()->index(0).data(SavedSegmentsModel::SizeRole).toULongLong(),
                dock.model()->index(1).data(SavedSegmentsModel::SizeRole).toULongLong());
        });
        QSignalSpy sized(&dock, &SegmentsDock::sizesUpdated);
        dock.setWorkspacePath(first);
        dock.setWorkspacePath(second);
        QTRY_VERIFY(dock.sizesReady());
        QCOMPARE(modelNames(*dock.model()), (QStringList{"X", "Y"}));
        QCOMPARE(seen, (QList<QPair<qulonglong, qulonglong>>{{expectedX, expectedY}}));
    }

    // Every control can be found and named by a screen reader; the dock is what MainWindow
    // expects.
    void shouldNameEveryFocusableControl() {
        QueryController controller;
        controller.setTable(table_);
        SegmentsDock dock(&controller);
        dock.setWorkspacePath(freshWorkspace());
        QCOMPARE(dock.objectName(), QString("segmentsDock"));
        QCOMPARE(dock.windowTitle(), QString("Saved segments"));
        int focusable = 0;
        for (QWidget* w : dock.findChildren<QWidget*>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollBar*>(w))
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->role() == QAccessible::ScrollBar)
                continue;
            if (!(a->role() == QAccessible::List || a->role() == QAccessible::Button ||
                  a->role() == QAccessible::Client))
                continue;
            ++focusable;
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(), w->metaObject()->className());
        }
        QVERIFY(focusable >= 6); // the list and five buttons
        QCOMPARE(QAccessible::queryAccessibleInterface(dock.listView())->role(), QAccessible::List);
        QCOMPARE(dock.listView()->accessibleName(), QString("Saved segments"));
    }
};

QTEST_MAIN(TestSegmentsDock)
#include "test_segments_dock.moc"
