#include "main_window.h"

#include "query/customer_query.h"
#include "workspace/workspace_reader.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace c360::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), model_(new CustomerTableModel(this)), table_(new QTableView),
      search_(new QLineEdit), count_(new QLabel), searchDelay_(new QTimer(this)) {
    setWindowTitle(tr("Customer 360 Workbench"));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(search_);
    search_->setPlaceholderText(tr("id, name, email or phone"));
    search_->setAccessibleName(tr("Search customers"));
    search_->setAccessibleDescription(tr("Shows the customers whose id, name, email or phone "
                                         "contains the text"));
    search_->setClearButtonEnabled(true);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(search_, 1);
    layout->addLayout(searchRow);

    table_->setModel(model_);
    table_->setAccessibleName(tr("Customers"));
    // Tab leaves the table instead of walking its cells: no keyboard trap.
    table_->setTabKeyNavigation(false);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionsMovable(true);
    layout->addWidget(table_, 1);
    setCentralWidget(central);

    count_->setAccessibleName(tr("Matching customers"));
    statusBar()->addPermanentWidget(count_);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    // Typing is debounced: the search runs when the user pauses, not on every key.
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(200);
    connect(search_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
    connect(searchDelay_, &QTimer::timeout, this, &MainWindow::applySearch);
    updateCount();
}

bool MainWindow::openWorkspace(const QString& path) {
    auto contents = std::make_shared<WorkspaceContents>();
    std::string error;
    if (!readWorkspace(path.toStdString(), *contents, error)) {
        QMessageBox::warning(this, tr("Cannot open the workspace"), QString::fromStdString(error));
        return false;
    }
    data_ = std::shared_ptr<const Customer360>(contents, &contents->table);
    model_->setTable(data_);
    // Sized from the rows on screen (Qt samples, it does not measure a million rows).
    table_->resizeColumnsToContents();
    setWindowTitle(tr("%1 — Customer 360 Workbench").arg(QFileInfo(path).fileName()));
    applySearch();
    return true;
}

void MainWindow::chooseWorkspace() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Workspaces (*.c360 *.sqlite *.db)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::applySearch() {
    if (!data_)
        return;
    CustomerFilter filter;
    filter.search = search_->text().toStdString();
    model_->setRows(selectRows(*data_, filter));
    updateCount();
}

void MainWindow::updateCount() {
    const QLocale locale;
    const QString text =
        data_ ? tr("%1 of %2 customers")
                    .arg(locale.toString(static_cast<qulonglong>(model_->rowCount())),
                         locale.toString(static_cast<qulonglong>(data_->rowCount())))
              : tr("No workspace open: File → Open workspace (Ctrl+O)");
    count_->setText(text);
    // Screen readers hear the new count without moving focus.
    QAccessibleValueChangeEvent event(count_, text);
    QAccessible::updateAccessibility(&event);
}

} // namespace c360::ui
