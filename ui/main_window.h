// The workbench's main window: it composes the customer table, the docks (filters, charts,
// saved segments), the menus and the status bar, and wires them to one QueryController. The
// work itself lives in those classes; this file only puts them together.
#pragma once

#include "customer_table_model.h"
#include "customer_table_view.h"
#include "pane_cycler.h"
#include "query_controller.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>

class QLabel;
class QSettings;
class QVBoxLayout;

namespace c360::ui {
class ChartsDock;
class FilterDock;
class ImportDialog;
class BuildJob;
class SegmentsDock;
} // namespace c360::ui

namespace c360 {
struct WorkspaceContents;
}

namespace c360::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `settings` holds the last workspace and the table's column layout; the caller owns it
    // (tests pass one on a temporary file). May be null: nothing is remembered.
    explicit MainWindow(QSettings* settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace written by `c360 build -o X.c360` on a worker thread; emits
    // workspaceOpened or workspaceFailed (after showing the reason) when done.
    void openWorkspace(const QString& path);
    QString workspacePath() const { return workspacePath_; }

    QueryController* controller() const noexcept { return controller_; }
    CustomerTableView* tableView() const noexcept { return table_; }
    PaneCycler* paneCycler() const noexcept { return panes_; }
    QLabel* countLabel() const noexcept { return count_; }
    QAction* exportAction() const noexcept { return export_; }

    // The language this session shows ("de"), so Preferences can tell a new choice apart.
    void setRunningLanguage(const QString& language) { runningLanguage_ = language; }

    // Builds the bundled demo sources into `workspace` on a worker, then opens it: the first
    // start, when there is no last workspace.
    void openDemo(const QString& demoSource, const QString& workspace);

    // File → Import sources: the import dialog, on `source` if given (a folder or SQLite file).
    void showImportDialog(const QString& source = QString());

signals:
    void workspaceOpened(const QString& path);
    void workspaceFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void chooseWorkspace();
    void exportCustomers();
    void showColumnsDialog();
    void showShortcuts();
    void showAbout();
    void showPreferences();
    void adoptWorkspace(const QString& path, std::shared_ptr<WorkspaceContents> contents);
    void showResult();
    void updateCount();
    void updateSortLabel();
    void saveTableLayout();
    void restoreTableLayout();
    void announce(QLabel* label);

    QSettings* settings_;
    QString runningLanguage_ = QStringLiteral("en");
    QueryController* controller_;
    CustomerTableModel* model_;
    CustomerTableView* table_;
    PaneCycler* panes_;
    QVBoxLayout* centralLayout_;
    QLabel* count_;
    QLabel* sort_;
    QAction* export_ = nullptr;
    ChartsDock* charts_ = nullptr;
    FilterDock* filters_ = nullptr;
    SegmentsDock* segments_ = nullptr;
    ImportDialog* importDialog_ = nullptr;
    BuildJob* demoJob_ = nullptr;
    QString workspacePath_;
    std::uint64_t openGeneration_ = 0;
    QThreadPool loader_;
};

} // namespace c360::ui
