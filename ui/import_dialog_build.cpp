// The build half of the import dialog: settings, output path, the build job with progress and
// Cancel, the issues of the report and their export. (The source half is import_dialog.cpp.)
#include "import_dialog.h"
#include "language.h"
#include "messages.h"

#include "inspection_models.h"
#include "report_issues_model.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

#include <cmath>

namespace c360::ui {

void ImportDialog::setOutputPath(const QString& path) {
    outputChosen_ = true;
    outputEdit_->setText(path);
}

QString ImportDialog::outputPath() const {
    return outputEdit_->text();
}

void ImportDialog::setAsOfDate(const QDate& date) {
    asOfEdit_->setDate(date);
}

BuildOptions ImportDialog::buildOptions() const {
    BuildOptions options;
    const QDate asOf = asOfEdit_->date();
    options.asOf = daysFromCivil(asOf.year(), asOf.month(), asOf.day());
    options.highSpend = std::llround(highSpendSpin_->value() * static_cast<double>(kMoneyScale));
    options.mediumSpend =
        std::llround(mediumSpendSpin_->value() * static_cast<double>(kMoneyScale));
    options.activeDays = activeDaysSpin_->value();
    options.atRiskDays = atRiskDaysSpin_->value();
    return options;
}

void ImportDialog::chooseOutput() {
    QString file = QFileDialog::getSaveFileName(this, tr("Save the workspace as"),
                                                outputEdit_->text(), tr("Workspaces (*.c360)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".c360");
    setOutputPath(file);
}

bool ImportDialog::startBuild() {
    if (buildJob_.isRunning())
        return false;
    const QString source = sourceEdit_->text().trimmed();
    const QString output = outputEdit_->text().trimmed();
    if (source.isEmpty()) {
        setStatus(tr("Give a source first: a folder of CSV files or a SQLite file."));
        return false;
    }
    if (output.isEmpty()) {
        setStatus(tr("Give the workspace file to write, for example customer_360.c360."));
        return false;
    }
    const BuildOptions options = buildOptions();
    if (options.mediumSpend > options.highSpend) {
        setStatus(tr("The medium value threshold is above the high value threshold. Make it "
                     "lower, then build again."));
        return false;
    }
    if (options.activeDays > options.atRiskDays) {
        //: The two names are the labels of the status thresholds in this dialog.
        setStatus(tr("“Active within” is longer than “At risk within”. Make it shorter, then "
                     "build again."));
        return false;
    }
    BuildRequest request;
    request.source = QDir::cleanPath(source).toStdString();
    request.choices = choices_;
    request.options = options;
    request.output = output.toStdString();
    issuesModel_->clear();
    issuesSummary_->clear();
    progressBar_->setValue(0);
    progressBar_->setFormat(tr("Starting…"));
    if (!buildJob_.start(std::move(request)))
        return false;
    setStatus(tr("Building %1…").arg(QDir::toNativeSeparators(output)));
    updateEnabled();
    cancelButton_->setFocus(); // the build button is disabled now; keep focus nearby
    return true;
}

void ImportDialog::cancelBuild() {
    if (!buildJob_.isRunning())
        return;
    buildJob_.cancel();
    progressBar_->setFormat(tr("Cancelling…"));
    setStatus(tr("Cancelling the build…"));
}

void ImportDialog::reject() {
    cancelBuild();
    QDialog::reject();
}

void ImportDialog::showProgress(const QString& table, double percent, double rowsPerSecond) {
    progressBar_->setValue(static_cast<int>(percent * 10));
    const QLocale locale;
    const QString text =
        tr("%1% — reading %2, %3 rows/s")
            .arg(locale.toString(percent, 'f', 0), table,
                 locale.toString(static_cast<qulonglong>(std::llround(rowsPerSecond))));
    progressBar_->setFormat(text);
    progressBar_->setAccessibleDescription(text);
}

void ImportDialog::showBuildResult() {
    const auto result = buildJob_.result();
    updateEnabled();
    if (!result)
        return;
    const QString output = QDir::toNativeSeparators(QString::fromStdString(result->output));
    switch (result->status) {
    case BuildStatus::Ok: {
        progressBar_->setValue(progressBar_->maximum());
        progressBar_->setFormat(tr("Done"));
        issuesModel_->setReport(result->report);
        issuesView_->resizeColumnsToContents();
        const auto total = issuesModel_->issuesTotal();
        const auto listed = issuesModel_->issues().size();
        issuesSummary_->setText(
            total == 0 ? tr("The build reported no issues.")
            : total > listed
                //: %1 is "1,234 issues".
                ? tr("%1; the first %Ln are listed.", nullptr, pluralCount(listed))
                      .arg(tr("%Ln issue(s)", nullptr, pluralCount(total)))
                : tr("%Ln issue(s).", nullptr, pluralCount(total)));
        //: %1 is the workspace file; %2, %3 and %4 are "12,345 customers", "3 rejected rows"
        //: and "5 warnings".
        setStatus(
            tr("Wrote %1 with %2 (%3, %4).")
                .arg(
                    output, tr("%Ln customer(s)", nullptr, pluralCount(result->customers)),
                    tr("%Ln rejected row(s)", nullptr, pluralCount(result->report.totalRejected())),
                    tr("%Ln warning(s)", nullptr, pluralCount(result->report.totalWarnings()))));
        updateEnabled();
        emit workspaceBuilt(QString::fromStdString(result->output));
        return;
    }
    case BuildStatus::Cancelled:
        progressBar_->setValue(0);
        progressBar_->setFormat(tr("Cancelled"));
        setStatus(tr("The build was cancelled. Nothing was written to %1.").arg(output));
        return;
    case BuildStatus::Failed:
        progressBar_->setValue(0);
        progressBar_->setFormat(tr("Failed"));
        setStatus(tr("The build failed: %1").arg(messageText(result->error)));
        return;
    }
}

void ImportDialog::chooseIssuesFile() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the issues as CSV"),
        QFileInfo(outputEdit_->text()).absoluteDir().filePath(QStringLiteral("issues.csv")),
        tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportIssues(file);
}

bool ImportDialog::exportIssues(const QString& path) {
    QString error;
    if (!writeIssuesCsv(issuesModel_->issues(), path, error)) {
        setStatus(error);
        return false;
    }
    const int rows = issuesModel_->rowCount();
    const QString file = QDir::toNativeSeparators(path);
    //: %1 is a file name.
    setStatus(tr("Wrote %Ln issue(s) to %1.", nullptr, rows).arg(file));
    return true;
}

QString ImportDialog::statusText() const {
    return statusLabel_->text();
}

void ImportDialog::setStatus(const QString& text) {
    statusLabel_->setText(text); // QLabel announces the change to screen readers
}

void ImportDialog::updateEnabled() {
    const bool building = buildJob_.isRunning();
    const bool haveSource = !sourceEdit_->text().trimmed().isEmpty();
    const bool sqlite = tablesModel_->inspection().kind == "sqlite";
    const bool tableSelected = tablesView_->selectionModel()->currentIndex().isValid();
    for (QWidget* w : std::initializer_list<QWidget*>{
             sourceEdit_, chooseFolderButton_, chooseSqliteButton_, asOfEdit_, highSpendSpin_,
             mediumSpendSpin_, activeDaysSpin_, atRiskDaysSpin_, outputEdit_, chooseOutputButton_})
        w->setEnabled(!building);
    inspectButton_->setEnabled(!building && haveSource);
    // Encoding, delimiter and decimal mark do not apply to a database's tables.
    for (QComboBox* combo : {encodingCombo_, delimiterCombo_, decimalCombo_})
        combo->setEnabled(!building && tableSelected && !sqlite);
    buildButton_->setEnabled(!building && haveSource && !outputEdit_->text().trimmed().isEmpty());
    cancelButton_->setEnabled(building);
    exportIssuesButton_->setEnabled(!building && issuesModel_->rowCount() > 0);
    setAcceptDrops(!building);
}

} // namespace c360::ui
