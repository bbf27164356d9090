#include "import_dialog.h"
#include "filter_parts.h"
#include "language.h"
#include "messages.h"

#include "inspection_models.h"
#include "report_issues_model.h"
#include "sources/table_schema.h"

#include <QAccessible>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace c360::ui {

namespace {

QTableView* makeTableView(QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab leaves the table: no keyboard trap
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Tab leaves the date edit instead of stepping through day, month and year (Left and Right do
// that), so it is one stop in the tab order like every other field.
class DateEdit final : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

QDoubleSpinBox* makeMoneySpin(QWidget* parent, Money value) {
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 1e12);
    spin->setDecimals(2);
    spin->setValue(moneyToDouble(value));
    return spin;
}

QSpinBox* makeDaysSpin(QWidget* parent, int value) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(1, 36500);
    spin->setValue(value);
    spin->setSuffix(ImportDialog::tr(" days"));
    return spin;
}

// The entries of an override combo: the first means "as detected" (no choice).
void fillCombo(QComboBox* combo, const std::vector<std::pair<QString, QString>>& entries) {
    combo->addItem(ImportDialog::tr("As detected"), QString());
    for (const auto& [text, value] : entries)
        combo->addItem(text, value);
}

void selectComboValue(QComboBox* combo, const QString& value) {
    const QSignalBlocker block(combo);
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import sources"));
    setAccessibleName(tr("Import sources"));
    setAcceptDrops(true);
    createWidgets();
    layOutWidgets();
    setTabOrderAndNames();
    connectSignals();
    updateEnabled();
    setStatus(tr("Choose a folder of CSV files or a SQLite file, or drop one here."));
    resize(1100, 860);
}

ImportDialog::~ImportDialog() {
    buildJob_.cancel();
}

void ImportDialog::createWidgets() {
    tablesModel_ = new SourceTablesModel(this);
    mappingModel_ = new ColumnMappingModel(this);
    sampleModel_ = new SampleRowsModel(this);
    issuesModel_ = new ReportIssuesModel(this);

    sourceEdit_ = new QLineEdit(this);
    sourceEdit_->setPlaceholderText(tr("A folder of CSV files or a SQLite file"));
    chooseFolderButton_ = new QPushButton(tr("Choose &folder…"), this);
    chooseSqliteButton_ = new QPushButton(tr("Choose S&QLite file…"), this);
    inspectButton_ = new QPushButton(tr("&Inspect"), this);
    statusLabel_ = new QLabel(this);
    statusLabel_->setWordWrap(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    tablesView_ = makeTableView(this);
    tablesView_->setModel(tablesModel_);
    detailsTabs_ = new QTabWidget(this);
    mappingView_ = makeTableView(detailsTabs_);
    mappingView_->setModel(mappingModel_);
    sampleView_ = makeTableView(detailsTabs_);
    sampleView_->setModel(sampleModel_);
    sampleView_->horizontalHeader()->setStretchLastSection(false);
    notesEdit_ = new QPlainTextEdit(detailsTabs_);
    notesEdit_->setReadOnly(true);
    notesEdit_->setTabChangesFocus(true);
    // Its tab bar is the one tab stop. Qt 6.4 also stops at the tab widget itself (a second,
    // out-of-order stop through its focus proxy), so the tab widget takes no focus.
    detailsTabs_->setFocusProxy(nullptr);
    detailsTabs_->setFocusPolicy(Qt::NoFocus);
    detailsTabs_->tabBar()->setFocusPolicy(Qt::TabFocus);
    detailsTabs_->addTab(mappingView_, tr("Column &mapping"));
    detailsTabs_->addTab(sampleView_, tr("Sam&ple rows"));
    detailsTabs_->addTab(notesEdit_, tr("&Notes and problems"));

    overridesTitle_ = new QLabel(this);
    encodingCombo_ = new QComboBox(this);
    fillCombo(encodingCombo_, {{QStringLiteral("UTF-8"), QStringLiteral("utf-8")},
                               {QStringLiteral("UTF-16LE"), QStringLiteral("utf-16le")},
                               {QStringLiteral("UTF-16BE"), QStringLiteral("utf-16be")},
                               {QStringLiteral("Windows-1252"), QStringLiteral("windows-1252")},
                               {QStringLiteral("Latin-1 (ISO-8859-1)"), QStringLiteral("latin1")}});
    delimiterCombo_ = new QComboBox(this);
    fillCombo(delimiterCombo_, {{tr("Comma (,)"), QStringLiteral(",")},
                                {tr("Semicolon (;)"), QStringLiteral(";")},
                                {tr("Tab"), QStringLiteral("\t")},
                                {tr("Pipe (|)"), QStringLiteral("|")}});
    decimalCombo_ = new QComboBox(this);
    fillCombo(decimalCombo_,
              {{tr("Point (.)"), QStringLiteral(".")}, {tr("Comma (,)"), QStringLiteral(",")}});

    const BuildOptions defaults;
    asOfEdit_ = new DateEdit(QDate::currentDate(), this);
    asOfEdit_->setCalendarPopup(true);
    asOfEdit_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    highSpendSpin_ = makeMoneySpin(this, defaults.highSpend);
    mediumSpendSpin_ = makeMoneySpin(this, defaults.mediumSpend);
    activeDaysSpin_ = makeDaysSpin(this, defaults.activeDays);
    atRiskDaysSpin_ = makeDaysSpin(this, defaults.atRiskDays);

    outputEdit_ = new QLineEdit(this);
    outputEdit_->setPlaceholderText(tr("customer_360.c360"));
    chooseOutputButton_ = new QPushButton(tr("C&hoose…"), this);
    buildButton_ = new QPushButton(tr("&Build workspace"), this);
    buildButton_->setDefault(true);
    cancelButton_ = new QPushButton(tr("&Cancel build"), this);
    progressBar_ = new QProgressBar(this);
    progressBar_->setRange(0, 1000);
    progressBar_->setValue(0);
    progressBar_->setTextVisible(true);
    progressBar_->setFormat(tr("Not started"));

    issuesView_ = makeTableView(this);
    issuesView_->setModel(issuesModel_);
    issuesSummary_ = new QLabel(this);
    issuesSummary_->setWordWrap(true);
    issuesSummary_->setText(tr("Issues appear here after a build: file, line, column and reason."));
    exportIssuesButton_ = new QPushButton(tr("&Export issues as CSV…"), this);
    closeButton_ = new QPushButton(tr("Close"), this);
    closeButton_->setAutoDefault(false);
    asOfDelay_ = new QTimer(this);
    asOfDelay_->setSingleShot(true);
    asOfDelay_->setInterval(400);
}

void ImportDialog::layOutWidgets() {
    auto* root = new QVBoxLayout(this);
    auto addBuddy = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        buddyLabels_.push_back(label);
        return label;
    };

    auto* sourceBox = new QGroupBox(tr("Source"), this);
    auto* sourceGrid = new QGridLayout(sourceBox);
    sourceGrid->addWidget(addBuddy(tr("&Source:"), sourceEdit_), 0, 0);
    sourceGrid->addWidget(sourceEdit_, 0, 1);
    sourceGrid->addWidget(chooseFolderButton_, 0, 2);
    sourceGrid->addWidget(chooseSqliteButton_, 0, 3);
    sourceGrid->addWidget(inspectButton_, 0, 4);
    root->addWidget(sourceBox);
    root->addWidget(statusLabel_);

    root->addWidget(addBuddy(tr("Source &tables:"), tablesView_));
    root->addWidget(tablesView_, 3);

    auto* middle = new QHBoxLayout;
    middle->addWidget(detailsTabs_, 3);
    auto* side = new QVBoxLayout;
    auto* overridesBox = new QGroupBox(tr("How the selected table is read"), this);
    auto* overridesForm = new QFormLayout(overridesBox);
    overridesForm->addRow(overridesTitle_);
    overridesForm->addRow(addBuddy(tr("Enco&ding:"), encodingCombo_), encodingCombo_);
    overridesForm->addRow(addBuddy(tr("De&limiter:"), delimiterCombo_), delimiterCombo_);
    overridesForm->addRow(addBuddy(tr("Decimal mar&k:"), decimalCombo_), decimalCombo_);
    side->addWidget(overridesBox);
    auto* settingsBox = new QGroupBox(tr("Build settings"), this);
    auto* settingsForm = new QFormLayout(settingsBox);
    settingsForm->addRow(addBuddy(tr("&As of:"), asOfEdit_), asOfEdit_);
    settingsForm->addRow(addBuddy(tr("Hi&gh value from spend:"), highSpendSpin_), highSpendSpin_);
    settingsForm->addRow(addBuddy(tr("Medi&um value from spend:"), mediumSpendSpin_),
                         mediumSpendSpin_);
    settingsForm->addRow(addBuddy(tr("Acti&ve within:"), activeDaysSpin_), activeDaysSpin_);
    settingsForm->addRow(addBuddy(tr("At &risk within:"), atRiskDaysSpin_), atRiskDaysSpin_);
    side->addWidget(settingsBox);
    side->addStretch();
    middle->addLayout(side, 1);
    root->addLayout(middle, 3);

    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(addBuddy(tr("&Workspace file:"), outputEdit_));
    outputRow->addWidget(outputEdit_, 1);
    outputRow->addWidget(chooseOutputButton_);
    root->addLayout(outputRow);
    auto* buildRow = new QHBoxLayout;
    buildRow->addWidget(buildButton_);
    buildRow->addWidget(cancelButton_);
    buildRow->addWidget(progressBar_, 1);
    root->addLayout(buildRow);

    root->addWidget(addBuddy(tr("Issues fr&om the build:"), issuesView_));
    root->addWidget(issuesView_, 1);
    auto* issuesRow = new QHBoxLayout;
    issuesRow->addWidget(issuesSummary_, 1);
    issuesRow->addWidget(exportIssuesButton_);
    root->addLayout(issuesRow);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(closeButton_, QDialogButtonBox::RejectRole);
    root->addWidget(buttons);
}

void ImportDialog::setTabOrderAndNames() {
    sourceEdit_->setAccessibleName(tr("Source path"));
    sourceEdit_->setAccessibleDescription(
        tr("A folder of CSV files or a SQLite file; press Enter to inspect it"));
    chooseFolderButton_->setAccessibleName(tr("Choose folder"));
    chooseSqliteButton_->setAccessibleName(tr("Choose SQLite file"));
    inspectButton_->setAccessibleName(tr("Inspect"));
    statusLabel_->setAccessibleDescription(tr("Status of the import"));
    tablesView_->setAccessibleName(tr("Source tables"));
    tablesView_->setAccessibleDescription(
        tr("One row per source table: files, how they are read, rows and problems"));
    detailsTabs_->setAccessibleName(tr("Details of the selected table"));
    detailsTabs_->tabBar()->setAccessibleName(tr("Details of the selected table"));
    mappingView_->setAccessibleName(tr("Column mapping"));
    mappingView_->setAccessibleDescription(
        tr("For each column the build needs, the source header that feeds it"));
    sampleView_->setAccessibleName(tr("Sample rows"));
    notesEdit_->setAccessibleName(tr("Notes and problems"));
    encodingCombo_->setAccessibleName(tr("Encoding"));
    delimiterCombo_->setAccessibleName(tr("Delimiter"));
    decimalCombo_->setAccessibleName(tr("Decimal mark"));
    asOfEdit_->setAccessibleName(tr("As of date"));
    asOfEdit_->setAccessibleDescription(tr("The snapshot date: later rows are left out"));
    highSpendSpin_->setAccessibleName(tr("High value from spend"));
    mediumSpendSpin_->setAccessibleName(tr("Medium value from spend"));
    activeDaysSpin_->setAccessibleName(tr("Active within days"));
    atRiskDaysSpin_->setAccessibleName(tr("At risk within days"));
    outputEdit_->setAccessibleName(tr("Workspace file"));
    chooseOutputButton_->setAccessibleName(tr("Choose workspace file"));
    buildButton_->setAccessibleName(tr("Build workspace"));
    cancelButton_->setAccessibleName(tr("Cancel build"));
    progressBar_->setAccessibleName(tr("Build progress"));
    issuesView_->setAccessibleName(tr("Build issues"));
    issuesView_->setAccessibleDescription(tr("File, line, column, kind and reason of each issue"));
    exportIssuesButton_->setAccessibleName(tr("Export issues as CSV"));
    closeButton_->setAccessibleName(tr("Close"));

    // Object names for tests and style sheets.
    sourceEdit_->setObjectName(QStringLiteral("sourceEdit"));
    encodingCombo_->setObjectName(QStringLiteral("encodingCombo"));
    delimiterCombo_->setObjectName(QStringLiteral("delimiterCombo"));
    decimalCombo_->setObjectName(QStringLiteral("decimalCombo"));
    tablesView_->setObjectName(QStringLiteral("sourceTablesView"));
    issuesView_->setObjectName(QStringLiteral("issuesView"));
    progressBar_->setObjectName(QStringLiteral("buildProgress"));

    // The tab bar itself, not the tab widget: Qt 6.4 mis-orders the chain through a focus
    // proxy.
    const QList<QWidget*> order = {sourceEdit_,         chooseFolderButton_, chooseSqliteButton_,
                                   inspectButton_,      tablesView_,         detailsTabs_->tabBar(),
                                   mappingView_,        sampleView_,         notesEdit_,
                                   encodingCombo_,      delimiterCombo_,     decimalCombo_,
                                   asOfEdit_,           highSpendSpin_,      mediumSpendSpin_,
                                   activeDaysSpin_,     atRiskDaysSpin_,     outputEdit_,
                                   chooseOutputButton_, buildButton_,        cancelButton_,
                                   issuesView_,         exportIssuesButton_, closeButton_};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void ImportDialog::connectSignals() {
    connect(chooseFolderButton_, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(chooseSqliteButton_, &QPushButton::clicked, this, &ImportDialog::chooseSqliteFile);
    connect(inspectButton_, &QPushButton::clicked, this, &ImportDialog::inspect);
    connect(sourceEdit_, &QLineEdit::returnPressed, this, &ImportDialog::inspect);
    connect(sourceEdit_, &QLineEdit::textChanged, this, &ImportDialog::updateEnabled);
    connect(tablesView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportDialog::showSelectedTable);
    for (QComboBox* combo : {encodingCombo_, delimiterCombo_, decimalCombo_})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::overrideChanged);
    // The trial build's counts depend on as_of (rows after it are left out): inspect again,
    // once typing in the date has paused.
    connect(asOfEdit_, &QDateEdit::dateChanged, asOfDelay_, qOverload<>(&QTimer::start));
    connect(asOfDelay_, &QTimer::timeout, this, [this] {
        if (tablesModel_->rowCount() > 0 && !buildJob_.isRunning())
            inspect();
    });
    connect(outputEdit_, &QLineEdit::textEdited, this, [this] { outputChosen_ = true; });
    connect(outputEdit_, &QLineEdit::textChanged, this, &ImportDialog::updateEnabled);
    connect(chooseOutputButton_, &QPushButton::clicked, this, &ImportDialog::chooseOutput);
    connect(buildButton_, &QPushButton::clicked, this, &ImportDialog::startBuild);
    connect(cancelButton_, &QPushButton::clicked, this, &ImportDialog::cancelBuild);
    connect(exportIssuesButton_, &QPushButton::clicked, this, &ImportDialog::chooseIssuesFile);
    connect(closeButton_, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(&inspectJob_, &InspectJob::resultReady, this, &ImportDialog::showInspection);
    connect(&buildJob_, &BuildJob::progressChanged, this, &ImportDialog::showProgress);
    connect(&buildJob_, &BuildJob::finished, this, &ImportDialog::showBuildResult);
}

// ---- source ----

void ImportDialog::setSourcePath(const QString& path) {
    if (path != sourceEdit_->text())
        choices_ = SourceChoices{}; // overrides belong to the previous source
    sourceEdit_->setText(path);
    if (!outputChosen_ && !path.isEmpty()) {
        const QFileInfo source(QDir::cleanPath(path));
        outputEdit_->setText(source.absoluteDir().filePath(QStringLiteral("customer_360.c360")));
    }
    inspect();
}

QString ImportDialog::sourcePath() const {
    return sourceEdit_->text();
}

void ImportDialog::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder of CSV files"), sourceEdit_->text());
    if (!folder.isEmpty())
        setSourcePath(folder);
}

void ImportDialog::chooseSqliteFile() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a SQLite file"), sourceEdit_->text(),
        tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!file.isEmpty())
        setSourcePath(file);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile() || buildJob_.isRunning())
        return;
    event->acceptProposedAction();
    setSourcePath(urls.front().toLocalFile());
}

void ImportDialog::inspect() {
    const QString path = sourceEdit_->text().trimmed();
    if (path.isEmpty()) {
        setStatus(tr("Give a source first: a folder of CSV files or a SQLite file."));
        return;
    }
    InspectRequest request;
    request.source = QDir::cleanPath(path).toStdString();
    request.choices = choices_;
    request.options = buildOptions();
    inspectJob_.start(std::move(request));
    setStatus(tr("Inspecting %1…").arg(QDir::toNativeSeparators(path)));
}

void ImportDialog::showInspection() {
    const auto result = inspectJob_.result();
    if (!result)
        return;
    const QString previous =
        selectedRow() >= 0 ? tablesModel_->index(selectedRow(), 0).data().toString() : QString();
    if (result->error) {
        tablesModel_->clear();
        showSelectedTable();
        setStatus(tr("The source cannot be read: %1").arg(messageText(*result->error)));
        updateEnabled();
        return;
    }
    tablesModel_->setInspection(result->inspection);
    tablesView_->resizeColumnsToContents();
    int row = 0;
    for (int r = 0; r < tablesModel_->rowCount(); ++r)
        if (tablesModel_->index(r, 0).data().toString() == previous)
            row = r;
    selectTable(row);
    const BuildOutcome& trial = result->inspection.build;
    if (trial.status == BuildStatus::Ok)
        setStatus(
            //: %1 is the as-of date; %2, %3 and %4 are "12,345 customers", "3 rejected rows"
            //: and "5 warnings".
            tr("Found the tables below; a build as of %1 gives %2, %3 and %4. Check them, then "
               "build the workspace.")
                .arg(QLocale().toString(
                         QDate::fromString(QString::fromStdString(trial.report.asOf), Qt::ISODate),
                         fourDigitYearDateFormat(QLocale())),
                     tr("%Ln customer(s)", nullptr, pluralCount(trial.report.customers)),
                     tr("%Ln rejected row(s)", nullptr, pluralCount(trial.report.totalRejected())),
                     tr("%Ln warning(s)", nullptr, pluralCount(trial.report.totalWarnings()))));
    else
        setStatus(tr("A build is not possible yet: %1 Check the tables below and choose how they "
                     "are read.")
                      .arg(messageText(trial.error)));
    updateEnabled();
}

int ImportDialog::selectedRow() const {
    const QModelIndex current = tablesView_->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ImportDialog::selectTable(int row) {
    if (row < 0 || row >= tablesModel_->rowCount())
        return;
    tablesView_->selectionModel()->setCurrentIndex(tablesModel_->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    showSelectedTable();
}

void ImportDialog::showSelectedTable() {
    const int row = selectedRow();
    const SourceInspection& inspection = tablesModel_->inspection();
    if (row < 0 || row >= static_cast<int>(inspection.tables.size())) {
        mappingModel_->setColumns({});
        sampleModel_->setSample({}, {});
        notesEdit_->clear();
        overridesTitle_->setText(tr("Select a table to choose how it is read."));
        updateEnabled();
        return;
    }
    const TableInspection& table = inspection.tables[static_cast<std::size_t>(row)];
    mappingModel_->setColumns(table.columns);
    sampleModel_->setSample(table.headers, table.sample);
    mappingView_->resizeColumnsToContents();
    sampleView_->resizeColumnsToContents();
    QStringList lines;
    if (table.error)
        lines << tr("Cannot be used: %1").arg(messageText(*table.error));
    for (const Message& note : table.notes)
        lines << messageText(note);
    if (const TableReport* report = inspection.build.report.find(table.table)) {
        for (const Message& note : report->notes)
            lines << messageText(note);
        for (const Issue& issue : report->issues)
            lines << tr("%1, line %2: %3")
                         .arg(QFileInfo(QString::fromStdString(issue.file)).fileName())
                         .arg(issue.line)
                         .arg(messageText(issue.reason));
        if (report->issuesTotal > report->issues.size())
            lines << tr("… and %1 more.")
                         .arg(QLocale().toString(
                             static_cast<qulonglong>(report->issuesTotal - report->issues.size())));
    }
    if (lines.isEmpty())
        lines << tr("No notes and no problems.");
    notesEdit_->setPlainText(lines.join(QLatin1Char('\n')));

    SourceTable which{};
    sourceTableFromName(table.table, which);
    const CsvReadOptions& read = choices_.at(which).read;
    selectComboValue(encodingCombo_, read.encoding
                                         ? QString::fromLatin1(encodingName(*read.encoding).data())
                                         : QString());
    selectComboValue(delimiterCombo_,
                     read.delimiter ? QString(QLatin1Char(*read.delimiter)) : QString());
    selectComboValue(decimalCombo_,
                     read.decimalPoint ? QString(QLatin1Char(*read.decimalPoint)) : QString());
    overridesTitle_->setText(tr("Table: %1").arg(QString::fromStdString(table.table)));
    updateEnabled();
}

void ImportDialog::overrideChanged() {
    const int row = selectedRow();
    if (row < 0)
        return;
    SourceTable which{};
    if (!sourceTableFromName(tablesModel_->inspection().tables[static_cast<std::size_t>(row)].table,
                             which))
        return;
    CsvReadOptions& read = choices_.at(which).read;
    const QString encoding = encodingCombo_->currentData().toString();
    const QString delimiter = delimiterCombo_->currentData().toString();
    const QString decimal = decimalCombo_->currentData().toString();
    read.encoding = encoding.isEmpty() ? std::nullopt : encodingFromName(encoding.toStdString());
    read.delimiter =
        delimiter.isEmpty() ? std::nullopt : std::optional<char>(delimiter.front().toLatin1());
    read.decimalPoint =
        decimal.isEmpty() ? std::nullopt : std::optional<char>(decimal.front().toLatin1());
    inspect();
}

} // namespace c360::ui
