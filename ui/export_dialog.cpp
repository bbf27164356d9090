#include "export_dialog.h"
#include "language.h"

#include "customer_table_model.h"
#include "export_job.h"
#include "filter_parts.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

enum FormatPreset { CsvUtf8, ExcelUtf8 };

QString defaultExportPath() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("customers.csv"));
}

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const Customer360> table,
                           std::vector<std::uint32_t> rows, std::vector<Column> columns,
                           QWidget* parent)
    : QDialog(parent), table_(std::move(table)), rows_(std::move(rows)),
      columns_(std::move(columns)), path_(new QLineEdit), browse_(new QPushButton(tr("&Browse…"))),
      format_(new QComboBox), delimiter_(new QComboBox),
      protect_(new QCheckBox(tr("&Protect against spreadsheet formulas"))),
      labels_(new QCheckBox(tr("Write &labels and column titles as shown here"))),
      summary_(new QLabel), progress_(new QProgressBar), status_(new QLabel),
      export_(new QPushButton(tr("&Export"))), cancel_(new QPushButton(tr("Cancel"))) {
    setWindowTitle(tr("Export customers"));
    setMinimumWidth(520);

    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(path_);
    path_->setText(defaultExportPath());
    path_->setAccessibleName(tr("Export file"));
    path_->setAccessibleDescription(tr("The CSV file the customers are written to"));
    browse_->setAccessibleName(tr("Browse for the export file"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse_);
    form->addRow(pathLabel, pathRow);

    // Combos are announced by their current item on Linux, so each has a buddy label too.
    auto* formatLabel = new QLabel(tr("F&ormat:"));
    formatLabel->setBuddy(format_);
    format_->addItem(tr("CSV (UTF-8)"), CsvUtf8);
    format_->addItem(tr("Excel (UTF-8 with BOM, CRLF)"), ExcelUtf8);
    format_->setAccessibleName(tr("Format"));
    format_->setAccessibleDescription(
        tr("Excel adds a byte order mark and Windows line ends, so it shows accents correctly"));
    form->addRow(formatLabel, format_);

    auto* delimiterLabel = new QLabel(tr("&Delimiter:"));
    delimiterLabel->setBuddy(delimiter_);
    delimiter_->addItem(tr("Comma"), QChar(u','));
    delimiter_->addItem(tr("Semicolon"), QChar(u';'));
    delimiter_->addItem(tr("Tab"), QChar(u'\t'));
    delimiter_->setAccessibleName(tr("Delimiter"));
    delimiter_->setAccessibleDescription(tr("The character between the values of a row"));
    form->addRow(delimiterLabel, delimiter_);

    const QString protectionText =
        tr("Text a spreadsheet could run as a formula (starting with =, @, a tab or a line "
           "break, or with + or - followed by more than a number) gets a ' in front, so it is "
           "shown as text. Phone numbers, numbers and dates are never changed.");
    protect_->setChecked(true);
    protect_->setAccessibleName(tr("Protect against spreadsheet formulas"));
    protect_->setAccessibleDescription(protectionText);
    auto* protectionNote = new QLabel(protectionText);
    protectionNote->setWordWrap(true);
    form->addRow(protect_);
    form->addRow(protectionNote);

    //: %1 and %2 are a value segment and a status as the workbench shows them ("High",
    //: "At Risk" in English); "High", "At Risk" and customer_id stay in English: they are the
    //: values other tools read.
    const QString labelsText =
        tr("Off, the file holds the values other tools read: High, At Risk and column names "
           "such as customer_id. On, it holds the words shown here, such as %1 and %2, and the "
           "column titles of the table.")
            .arg(segmentLabel(ValueSegment::High), statusLabel(CustomerStatus::AtRisk));
    labels_->setObjectName(QStringLiteral("labelsCheckBox"));
    labels_->setChecked(false);
    labels_->setAccessibleName(tr("Write labels and column titles as shown here"));
    labels_->setAccessibleDescription(labelsText);
    auto* labelsNote = new QLabel(labelsText);
    labelsNote->setWordWrap(true);
    form->addRow(labels_);
    form->addRow(labelsNote);

    summary_->setWordWrap(true);
    form->addRow(summary_);

    auto* progressLabel = new QLabel(tr("Progress:"));
    progressLabel->setBuddy(progress_);
    progress_->setRange(0, 100);
    progress_->setValue(0);
    progress_->setAccessibleName(tr("Export progress"));
    form->addRow(progressLabel, progress_);

    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setAccessibleDescription(tr("Export status"));
    form->addRow(status_);

    export_->setDefault(true);
    export_->setAccessibleName(tr("Export"));
    cancel_->setAccessibleName(tr("Cancel"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(export_);
    buttons->addWidget(cancel_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(path_, browse_);
    setTabOrder(browse_, format_);
    setTabOrder(format_, delimiter_);
    setTabOrder(delimiter_, protect_);
    setTabOrder(protect_, labels_);
    setTabOrder(labels_, export_);
    setTabOrder(export_, cancel_);

    connect(browse_, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(export_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(cancel_, &QPushButton::clicked, this, &ExportDialog::reject);
    // A new name is a new question: any earlier agreement to replace a file no longer holds.
    connect(path_, &QLineEdit::textEdited, this, [this] {
        confirmedOverwrite_.clear();
        export_->setText(tr("&Export"));
        export_->setAccessibleName(tr("Export"));
    });

    updateSummary();
    path_->setFocus();
}

ExportDialog::~ExportDialog() = default; // the job, a child, cancels and waits for its worker

QString ExportDialog::outputPath() const {
    return path_->text().trimmed();
}

void ExportDialog::setOutputPath(const QString& path) {
    path_->setText(path);
    confirmedOverwrite_.clear();
    export_->setText(tr("&Export"));
    export_->setAccessibleName(tr("Export"));
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    options.columns = columns_;
    options.delimiter = static_cast<char>(delimiter_->currentData().toChar().unicode());
    options.excel = format_->currentData().toInt() == ExcelUtf8;
    options.protectFormulas = protect_->isChecked();
    if (labels_->isChecked()) {
        for (const ValueSegment segment :
             {ValueSegment::Low, ValueSegment::Medium, ValueSegment::High})
            options.valueSegmentLabels.push_back(segmentLabel(segment).toStdString());
        for (const CustomerStatus status :
             {CustomerStatus::Active, CustomerStatus::AtRisk, CustomerStatus::Churned,
              CustomerStatus::NeverPurchased})
            options.statusLabels.push_back(statusLabel(status).toStdString());
        for (std::size_t c = 0; c < kColumnCount; ++c)
            options.columnTitles.push_back(
                CustomerTableModel::columnTitle(static_cast<Column>(c)).toStdString());
    }
    return options;
}

QString ExportDialog::statusText() const {
    return status_->text();
}

void ExportDialog::updateSummary() {
    const auto rowCount = static_cast<qulonglong>(rows_.size());
    const auto columnCount = static_cast<qulonglong>(columns_.size());
    if (columnCount == 0) {
        summary_->setText(tr("No columns are visible. Show at least one column in the table, "
                             "then export again."));
        export_->setEnabled(false);
        return;
    }
    const QString customers = tr("%Ln customer(s)", nullptr, pluralCount(rowCount));
    const QString columnsText = tr("%Ln column(s)", nullptr, pluralCount(columnCount));
    //: %1 is a number of customers ("12,345 customers"), %2 of columns ("14 columns").
    summary_->setText(tr("%1, %2 will be written.").arg(customers, columnsText));
}

void ExportDialog::setStatus(const QString& text) {
    status_->setText(text);
    // Screen readers hear the outcome or the question without the focus moving to it.
    QAccessibleEvent event(status_, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void ExportDialog::setBusy(bool busy) {
    for (QWidget* w : {static_cast<QWidget*>(path_), static_cast<QWidget*>(browse_),
                       static_cast<QWidget*>(format_), static_cast<QWidget*>(delimiter_),
                       static_cast<QWidget*>(protect_), static_cast<QWidget*>(labels_),
                       static_cast<QWidget*>(export_)})
        w->setEnabled(!busy);
    if (busy) {
        cancel_->setText(tr("Cancel"));
        cancel_->setAccessibleName(tr("Cancel export"));
        cancel_->setFocus(); // the focused control was just disabled
    } else {
        export_->setEnabled(!columns_.empty());
    }
}

void ExportDialog::browse() {
    QFileDialog dialog(this, tr("Export customers to"), outputPath(),
                       tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    // The file dialog itself asks before choosing an existing file.
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    setOutputPath(dialog.selectedFiles().constFirst());
    confirmedOverwrite_ = QFileInfo(outputPath()).absoluteFilePath();
    export_->setFocus();
}

void ExportDialog::startExport() {
    if (job_ || columns_.empty())
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        setStatus(tr("Choose a file to export to: type its name or use Browse."));
        path_->setFocus();
        return;
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir()) {
        setStatus(tr("%1 is a folder. Add a file name such as customers.csv to the path.")
                      .arg(QDir::toNativeSeparators(absolute)));
        path_->setFocus();
        return;
    }
    if (info.exists() && confirmedOverwrite_ != absolute) {
        // Asked inside the dialog, so the question is read out and answered by keyboard like
        // everything else: Replace confirms, editing the name withdraws the question.
        confirmedOverwrite_ = absolute;
        setStatus(tr("%1 already exists. Choose Replace to overwrite it, or change the file name.")
                      .arg(info.fileName()));
        export_->setText(tr("&Replace"));
        export_->setAccessibleName(tr("Replace the existing file"));
        export_->setFocus();
        return;
    }
    confirmedOverwrite_.clear();
    export_->setText(tr("&Export"));
    export_->setAccessibleName(tr("Export"));

    job_ = new ExportJob(table_, rows_, options(), absolute, this);
    connect(job_, &ExportJob::progress, this, &ExportDialog::onProgress);
    connect(job_, &ExportJob::finished, this, &ExportDialog::onFinished);
    progress_->setValue(0);
    setBusy(true);
    setStatus(tr("Exporting to %1…").arg(info.fileName()));
    job_->start();
    emit exportStarted();
}

void ExportDialog::cancelExport() {
    if (!job_)
        return;
    job_->cancel();
    setStatus(tr("Cancelling the export…"));
}

void ExportDialog::reject() {
    if (job_) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(int percent, qulonglong /*rows*/) {
    // The bar announces its own value; the status line stays quiet so a screen reader is not
    // flooded with a sentence per percent.
    progress_->setValue(percent);
}

void ExportDialog::onFinished(bool ok, qulonglong rowsWritten, const QString& message) {
    job_->deleteLater();
    job_ = nullptr;
    setBusy(false);
    progress_->setValue(ok ? 100 : 0);
    setStatus(message);
    if (ok) {
        cancel_->setText(tr("&Close"));
        cancel_->setAccessibleName(tr("Close"));
        cancel_->setDefault(true);
        cancel_->setFocus();
    } else {
        cancel_->setText(tr("Cancel"));
        cancel_->setAccessibleName(tr("Cancel"));
        export_->setDefault(true);
        path_->setFocus();
    }
    emit exportFinished(ok, rowsWritten, message);
}

std::vector<Column> visibleColumnsInViewOrder(const QHeaderView& header) {
    std::vector<Column> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && logical < static_cast<int>(kColumnCount) &&
            !header.isSectionHidden(logical))
            columns.push_back(static_cast<Column>(logical));
    }
    return columns;
}

} // namespace c360::ui
