// c360-screenshots WORKSPACE OUTPUT_FOLDER: opens the workbench on a copy of WORKSPACE and
// saves PNGs of its main views for docs/workbench.md: the window unfiltered, a filtered
// segment, a chart as a table, the export, import and keyboard-shortcuts dialogs, and the saved
// segments. Run by tools/screenshots under Xvfb at 1600×1000; not a CTest test, because a
// picture has to be looked at, not asserted.
#include "chart_panel.h"
#include "charts_dock.h"
#include "export_dialog.h"
#include "filter_chips_bar.h"
#include "import_dialog.h"
#include "inspect_job.h"
#include "language.h"
#include "main_window.h"
#include "segments_dock.h"
#include "shortcuts_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

using namespace c360;
using namespace c360::ui;

constexpr int kWidth = 1600;
constexpr int kHeight = 1000;

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "c360-screenshots: %s\n", qPrintable(message));
    std::exit(1);
}

// Lets queued results, layouts and repaints run. A short real wait as well: Qt Charts lays
// out its axes and labels over a few event-loop turns after the data changes.
void settle() {
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QTest::qWait(60);
    }
}

void waitForResult(MainWindow& window) {
    if (!window.controller()->waitForResult(60000))
        fail(QStringLiteral("the query did not finish"));
    settle();
}

// Gives `widget` the keyboard focus in its (active) window so the focus frame is drawn.
void focus(QWidget* widget) {
    QWidget* top = widget->window();
    top->activateWindow();
    top->raise();
    if (!QTest::qWaitForWindowActive(top, 5000))
        std::fprintf(stderr,
                     "c360-screenshots: %s did not become active; focus frames may be "
                     "missing\n",
                     qPrintable(top->windowTitle()));
    // As if reached by keyboard: styles draw focus frames on buttons and check boxes only
    // once the window has seen a keyboard focus change (a Tab or a shortcut), and a
    // programmatic Tab reason alone does not count.
    widget->setFocus(Qt::ShortcutFocusReason);
    settle();
    if (!widget->hasFocus())
        std::fprintf(stderr, "c360-screenshots: %s did not take the focus\n",
                     qPrintable(widget->accessibleName()));
}

void save(QWidget* widget, const QDir& folder, const QString& name) {
    // The status bar's passing messages name the temporary copy ("Opened /tmp/…").
    if (auto* window = qobject_cast<QMainWindow*>(widget))
        window->statusBar()->clearMessage();
    settle();
    const QString path = folder.filePath(name);
    if (!widget->grab().save(path, "PNG", 0)) // 0: the strongest compression
        fail(QStringLiteral("could not write %1").arg(path));
    std::printf("wrote %s (%dx%d)\n", qPrintable(path), widget->width(), widget->height());
}

template <typename T> T* child(QObject* parent, const QString& name = QString()) {
    T* found = parent->findChild<T*>(name);
    if (!found)
        fail(QStringLiteral("no %1 %2").arg(QLatin1String(T::staticMetaObject.className()), name));
    return found;
}

CustomerFilter highValueAtRiskElectronics() {
    CustomerFilter filter;
    filter.segments = {ValueSegment::High};
    filter.statuses = {CustomerStatus::AtRisk};
    filter.categories = {"Electronics"};
    return filter;
}

void openWorkspace(MainWindow& window, const QString& path) {
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    window.openWorkspace(path);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000) ||
        opened.isEmpty())
        fail(failed.isEmpty() ? QStringLiteral("opening %1 took too long").arg(path)
                              : failed.first().first().toString());
    waitForResult(window);
}

void mainWindow(MainWindow& window, const QDir& out) {
    QTableView* table = window.tableView();
    table->setCurrentIndex(table->model()->index(0, 0));
    focus(table);
    save(&window, out, QStringLiteral("main-window.png"));
}

void filteredSegment(MainWindow& window, const QDir& out) {
    window.controller()->setFilter(highValueAtRiskElectronics());
    waitForResult(window);
    const QList<QPushButton*> chips = child<FilterChipsBar>(&window, "filterChipsBar")->chips();
    if (chips.isEmpty())
        fail(QStringLiteral("the filter shows no chips"));
    focus(chips.front());
    save(&window, out, QStringLiteral("filtered-segment.png"));
}

void chartAsTable(MainWindow& window, const QDir& out) {
    window.controller()->resetFilter();
    waitForResult(window);
    auto* charts = child<ChartsDock>(&window, "chartsDock");
    auto* segments = child<SegmentsDock>(&window, "segmentsDock");
    ChartPanel* panel = charts->panel(ChartKind::SegmentByStatus);
    if (!panel)
        fail(QStringLiteral("no chart of value segment by status"));
    // By default the charts share the right-hand column with the saved segments and one panel
    // does not fit; drag the separator down, as a user would, so title, table and toggle show.
    const QByteArray layout = window.saveState();
    window.resizeDocks({charts, segments}, {kHeight - 200, 100}, Qt::Vertical);
    panel->tableToggle()->setChecked(true);
    settle();
    if (!panel->isShowingTable())
        fail(QStringLiteral("View as table did not switch to the table"));
    QTableView* numbers = panel->tableView();
    numbers->setCurrentIndex(numbers->model()->index(0, 0));
    // The toggle has the focus, as after pressing Space on it.
    focus(panel->tableToggle());
    child<QScrollArea>(charts)->ensureWidgetVisible(panel->tableToggle(), 0, 8);
    save(&window, out, QStringLiteral("chart-as-table.png"));
    panel->tableToggle()->setChecked(false);
    // The table's current row became the chart's highlight; the next pictures show none.
    panel->setHighlightedRow(-1);
    window.restoreState(layout);
    child<QScrollArea>(charts)->ensureVisible(0, 0);
}

void exportDialog(MainWindow& window, const QDir& out) {
    // The segment a marketer would export, through the menu action as a user starts it.
    window.controller()->setFilter(highValueAtRiskElectronics());
    waitForResult(window);
    window.exportAction()->trigger();
    settle();
    auto* dialog = child<ExportDialog>(&window);
    // A path that reads the same on every machine, not the temporary copy's folder.
    dialog->setOutputPath(QStringLiteral("customers-high-value-at-risk.csv"));
    focus(child<QLineEdit>(dialog)); // the file field, where the dialog starts
    save(dialog, out, QStringLiteral("export-dialog.png"));
    dialog->close();
    settle();
}

void importDialog(MainWindow& window, const QDir& out, const QString& demoSource) {
    window.showImportDialog();
    settle();
    auto* dialog = child<ImportDialog>(&window);
    // Relative paths (the program runs in the repository): the picture is the same wherever
    // the checkout lives. The demo data describe the first half of 2025.
    dialog->setOutputPath(QStringLiteral("build/demo/customer_360.c360"));
    dialog->setAsOfDate(QDate(2025, 6, 30));
    dialog->setSourcePath(demoSource);
    // The as-of date change asks for a second inspection once its typing pause is over; wait
    // until no inspection is running or pending.
    do {
        if (!dialog->inspectJob().waitForResult(120000))
            fail(QStringLiteral("the inspection of %1 did not finish").arg(demoSource));
        QTest::qWait(600);
    } while (dialog->inspectJob().isBusy());
    dialog->selectTable(0);
    focus(child<QTableView>(dialog, "sourceTablesView"));
    save(dialog, out, QStringLiteral("import-dialog.png"));
    dialog->close();
    settle();
}

void shortcutsDialog(MainWindow& window, const QDir& out) {
    ShortcutsDialog dialog(window.menuBar(), &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog, 5000))
        fail(QStringLiteral("the shortcuts dialog was not shown"));
    dialog.table()->setCurrentCell(0, 0);
    focus(dialog.table());
    save(&dialog, out, QStringLiteral("keyboard-shortcuts.png"));
    dialog.close();
    settle();
}

// Segment names are what a user types, so the German pictures show German ones.
void savedSegments(MainWindow& window, const QDir& out, const QString& language) {
    const bool german = language == QLatin1String("de");
    auto* dock = child<SegmentsDock>(&window, "segmentsDock");
    const auto saveSegment = [&](const CustomerFilter& filter, const QString& name) {
        window.controller()->setFilter(filter);
        waitForResult(window);
        QSignalSpy sized(dock, &SegmentsDock::sizesUpdated);
        if (!dock->saveCurrentFilters(name))
            fail(QStringLiteral("could not save %1: %2").arg(name, dock->message()));
        while (!dock->sizesReady())
            if (!sized.wait(30000))
                fail(QStringLiteral("the segment sizes were not counted"));
    };
    CustomerFilter churned;
    churned.statuses = {CustomerStatus::Churned};
    saveSegment(churned, german ? QStringLiteral("Abgewanderte Kunden")
                                : QStringLiteral("Churned customers"));
    saveSegment(highValueAtRiskElectronics(),
                german ? QStringLiteral("Hoher Wert, gefährdet, Elektronik")
                       : QStringLiteral("High value at risk, Electronics"));
    focus(dock->listView());
    save(&window, out, QStringLiteral("saved-segments.png"));
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: c360-screenshots WORKSPACE OUTPUT_FOLDER [LANGUAGE]\n");
        return 2;
    }
    // In another language the values follow its region too (dates, numbers), as they would on
    // a desktop set to it.
    const QString language = args.value(3, QStringLiteral("en"));
    if (language != QLatin1String("en"))
        QLocale::setDefault(QLocale(language));
    if (c360::ui::installTranslations(app, language).isEmpty())
        fail(QStringLiteral("no translation for %1").arg(language));
    const QString workspace = args.at(1);
    // Absolute: the program later works in the source tree (for the import's relative paths).
    const QDir out(QDir(args.at(2)).absolutePath());
    if (!QDir().mkpath(out.absolutePath()))
        fail(QStringLiteral("cannot create %1").arg(out.absolutePath()));

    // Saving segments writes into the workspace, and the window remembers its layout: work on
    // copies so neither the given workspace nor the user's settings change.
    QTemporaryDir temp;
    if (!temp.isValid())
        fail(QStringLiteral("no temporary folder"));
    const QString copy = temp.filePath(QStringLiteral("customer_360.c360"));
    if (!QFile::copy(workspace, copy))
        fail(QStringLiteral("cannot copy %1").arg(workspace));
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    MainWindow window(&settings);
    window.setRunningLanguage(language);
    window.resize(kWidth, kHeight);
    window.move(0, 0);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 10000))
        fail(QStringLiteral("the window was not shown (is there a display?)"));
    openWorkspace(window, copy);

    QDir::setCurrent(QStringLiteral(C360_SOURCE_DIR));
    mainWindow(window, out);
    filteredSegment(window, out);
    chartAsTable(window, out);
    exportDialog(window, out);
    importDialog(window, out, QStringLiteral("resources/demo"));
    shortcutsDialog(window, out);
    savedSegments(window, out, language);
    return 0;
}
