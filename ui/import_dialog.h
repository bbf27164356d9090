// File → Import sources: choose a folder of CSV files or a SQLite file (buttons, a path field,
// or drag and drop), see what `c360 inspect` finds per table, override how the selected table
// is read, set the as-of date and thresholds, and build a workspace (.c360) on a worker thread
// with progress and Cancel. Afterwards the build report's issues are listed and can be
// exported as CSV. The dialog never blocks the UI thread; MainWindow opens the workspace when
// workspaceBuilt() is emitted.
#pragma once

#include "build_job.h"
#include "inspect_job.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace c360::ui {

class ColumnMappingModel;
class ReportIssuesModel;
class SampleRowsModel;
class SourceTablesModel;

class ImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(QWidget* parent = nullptr);
    // Cancels a running build and waits for it (nothing is written).
    ~ImportDialog() override;

    // The source folder or SQLite file: sets the field and inspects it (what the choose
    // buttons and a drop do, without a file dialog).
    void setSourcePath(const QString& path);
    QString sourcePath() const;
    void setOutputPath(const QString& path);
    QString outputPath() const;
    void setAsOfDate(const QDate& date);
    // The options the build (and the inspection's trial build) use, from the settings.
    BuildOptions buildOptions() const;
    // The overrides chosen so far (per table: encoding, delimiter, decimal mark).
    const SourceChoices& choices() const noexcept { return choices_; }
    // Selects a row of the source tables (its mapping, sample and overrides are shown).
    void selectTable(int row);

    // What "Build workspace" does; false (with the reason shown) when it cannot start.
    bool startBuild();
    void cancelBuild();
    // Writes the issues table as CSV (what "Export issues as CSV…" does after its dialog).
    bool exportIssues(const QString& path);

    // The message line: what happened and what to do.
    QString statusText() const;

    InspectJob& inspectJob() noexcept { return inspectJob_; }
    BuildJob& buildJob() noexcept { return buildJob_; }
    SourceTablesModel* sourceTablesModel() const noexcept { return tablesModel_; }
    ColumnMappingModel* columnMappingModel() const noexcept { return mappingModel_; }
    SampleRowsModel* sampleRowsModel() const noexcept { return sampleModel_; }
    ReportIssuesModel* issuesModel() const noexcept { return issuesModel_; }

signals:
    // A workspace was written to `path`.
    void workspaceBuilt(const QString& path);

public slots:
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createWidgets();
    void layOutWidgets();
    void setTabOrderAndNames();
    void connectSignals();

    void chooseFolder();
    void chooseSqliteFile();
    void chooseOutput();
    void chooseIssuesFile();
    void inspect();
    void showInspection();
    void showSelectedTable();
    void overrideChanged();
    void showProgress(const QString& table, double percent, double rowsPerSecond);
    void showBuildResult();
    void setStatus(const QString& text);
    void updateEnabled();
    int selectedRow() const;

    SourceChoices choices_;
    bool outputChosen_ = false; // the user set the output path: do not follow the source
    InspectJob inspectJob_;
    BuildJob buildJob_;

    SourceTablesModel* tablesModel_ = nullptr;
    ColumnMappingModel* mappingModel_ = nullptr;
    SampleRowsModel* sampleModel_ = nullptr;
    ReportIssuesModel* issuesModel_ = nullptr;

    QLineEdit* sourceEdit_ = nullptr;
    QPushButton* chooseFolderButton_ = nullptr;
    QPushButton* chooseSqliteButton_ = nullptr;
    QPushButton* inspectButton_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QTableView* tablesView_ = nullptr;
    QTabWidget* detailsTabs_ = nullptr;
    QTableView* mappingView_ = nullptr;
    QTableView* sampleView_ = nullptr;
    QPlainTextEdit* notesEdit_ = nullptr;
    QLabel* overridesTitle_ = nullptr;
    QComboBox* encodingCombo_ = nullptr;
    QComboBox* delimiterCombo_ = nullptr;
    QComboBox* decimalCombo_ = nullptr;
    QDateEdit* asOfEdit_ = nullptr;
    QDoubleSpinBox* highSpendSpin_ = nullptr;
    QDoubleSpinBox* mediumSpendSpin_ = nullptr;
    QSpinBox* activeDaysSpin_ = nullptr;
    QSpinBox* atRiskDaysSpin_ = nullptr;
    QLineEdit* outputEdit_ = nullptr;
    QPushButton* chooseOutputButton_ = nullptr;
    QPushButton* buildButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QProgressBar* progressBar_ = nullptr;
    QTableView* issuesView_ = nullptr;
    QLabel* issuesSummary_ = nullptr;
    QPushButton* exportIssuesButton_ = nullptr;
    QPushButton* closeButton_ = nullptr;
    std::vector<QLabel*> buddyLabels_;
    QTimer* asOfDelay_ = nullptr; // re-inspects once the as-of date stops changing
};

} // namespace c360::ui
