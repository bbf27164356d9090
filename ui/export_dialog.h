// "Export customers": writes the rows the workbench shows (filtered and sorted) with the
// visible columns in view order to a CSV file, with a format preset, a delimiter and protection
// against spreadsheet formulas. The export runs as an ExportJob; the dialog shows its progress,
// can cancel it, and reports the outcome as text inside the dialog.
#pragma once

#include "output/export_output.h"

#include <QDialog>

#include <cstdint>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QHeaderView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace c360::ui {

class ExportJob;

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // `rows` index into `table` in the order they are to be written; `columns` are written in
    // this order.
    ExportDialog(std::shared_ptr<const Customer360> table, std::vector<std::uint32_t> rows,
                 std::vector<Column> columns, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QString outputPath() const;
    void setOutputPath(const QString& path);
    // The options the controls describe.
    ExportOptions options() const;
    bool isExporting() const noexcept { return job_ != nullptr; }
    // What the dialog says now: the overwrite question, the progress, the outcome or an error.
    QString statusText() const;

    // What the Export button does: asks first if the file exists (a second call confirms),
    // then starts the export.
    void startExport();
    // What the Cancel button does during an export.
    void cancelExport();

    // Esc and Cancel close the dialog when idle; during an export they cancel it instead.
    void reject() override;

signals:
    void exportStarted();
    void exportFinished(bool ok, qulonglong rowsWritten, const QString& message);

private:
    void browse();
    void updateSummary();
    void setStatus(const QString& text);
    void setBusy(bool busy);
    void onProgress(int percent, qulonglong rows);
    void onFinished(bool ok, qulonglong rowsWritten, const QString& message);

    std::shared_ptr<const Customer360> table_;
    std::vector<std::uint32_t> rows_;
    std::vector<Column> columns_;
    QString confirmedOverwrite_; // the path the user agreed to replace
    ExportJob* job_ = nullptr;

    QLineEdit* path_;
    QPushButton* browse_;
    QComboBox* format_;
    QComboBox* delimiter_;
    QCheckBox* protect_;
    QCheckBox* labels_; // the workbench's words instead of the contract's values
    QLabel* summary_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* export_;
    QPushButton* cancel_;
};

// The columns a table view shows, in the order the user sees them (its header's visual order,
// hidden sections left out), for views whose model has one column per Column in catalogue
// order, as CustomerTableModel does.
std::vector<Column> visibleColumnsInViewOrder(const QHeaderView& header);

} // namespace c360::ui
