#include "main_window.h"
#include "language.h"
#include "messages.h"

#include "build_job.h"
#include "charts_dock.h"
#include "columns_dialog.h"
#include "export_dialog.h"
#include "filter_chips_bar.h"
#include "filter_dock.h"
#include "import_dialog.h"
#include "preferences_dialog.h"
#include "segments_dock.h"
#include "shortcuts_dialog.h"
#include "values/date.h"
#include "workspace/workspace_reader.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace c360::ui {

namespace {
const char* const kLastWorkspaceKey = "workspace/last";
const char* const kHeaderStateKey = "table/header";
} // namespace

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent), settings_(settings), controller_(new QueryController(this)),
      model_(new CustomerTableModel(this)), table_(new CustomerTableView(model_)),
      panes_(new PaneCycler(this)), centralLayout_(nullptr), count_(new QLabel), sort_(new QLabel) {
    setWindowTitle(tr("Customer 360 Workbench"));
    setAcceptDrops(true);
    // Fusion marks a focused list or table only with a faint line: make it unmistakable.
    setStyleSheet(
        QStringLiteral("QAbstractItemView:focus { border: 2px solid palette(highlight); }"));
    loader_.setMaxThreadCount(1);

    auto* central = new QWidget;
    centralLayout_ = new QVBoxLayout(central);
    centralLayout_->setContentsMargins(4, 4, 4, 4);
    centralLayout_->addWidget(table_, 1);
    setCentralWidget(central);
    const QLocale locale;
    filters_ = new FilterDock(controller_, locale, this);
    addDockWidget(Qt::LeftDockWidgetArea, filters_);
    panes_->addPane(filters_, tr("Filters"));
    centralLayout_->insertWidget(0, new FilterChipsBar(controller_, locale));
    panes_->addPane(table_, tr("Customers table"));
    charts_ = new ChartsDock(controller_, this);
    addDockWidget(Qt::RightDockWidgetArea, charts_);
    panes_->addPane(charts_, tr("Segment charts"));
    segments_ = new SegmentsDock(controller_, this);
    addDockWidget(Qt::RightDockWidgetArea, segments_);
    panes_->addPane(segments_, tr("Saved segments"));
    // At 1600x1000 the charts need most of the right column; saved segments are a short list.
    resizeDocks({charts_, segments_}, {700, 230}, Qt::Vertical);
    resizeDocks({filters_, charts_}, {300, 470}, Qt::Horizontal);

    // No accessible names here: a label's name is its text, which is what a screen reader
    // should say ("12,345 of 1,000,000 customers").
    count_->setAccessibleDescription(tr("Customers matching the filters"));
    sort_->setAccessibleDescription(tr("Order of the customer table"));
    sort_->setContentsMargins(0, 0, 12, 0);
    count_->setFrameShape(QFrame::NoFrame);
    statusBar()->addPermanentWidget(sort_);
    auto* separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(count_);

    connect(model_, &CustomerTableModel::sortRequested, this,
            [this](Column column, bool descending) {
                controller_->setSortOrder({column, descending});
            });
    connect(table_, &CustomerTableView::sortCleared, this,
            [this] { controller_->setSortOrder({}); });
    connect(table_, &CustomerTableView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(controller_, &QueryController::resultReady, this, &MainWindow::showResult);
    connect(controller_, &QueryController::filterChanged, this, &MainWindow::updateCount);
    connect(controller_, &QueryController::sortOrderChanged, this, &MainWindow::updateSortLabel);
    connect(table_, &CustomerTableView::columnLayoutChanged, this, &MainWindow::saveTableLayout);

    createMenus();
    restoreTableLayout();
    updateCount();
    updateSortLabel();
}

MainWindow::~MainWindow() {
    ++openGeneration_;
    loader_.waitForDone();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    QAction* importSources =
        file->addAction(tr("&Import sources…"), this, [this] { showImportDialog(); });
    importSources->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    export_ =
        file->addAction(tr("&Export filtered customers…"), this, &MainWindow::exportCustomers);
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    export_->setEnabled(false);
    // Only rows that match the current filter and sort are exported: wait for them.
    connect(controller_, &QueryController::filterChanged, export_,
            [this] { export_->setEnabled(false); });
    connect(controller_, &QueryController::sortOrderChanged, export_,
            [this] { export_->setEnabled(false); });
    connect(controller_, &QueryController::resultReady, export_,
            [this] { export_->setEnabled(true); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copy =
        edit->addAction(tr("&Copy selected rows"), table_, &CustomerTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    // The table has the focus when copying; the shortcut must not fire from a text field.
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table_->addAction(copy);
    QAction* selectAll = edit->addAction(tr("Select &all rows"), table_, &QTableView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table_->addAction(selectAll);

    QAction* find = edit->addAction(tr("&Find customers"), filters_, &FilterDock::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction* reset =
        edit->addAction(tr("&Reset all filters"), controller_, &QueryController::resetFilter);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setEnabled(settings_ != nullptr);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* columns = view->addAction(tr("&Columns…"), this, &MainWindow::showColumnsDialog);
    columns->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QMenu* sortMenu = view->addMenu(tr("&Sort"));
    QAction* ascending = sortMenu->addAction(tr("By current column, &ascending"), this,
                                             [this] { table_->sortCurrentColumn(false); });
    ascending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction* descending = sortMenu->addAction(tr("By current column, &descending"), this,
                                              [this] { table_->sortCurrentColumn(true); });
    descending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction* unsorted = sortMenu->addAction(tr("&Table order"), this, [this] {
        table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    });
    unsorted->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addSeparator();
    QAction* filtersToggle = filters_->toggleViewAction();
    filtersToggle->setText(tr("&Filters"));
    filtersToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(filtersToggle);
    QAction* chartsToggle = charts_->toggleViewAction();
    chartsToggle->setText(tr("Segment c&harts"));
    chartsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(chartsToggle);
    QAction* segmentsToggle = segments_->toggleViewAction();
    segmentsToggle->setText(tr("Saved se&gments"));
    segmentsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addAction(segmentsToggle);
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next pane"), panes_, &PaneCycler::focusNextPane);
    next->setShortcut(QKeySequence(Qt::Key_F6));
    QAction* previous =
        view->addAction(tr("&Previous pane"), panes_, &PaneCycler::focusPreviousPane);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    QAction* tableFocus = view->addAction(tr("Go to the &table"), this,
                                          [this] { table_->setFocus(Qt::ShortcutFocusReason); });
    tableFocus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu* segmentsMenu = menuBar()->addMenu(tr("&Segments"));
    QAction* saveSegment =
        segmentsMenu->addAction(tr("&Save current filters as segment…"), segments_,
                                &SegmentsDock::promptSaveCurrentFilters);
    saveSegment->setShortcut(QKeySequence::Save);
    QAction* applySegment = segmentsMenu->addAction(tr("&Apply chosen segment"), segments_,
                                                    &SegmentsDock::applySelected);
    applySegment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Customer 360 Workbench"), this, &MainWindow::showAbout);
}

void MainWindow::openWorkspace(const QString& path) {
    const std::uint64_t generation = ++openGeneration_;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    loader_.start([this, generation, path] {
        auto contents = std::make_shared<WorkspaceContents>();
        Message error;
        const bool ok = readWorkspace(path.toStdString(), *contents, error);
        QMetaObject::invokeMethod(
            this,
            [this, generation, path, ok, contents, error] {
                if (generation != openGeneration_)
                    return; // another workspace was asked for meanwhile
                if (!ok) {
                    const QString message =
                        tr("Could not open %1: %2").arg(path, messageText(error));
                    statusBar()->showMessage(message);
                    emit workspaceFailed(message);
                    return;
                }
                adoptWorkspace(path, contents);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::adoptWorkspace(const QString& path, std::shared_ptr<WorkspaceContents> contents) {
    workspacePath_ = path;
    auto table = std::shared_ptr<const Customer360>(contents, &contents->table);
    model_->setTable(table);
    controller_->setTable(table);
    segments_->setWorkspacePath(path);
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Sized from the rows on screen (Qt samples, it does not measure a million rows).
    table_->resizeColumnsToContents();
    restoreTableLayout();
    // A current cell from the start: the focus is visible and arrow keys work at once.
    if (model_->rowCount() > 0) {
        const int first = table_->horizontalHeader()->logicalIndex(0);
        table_->setCurrentIndex(model_->index(0, first < 0 ? 0 : first));
    }
    setWindowTitle(tr("%1 — Customer 360 Workbench").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), 5000);
    if (settings_)
        settings_->setValue(kLastWorkspaceKey, path);
    emit workspaceOpened(path);
}

void MainWindow::chooseWorkspace() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Workspaces (*.c360 *.sqlite *.db)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::openDemo(const QString& demoSource, const QString& workspace) {
    if (!demoJob_) {
        demoJob_ = new BuildJob(this);
        connect(demoJob_, &BuildJob::progressChanged, this,
                [this](const QString&, double percent, double) {
                    statusBar()->showMessage(
                        tr("Preparing the demo workspace… %1%").arg(qRound(percent)));
                });
        connect(demoJob_, &BuildJob::finished, this, [this] {
            const auto result = demoJob_->result();
            if (result && result->status == BuildStatus::Ok) {
                openWorkspace(QString::fromStdString(result->output));
                return;
            }
            const QString message =
                tr("The demo workspace could not be built: %1 Use File → Import sources to "
                   "build one from your own files.")
                    .arg(result ? messageText(result->error) : QString());
            statusBar()->showMessage(message);
            emit workspaceFailed(message);
        });
    }
    QDir().mkpath(QFileInfo(workspace).absolutePath());
    BuildRequest request;
    request.source = demoSource.toStdString();
    request.output = workspace.toStdString();
    // The demo's data describe the first half of 2025: look at it as of then.
    parseIsoDate("2025-06-30", request.options.asOf);
    statusBar()->showMessage(tr("Preparing the demo workspace…"));
    demoJob_->start(request);
}

void MainWindow::showImportDialog(const QString& source) {
    if (!importDialog_) {
        importDialog_ = new ImportDialog(this); // deleted with the window; cancels its build
        connect(importDialog_, &ImportDialog::workspaceBuilt, this,
                [this](const QString& path) { openWorkspace(path); });
    }
    if (!source.isEmpty())
        importDialog_->setSourcePath(source);
    // Not modal: the build runs on a worker and the window stays usable.
    importDialog_->show();
    importDialog_->raise();
    importDialog_->activateWindow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = event->mimeData()->urls().first().toLocalFile();
    // A workspace opens; anything else (a folder of CSVs, a SQLite file) is imported.
    if (path.endsWith(QStringLiteral(".c360"), Qt::CaseInsensitive))
        openWorkspace(path);
    else
        showImportDialog(path);
    event->acceptProposedAction();
}

void MainWindow::exportCustomers() {
    const auto result = controller_->result();
    if (!controller_->table() || !result || controller_->isBusy())
        return;
    auto* dialog = new ExportDialog(controller_->table(), result->rows,
                                    table_->visibleColumnsInViewOrder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!workspacePath_.isEmpty())
        dialog->setOutputPath(
            QFileInfo(workspacePath_).absoluteDir().filePath(QStringLiteral("customers.csv")));
    dialog->open();
}

void MainWindow::showColumnsDialog() {
    std::vector<Column> order;
    const QHeaderView* header = table_->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual)
        order.push_back(static_cast<Column>(header->logicalIndex(visual)));
    ColumnsDialog dialog(order, table_->visibleColumnsInViewOrder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::vector<Column> visible = dialog.visibleColumns();
    if (visible.empty()) {
        statusBar()->showMessage(tr("At least one column must stay shown; nothing changed."), 8000);
        return;
    }
    table_->setVisibleColumns(visible);
}

void MainWindow::showShortcuts() {
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showPreferences() {
    if (!settings_)
        return;
    PreferencesDialog dialog(*settings_, runningLanguage_, this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Customer 360 Workbench"),
                       tr("Customer 360 Workbench turns customer exports into one row per "
                          "customer and lets you explore, save and export segments."));
}

void MainWindow::showResult() {
    const auto result = controller_->result();
    if (!result)
        return;
    table_->setRowsKeepingCurrent(result->rows);
    updateCount();
}

void MainWindow::announce(QLabel* label) {
    // Screen readers hear the new text without the focus moving.
    // Qt 6.4's Linux bridge drops a value change on a plain label, so the name change (a
    // label's name is its text) is sent too.
    QAccessibleValueChangeEvent event(label, label->text());
    QAccessible::updateAccessibility(&event);
    QAccessibleEvent named(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
}

void MainWindow::updateCount() {
    const QLocale locale;
    QString text;
    if (!controller_->table()) {
        //: %1 is the key of File → Open workspace ("Ctrl+O").
        text = tr("No workspace open: File → Open workspace (%1)").arg(nativeKeys("Ctrl+O"));
    } else {
        const auto result = controller_->result();
        const qulonglong shown = result ? result->rows.size() : 0;
        const auto total = static_cast<qulonglong>(controller_->table()->rowCount());
        //: The customers the filter shows, of all in the workspace: "1,204 of 12,345 customers".
        text = tr("%1 of %2 customer(s)", nullptr, pluralCount(total))
                   .arg(locale.toString(shown), locale.toString(total));
        if (controller_->isBusy())
            //: %1 is "1,204 of 12,345 customers"; a new count is being computed.
            text = tr("%1 (updating…)").arg(text);
    }
    if (text == count_->text())
        return;
    count_->setText(text);
    announce(count_);
}

void MainWindow::updateSortLabel() {
    const SortOrder& order = controller_->sortOrder();
    sort_->setText(order.column ? (order.descending ? tr("Sorted by %1, descending")
                                                    : tr("Sorted by %1, ascending"))
                                      .arg(CustomerTableModel::columnTitle(*order.column))
                                : tr("In table order"));
}

void MainWindow::saveTableLayout() {
    if (settings_)
        settings_->setValue(kHeaderStateKey, table_->horizontalHeader()->saveState());
}

void MainWindow::restoreTableLayout() {
    if (!settings_)
        return;
    const QByteArray state = settings_->value(kHeaderStateKey).toByteArray();
    if (!state.isEmpty()) {
        table_->horizontalHeader()->restoreState(state);
        // The sort lives in the controller; a restored indicator would claim an order the rows
        // do not have.
        table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
}

} // namespace c360::ui
